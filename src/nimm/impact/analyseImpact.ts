/**
 * Rule 9 of docs/scoring.md: what-if analysis. Recomputes with one capability assessed at a
 * new level (as if the team had agreed that level) and reports what else moves.
 */
import { NimmError } from '../errors';
import { indexModel } from '../model/modelIndex';
import type { Assessment, Model, Response } from '../model/schema';
import { scoreAssessment } from '../scoring/scoreAssessment';
import type { ImpactReport, LevelChange, ProfileChange } from './types';

/** The effects of assessing `capabilityKey` at `level`, compared with the assessment as it stands. */
export function analyseImpact(model: Model, assessment: Assessment, capabilityKey: string, level: number): ImpactReport {
  const index = indexModel(model);
  const changed = index.capabilityByKey.get(capabilityKey);
  if (changed === undefined) {
    throw new NimmError('unknown-capability', `There is no capability '${capabilityKey}' in model '${model.key}'.`);
  }
  if (!Number.isInteger(level) || level < 1 || level > index.topLevel) {
    throw new NimmError('level-out-of-range', `The level must be a whole number from 1 to ${index.topLevel}, not ${level}.`);
  }

  const before = scoreAssessment(model, assessment);
  const after = scoreAssessment(model, withAgreedLevel(assessment, capabilityKey, level));

  const directlyDependent = new Set(changed.dependents.map((d) => d.position));
  const primary: LevelChange[] = [];
  const secondary: LevelChange[] = [];
  for (const entry of index.capabilities) {
    const key = entry.capability.key;
    if (key === capabilityKey) {
      continue;
    }
    const was = before.capabilities[key].effectiveLevel;
    const now = after.capabilities[key].effectiveLevel;
    if (was !== now) {
      (directlyDependent.has(entry.position) ? primary : secondary).push({ capability: key, before: was, after: now });
    }
  }

  const profiles: ProfileChange[] = [];
  for (const profile of model.profiles) {
    const was = before.profiles[profile.key];
    const now = after.profiles[profile.key];
    if (was !== undefined && now !== undefined && (was.met !== now.met || was.readiness !== now.readiness)) {
      profiles.push({
        profile: profile.key,
        before: { met: was.met, readiness: was.readiness },
        after: { met: now.met, readiness: now.readiness }
      });
    }
  }

  return { capability: capabilityKey, from: before.capabilities[capabilityKey].assessedLevel, to: level, primary, secondary, profiles };
}

/**
 * A copy of the assessment in which the team agreed `level` for one capability. A capability
 * marked not applicable becomes applicable: asking "what if we ran it at level n" says it applies.
 */
function withAgreedLevel(assessment: Assessment, capabilityKey: string, level: number): Assessment {
  let found = false;
  const responses: Response[] = assessment.responses.map((response) => {
    if (response.capability !== capabilityKey || found) {
      return response;
    }
    found = true;
    return { ...response, notApplicable: false, agreedLevel: level };
  });
  if (!found) {
    responses.push({ capability: capabilityKey, notApplicable: false, agreedLevel: level, rationale: '', answers: {} });
  }
  return { ...assessment, responses };
}
