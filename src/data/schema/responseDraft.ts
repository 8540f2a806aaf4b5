/**
 * What a response is, written once: the draft schema. ResponseDraft (types.ts) is inferred from
 * it, saving checks drafts against it, and the merge, the mapper and draftOf take their list of
 * fields from its shape, so a field added here is merged, read and written without anyone having
 * to remember three other lists. (A new field also needs its column in lists.ts and an entry in
 * the mapper's column table, which the compiler asks for.)
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

/** A draft as the user typed it, checked before it is sent. */
export const responseDraftSchema = z.object({
  status: responseStatusSchema,
  notApplicable: z.boolean(),
  agreedLevel: z.number().int().min(1).nullable(),
  rationale: z.string(),
  answers: answersSchema,
  improvementIdeas: z.string(),
  owner: z.string().max(TEXT_FIELD_LIMIT),
  reviewer: z.string().max(TEXT_FIELD_LIMIT)
});

/** The editable content of one capability's response. */
export type ResponseDraft = z.infer<typeof responseDraftSchema>;

/** A field of a draft other than its answers, which are merged criterion by criterion instead. */
export type ResponseScalarField = Exclude<keyof ResponseDraft, 'answers'>;

function isScalarField(key: string): key is ResponseScalarField {
  return key !== 'answers';
}

/** Every field but the answers, in the schema's order (the order conflicts and problems are listed in). */
export const RESPONSE_SCALAR_FIELDS: readonly ResponseScalarField[] = Object.keys(responseDraftSchema.shape).filter(isScalarField);
