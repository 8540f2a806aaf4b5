/** Checks profile targets: known capabilities, levels the model and the capability can reach. */
import { highestAttainableLevel, highestDefinedLevel } from '../capabilityFacts';
import type { ModelParts } from '../modelParts';
import { firstByKey } from '../../validation/keys';
import type { ProblemList } from '../../validation/problems';

/** Reports targets on unknown capabilities, below level 1, or above what can be reached. */
export function checkProfiles(parts: ModelParts, list: ProblemList): void {
  const byKey = firstByKey(parts.capabilities);
  for (const { value: profile, index } of parts.profiles) {
    for (const key of Object.keys(profile.targets)) {
      const target = profile.targets[key];
      const path = ['profiles', index, 'targets', key];
      const subject = `Profile '${profile.key}' sets a target of ${target} for '${key}'`;
      const capability = byKey.get(key);
      if (capability === undefined) {
        if (!parts.knownKeys.capabilities.has(key)) {
          list.problem(path, `Profile '${profile.key}' sets a target for '${key}', which is not a capability in this model.`);
        }
        continue;
      }
      if (target < 1) {
        list.problem(path, `${subject}; targets start at level 1.`);
      } else if (parts.topLevel !== undefined && target > parts.topLevel) {
        list.problem(path, `${subject}, but the model's highest level is ${parts.topLevel}.`);
      } else if (target > highestDefinedLevel(capability)) {
        list.problem(path, `${subject}, but '${key}' defines levels only up to ${highestDefinedLevel(capability)}.`);
      } else if (target > highestAttainableLevel(capability)) {
        list.warning(path, `${subject}, but answers can take '${key}' no higher than level ${highestAttainableLevel(capability)}.`);
      }
    }
  }
}
