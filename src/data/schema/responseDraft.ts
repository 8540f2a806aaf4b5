/**
 * What a response is, written once: the draft schema. ResponseDraft (types.ts) is inferred from
 * it, saving checks drafts against it, and the merge, the mapper and draftOf take their list of
 * fields from its shape, so a field added here is merged, read and written without anyone having
 * to remember three other lists. (A new field also needs its column in lists.ts and an entry in
 * the mapper's column table, which the compiler asks for.)
 *
 * Two kinds of field: a scalar field (a status, a number, a text) is one place to merge; a record
 * field (a zod record, such as the answers and the notes, keyed by criterion) is one place per
 * key, so two people answering or annotating different criteria never conflict. A record field's
 * values must be plain text or enum values (compared with ===), and an empty text is no entry.
 *
 * Kept apart from mappers/response.ts because the merge needs the field list and the mapper
 * needs the merge's emptyDraft: defining the schema in either would make a circular import.
 */
import { z } from 'zod';
import { answerSchema } from '../../nimm/model/schema';
import { responseStatusSchema } from './choices';
import { TEXT_FIELD_LIMIT } from './names';

/** Answers as stored: criterion key to answer; a missing key is an unanswered criterion. */
export const answersSchema = z.record(z.string().min(1), answerSchema);

/** Notes as stored: criterion key to the note written with its answer; a missing key is no note. */
export const notesSchema = z.record(z.string().min(1), z.string());

/** A draft as the user typed it, checked before it is sent. */
export const responseDraftSchema = z.object({
  status: responseStatusSchema,
  notApplicable: z.boolean(),
  agreedLevel: z.number().int().min(1).nullable(),
  rationale: z.string(),
  answers: answersSchema,
  /** A note per criterion, beside its answer ("met, see the March board minutes"). */
  notes: notesSchema,
  improvementIdeas: z.string(),
  /** The owner's name, as shown; ownerLogin keeps their SharePoint login when picked from the site's people. */
  owner: z.string().max(TEXT_FIELD_LIMIT),
  reviewer: z.string().max(TEXT_FIELD_LIMIT),
  ownerLogin: z.string().max(TEXT_FIELD_LIMIT),
  reviewerLogin: z.string().max(TEXT_FIELD_LIMIT),
  /** A reviewer's comment, typically when sending a response back for more work. */
  reviewComment: z.string()
});

/** The editable content of one capability's response. */
export type ResponseDraft = z.infer<typeof responseDraftSchema>;

type DraftShape = typeof responseDraftSchema.shape;

/** A field of a draft that holds one value per criterion key (a zod record): the answers, the notes. */
export type ResponseRecordField = { [K in keyof DraftShape]: DraftShape[K] extends z.ZodRecord<z.ZodTypeAny, z.ZodTypeAny> ? K : never }[keyof DraftShape];

/** A field of a draft holding one value: merged, read and written as a whole. */
export type ResponseScalarField = Exclude<keyof ResponseDraft, ResponseRecordField>;

const FIELD_NAMES = Object.keys(responseDraftSchema.shape) as (keyof DraftShape)[];

function isRecordField(key: keyof DraftShape): key is ResponseRecordField {
  return responseDraftSchema.shape[key] instanceof z.ZodRecord;
}

function isScalarField(key: keyof DraftShape): key is ResponseScalarField {
  return !isRecordField(key);
}

/** Every scalar field, in the schema's order (the order conflicts and problems are listed in). */
export const RESPONSE_SCALAR_FIELDS: readonly ResponseScalarField[] = FIELD_NAMES.filter(isScalarField);

/** Every record field, in the schema's order. */
export const RESPONSE_RECORD_FIELDS: readonly ResponseRecordField[] = FIELD_NAMES.filter(isRecordField);

/** A record field's entries as plain key-value pairs (its values are text or enum values). */
export function recordOf(draft: ResponseDraft, field: ResponseRecordField): Record<string, unknown> {
  return draft[field] as Record<string, unknown>;
}

/** Sets a record field from plain key-value pairs (already checked against the field's schema). */
export function setRecord(draft: ResponseDraft, field: ResponseRecordField, entries: Record<string, unknown>): void {
  (draft as unknown as Record<ResponseRecordField, Record<string, unknown>>)[field] = entries;
}

/** The same entries without empty texts: an empty note is no note, wherever it came from. */
export function withoutEmptyEntries(entries: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(entries)) if (entries[key] !== '' && entries[key] !== undefined) out[key] = entries[key];
  return out;
}
