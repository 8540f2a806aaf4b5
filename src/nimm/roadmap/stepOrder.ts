/**
 * The order of steps within a phase: foundation capabilities first (the model marks them as
 * where to start), then the steps more later steps wait on directly, then by capability key so
 * the plan is stable. "Directly" follows rule 8's wording: a later step waits on a step when
 * that step is its own previous step, or reaches the minimum level a dependency of the later
 * step's levels asks for. Counting every step further down the chain would need the full
 * transitive closure, which is quadratic in the worst case; the direct count stays linear.
 */
import type { ModelIndex } from '../model/modelIndex';
import type { PhasePlan } from './phasePlan';

/** How many planned steps directly wait on each node (by node number). */
export function countWaitingSteps(index: ModelIndex, plan: PhasePlan): Int32Array {
  const waiting = new Int32Array(plan.nodes.length);
  const isPlannedStep = (n: number): boolean => n !== -1 && plan.nodes[n].isStep && plan.nodes[n].blockedBy === null;
  plan.nodes.forEach((node, n) => {
    if (!isPlannedStep(n)) {
      return;
    }
    const previous = plan.nodeOf(node.position, node.level - 1);
    if (isPlannedStep(previous)) {
      waiting[previous] += 1;
    }
    for (const requirement of index.capabilities[node.position].requirements) {
      const { level, minLevel } = requirement.dependency;
      if (level <= node.level && requirement.requiredPosition !== -1) {
        const required = plan.nodeOf(requirement.requiredPosition, minLevel);
        if (isPlannedStep(required)) {
          waiting[required] += 1;
        }
      }
    }
  });
  return waiting;
}

/**
 * Sorts node numbers of steps into the order rule 8 asks for. The order does not depend on the
 * phases, so the roadmap sorts every planned step once: rule 8 then splits the sorted list by
 * phase, and rule 10 takes ready steps in this order.
 */
export function orderPhaseSteps(index: ModelIndex, plan: PhasePlan, steps: number[], waiting: Int32Array): number[] {
  const keyOf = (n: number): string => index.capabilities[plan.nodes[n].position].capability.key;
  const foundation = (n: number): number => (index.capabilities[plan.nodes[n].position].capability.foundation ? 0 : 1);
  return steps.slice().sort((a, b) => {
    const byFoundation = foundation(a) - foundation(b);
    if (byFoundation !== 0) {
      return byFoundation;
    }
    const byWaiting = waiting[b] - waiting[a];
    if (byWaiting !== 0) {
      return byWaiting;
    }
    const ka = keyOf(a);
    const kb = keyOf(b);
    return ka < kb ? -1 : ka > kb ? 1 : plan.nodes[a].level - plan.nodes[b].level;
  });
}
