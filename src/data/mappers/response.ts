/**
 * Response items: one per (assessment, capability), answers as JSON.
 *
 * A response is read part by part. Only what identifies it (id, ETag, assessment, capability)
 * must be intact; any other column, and each criterion's answer on its own, that cannot be read
 * is reported and kept aside (DamagedParts), so one hand-edited answer never hides the other
 * eleven and the rationale, and saving writes those parts back untouched.
 */
import { z } from 'zod';
import { answerSchema, type Answer } from '../../nimm/model/schema';
import { choiceColumn, DEFAULT_RESPONSE_STATUS, responseStatusSchema } from '../schema/choices';
import { F, NOTE_FIELD_LIMIT, TEXT_FIELD_LIMIT } from '../schema/names';
import { RESPONSE_SCALAR_FIELDS, type ResponseScalarField } from '../schema/responseDraft';
import { emptyDraft } from '../merge/mergeResponse';
import type { DamagedParts, ResponseDraft, StoredResponse } from '../types';
import { CAPABILITY_ITEM_COLUMN_NAMES, capabilityItemColumns, describeIssues, itemIdentity, MapResult, numberColumn, parseItemWithEtag, RawItem, textColumn } from './common';

/** The one key of a response: SharePoint enforces its uniqueness (see schema/lists.ts). */
export function responseKey(assessmentId: number, capability: string): string {
  return `${assessmentId}/${capability}`;
}

const identitySchema = itemIdentity.extend({ Modified: z.string().nullish(), ...capabilityItemColumns });

interface ScalarColumn {
  /** The column's internal name. */
  column: string;
  /** How people know the column (its display name), for problems and notices. */
  label: string;
  /** How the stored value is read; an empty column reads as the field's empty value. */
  schema: z.ZodTypeAny;
}

/**
 * Each field but the answers: its column, name and reader. A Record over the draft schema's
 * fields, so a field added to the schema does not compile until it has a column here.
 */
const SCALAR_COLUMNS: Record<ResponseScalarField, ScalarColumn> = {
  status: { column: F.status, label: 'Status', schema: choiceColumn(responseStatusSchema, DEFAULT_RESPONSE_STATUS) },
  notApplicable: { column: F.notApplicable, label: 'Not applicable', schema: z.union([z.boolean(), z.null(), z.undefined()]).transform((v) => v ?? false) },
  agreedLevel: {
    column: F.agreedLevel,
    label: 'Agreed level',
    schema: numberColumn.refine((v) => v === null || (Number.isInteger(v) && v >= 1), 'must be a whole number from 1')
  },
  rationale: { column: F.rationale, label: 'Rationale', schema: textColumn },
  improvementIdeas: { column: F.improvementIdeas, label: 'Improvement ideas', schema: textColumn },
  owner: { column: F.owner, label: 'Owner', schema: textColumn },
  reviewer: { column: F.reviewer, label: 'Reviewer', schema: textColumn }
};

/** The scalar fields with their columns, in the draft schema's order. */
const SCALARS = RESPONSE_SCALAR_FIELDS.map((field) => ({ field, ...SCALAR_COLUMNS[field] }));

/** The columns a response read selects: nothing more, to keep pages small, and nothing less. */
export const RESPONSE_SELECT = ['Id', 'Modified', F.assessmentId, F.capabilityKey, F.responseKey, F.answers, ...SCALARS.map((s) => s.column)];

function shown(value: unknown): string {
  const text = typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** Reads the Answers column criterion by criterion, keeping aside what is not an answer. */
function readAnswers(raw: unknown, damaged: DamagedParts): Record<string, Answer> {
  if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) return {};
  let json: unknown;
  try {
    json = typeof raw === 'string' ? JSON.parse(raw) : raw;
  } catch {
    json = undefined;
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    damaged.answersText = typeof raw === 'string' ? raw : JSON.stringify(raw);
    damaged.problems.push('column "Answers (JSON)" does not hold valid JSON (it may have been edited by hand), so none of its answers could be read');
    return {};
  }
  const answers: Record<string, Answer> = {};
  const bad: string[] = [];
  for (const [criterion, value] of Object.entries(json as Record<string, unknown>)) {
    const parsed = answerSchema.safeParse(value);
    if (criterion.length > 0 && parsed.success) {
      answers[criterion] = parsed.data;
    } else {
      damaged.answers[criterion] = value;
      bad.push(`"${criterion}" (${shown(value)})`);
    }
  }
  if (bad.length > 0) {
    const options = answerSchema.options.join(', ');
    damaged.problems.push(`column "Answers (JSON)": the answer${bad.length === 1 ? '' : 's'} to criteri${bad.length === 1 ? 'on' : 'a'} ${bad.join(', ')} ${bad.length === 1 ? 'is' : 'are'} not one of ${options}; the other answers are shown`);
  }
  return answers;
}

/**
 * Validates a response item. Fails only when the item cannot be tied to an assessment and
 * capability or has no ETag; any other damage is reported in `damaged` and the rest is read.
 */
export function mapResponse(item: RawItem): MapResult<StoredResponse> {
  const identity = parseItemWithEtag(identitySchema, item, CAPABILITY_ITEM_COLUMN_NAMES);
  if (!identity.ok) return identity;
  const damaged: DamagedParts = { problems: [], answers: {}, columns: {} };
  // Unreadable parts are shown as a response nobody has touched shows them.
  const draft: ResponseDraft = { ...emptyDraft(), answers: readAnswers(item[F.answers], damaged) };
  for (const scalar of SCALARS) {
    const parsed = scalar.schema.safeParse(item[scalar.column]);
    if (parsed.success) {
      (draft as unknown as Record<string, unknown>)[scalar.field] = parsed.data;
    } else {
      damaged.columns[scalar.column] = item[scalar.column];
      damaged.problems.push(`column "${scalar.label}" holds ${shown(item[scalar.column])}, which ${describeIssues(parsed.error.issues).replace(/^the item: /, '')}; it is shown as empty and kept as it is until someone changes it`);
    }
  }
  const { columns: d, etag } = identity.value;
  const response: StoredResponse = { ...draft, itemId: d.Id, etag, assessmentId: d[F.assessmentId], capability: d[F.capabilityKey], modified: d.Modified ?? null };
  if (damaged.problems.length > 0) response.damaged = damaged;
  return { ok: true, value: response };
}

/** Item fields to write, and what the write replaces that could not be read (to tell the user). */
export interface ResponseWrite {
  fields: Record<string, unknown>;
  notices: string[];
  /** The damaged parts the write leaves as they are (what the saved response still carries). */
  kept: DamagedParts | undefined;
}

/**
 * The item fields for a draft, over the stored response it replaces (null for a new item).
 * Unreadable parts of `stored` are written back as they were unless the draft replaces them:
 * an unreadable answer stays until that criterion is answered, an unreadable column stays while
 * the draft leaves its (empty) value alone. Throws a plain Error when a column would be too long.
 */
export function responseToItem(assessmentId: number, capability: string, draft: ResponseDraft, stored: StoredResponse | null = null): ResponseWrite {
  const damaged = stored?.damaged;
  const notices: string[] = [];
  const kept: DamagedParts = { problems: [], answers: {}, columns: {} };
  const fields: Record<string, unknown> = {
    Title: capability,
    [F.assessmentId]: assessmentId,
    [F.capabilityKey]: capability,
    [F.responseKey]: responseKey(assessmentId, capability)
  };

  const answers: Record<string, unknown> = {};
  for (const [criterion, value] of Object.entries(damaged?.answers ?? {})) {
    if (draft.answers[criterion] === undefined) {
      answers[criterion] = value;
      kept.answers[criterion] = value;
    }
  }
  Object.assign(answers, draft.answers);
  if (damaged?.answersText !== undefined && Object.keys(draft.answers).length === 0) {
    // Nothing to write in its place: the unreadable text stays where it is.
    kept.answersText = damaged.answersText;
  } else {
    if (damaged?.answersText !== undefined) {
      notices.push(`The stored answers for "${capability}" could not be read, so your answers replaced them; the old text is in the item's version history.`);
    }
    fields[F.answers] = JSON.stringify(answers);
  }

  for (const scalar of SCALARS) {
    const unreadable = damaged !== undefined && Object.prototype.hasOwnProperty.call(damaged.columns, scalar.column);
    if (unreadable && stored !== null && draft[scalar.field] === stored[scalar.field]) {
      kept.columns[scalar.column] = damaged.columns[scalar.column];
      continue;
    }
    if (unreadable) notices.push(`The stored "${scalar.label}" of "${capability}" could not be read, so your value replaced it.`);
    fields[scalar.column] = draft[scalar.field];
  }

  for (const [label, value, limit] of [
    ['answers', fields[F.answers], NOTE_FIELD_LIMIT],
    ['rationale', draft.rationale, NOTE_FIELD_LIMIT],
    ['improvement ideas', draft.improvementIdeas, NOTE_FIELD_LIMIT],
    ['response key', fields[F.responseKey], TEXT_FIELD_LIMIT]
  ] as const) {
    if (typeof value === 'string' && value.length > limit) {
      throw new Error(`The ${label} for "${capability}" would be ${value.length.toLocaleString('en-GB')} characters long; SharePoint keeps at most ${limit.toLocaleString('en-GB')}.`);
    }
  }
  const keptSomething = Object.keys(kept.answers).length > 0 || kept.answersText !== undefined || Object.keys(kept.columns).length > 0;
  if (keptSomething && damaged) kept.problems = damaged.problems;
  return { fields, notices, kept: keptSomething ? kept : undefined };
}

function copyField<K extends ResponseScalarField>(to: ResponseDraft, from: ResponseDraft, field: K): void {
  to[field] = from[field];
}

/** The draft inside a stored response: every field of the draft schema, and nothing else. */
export function draftOf(response: StoredResponse): ResponseDraft {
  const draft: ResponseDraft = { ...emptyDraft(), answers: { ...response.answers } };
  for (const field of RESPONSE_SCALAR_FIELDS) copyField(draft, response, field);
  return draft;
}
