/**
 * One roadmap plan per assessment, enforced by SharePoint: the "Plan key" column (the assessment
 * ID) gets EnforceUniqueValues, so two people saving a first plan for the same assessment at the
 * same moment cannot leave two plans (the second add is refused, and SharePoint runs nothing after
 * it in that $batch, so none of its actions is added either: store/roadmapPlan.ts).
 *
 * The list is new in schema version 6 and has no items when set-up creates it, so enforcement is
 * simply turned on. It is checked on every set-up run, as the other keys are, so that a rule
 * someone turned off by hand is put back; a plan made meanwhile is first given its key (a second
 * plan of the same assessment "<key>#<item id>", which the store ignores and reports).
 */
import { DataStrings, formatString } from '../../loc/strings';
import type { RawItem } from '../mappers/common';
import { planKey } from '../mappers/roadmapPlan';
import type { SPFI } from '../sp/pnp';
import { F, LISTS } from './names';
import { ensureUniqueKeys } from './uniqueKeys';

/** Gives every plan its key, then turns on SharePoint's unique-value check. Returns the changes made. */
export function ensurePlanKeys(sp: SPFI): Promise<string[]> {
  return ensureUniqueKeys(sp, {
    list: LISTS.roadmapPlans,
    keyColumn: F.planKey,
    columns: [F.assessmentId],
    keyOf: (item: RawItem) => {
      const assessmentId = Number(item[F.assessmentId]);
      return Number.isInteger(assessmentId) && assessmentId > 0 ? planKey(assessmentId) : null;
    },
    keysGiven: { one: DataStrings.SetUp.PlanKeysGivenOne, many: DataStrings.SetUp.PlanKeysGivenMany },
    enforcedChange: formatString(DataStrings.SetUp.PlanKeyEnforced, LISTS.roadmapPlans)
  });
}

/**
 * One local profile per key, enforced by SharePoint (schema version 7). The key is the column
 * itself; a second profile with the same key (made while the rule was off) gets "<key>#<item id>",
 * which the store reports and leaves out.
 */
export function ensureLocalProfileKeys(sp: SPFI): Promise<string[]> {
  return ensureUniqueKeys(sp, {
    list: LISTS.localProfiles,
    keyColumn: F.profileKey,
    columns: [],
    keyOf: (item: RawItem) => {
      const key = item[F.profileKey];
      return typeof key === 'string' && key.trim() !== '' ? key.split('#')[0] : null;
    },
    keysGiven: { one: DataStrings.SetUp.LocalProfileKeysGivenOne, many: DataStrings.SetUp.LocalProfileKeysGivenMany },
    enforcedChange: formatString(DataStrings.SetUp.LocalProfileKeyEnforced, LISTS.localProfiles)
  });
}
