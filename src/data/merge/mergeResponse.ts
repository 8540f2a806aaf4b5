/**
 * Three-way merge of a capability's response, used when a save meets someone else's newer save
 * (SharePoint answered 412 to our ETag). Each scalar field, and each key of a record field (each
 * criterion's answer, each criterion's note) on its own, is a separate place: a place only one
 * side changed takes that side's value; a place both sides changed to the same value is fine; a
 * place both changed differently is a conflict, for which the merged draft keeps the user's own
 * value so nothing typed is lost.
 */
import { DEFAULT_RESPONSE_STATUS } from '../schema/choices';
import { RESPONSE_RECORD_FIELDS, RESPONSE_SCALAR_FIELDS, recordOf, setRecord, type ResponseRecordField, type ResponseScalarField } from '../schema/responseDraft';
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

/** Merges a record field key by key into `merged`, adding a conflict for each key both changed differently. */
function mergeRecord(merged: ResponseDraft, base: ResponseDraft, mine: ResponseDraft, theirs: ResponseDraft, field: ResponseRecordField, conflicts: FieldConflict[]): void {
  const [b, m, t] = [recordOf(base, field), recordOf(mine, field), recordOf(theirs, field)];
  const out: Record<string, unknown> = {};
  const keys = new Set([...Object.keys(b), ...Object.keys(m), ...Object.keys(t)]);
  for (const key of Array.from(keys).sort()) {
    const slot = mergeSlot<unknown>(b[key], m[key], t[key]);
    if (slot.value !== undefined) out[key] = slot.value;
    if (slot.conflict) conflicts.push({ field, criterion: key, base: b[key] ?? null, mine: m[key] ?? null, theirs: t[key] ?? null });
  }
  setRecord(merged, field, out);
}

/**
 * Merges the user's draft (mine) with the stored response (theirs), both derived from base (the
 * response as the user loaded it; null when there was none, which counts as an empty response).
 */
export function mergeResponse(base: ResponseDraft | null, mine: ResponseDraft, theirs: ResponseDraft): MergeOutcome {
  const origin = base ?? emptyDraft();
  const conflicts: FieldConflict[] = [];
  const merged: ResponseDraft = { ...mine };
  // Every field of the draft schema, one by one: a field added to the schema is merged without
  // being listed here, as a whole or (a record field) key by key.
  for (const field of RESPONSE_SCALAR_FIELDS) {
    if (mergeField(merged, origin, mine, theirs, field)) {
      conflicts.push({ field, base: origin[field], mine: mine[field], theirs: theirs[field] });
    }
  }
  for (const field of RESPONSE_RECORD_FIELDS) mergeRecord(merged, origin, mine, theirs, field, conflicts);
  return { merged, conflicts };
}

/** A response nobody has touched yet: the base when the user started from nothing. */
export function emptyDraft(): ResponseDraft {
  return {
    status: DEFAULT_RESPONSE_STATUS,
    notApplicable: false,
    agreedLevel: null,
    rationale: '',
    answers: {},
    notes: {},
    improvementIdeas: '',
    owner: '',
    reviewer: '',
    ownerLogin: '',
    reviewerLogin: '',
    reviewComment: ''
  };
}

/** True when two drafts say exactly the same thing. */
export function sameDraft(a: ResponseDraft, b: ResponseDraft): boolean {
  if (RESPONSE_SCALAR_FIELDS.some((f) => a[f] !== b[f])) return false;
  return RESPONSE_RECORD_FIELDS.every((field) => {
    const [x, y] = [recordOf(a, field), recordOf(b, field)];
    const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
    return Array.from(keys).every((k) => x[k] === y[k]);
  });
}
