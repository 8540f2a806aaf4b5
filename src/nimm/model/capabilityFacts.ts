/**
 * Facts about one capability's levels that validation, indexing and roadmaps all need, kept
 * in one place so they agree on what "defined" and "attainable" mean.
 */
import type { Capability } from './schema';

/** The highest level the capability lists, or 1 (the floor) when it lists none. */
export function highestDefinedLevel(capability: Capability): number {
  let highest = 1;
  for (const level of capability.levels) {
    highest = Math.max(highest, level.level);
  }
  return highest;
}

/**
 * The highest level answering criteria can reach: levels 2..L must all be listed with at
 * least one criterion, because a level without criteria is never attained (rule 1) and the
 * computed level stops at the first level not attained (rule 2).
 */
export function highestAttainableLevel(capability: Capability): number {
  const withCriteria = new Set<number>();
  for (const level of capability.levels) {
    if (level.criteria.length > 0) {
      withCriteria.add(level.level);
    }
  }
  let level = 1;
  while (withCriteria.has(level + 1)) {
    level += 1;
  }
  return level;
}
