/** Plain-text helpers of the assessment screens: no React, so each rule is easy to test. */
import type { ResponseStatus } from '../../data/types';
import { AssessmentStrings as strings, ShellStrings } from '../../loc/strings';

/** A date for people ("4 March 2026"); the raw value if it is not a date. */
export function dateText(iso: string): string {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T12:00:00Z` : iso);
  if (isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(ShellStrings.DateLocale, { day: 'numeric', month: 'long', year: 'numeric' });
}

/** A time of day for the save state ("14:05"). */
export function timeText(date: Date): string {
  return date.toLocaleTimeString(ShellStrings.DateLocale, { hour: '2-digit', minute: '2-digit' });
}

/** A response status in words. */
export function statusText(status: ResponseStatus): string {
  const key = `Status_${status.replace(/-/g, '_')}` as keyof typeof strings;
  return strings[key] ?? status;
}
