/** Roadmap plan items (list "NIMM Roadmap Plans", schema version 6): one per assessment. */
import { z } from 'zod';
import { KEY_PATTERN } from '../../nimm/model/schema';
import { DataStrings } from '../../loc/strings';
import { F } from '../schema/names';
import { CUSTOM_GOAL, type RoadmapPlan, type RoadmapPlanSettings } from '../types';
import { itemIdentity, MapResult, parseItemWithEtag, parseJsonColumnAs, RawItem, textColumn } from './common';

/** Columns read for plans. */
export const PLAN_SELECT = ['Id', 'Modified', F.assessmentId, F.profileKey, F.planSettings, F.planKey];

/** The phase lengths a plan offers, in months. */
export const PHASE_MONTHS = [1, 3, 6, 12] as const;

/** Person-days a step not yet estimated counts for, unless the plan says otherwise. */
export const DEFAULT_EFFORT_DAYS = 5;

/** The unique key of an assessment's plan. */
export function planKey(assessmentId: number): string {
  return String(assessmentId);
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, DataStrings.Roadmap.NotADate);

/** A custom goal's levels by capability key (schema version 7; inside the settings JSON). */
const customTargetsSchema = z.record(z.string().regex(KEY_PATTERN, DataStrings.Roadmap.NotACapabilityKey), z.number().int().min(1).max(9));

/** Steps held back by hand: the first phase each may go in (schema version 7; inside the settings JSON). */
const holdsSchema = z.record(z.string().regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*:\d+$/, DataStrings.Roadmap.NotAStepKey), z.number().int().min(2, DataStrings.Roadmap.HoldPhase));

/** The settings column's JSON: everything but the profile, which has a column of its own. */
const settingsJsonSchema = z.object({
  capacity: z.number().positive().finite().nullable().default(null),
  capacityUnit: z.enum(['steps', 'days']).default('steps'),
  phaseMonths: z.number().int().refine((m) => (PHASE_MONTHS as readonly number[]).indexOf(m) >= 0, DataStrings.Roadmap.BadPhaseLength),
  startDate: isoDate,
  defaultEffortDays: z.number().min(0).finite().default(DEFAULT_EFFORT_DAYS),
  carriedFrom: z.number().int().positive().nullable().default(null),
  customTargets: customTargetsSchema.nullable().default(null),
  holds: holdsSchema.default({})
});

const planItemSchema = itemIdentity.extend({
  Modified: z.string().nullish(),
  [F.assessmentId]: z.number().int().positive(),
  [F.profileKey]: z.string().regex(KEY_PATTERN, DataStrings.Roadmap.NotAProfileKey),
  [F.planKey]: textColumn
});

const COLUMN_NAMES: Record<string, string> = {
  [F.assessmentId]: 'Assessment ID',
  [F.profileKey]: 'Profile key'
};

/** Validates a plan item. */
export function mapRoadmapPlan(item: RawItem): MapResult<RoadmapPlan> {
  const parsed = parseItemWithEtag(planItemSchema, item, COLUMN_NAMES);
  if (!parsed.ok) return parsed;
  const { columns: d, etag } = parsed.value;
  const settings = parseJsonColumnAs(item[F.planSettings], 'Plan settings (JSON)', settingsJsonSchema);
  if (!settings.ok) return settings;
  return {
    ok: true,
    value: {
      itemId: d.Id,
      etag,
      assessmentId: d[F.assessmentId],
      modified: d.Modified ?? null,
      profile: d[F.profileKey],
      ...settings.value
    }
  };
}

/** Whether a plan item is the assessment's own (not a duplicate a race left before the key was unique). */
export function isKeyedPlan(item: RawItem): boolean {
  return item[F.planKey] === planKey(Number(item[F.assessmentId]));
}

/** Checks a plan's settings before saving. */
export const planSaveSchema = z.object({
  assessmentId: z.number().int().positive(),
  profile: z.string().regex(KEY_PATTERN, DataStrings.Roadmap.NotAProfileKey),
  capacity: z.number().positive(DataStrings.Roadmap.CapacityAboveZero).finite().nullable(),
  capacityUnit: z.enum(['steps', 'days']),
  phaseMonths: z.number().int().refine((m) => (PHASE_MONTHS as readonly number[]).indexOf(m) >= 0, DataStrings.Roadmap.BadPhaseLength),
  startDate: isoDate,
  defaultEffortDays: z.number().min(0).finite(),
  carriedFrom: z.number().int().positive().nullable(),
  customTargets: customTargetsSchema.nullable(),
  holds: holdsSchema.optional()
}).refine((p) => p.profile !== CUSTOM_GOAL || (p.customTargets !== null && Object.keys(p.customTargets).length > 0), {
  message: DataStrings.Roadmap.CustomGoalEmpty,
  path: ['customTargets']
});

/** The settings of a plan as stored (without the item's identity). */
export function settingsOf(plan: RoadmapPlanSettings): RoadmapPlanSettings {
  return {
    profile: plan.profile,
    capacity: plan.capacity,
    capacityUnit: plan.capacityUnit,
    phaseMonths: plan.phaseMonths,
    startDate: plan.startDate,
    defaultEffortDays: plan.defaultEffortDays,
    carriedFrom: plan.carriedFrom,
    customTargets: plan.customTargets,
    holds: plan.holds ?? {}
  };
}

/** Item fields for a plan: the profile in its column, the rest of the settings as JSON. */
export function planToItem(plan: RoadmapPlanSettings & { assessmentId: number }, title: string): Record<string, unknown> {
  const { profile, ...rest } = settingsOf(plan);
  const settings = { ...rest, customTargets: profile === CUSTOM_GOAL ? rest.customTargets : null };
  return {
    Title: title,
    [F.assessmentId]: plan.assessmentId,
    [F.planKey]: planKey(plan.assessmentId),
    [F.profileKey]: plan.profile,
    [F.planSettings]: JSON.stringify(settings)
  };
}
