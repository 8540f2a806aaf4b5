/**
 * Each capability's status and its dependency-free levels (rules 1-3 and 5), worked out once
 * per assessment so that effective levels, roll-ups, roadmaps and impact can build on them.
 */
import { CapabilityStatus, responsesByCapability, responseStatus } from '../assessment/responses';
import type { ModelIndex } from '../model/modelIndex';
import type { Assessment } from '../model/schema';
import { answerLevels, Answers, progressToNext } from './attainment';

/** A capability's levels before dependencies are taken into account. */
export interface CapabilityState {
  status: CapabilityStatus;
  /** Null when not applicable. */
  computedLevel: number | null;
  /** Null when not applicable. */
  assessedLevel: number | null;
  perspectiveLevels: Record<string, number>;
  progressToNext: number | null;
}

const NO_ANSWERS: Answers = {};

/**
 * The state of every capability, by position in the model. A capability that was not
 * assessed is worked out from no answers at all, which gives level 1 throughout: that is
 * how it counts for dependencies (rule 4), while roll-ups leave it out (rule 6).
 */
export function assessCapabilities(index: ModelIndex, assessment: Assessment): CapabilityState[] {
  const responses = responsesByCapability(assessment);
  return index.capabilities.map((entry) => {
    const response = responses.get(entry.capability.key);
    const status = responseStatus(response);
    if (status === 'not-applicable') {
      return { status, computedLevel: null, assessedLevel: null, perspectiveLevels: {}, progressToNext: null };
    }
    const answers = response?.answers ?? NO_ANSWERS;
    const { computedLevel, perspectiveLevels } = answerLevels(entry, answers);
    const agreed = response?.agreedLevel;
    return {
      status,
      computedLevel,
      // Rule 3: the team's consensus, when recorded, stands in for the computed level.
      assessedLevel: agreed !== null && agreed !== undefined ? agreed : computedLevel,
      perspectiveLevels,
      progressToNext: progressToNext(entry, answers, computedLevel, index.topLevel)
    };
  });
}
