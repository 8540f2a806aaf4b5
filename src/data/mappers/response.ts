/**
 * Response items: one per (assessment, capability), answers and criterion notes as JSON (one
 * Note column per record field of the draft).
 *
 * A response is read part by part. Only what identifies it (id, ETag, assessment, capability)
 * must be intact; any other column, and each criterion's answer or note on its own, that cannot
 * be read is reported and kept aside (DamagedParts), so one hand-edited answer never hides the
 * other eleven and the rationale, and saving writes those parts back untouched. An item made
 * before a column existed reads as having nothing in it.
 */
import { z } from 'zod';
import { answerSchema } from '../../nimm/model/schema';
import { DataStrings, formatString } from '../../loc/strings';
import { choiceColumn, DEFAULT_RESPONSE_STATUS, responseStatusSchema } from '../schema/choices';
import { NIMM_SCHEMA } from '../schema/lists';
import { F, LISTS, NOTE_FIELD_LIMIT, TEXT_FIELD_LIMIT } from '../schema/names';
import { RESPONSE_RECORD_FIELDS, RESPONSE_SCALAR_FIELDS, recordOf, setRecord, type ResponseRecordField, type ResponseScalarField } from '../schema/responseDraft';
import { emptyDraft } from '../merge/mergeResponse';
import type { DamagedParts, ResponseDraft, StoredResponse } from '../types';
import { CAPABILITY_ITEM_COLUMN_NAMES, capabilityItemColumns, describeValueIssues, itemIdentity, MapResult, numberColumn, parseItemWithEtag, RawItem, readJsonObjectColumn, textColumn } from './common';

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
 * Each scalar field: its column, name and reader. A Record over the draft schema's fields, so a
 * field added to the schema does not compile until it has a column here.
 */
const SCALAR_COLUMNS: Record<ResponseScalarField, ScalarColumn> = {
  status: { column: F.status, label: 'Status', schema: choiceColumn(responseStatusSchema, DEFAULT_RESPONSE_STATUS) },
  notApplicable: { column: F.notApplicable, label: 'Not applicable', schema: z.union([z.boolean(), z.null(), z.undefined()]).transform((v) => v ?? false) },
  agreedLevel: {
    column: F.agreedLevel,
    label: 'Agreed level',
    schema: numberColumn.refine((v) => v === null || (Number.isInteger(v) && v >= 1), DataStrings.Items.MustBeWholeFromOne)
  },
  rationale: { column: F.rationale, label: 'Rationale', schema: textColumn },
  improvementIdeas: { column: F.improvementIdeas, label: 'Improvement ideas', schema: textColumn },
  owner: { column: F.owner, label: 'Owner', schema: textColumn },
  reviewer: { column: F.reviewer, label: 'Reviewer', schema: textColumn },
  ownerLogin: { column: F.ownerLogin, label: 'Owner login', schema: textColumn },
  reviewerLogin: { column: F.reviewerLogin, label: 'Reviewer login', schema: textColumn },
  reviewComment: { column: F.reviewComment, label: 'Review comment', schema: textColumn }
};

/** What problems and notices say about a record field: its group in DataStrings.Responses. */
type RecordWords = typeof DataStrings.Responses.Answers;

interface RecordColumn {
  /** The Note column holding the record as a JSON object. */
  column: string;
  /** The column's display name, for problems. */
  label: string;
  /** The words of its problems and notices, one sentence per case (one entry or several). */
  words: RecordWords;
  /** How one entry's stored value is read. */
  value: z.ZodTypeAny;
  /** What a valid entry is, for problems: "one of met, partial, not-met, n/a". */
  expected: string;
}

/**
 * Each record field (keyed by criterion): its JSON column and how one entry is read. A Record
 * over the draft schema's record fields, so a new one does not compile until it has a column.
 */
const RECORD_COLUMNS: Record<ResponseRecordField, RecordColumn> = {
  answers: {
    column: F.answers,
    label: 'Answers (JSON)',
    words: DataStrings.Responses.Answers,
    value: answerSchema,
    expected: formatString(DataStrings.Responses.Answers.Expected, answerSchema.options.join(DataStrings.Common.ListSeparator))
  },
  notes: { column: F.criterionNotes, label: 'Criterion notes (JSON)', words: DataStrings.Responses.Notes, value: z.string(), expected: DataStrings.Responses.Notes.Expected }
};

/** The scalar fields with their columns, in the draft schema's order. */
const SCALARS = RESPONSE_SCALAR_FIELDS.map((field) => ({ field, ...SCALAR_COLUMNS[field] }));

/** The record fields with their columns, in the draft schema's order. */
const RECORDS = RESPONSE_RECORD_FIELDS.map((field) => ({ field, ...RECORD_COLUMNS[field] }));

/** The columns a response read selects: nothing more, to keep pages small, and nothing less. */
export const RESPONSE_SELECT = [
  'Id', 'Modified', F.assessmentId, F.capabilityKey, F.responseKey, F.agreedBy, F.agreedAt,
  ...RECORDS.map((r) => r.column), ...SCALARS.map((s) => s.column)
];

/** The most characters each column written holds, from its type in the list's definition. */
const COLUMN_LIMITS: Map<string, number> = new Map(
  (NIMM_SCHEMA.lists.find((l) => l.title === LISTS.responses)?.fields ?? [])
    .filter((f) => f.type === 'Text' || f.type === 'Note')
    .map((f): [string, number] => [f.name, f.type === 'Text' ? TEXT_FIELD_LIMIT : NOTE_FIELD_LIMIT])
);

/** How a length problem names a column's content: "the rationale", "the notes". */
const CONTENT_NAMES: Record<string, string> = {
  [F.responseKey]: DataStrings.Responses.ResponseKeyContent,
  [F.agreedBy]: DataStrings.Responses.AgreedByContent,
  ...Object.fromEntries(SCALARS.map((s) => [s.column, s.label.toLowerCase()])),
  ...Object.fromEntries(RECORDS.map((r) => [r.column, r.words.Content]))
};

function shown(value: unknown): string {
  const text = typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

function emptyDamage(): DamagedParts {
  return { problems: [], entries: {}, texts: {}, columns: {} };
}

/**
 * Reads a record field's column entry by entry, keeping aside what is not valid. An empty text is
 * no entry; an item made before the column existed reads as having none.
 */
function readRecord(raw: unknown, record: RecordColumn & { field: ResponseRecordField }, damaged: DamagedParts): Record<string, unknown> {
  const json = readJsonObjectColumn(raw);
  if (json.kind === 'empty') return {};
  if (json.kind === 'invalid') {
    damaged.texts[record.field] = typeof raw === 'string' ? raw : JSON.stringify(raw);
    damaged.problems.push(formatString(record.words.InvalidJson, record.label));
    return {};
  }
  const entries: Record<string, unknown> = {};
  const kept: Record<string, unknown> = {};
  const bad: string[] = [];
  for (const [criterion, value] of Object.entries(json.value)) {
    if (value === '') continue;
    const parsed = record.value.safeParse(value);
    if (criterion.length > 0 && parsed.success) {
      entries[criterion] = parsed.data;
    } else {
      kept[criterion] = value;
      bad.push(`${formatString(DataStrings.Common.Quoted, criterion)} (${shown(value)})`);
    }
  }
  if (bad.length > 0) {
    damaged.entries[record.field] = kept;
    const template = bad.length === 1 ? record.words.BadOne : record.words.BadMany;
    damaged.problems.push(formatString(template, record.label, bad.join(DataStrings.Common.ListSeparator), record.expected));
  }
  return entries;
}

/**
 * The draft in an item's columns, part by part: what cannot be read is shown as a response
 * nobody has touched shows it, and reported in `damaged` (problems empty when all was read).
 * Used for response items and for their versions (SharePoint's version history).
 */
export function readResponseDraft(item: RawItem): { draft: ResponseDraft; damaged: DamagedParts } {
  const damaged = emptyDamage();
  const draft: ResponseDraft = emptyDraft();
  for (const record of RECORDS) setRecord(draft, record.field, readRecord(item[record.column], record, damaged));
  for (const scalar of SCALARS) {
    const parsed = scalar.schema.safeParse(item[scalar.column]);
    if (parsed.success) {
      (draft as unknown as Record<string, unknown>)[scalar.field] = parsed.data;
    } else {
      damaged.columns[scalar.column] = item[scalar.column];
      damaged.problems.push(formatString(DataStrings.Responses.UnreadableColumn, scalar.label, shown(item[scalar.column]), describeValueIssues(parsed.error.issues)));
    }
  }
  return { draft, damaged };
}

/** Who agreed a response and when, read leniently: they are shown, never saved back as read. */
function agreement(item: RawItem): { agreedBy: string; agreedAt: string | null } {
  const by = item[F.agreedBy];
  const at = item[F.agreedAt];
  return { agreedBy: typeof by === 'string' ? by : '', agreedAt: typeof at === 'string' && at !== '' ? at : null };
}

/**
 * Validates a response item. Fails only when the item cannot be tied to an assessment and
 * capability or has no ETag; any other damage is reported in `damaged` and the rest is read.
 */
export function mapResponse(item: RawItem): MapResult<StoredResponse> {
  const identity = parseItemWithEtag(identitySchema, item, CAPABILITY_ITEM_COLUMN_NAMES);
  if (!identity.ok) return identity;
  const { draft, damaged } = readResponseDraft(item);
  const { columns: d, etag } = identity.value;
  const response: StoredResponse = {
    ...draft,
    itemId: d.Id,
    etag,
    assessmentId: d[F.assessmentId],
    capability: d[F.capabilityKey],
    modified: d.Modified ?? null,
    ...agreement(item)
  };
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
 * The item fields for a draft, over the stored response it replaces (null for a new item), with
 * `also` (columns the store sets itself, such as who agreed it) on top. Unreadable parts of
 * `stored` are written back as they were unless the draft replaces them: an unreadable answer
 * (or note) stays until that criterion is answered (or annotated), an unreadable column stays
 * while the draft leaves its (empty) value alone. Throws a plain Error naming the capability when
 * a column would be longer than SharePoint keeps.
 */
export function responseToItem(assessmentId: number, capability: string, draft: ResponseDraft, stored: StoredResponse | null = null, also: Record<string, unknown> = {}): ResponseWrite {
  const damaged = stored?.damaged;
  const notices: string[] = [];
  const kept = emptyDamage();
  const fields: Record<string, unknown> = {
    Title: capability,
    [F.assessmentId]: assessmentId,
    [F.capabilityKey]: capability,
    [F.responseKey]: responseKey(assessmentId, capability)
  };

  for (const record of RECORDS) {
    const mine = recordOf(draft, record.field);
    const entries: Record<string, unknown> = {};
    const unreadable = damaged?.entries[record.field] ?? {};
    for (const criterion of Object.keys(unreadable)) {
      if (mine[criterion] === undefined) {
        entries[criterion] = unreadable[criterion];
        kept.entries[record.field] = { ...kept.entries[record.field], [criterion]: unreadable[criterion] };
      }
    }
    Object.assign(entries, mine);
    const text = damaged?.texts[record.field];
    if (text !== undefined && Object.keys(mine).length === 0) {
      // Nothing to write in its place: the unreadable text stays where it is.
      kept.texts[record.field] = text;
      continue;
    }
    if (text !== undefined) {
      notices.push(formatString(record.words.Replaced, capability));
    }
    fields[record.column] = JSON.stringify(entries);
  }

  for (const scalar of SCALARS) {
    const unreadable = damaged !== undefined && Object.prototype.hasOwnProperty.call(damaged.columns, scalar.column);
    if (unreadable && stored !== null && draft[scalar.field] === stored[scalar.field]) {
      kept.columns[scalar.column] = damaged.columns[scalar.column];
      continue;
    }
    if (unreadable) notices.push(formatString(DataStrings.Responses.ColumnReplaced, scalar.label, capability));
    fields[scalar.column] = draft[scalar.field];
  }
  Object.assign(fields, also);

  for (const [column, value] of Object.entries(fields)) {
    const limit = COLUMN_LIMITS.get(column);
    if (limit !== undefined && typeof value === 'string' && value.length > limit) {
      throw new Error(formatString(DataStrings.Responses.TooLong, CONTENT_NAMES[column] ?? column, capability, value.length.toLocaleString('en-GB'), limit.toLocaleString('en-GB')));
    }
  }
  const keptSomething = Object.keys(kept.entries).length > 0 || Object.keys(kept.texts).length > 0 || Object.keys(kept.columns).length > 0;
  if (keptSomething && damaged) kept.problems = damaged.problems;
  return { fields, notices, kept: keptSomething ? kept : undefined };
}

function copyField<K extends ResponseScalarField>(to: ResponseDraft, from: ResponseDraft, field: K): void {
  to[field] = from[field];
}

/** The draft inside a stored response: every field of the draft schema, and nothing else. */
export function draftOf(response: StoredResponse): ResponseDraft {
  const draft: ResponseDraft = emptyDraft();
  for (const field of RESPONSE_SCALAR_FIELDS) copyField(draft, response, field);
  for (const field of RESPONSE_RECORD_FIELDS) setRecord(draft, field, { ...recordOf(response, field) });
  return draft;
}
