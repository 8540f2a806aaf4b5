/**
 * Plain-text helpers of the set-up screen: filling localised templates and turning the store's
 * data (and its failures) into sentences. No React here, so each rule is easy to test on its own.
 */
import { formatString, SetUpStrings as strings } from '../../loc/strings';
import { dateText } from '../shell/dates';
import type { ModelVersionSummary, Progress } from '../../data/types';

/** "1 capability", "74 capabilities". */
export function capabilitiesText(count: number): string {
  return count === 1 ? strings.CapabilitiesOne : formatString(strings.CapabilitiesMany, count);
}

/** "Step 3 of 9: Writing model ...". */
export function progressText(progress: Progress | null): string {
  return progress ? formatString(strings.ProgressStep, progress.step, progress.total, progress.message) : strings.ProgressStarting;
}

/** How a model version stands, in words (never only a colour). */
export function versionStatusText(version: ModelVersionSummary, inForceId: number | null): string {
  let status: string;
  switch (version.status) {
    case 'published':
      status = version.id === inForceId ? strings.VersionStatusInForce : strings.VersionStatusPublished;
      break;
    case 'retired':
      status = strings.VersionStatusRetired;
      break;
    case 'draft':
      status = strings.VersionStatusDraft;
      break;
    default:
      status = strings.VersionStatusFailed;
  }
  return version.publishedAt && (version.status === 'published' || version.status === 'retired')
    ? formatString(strings.VersionStatusWithDate, status, dateText(version.publishedAt))
    : status;
}

/**
 * True for an address that is safe and sensible in a mailto: link. Owners' emails come from the
 * site's user records, which anyone with enough rights can edit, so only a plain address
 * (no spaces, "?", "&", "/", ":" or markup that could change what the link does) becomes a link.
 */
export function isLinkableEmail(email: string): boolean {
  return email.length <= 254 && /^[A-Za-z0-9._'+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/.test(email);
}
