/** Assessment items. */
import { z } from 'zod';
import type { AssessmentScope } from '../../nimm/assessment/scope';
import { KEY_PATTERN, profileSchema } from '../../nimm/model/schema';
import { DataStrings, formatString } from '../../loc/strings';
import { assessmentStatusSchema, choiceColumn, DEFAULT_ASSESSMENT_STATUS } from '../schema/choices';
import { F, NOTE_FIELD_LIMIT } from '../schema/names';
import type { AssessmentSummary, NewAssessment } from '../types';
import { dateColumn, itemIdentity, MapResult, numberColumn, parseItemWithEtag, RawItem, textColumn, toDateColumn } from './common';

/** Columns read for an assessment. */
export const ASSESSMENT_SELECT = [
  'Id', 'Title', 'Created', 'Modified', F.modelVersionId, F.modelKey, F.modelVersion, F.scope, F.status, F.targetProfile,
  F.lead, F.facilitator, F.startDate, F.closedDate, F.runBudgetPercent, F.dueDate, F.inScope, F.previousAssessmentId,
  F.budgetYear, F.runBudget, F.improveBudget
];

/** Which capabilities a round covers (src/nimm/assessment/scope.ts), as stored in "Capabilities in scope (JSON)". */
export const assessmentScopeSchema: z.ZodType<AssessmentScope, z.ZodTypeDef, unknown> = z.union([
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('foundation') }),
  z.object({ kind: z.literal('profile'), profile: z.union([z.string().regex(KEY_PATTERN, DataStrings.Items.IsNotProfileKey), profileSchema]) }),
  z.object({ kind: z.literal('capabilities'), capabilities: z.array(z.string().regex(KEY_PATTERN, DataStrings.Items.IsNotCapabilityKey)) })
]);

/** Every capability: what an assessment made before the column existed (or with it left empty) covers. */
const ALL: AssessmentScope = { kind: 'all' };

/** The scope column as read: empty is all; anything else must be a scope in JSON. */
const scopeColumn = z.union([z.string(), z.null(), z.undefined()]).transform((value, ctx): AssessmentScope => {
  if (value === null || value === undefined || value.trim() === '') return ALL;
  let json: unknown;
  try {
    json = JSON.parse(value);
  } catch {
    json = undefined;
  }
  const parsed = assessmentScopeSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  ctx.addIssue({ code: z.ZodIssueCode.custom, message: DataStrings.Items.ScopeNotReadable });
  return z.NEVER;
});

/** The scope as written: JSON, refused (naming the assessment) when longer than a Note column keeps. */
export function scopeToColumn(scope: AssessmentScope, title: string): string {
  const json = JSON.stringify(scope);
  if (json.length > NOTE_FIELD_LIMIT) {
    throw new Error(formatString(DataStrings.Assessments.ScopeTooLong, title, json.length.toLocaleString('en-GB'), NOTE_FIELD_LIMIT.toLocaleString('en-GB')));
  }
  return json;
}

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
  [F.runBudgetPercent]: numberColumn.refine((v) => v === null || (v >= 0 && v <= 100), DataStrings.Items.MustBePercent),
  [F.dueDate]: dateColumn,
  [F.inScope]: scopeColumn,
  [F.previousAssessmentId]: numberColumn.refine((v) => v === null || (Number.isInteger(v) && v >= 1), DataStrings.Items.MustBeItemId),
  [F.budgetYear]: z.string().nullish(),
  [F.runBudget]: numberColumn.refine((v) => v === null || v >= 0, DataStrings.Items.MustNotBeNegative),
  [F.improveBudget]: numberColumn.refine((v) => v === null || v >= 0, DataStrings.Items.MustNotBeNegative)
});

const COLUMN_NAMES: Record<string, string> = {
  [F.modelVersionId]: 'Model version ID',
  [F.status]: 'Status',
  [F.runBudgetPercent]: 'Run budget (%)',
  [F.inScope]: 'Capabilities in scope (JSON)',
  [F.previousAssessmentId]: 'Previous assessment ID',
  [F.runBudget]: 'Run budget (GBP)',
  [F.improveBudget]: 'Improve budget (GBP)'
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
      dueDate: d[F.dueDate],
      inScope: d[F.inScope],
      previousAssessmentId: d[F.previousAssessmentId],
      budgetYear: d[F.budgetYear] || null,
      runBudget: d[F.runBudget],
      improveBudget: d[F.improveBudget],
      created: d.Created ?? null,
      modified: d.Modified ?? null
    }
  };
}

/** Checks what it takes to start an assessment. */
export const newAssessmentSchema = z.object({
  title: z.string().trim().min(1, DataStrings.Items.AssessmentNeedsTitle).max(255, DataStrings.Items.AssessmentTitleTooLong),
  scope: z.string().max(255, DataStrings.Items.AssessmentScopeTooLong),
  targetProfile: z.string().max(255).nullish(),
  lead: z.string().max(255).optional(),
  facilitator: z.string().max(255).optional(),
  startDate: z.string().optional(),
  runBudgetPercent: z.number().min(0).max(100).nullish(),
  modelVersionId: z.number().int().positive().optional(),
  dueDate: z.string().refine((v) => !Number.isNaN(Date.parse(v)), DataStrings.Items.AssessmentDueDate).nullish(),
  inScope: assessmentScopeSchema.optional(),
  previousAssessmentId: z.number().int(DataStrings.Items.AssessmentPreviousId).positive(DataStrings.Items.AssessmentPreviousId).nullish()
});

/**
 * Item fields for a new assessment against the given model version. Throws a plain Error when
 * the scope would be longer than SharePoint keeps.
 */
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
    [F.runBudgetPercent]: input.runBudgetPercent ?? null,
    [F.dueDate]: toDateColumn(input.dueDate),
    [F.inScope]: scopeToColumn(input.inScope ?? ALL, input.title.trim()),
    [F.previousAssessmentId]: input.previousAssessmentId ?? null
  };
}
