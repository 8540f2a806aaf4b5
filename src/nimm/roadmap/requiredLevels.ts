/**
 * Rule 8, first part: the level each capability needs. A capability needs the highest of its
 * profile target and every minimum level that a dependency of a needed level demands of it;
 * demands spread until nothing changes. Targets and demands on not-applicable capabilities
 * fall away, as not-applicable capabilities satisfy any requirement on them.
 */
import type { ModelIndex } from '../model/modelIndex';
import type { Profile } from '../model/schema';
import type { CapabilityState } from '../scoring/capabilityStates';

/** The level each capability needs (by position); 0 for capabilities the roadmap does not involve. */
export function requiredLevels(index: ModelIndex, profile: Profile, states: readonly CapabilityState[]): number[] {
  const required = new Array<number>(index.capabilities.length).fill(0);
  const queue: number[] = [];
  const raise = (position: number, level: number): void => {
    if (states[position].status !== 'not-applicable' && level > required[position]) {
      required[position] = level;
      queue.push(position);
    }
  };
  for (const key of Object.keys(profile.targets)) {
    const entry = index.capabilityByKey.get(key);
    if (entry !== undefined) {
      raise(entry.position, Math.max(1, profile.targets[key]));
    }
  }
  // Each capability's need rises at most N times, and each rise rescans its dependencies
  // once, so this stays linear in the size of the model.
  for (let head = 0; head < queue.length; head += 1) {
    const position = queue[head];
    for (const requirement of index.capabilities[position].requirements) {
      const { level, minLevel } = requirement.dependency;
      if (level <= required[position] && requirement.requiredPosition !== -1 && minLevel >= 2) {
        raise(requirement.requiredPosition, minLevel);
      }
    }
  }
  return required;
}
