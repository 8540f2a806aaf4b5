/** Assessment items. */
import { z } from 'zod';
import { assessmentStatusSchema, choiceColumn, DEFAULT_ASSESSMENT_STATUS } from '../schema/choices';
import { F } from '../schema/names';
import type { AssessmentSummary, NewAssessment } from '../types';
import { dateColumn, itemIdentity, MapResult, numberColumn, parseItemWithEtag, RawItem, textColumn, toDateColumn } from './common';

/** Columns read for an assessment. */
export const ASSESSMENT_SELECT = [
  'Id', 'Title', 'Created', 'Modified', F.modelVersionId, F.modelKey, F.modelVersion, F.scope, F.status, F.targetProfile,
  F.lead, F.facilitator, F.startDate, F.closedDate, F.runBudgetPercent
];

const assessmentItemSchema = itemIdentity.extend({
  Title: textColumn,
  Created: z.string().nullish(),
  Modified: z.string().nullish(),
  [F.modelVersionId]: z.number().int().positive(),
  [F.modelKey]: textColumn,
  [F.modelVersion]: textColumn,
  [F.scope]: textColumn,
  [F.status]: choiceColumn(assessmentStatusSchema, DEFAULT_ASSESSMENT_STATUS),
  [F.targetProfile]: z.string().nullish(),
  [F.lead]: textColumn,
  [F.facilitator]: textColumn,
  [F.startDate]: dateColumn,
  [F.closedDate]: dateColumn,
  [F.runBudgetPercent]: numberColumn.refine((v) => v === null || (v >= 0 && v <= 100), 'must be between 0 and 100')
});

const COLUMN_NAMES: Record<string, string> = {
  [F.modelVersionId]: 'Model version ID',
  [F.status]: 'Status',
  [F.runBudgetPercent]: 'Run budget (%)'
};

/** Validates an assessment item. */
export function mapAssessment(item: RawItem): MapResult<AssessmentSummary> {
  const parsed = parseItemWithEtag(assessmentItemSchema, item, COLUMN_NAMES);
  if (!parsed.ok) return parsed;
  const { columns: d, etag } = parsed.value;
  return {
    ok: true,
    value: {
      id: d.Id,
      etag,
      title: d.Title,
      scope: d[F.scope],
      status: d[F.status],
      modelVersionId: d[F.modelVersionId],
      modelKey: d[F.modelKey],
      modelVersion: d[F.modelVersion],
      targetProfile: d[F.targetProfile] || null,
      lead: d[F.lead],
      facilitator: d[F.facilitator],
      startDate: d[F.startDate],
      closedDate: d[F.closedDate],
      runBudgetPercent: d[F.runBudgetPercent],
      created: d.Created ?? null,
      modified: d.Modified ?? null
    }
  };
}

/** Checks what it takes to start an assessment. */
export const newAssessmentSchema = z.object({
  title: z.string().trim().min(1, 'An assessment needs a title.').max(255, 'The title can be at most 255 characters.'),
  scope: z.string().max(255, 'The scope can be at most 255 characters.'),
  targetProfile: z.string().max(255).nullish(),
  lead: z.string().max(255).optional(),
  facilitator: z.string().max(255).optional(),
  startDate: z.string().optional(),
  runBudgetPercent: z.number().min(0).max(100).nullish(),
  modelVersionId: z.number().int().positive().optional()
});

/** Item fields for a new assessment against the given model version. */
export function assessmentToItem(input: NewAssessment, model: { id: number; modelKey: string; version: string }, today: string): Record<string, unknown> {
  return {
    Title: input.title.trim(),
    [F.modelVersionId]: model.id,
    [F.modelKey]: model.modelKey,
    [F.modelVersion]: model.version,
    [F.scope]: input.scope,
    [F.status]: DEFAULT_ASSESSMENT_STATUS,
    [F.targetProfile]: input.targetProfile ?? null,
    [F.lead]: input.lead ?? '',
    [F.facilitator]: input.facilitator ?? '',
    [F.startDate]: toDateColumn(input.startDate ?? today),
    [F.runBudgetPercent]: input.runBudgetPercent ?? null
  };
}
