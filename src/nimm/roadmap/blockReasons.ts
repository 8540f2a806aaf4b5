/** Plain-English reasons why a roadmap cannot reach a target. */
import { describeCycle, findDependencyCycles } from '../model/dependencyGraph';
import type { ModelIndex } from '../model/modelIndex';
import type { BlockCause } from './phasePlan';

/** Explains a block to someone planning work: what stands in the way and why no work removes it. */
export function describeBlock(index: ModelIndex, targetPosition: number, cause: BlockCause): string {
  const own = cause.position === targetPosition;
  const root = rootReason(index, cause);
  if (own) {
    return root;
  }
  const key = index.capabilities[cause.position].capability.key;
  return `It depends on '${key}' reaching level ${cause.level}, which cannot happen: ${lowerFirst(root)}`;
}

function rootReason(index: ModelIndex, cause: BlockCause): string {
  const key = index.capabilities[cause.position].capability.key;
  switch (cause.kind) {
    case 'above-model':
      return `The model's highest level is ${index.topLevel}, so '${key}' cannot go above it.`;
    case 'no-criteria': {
      const attainable = index.capabilities[cause.position].highestAttainableLevel;
      return `'${key}' has criteria only up to level ${attainable}, so no work can take it to level ${cause.level}.`;
    }
    case 'unknown-requirement':
      return `'${key}' level ${cause.level} requires '${cause.requires}', which is not a capability in this model.`;
    case 'cycle':
    default:
      return `'${key}' level ${cause.level} is caught in (or waits on) a dependency cycle${cycleDetail(index)}.`;
  }
}

/** The model's first cycle, described, for a reason that points at the fix. */
function cycleDetail(index: ModelIndex): string {
  const capabilities = index.model.capabilities;
  const cycles = findDependencyCycles(capabilities, index.topLevel);
  return cycles.length === 0 ? '' : `: ${describeCycle(cycles[0], capabilities)}`;
}

function lowerFirst(text: string): string {
  // Keys in quotes start with a quote mark, so only a leading capital word is lowered.
  return /^[A-Z][a-z]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}
