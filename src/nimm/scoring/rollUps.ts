/**
 * Rule 6: category and organisation roll-ups over assessed, applicable capabilities. The
 * level is the minimum (a chain is as strong as its weakest link, and a level is a claim about
 * everything beneath it); the score is the mean (it moves with every improvement). Capabilities
 * not assessed or not applicable are reported but not counted.
 */
import type { ModelIndex } from '../model/modelIndex';
import type { CapabilityState } from './capabilityStates';
import type { LevelOrNotApplicable } from './effectiveLevels';
import type { RollUp } from './types';

/** Level (minimum) and score (mean) of the effective levels at the given positions that count. */
export function rollUp(positions: readonly number[], states: readonly CapabilityState[], effective: readonly LevelOrNotApplicable[]): RollUp {
  let lowest: number | null = null;
  let total = 0;
  let counted = 0;
  for (const position of positions) {
    const level = effective[position];
    if (states[position].status !== 'assessed' || level === null) {
      continue;
    }
    lowest = lowest === null ? level : Math.min(lowest, level);
    total += level;
    counted += 1;
  }
  return counted === 0 ? { level: null, score: null } : { level: lowest, score: total / counted };
}

/** A roll-up per model category (model order), and one over the whole organisation. */
export function rollUpAll(
  index: ModelIndex,
  states: readonly CapabilityState[],
  effective: readonly LevelOrNotApplicable[]
): { categories: Record<string, RollUp>; overall: RollUp } {
  const categories: Record<string, RollUp> = {};
  for (const category of index.model.categories) {
    if (Object.prototype.hasOwnProperty.call(categories, category.key)) {
      continue;
    }
    const keys = index.capabilitiesByCategory.get(category.key) ?? [];
    const positions = keys.map((key) => (index.capabilityByKey.get(key) as { position: number }).position);
    categories[category.key] = rollUp(positions, states, effective);
  }
  // The organisation's figures are over capabilities, not a mean of category means, so a
  // category with two capabilities weighs no more than its share.
  const all = index.capabilities.map((entry) => entry.position);
  return { categories, overall: rollUp(all, states, effective) };
}
