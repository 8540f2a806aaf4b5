/** Response items: one per (assessment, capability), answers as JSON. */
import { z } from 'zod';
import { answerSchema } from '../../nimm/model/schema';
import { F, NOTE_FIELD_LIMIT } from '../schema/names';
import type { ResponseDraft, StoredResponse } from '../types';
import { CAPABILITY_ITEM_COLUMN_NAMES, capabilityItemColumns, itemIdentity, MapResult, numberColumn, parseItemWithEtag, parseJsonColumnAs, RawItem, textColumn } from './common';

/** The columns a response read selects: nothing more, to keep pages small. */
export const RESPONSE_SELECT = ['Id', 'Modified', F.assessmentId, F.capabilityKey, F.status, F.notApplicable, F.agreedLevel, F.rationale, F.answers, F.improvementIdeas, F.owner, F.reviewer];

const COLUMN_NAMES: Record<string, string> = {
  ...CAPABILITY_ITEM_COLUMN_NAMES,
  [F.status]: 'Status',
  [F.agreedLevel]: 'Agreed level',
  [F.answers]: 'Answers (JSON)'
};

/** Response statuses, as stored. */
export const responseStatusSchema = z.enum(['not-started', 'in-progress', 'ready-for-review', 'agreed', 'not-applicable']);

/** Answers as stored: criterion key to answer. */
export const answersSchema = z.record(z.string().min(1), answerSchema);

const responseItemSchema = itemIdentity.extend({
  Modified: z.string().nullish(),
  ...capabilityItemColumns,
  [F.status]: z.union([responseStatusSchema, z.null(), z.undefined()]).transform((v) => v ?? 'not-started'),
  [F.notApplicable]: z.union([z.boolean(), z.null(), z.undefined()]).transform((v) => v ?? false),
  [F.agreedLevel]: numberColumn.refine((v) => v === null || (Number.isInteger(v) && v >= 1), 'must be a whole number from 1'),
  [F.rationale]: textColumn,
  [F.improvementIdeas]: textColumn,
  [F.owner]: textColumn,
  [F.reviewer]: textColumn
});

/** Validates a response item; empty Answers means nothing answered yet. */
export function mapResponse(item: RawItem): MapResult<StoredResponse> {
  const parsed = parseItemWithEtag(responseItemSchema, item, COLUMN_NAMES);
  if (!parsed.ok) return parsed;
  let answers: Record<string, z.infer<typeof answerSchema>> = {};
  const rawAnswers = item[F.answers];
  if (typeof rawAnswers === 'string' && rawAnswers.trim() !== '') {
    const checked = parseJsonColumnAs(rawAnswers, 'Answers (JSON)', answersSchema);
    if (!checked.ok) return checked;
    answers = checked.value;
  }
  const { columns: d, etag } = parsed.value;
  return {
    ok: true,
    value: {
      itemId: d.Id,
      etag,
      assessmentId: d[F.assessmentId],
      capability: d[F.capabilityKey],
      status: d[F.status],
      notApplicable: d[F.notApplicable],
      agreedLevel: d[F.agreedLevel],
      rationale: d[F.rationale],
      answers,
      improvementIdeas: d[F.improvementIdeas],
      owner: d[F.owner],
      reviewer: d[F.reviewer],
      modified: d.Modified ?? null
    }
  };
}

/** A draft as the user typed it, checked before it is sent. */
export const responseDraftSchema = z.object({
  status: responseStatusSchema,
  notApplicable: z.boolean(),
  agreedLevel: z.number().int().min(1).nullable(),
  rationale: z.string(),
  answers: answersSchema,
  improvementIdeas: z.string(),
  owner: z.string().max(255),
  reviewer: z.string().max(255)
});

/** The item fields for a draft. Throws a plain Error if a JSON column would be too long. */
export function responseToItem(assessmentId: number, capability: string, draft: ResponseDraft): Record<string, unknown> {
  const answers = JSON.stringify(draft.answers);
  for (const [label, text] of [['answers', answers], ['rationale', draft.rationale], ['improvement ideas', draft.improvementIdeas]] as const) {
    if (text.length > NOTE_FIELD_LIMIT) {
      throw new Error(`The ${label} for "${capability}" are ${text.length.toLocaleString('en-GB')} characters long; SharePoint keeps at most ${NOTE_FIELD_LIMIT.toLocaleString('en-GB')}.`);
    }
  }
  return {
    Title: capability,
    [F.assessmentId]: assessmentId,
    [F.capabilityKey]: capability,
    [F.status]: draft.status,
    [F.notApplicable]: draft.notApplicable,
    [F.agreedLevel]: draft.agreedLevel,
    [F.rationale]: draft.rationale,
    [F.answers]: answers,
    [F.improvementIdeas]: draft.improvementIdeas,
    [F.owner]: draft.owner,
    [F.reviewer]: draft.reviewer
  };
}

/** The draft inside a stored response. */
export function draftOf(response: StoredResponse): ResponseDraft {
  const { status, notApplicable, agreedLevel, rationale, answers, improvementIdeas, owner, reviewer } = response;
  return { status, notApplicable, agreedLevel, rationale, answers: { ...answers }, improvementIdeas, owner, reviewer };
}
