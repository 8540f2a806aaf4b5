/**
 * Scores an assessment against its model: every rule of docs/scoring.md in one report. The
 * model and assessment are expected to have passed validateModel and validateAssessment.
 */
import { indexModel } from '../model/modelIndex';
import type { Assessment, Model } from '../model/schema';
import { assessCapabilities } from './capabilityStates';
import { effectiveLevels, heldBackBy } from './effectiveLevels';
import { profileResults } from './profileResults';
import { rollUpAll } from './rollUps';
import type { CapabilityScore, ScoreOptions, ScoreReport } from './types';

/** The full score report: capability levels, category and overall roll-ups, profile results. */
export function scoreAssessment(model: Model, assessment: Assessment, options: ScoreOptions = {}): ScoreReport {
  const index = indexModel(model);
  const states = assessCapabilities(index, assessment);
  const assessed = states.map((state) => state.assessedLevel);
  const effective = effectiveLevels(index, assessed);

  const capabilities: Record<string, CapabilityScore> = {};
  for (const entry of index.capabilities) {
    const key = entry.capability.key;
    if (Object.prototype.hasOwnProperty.call(capabilities, key)) {
      continue;
    }
    const state = states[entry.position];
    capabilities[key] = {
      computedLevel: state.computedLevel,
      assessedLevel: state.assessedLevel,
      effectiveLevel: effective[entry.position],
      perspectiveLevels: state.perspectiveLevels,
      heldBackBy: heldBackBy(index, entry.position, state.assessedLevel, effective),
      progressToNext: state.progressToNext,
      status: state.status
    };
  }
  const { categories, overall } = rollUpAll(index, states, effective);
  return {
    capabilities,
    categories,
    overall,
    profiles: profileResults(index, options.profiles ?? model.profiles, effective)
  };
}
