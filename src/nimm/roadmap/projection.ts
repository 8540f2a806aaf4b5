/**
 * Rule 8, part 5 (and rule 10): effective levels after each phase, treating each done step as
 * an agreed level. Recomputing every effective level after every phase would cost the size of
 * the model per phase, which is fine for rule 8's few phases but not for a capacity-limited
 * roadmap with thousands. Raising levels only ever raises effective levels, so after a phase
 * only the raised capabilities, and the held-back capabilities that depend on them (directly or
 * further along), can change: those are reset to their assessed level and lowered again, as in
 * rule 4, with everything else left as it is.
 *
 * Why that gives the same answer as starting again: a capability outside that region either
 * counts at its assessed level already (it cannot go higher, and its requirements only got
 * easier) or depends on nothing that changed, so the old levels outside the region are still the
 * highest possible; inside, lowering from the assessed levels finds the highest levels the
 * requirements allow, exactly as rule 4 does over the whole model.
 */
import type { ModelIndex } from '../model/modelIndex';
import { effectiveLevels, LevelOrNotApplicable, requirementHolds } from '../scoring/effectiveLevels';

/** Effective levels that follow a series of raised levels, phase by phase. */
export interface Projection {
  /** Raises a capability's assessed level (by position) to at least `level`, for the next `settle`. */
  raise(position: number, level: number): void;
  /** Brings the effective levels up to date with every raise since the last call; returns the positions whose effective level rose. */
  settle(): number[];
  /** The current effective level of each capability, by position (null: not applicable). */
  readonly effective: readonly LevelOrNotApplicable[];
}

/** A projection starting from the assessed levels (by position; null for not applicable). */
export function startProjection(index: ModelIndex, assessed: readonly LevelOrNotApplicable[]): Projection {
  const count = index.capabilities.length;
  const levels = assessed.slice();
  const effective = effectiveLevels(index, levels);
  const inRegion = new Uint8Array(count);
  const queued = new Uint8Array(count);
  let raised: number[] = [];

  const raise = (position: number, level: number): void => {
    const current = levels[position];
    // A not-applicable capability has no steps; if asked, it becomes applicable, as in rule 9.
    if (current === null || level > current) {
      levels[position] = current === null ? level : Math.max(current, level);
      if (effective[position] === null) {
        effective[position] = 1;
      }
      raised.push(position);
    }
  };

  const settle = (): number[] => {
    // The region that can rise: the raised capabilities and, through dependents, any
    // capability held below its assessed level by one that can rise.
    const region: number[] = [];
    const add = (position: number): void => {
      if (!inRegion[position]) {
        inRegion[position] = 1;
        region.push(position);
      }
    };
    raised.forEach(add);
    raised = [];
    for (let head = 0; head < region.length; head += 1) {
      for (const dependent of index.capabilities[region[head]].dependents) {
        const level = effective[dependent.position];
        if (level !== null && level < (levels[dependent.position] as number)) {
          add(dependent.position);
        }
      }
    }
    // Rule 4 inside the region: start from the assessed levels and lower until nothing changes.
    const before = region.map((position) => effective[position]);
    const queue: number[] = [];
    region.forEach((position) => {
      effective[position] = levels[position];
      queued[position] = 1;
      queue.push(position);
    });
    for (let head = 0; head < queue.length; head += 1) {
      const position = queue[head];
      queued[position] = 0;
      const current = effective[position] as number;
      const allowed = allowedLevel(index, position, levels[position] as number, effective);
      if (allowed >= current) {
        continue;
      }
      effective[position] = allowed;
      for (const dependent of index.capabilities[position].dependents) {
        if (inRegion[dependent.position] && !queued[dependent.position]) {
          queued[dependent.position] = 1;
          queue.push(dependent.position);
        }
      }
    }
    const rose: number[] = [];
    region.forEach((position, i) => {
      inRegion[position] = 0;
      if (effective[position] !== before[i]) {
        rose.push(position);
      }
    });
    return rose;
  };

  return { raise, settle, effective };
}

/** The highest level up to `assessed` at which every requirement holds (rule 4). */
function allowedLevel(index: ModelIndex, position: number, assessed: number, effective: readonly LevelOrNotApplicable[]): number {
  let allowed = assessed;
  for (const requirement of index.capabilities[position].requirements) {
    const level = requirement.dependency.level;
    if (level <= allowed && !requirementHolds(requirement, effective)) {
      allowed = level - 1;
    }
  }
  return Math.max(1, allowed);
}
