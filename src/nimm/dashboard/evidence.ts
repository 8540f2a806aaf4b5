/**
 * Evidence for an entitlement checklist: which pieces back which line, and which have expired.
 * A piece backs a target "capability A at level t" when it is about A as a whole, or about one
 * of A's criteria at level t or below (a criterion above the target proves nothing the target
 * asks for). Evidence on a criterion the model no longer has still concerns A, so it is kept
 * and flagged, not dropped: someone filed it for a reason.
 */
import type { ModelIndex } from '../model/modelIndex';
import type { DashboardIssue } from './issues';

/** A piece of evidence as the dashboard receives it (from the evidence library or a file). */
export interface EvidenceRecord {
  /** The evidence's own id (e.g. the library item id), when it has one. */
  id?: string | number;
  /** The capability key it is filed against. */
  capability: string;
  /** The criterion key it is filed against; absent (or null) for evidence about the capability as a whole. */
  criterion?: string | null;
  title: string;
  url: string;
  /** YYYY-MM-DD (or an ISO date-time) after which it should be refreshed; absent or null when it does not expire. */
  expires?: string | null;
}

/** A piece of evidence attached to a checklist line. */
export interface AttachedEvidence extends EvidenceRecord {
  /** The level of the criterion it is filed against; null for the whole capability or a criterion the model does not have. */
  level: number | null;
  /** False when it is filed against a criterion this capability does not have in the model; null when filed against no criterion. */
  criterionInModel: boolean | null;
  /**
   * True when its expiry date is before `today` (it is still good on the day itself); false when
   * it has not expired or has no expiry date; null when no `today` was given or the expiry is not a date.
   */
  expired: boolean | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}/;

/** True for a string starting YYYY-MM-DD. */
export function isDateText(value: unknown): value is string {
  return typeof value === 'string' && DATE.test(value);
}

/** Whether a piece has expired on `today` (null: cannot tell). Matches the assessment screens' rule. */
function expiredOn(expires: string | null | undefined, today: string | null): boolean | null {
  if (expires === undefined || expires === null || expires === '') {
    return false;
  }
  if (today === null || !isDateText(expires)) {
    return null;
  }
  return expires.slice(0, 10) < today.slice(0, 10);
}

/**
 * The evidence backing "capability at level target", each piece marked up, with its position in
 * `evidence`. Evidence for other capabilities, and for this capability's criteria above the
 * target, is not attached.
 */
export function evidenceFor(
  index: ModelIndex,
  evidence: readonly EvidenceRecord[],
  capability: string,
  target: number,
  today: string | null
): Array<{ piece: AttachedEvidence; position: number }> {
  const attached: Array<{ piece: AttachedEvidence; position: number }> = [];
  evidence.forEach((record, position) => {
    if (record.capability !== capability) {
      return;
    }
    const piece = markUp(index, record, today);
    if (piece.level === null || piece.level <= target) {
      attached.push({ piece, position });
    }
  });
  return attached;
}

function markUp(index: ModelIndex, piece: EvidenceRecord, today: string | null): AttachedEvidence {
  const hasCriterion = piece.criterion !== undefined && piece.criterion !== null && piece.criterion !== '';
  const location = hasCriterion ? index.criterionByKey.get(piece.criterion as string) : undefined;
  const inModel = location !== undefined && location.capability === piece.capability;
  return {
    ...piece,
    level: inModel ? (location as { level: number }).level : null,
    criterionInModel: hasCriterion ? inModel : null,
    expired: expiredOn(piece.expires, today)
  };
}

/** Sentences for evidence the checklist cannot read fully: an expiry that is not a date, a criterion the model lacks. */
export function evidenceIssues(index: ModelIndex, evidence: readonly EvidenceRecord[], today: string | null): DashboardIssue[] {
  const issues: DashboardIssue[] = [];
  evidence.forEach((piece) => {
    if (piece.expires !== undefined && piece.expires !== null && piece.expires !== '' && !isDateText(piece.expires)) {
      issues.push({ subject: piece.capability, message: `The evidence '${piece.title}' has an expiry date '${piece.expires}' that is not written YYYY-MM-DD, so it cannot be checked.` });
    }
    const marked = markUp(index, piece, today);
    if (marked.criterionInModel === false) {
      issues.push({
        subject: piece.capability,
        message: `The evidence '${piece.title}' is filed against criterion '${piece.criterion}', which '${piece.capability}' does not have in this version of the model; it is kept as evidence for the capability as a whole.`
      });
    }
  });
  return issues;
}
