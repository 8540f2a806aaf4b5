/**
 * Three-way merge of a capability's response, used when a save meets someone else's newer save
 * (SharePoint answered 412 to our ETag). Each field, and each criterion's answer on its own, is
 * a separate place: a place only one side changed takes that side's value; a place both sides
 * changed to the same value is fine; a place both changed differently is a conflict, for which
 * the merged draft keeps the user's own value so nothing typed is lost.
 */
import type { Answer } from '../../nimm/model/schema';
import { DEFAULT_RESPONSE_STATUS } from '../schema/choices';
import { RESPONSE_SCALAR_FIELDS, type ResponseScalarField } from '../schema/responseDraft';
import type { FieldConflict, ResponseDraft } from '../types';

/** The outcome of a merge. */
export interface MergeOutcome {
  /** Both sides' changes combined; in conflicting places, the user's value. */
  merged: ResponseDraft;
  /** Places both sides changed differently. Empty when the merge is clean. */
  conflicts: FieldConflict[];
}

type Slot<T> = { value: T; conflict: boolean };

function mergeSlot<T>(base: T, mine: T, theirs: T): Slot<T> {
  if (mine === theirs) return { value: mine, conflict: false };
  if (mine === base) return { value: theirs, conflict: false };
  if (theirs === base) return { value: mine, conflict: false };
  return { value: mine, conflict: true };
}

/** Merges one field into `merged`; true when both sides changed it differently. */
function mergeField<K extends ResponseScalarField>(merged: ResponseDraft, base: ResponseDraft, mine: ResponseDraft, theirs: ResponseDraft, field: K): boolean {
  const slot = mergeSlot<ResponseDraft[K]>(base[field], mine[field], theirs[field]);
  merged[field] = slot.value;
  return slot.conflict;
}

/**
 * Merges the user's draft (mine) with the stored response (theirs), both derived from base (the
 * response as the user loaded it; null when there was none, which counts as an empty response).
 */
export function mergeResponse(base: ResponseDraft | null, mine: ResponseDraft, theirs: ResponseDraft): MergeOutcome {
  const origin = base ?? emptyDraft();
  const conflicts: FieldConflict[] = [];
  const merged: ResponseDraft = { ...mine, answers: {} };
  // Every field of the draft schema but the answers, one by one: a field added to the schema is
  // merged without being listed here.
  for (const field of RESPONSE_SCALAR_FIELDS) {
    if (mergeField(merged, origin, mine, theirs, field)) {
      conflicts.push({ field, base: origin[field], mine: mine[field], theirs: theirs[field] });
    }
  }
  const criteria = new Set([...Object.keys(origin.answers), ...Object.keys(mine.answers), ...Object.keys(theirs.answers)]);
  for (const criterion of Array.from(criteria).sort()) {
    const slot = mergeSlot<Answer | undefined>(origin.answers[criterion], mine.answers[criterion], theirs.answers[criterion]);
    if (slot.value !== undefined) merged.answers[criterion] = slot.value;
    if (slot.conflict) {
      conflicts.push({
        field: 'answers',
        criterion,
        base: origin.answers[criterion] ?? null,
        mine: mine.answers[criterion] ?? null,
        theirs: theirs.answers[criterion] ?? null
      });
    }
  }
  return { merged, conflicts };
}

/** A response nobody has touched yet: the base when the user started from nothing. */
export function emptyDraft(): ResponseDraft {
  return { status: DEFAULT_RESPONSE_STATUS, notApplicable: false, agreedLevel: null, rationale: '', answers: {}, improvementIdeas: '', owner: '', reviewer: '' };
}

/** True when two drafts say exactly the same thing. */
export function sameDraft(a: ResponseDraft, b: ResponseDraft): boolean {
  if (RESPONSE_SCALAR_FIELDS.some((f) => a[f] !== b[f])) return false;
  const keys = new Set([...Object.keys(a.answers), ...Object.keys(b.answers)]);
  return Array.from(keys).every((k) => a.answers[k] === b.answers[k]);
}
