/**
 * Rule 8, second part: when each needed level is reached. The graph has a node per involved
 * capability and needed level (2..required). A level already assessed is "held" and is reached
 * as soon as its requirements are (phase 0 when they already hold); a level above the assessed
 * level is a work step, placed one phase after the latest of its own previous level and every
 * requirement of its level. Processed in topological order (Kahn), so the plan is linear in
 * the size of the graph; nodes left over sit on or behind a dependency cycle.
 */
import type { ModelIndex } from '../model/modelIndex';
import type { CapabilityState } from '../scoring/capabilityStates';

/** Why a needed level cannot be reached: the first thing in its way that no work can fix. */
export type BlockCause =
  | { kind: 'above-model'; position: number; level: number }
  | { kind: 'no-criteria'; position: number; level: number }
  | { kind: 'unknown-requirement'; position: number; level: number; requires: string }
  | { kind: 'cycle'; position: number; level: number };

/** One needed (capability, level). */
export interface PlanNode {
  position: number;
  level: number;
  /** True for a work step, false for a level already assessed. */
  isStep: boolean;
  /** The phase in which the capability reaches this level effectively (0: already holds); -1 when blocked. */
  phase: number;
  /** Why it cannot be reached, when it cannot. */
  blockedBy: BlockCause | null;
  /** Nodes this one needs first: its own level below and the levels its dependencies name. */
  prerequisites: number[];
}

/** The graph of needed levels with a phase (or a block) for each. */
export interface PhasePlan {
  nodes: PlanNode[];
  /** The node of (position, level), or -1 when the roadmap does not need that level. */
  nodeOf(position: number, level: number): number;
}

/** Builds the graph for the needed levels and works out every node's phase. */
export function planPhases(index: ModelIndex, states: readonly CapabilityState[], required: readonly number[]): PhasePlan {
  // Levels above the model's top get one node (top + 1), enough to say "above the model".
  const ceiling = index.topLevel + 1;
  const firstNode: number[] = [];
  const nodes: PlanNode[] = [];
  required.forEach((need, position) => {
    firstNode.push(nodes.length);
    const assessed = states[position].assessedLevel ?? 1;
    for (let level = 2; level <= Math.min(need, ceiling); level += 1) {
      nodes.push({ position, level, isStep: level > assessed, phase: -1, blockedBy: null, prerequisites: [] });
    }
  });
  const nodeOf = (position: number, level: number): number =>
    level >= 2 && level <= Math.min(required[position], ceiling) ? firstNode[position] + level - 2 : -1;

  for (let n = 0; n < nodes.length; n += 1) {
    linkPrerequisites(index, states, nodes, n, nodeOf);
  }
  schedule(nodes);
  return { nodes, nodeOf };
}

function linkPrerequisites(
  index: ModelIndex,
  states: readonly CapabilityState[],
  nodes: PlanNode[],
  n: number,
  nodeOf: (position: number, level: number) => number
): void {
  const node = nodes[n];
  const entry = index.capabilities[node.position];
  if (node.level > index.topLevel) {
    node.blockedBy = { kind: 'above-model', position: node.position, level: node.level };
  } else if (node.isStep && node.level > entry.highestAttainableLevel) {
    node.blockedBy = { kind: 'no-criteria', position: node.position, level: node.level };
  }
  if (node.level >= 3) {
    node.prerequisites.push(n - 1);
  }
  for (const requirement of entry.requirements) {
    const { level, minLevel, requires } = requirement.dependency;
    if (level !== node.level || minLevel < 2) {
      continue;
    }
    if (requirement.requiredPosition === -1) {
      node.blockedBy = node.blockedBy ?? { kind: 'unknown-requirement', position: node.position, level: node.level, requires };
    } else if (states[requirement.requiredPosition].status !== 'not-applicable') {
      // requiredLevels guarantees the required capability needs at least minLevel, so the node exists.
      node.prerequisites.push(nodeOf(requirement.requiredPosition, Math.min(minLevel, index.topLevel + 1)));
    }
  }
}

/** Kahn's algorithm from the nodes without prerequisites upward. */
function schedule(nodes: PlanNode[]): void {
  const waiting = new Int32Array(nodes.length);
  const dependents: number[][] = nodes.map(() => []);
  nodes.forEach((node, n) => {
    waiting[n] = node.prerequisites.length;
    for (const prerequisite of node.prerequisites) {
      dependents[prerequisite].push(n);
    }
  });
  const ready: number[] = [];
  nodes.forEach((_node, n) => {
    if (waiting[n] === 0) {
      ready.push(n);
    }
  });
  const latest = new Int32Array(nodes.length);
  const inherited: (BlockCause | null)[] = nodes.map(() => null);
  for (let head = 0; head < ready.length; head += 1) {
    const n = ready[head];
    const node = nodes[n];
    node.blockedBy = node.blockedBy ?? inherited[n];
    if (node.blockedBy === null) {
      node.phase = node.isStep ? latest[n] + 1 : latest[n];
    }
    for (const dependent of dependents[n]) {
      if (node.blockedBy === null) {
        latest[dependent] = Math.max(latest[dependent], node.phase);
      } else if (inherited[dependent] === null) {
        inherited[dependent] = node.blockedBy;
      }
      waiting[dependent] -= 1;
      if (waiting[dependent] === 0) {
        ready.push(dependent);
      }
    }
  }
  // Whatever never became ready is on a cycle or waits on one.
  nodes.forEach((node, n) => {
    if (waiting[n] > 0) {
      node.phase = -1;
      node.blockedBy = node.blockedBy ?? inherited[n] ?? { kind: 'cycle', position: node.position, level: node.level };
    }
  });
}
