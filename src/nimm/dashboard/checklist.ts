/**
 * The checklist for an entitlement profile (a licence tier, a funding condition): one line per
 * target saying whether it is met, with the evidence that backs it, so a trust can assemble its
 * request. The thresholds are local settings, not national rules, so the profile's note on
 * where they come from travels with the checklist.
 */
import type { ModelIndex } from '../model/modelIndex';
import type { Profile } from '../model/schema';
import { AttachedEvidence, evidenceFor, evidenceIssues, EvidenceRecord, isDateText } from './evidence';
import { count } from './format';
import type { DashboardIssue } from './issues';
import type { CapabilityGap, LeftOutTarget } from './profileGaps';

/** One line of the checklist: a target, whether it is met, and its evidence. */
export interface ChecklistLine {
  capability: string;
  name: string;
  target: number;
  /** The level compared with the target; null when the capability is not applicable. */
  effectiveLevel: number | null;
  /** True when met, false when not; null when the capability is not applicable (the target is left out, rule 7). */
  met: boolean | null;
  /** e.g. "Directory services at level 3 or above: met (level 3)." */
  statement: string;
  /** The evidence backing this line: about the capability as a whole, or its criteria up to the target level. */
  evidence: AttachedEvidence[];
  /** The ids of that evidence (a piece without an id is listed by its url), for the request form. */
  evidenceIds: string[];
  /** How many attached pieces have expired. */
  expiredEvidence: number;
  /** True when at least one attached piece has not expired (or cannot be told to have). */
  hasCurrentEvidence: boolean;
}

/** An entitlement profile as a checklist. */
export interface EntitlementChecklist {
  profile: string;
  name: string;
  /** Where the thresholds come from and who sets them; null when the profile has no note. */
  localSettingsNote: string | null;
  /** The date expiry was checked against; null when none was given (expiry then not checked). */
  today: string | null;
  /** One line per target, in the profile's order; targets on not-applicable capabilities included (met: null). */
  lines: ChecklistLine[];
  /** True when every counted line is met. */
  allMet: boolean;
  /** Counted lines with no current evidence (none at all, or all expired). */
  linesWithoutEvidence: number;
  /** Expired pieces across all lines. */
  expiredEvidence: number;
  /** Evidence that backs no line: other capabilities, or criteria above a target. */
  unusedEvidence: EvidenceRecord[];
  /** e.g. "8 of 10 targets met; 2 lines have no current evidence; 1 piece of evidence has expired." */
  sentence: string;
}

/** The checklist of an entitlement profile, from its gaps; issues found on the way are added to `issues`. */
export function entitlementChecklist(
  index: ModelIndex,
  profile: Profile,
  gaps: readonly CapabilityGap[],
  leftOut: readonly LeftOutTarget[],
  evidence: readonly EvidenceRecord[],
  todayGiven: string | null,
  issues: DashboardIssue[]
): EntitlementChecklist {
  let today = todayGiven;
  if (today !== null && !isDateText(today)) {
    issues.push({ subject: null, message: `Today's date '${today}' is not written YYYY-MM-DD, so evidence expiry is not checked.` });
    today = null;
  }
  // Only evidence for the profile's capabilities concerns this checklist.
  issues.push(...evidenceIssues(index, evidence.filter((piece) => Object.prototype.hasOwnProperty.call(profile.targets, piece.capability)), today));
  const used = evidence.map(() => false);
  const lines = Object.keys(profile.targets).map((key): ChecklistLine => {
    const target = profile.targets[key];
    const gap = gaps.filter((g) => g.capability === key)[0];
    const skipped = leftOut.filter((l) => l.capability === key)[0];
    const name = gap ? gap.name : skipped ? skipped.name : key;
    const found = evidenceFor(index, evidence, key, target, today);
    found.forEach(({ position }) => {
      used[position] = true;
    });
    const attached = found.map(({ piece }) => piece);
    const expired = attached.filter((piece) => piece.expired === true).length;
    const met = gap ? gap.met : null;
    const statement =
      gap === undefined
        ? `${name} at level ${target} or above: not applicable here, so left out.`
        : !gap.inModel
          ? `${name} at level ${target} or above: not met ('${key}' is not in this version of the model).`
          : `${name} at level ${target} or above: ${gap.met ? 'met' : 'not met'} (level ${gap.effectiveLevel}).`;
    return {
      capability: key,
      name,
      target,
      effectiveLevel: gap ? gap.effectiveLevel : null,
      met,
      statement,
      evidence: attached,
      evidenceIds: attached.map((piece) => (piece.id !== undefined && piece.id !== null && piece.id !== '' ? String(piece.id) : piece.url)),
      expiredEvidence: expired,
      hasCurrentEvidence: attached.some((piece) => piece.expired !== true)
    };
  });
  const counted = lines.filter((line) => line.met !== null);
  const metCount = counted.filter((line) => line.met === true).length;
  const withoutEvidence = counted.filter((line) => !line.hasCurrentEvidence).length;
  const expiredEvidence = lines.reduce((sum, line) => sum + line.expiredEvidence, 0);
  return {
    profile: profile.key,
    name: profile.name,
    localSettingsNote: profile.localSettingsNote ?? null,
    today,
    lines,
    allMet: metCount === counted.length,
    linesWithoutEvidence: withoutEvidence,
    expiredEvidence,
    unusedEvidence: evidence.filter((_piece, position) => !used[position]),
    sentence: checklistSentence(counted.length, metCount, withoutEvidence, expiredEvidence)
  };
}

function checklistSentence(counted: number, met: number, withoutEvidence: number, expired: number): string {
  const parts = [`${met} of ${count(counted, 'target', 'targets')} met`];
  if (withoutEvidence > 0) {
    parts.push(`${count(withoutEvidence, 'line has', 'lines have')} no current evidence`);
  }
  if (expired > 0) {
    parts.push(`${count(expired, 'piece of evidence has', 'pieces of evidence have')} expired`);
  }
  return `${parts.join('; ')}.`;
}
