/**
 * Rule 4: effective levels honour dependencies. A dependency {level: L, requires: B,
 * minLevel: m} on A lets A count at L or above only while B's effective level is at least m.
 *
 * Effective levels are the greatest solution: start from the assessed levels and lower each
 * capability to the highest level whose requirements hold, until nothing changes. A worklist
 * revisits only the dependents of a capability that was just lowered, and each capability can
 * be lowered at most N-1 times, so the work is O(N x (capabilities + dependencies)): linear in
 * the size of the model for its fixed number of levels, never a rescan of everything per change.
 */
import type { ModelIndex, IndexedRequirement } from '../model/modelIndex';

/** A capability's level for dependency purposes; null means not applicable. */
export type LevelOrNotApplicable = number | null;

/**
 * The effective level of every capability (by position), given assessed levels (by
 * position; null for not applicable, which satisfies any requirement on it).
 */
export function effectiveLevels(index: ModelIndex, assessed: readonly LevelOrNotApplicable[]): LevelOrNotApplicable[] {
  const effective = assessed.slice();
  const count = index.capabilities.length;
  const queued = new Uint8Array(count);
  const queue: number[] = [];
  for (let position = 0; position < count; position += 1) {
    if (assessed[position] !== null) {
      queue.push(position);
      queued[position] = 1;
    }
  }
  // A FIFO over a growing array: `head` moves forward instead of shifting, which is O(n) per shift.
  for (let head = 0; head < queue.length; head += 1) {
    const position = queue[head];
    queued[position] = 0;
    const current = effective[position] as number;
    const allowed = allowedLevel(index.capabilities[position].requirements, assessed[position] as number, effective);
    if (allowed >= current) {
      continue;
    }
    effective[position] = allowed;
    for (const dependent of index.capabilities[position].dependents) {
      if (!queued[dependent.position] && effective[dependent.position] !== null) {
        queued[dependent.position] = 1;
        queue.push(dependent.position);
      }
    }
  }
  return effective;
}

/** The highest level up to `assessed` whose requirements all hold, given the others' current levels. */
function allowedLevel(requirements: readonly IndexedRequirement[], assessed: number, effective: readonly LevelOrNotApplicable[]): number {
  let allowed = assessed;
  for (const requirement of requirements) {
    const level = requirement.dependency.level;
    if (level <= allowed && !requirementHolds(requirement, effective)) {
      allowed = level - 1;
    }
  }
  return Math.max(1, allowed);
}

/**
 * Whether one requirement holds: the required capability is not applicable, or at least at
 * the minimum level. A required capability the model lacks (only in an invalid model) counts
 * as level 1, like one that was not assessed.
 */
export function requirementHolds(requirement: IndexedRequirement, effective: readonly LevelOrNotApplicable[]): boolean {
  if (requirement.requiredPosition === -1) {
    return requirement.dependency.minLevel <= 1;
  }
  const level = effective[requirement.requiredPosition];
  return level === null || level >= requirement.dependency.minLevel;
}

/**
 * The capabilities holding one capability back: those whose unmet requirements are attached
 * to levels above its effective level and up to its assessed level. Keys in the order the
 * model lists the dependencies, each once.
 */
export function heldBackBy(index: ModelIndex, position: number, assessed: LevelOrNotApplicable, effective: readonly LevelOrNotApplicable[]): string[] {
  const own = effective[position];
  if (assessed === null || own === null || own >= assessed) {
    return [];
  }
  const keys: string[] = [];
  for (const requirement of index.capabilities[position].requirements) {
    const level = requirement.dependency.level;
    if (level > own && level <= assessed && !requirementHolds(requirement, effective) && keys.indexOf(requirement.dependency.requires) === -1) {
      keys.push(requirement.dependency.requires);
    }
  }
  return keys;
}
