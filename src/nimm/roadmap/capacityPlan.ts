/**
 * Rule 10 of docs/scoring.md: phases filled one at a time, none holding more effort than the
 * capacity. The graph of needed levels is rule 8's (phasePlan.ts); only the phase of each step
 * changes. A step is ready for phase p when its prerequisites were all reached before p; each
 * phase takes the ready steps in rule 8's order, first fit, and those that do not fit wait.
 *
 * The ready steps sit in a segment tree over rule 8's order that keeps the smallest effort
 * below each node, so "the first ready step from here on whose effort still fits" is one
 * descent of the tree. Each placed step costs O(log steps), each phase one more search that
 * fails, and reaching a level visits its dependents once: O(steps x log steps + edges) for the
 * whole plan, however many phases it takes.
 */
import type { PhasePlan } from './phasePlan';

/**
 * The steps of each phase (node numbers, in rule 8's order).
 * @param ordered - every planned step (unblocked work step), in rule 8's order.
 * @param effort - the effort of each node, by node number (only steps are read).
 * @param capacity - the most effort a phase may hold: above 0 (Infinity for no limit).
 * @param notBefore - by node number, the first phase a step may go in (a step held back by hand);
 *   0 or 1 for none. A held step becomes ready at that phase at the earliest, and what waits on
 *   it waits longer. Phases before it may then hold no step at all.
 */
export function fillPhases(plan: PhasePlan, ordered: readonly number[], effort: Float64Array, capacity: number, notBefore?: Int32Array): number[][] {
  const nodes = plan.nodes;
  const rank = new Int32Array(nodes.length).fill(-1);
  ordered.forEach((n, r) => {
    rank[n] = r;
  });

  // The graph of unblocked nodes: a blocked node's dependents are blocked too, so every
  // prerequisite of an unblocked node is unblocked and the loop below reaches them all. The
  // dependents of node n are dependents[first[n]] to dependents[first[n + 1] - 1]: two flat
  // arrays rather than an array per node, which on a large model is tens of thousands fewer
  // objects for the garbage collector.
  const waiting = new Int32Array(nodes.length);
  const first = new Int32Array(nodes.length + 1);
  nodes.forEach((node, n) => {
    if (node.blockedBy === null) {
      waiting[n] = node.prerequisites.length;
      node.prerequisites.forEach((prerequisite) => {
        first[prerequisite + 1] += 1;
      });
    }
  });
  for (let n = 0; n < nodes.length; n += 1) {
    first[n + 1] += first[n];
  }
  const dependents = new Int32Array(first[nodes.length]);
  const filled = new Int32Array(nodes.length);
  filled.set(first.subarray(0, nodes.length));
  nodes.forEach((node, n) => {
    if (node.blockedBy === null) {
      node.prerequisites.forEach((prerequisite) => {
        dependents[filled[prerequisite]] = n;
        filled[prerequisite] += 1;
      });
    }
  });

  /** Steps whose prerequisites are all reached, waiting to join the ready steps at the next phase. */
  let released: number[] = [];
  const cascade: number[] = [];
  /**
   * Marks a node reached in the phase being filled (or before phase 1) and frees what waits on
   * it. A level already assessed uses no capacity: it is reached as soon as its last
   * prerequisite is, in the same phase (as in rule 8), so a step that needs it can start in the
   * next phase along with any other step freed now.
   */
  const reach = (node: number): void => {
    cascade.push(node);
    while (cascade.length > 0) {
      const n = cascade.pop() as number;
      for (let i = first[n]; i < first[n + 1]; i += 1) {
        const dependent = dependents[i];
        waiting[dependent] -= 1;
        if (waiting[dependent] === 0) {
          if (nodes[dependent].isStep) {
            released.push(dependent);
          } else {
            cascade.push(dependent);
          }
        }
      }
    }
  };

  // Nodes with no prerequisites at all (not those a cascade below has just freed, which it handles).
  nodes.forEach((node, n) => {
    if (node.blockedBy === null && node.prerequisites.length === 0) {
      if (node.isStep) {
        released.push(n);
      } else {
        reach(n);
      }
    }
  });

  const ready = new MinTree(ordered.length);
  const phases: number[][] = [];
  // Steps released but held back by hand, by the phase they may go in.
  const held = new Map<number, number[]>();
  let heldCount = 0;
  let latestHold = 0;
  if (notBefore) {
    ordered.forEach((n) => {
      latestHold = Math.max(latestHold, notBefore[n]);
    });
  }
  // Every pass places at least one step (the first ready step always fits an empty phase) unless
  // every step left is held for a later phase, and a step is released only once, so there are
  // at most as many phases as steps plus the latest hold; the bound makes that plain. The loop
  // ends when nothing is ready, held or can be released: everything unblocked has been placed,
  // and blocked steps were never in the graph.
  for (let phase = 1; phase <= ordered.length + latestHold; phase += 1) {
    released.forEach((n) => {
      const from = notBefore ? notBefore[n] : 0;
      if (from > phase) {
        const waiting = held.get(from);
        if (waiting) waiting.push(n);
        else held.set(from, [n]);
        heldCount += 1;
      } else ready.set(rank[n], effort[n]);
    });
    released = [];
    const due = held.get(phase);
    if (due) {
      due.forEach((n) => ready.set(rank[n], effort[n]));
      heldCount -= due.length;
      held.delete(phase);
    }
    if (ready.size === 0) {
      if (heldCount === 0) break;
      phases.push([]);
      continue;
    }
    const placed = fillOne(ready, ordered, effort, capacity);
    placed.forEach((n) => reach(n));
    phases.push(placed);
  }
  return phases;
}

/** Takes the steps of one phase out of the ready steps, first fit in rule 8's order. */
function fillOne(ready: MinTree, ordered: readonly number[], effort: Float64Array, capacity: number): number[] {
  const placed: number[] = [];
  // Allows for rounding in `capacity - used`; whether a step fits is then decided exactly below.
  const slack = capacity === Infinity ? 0 : capacity * 1e-9;
  let used = 0;
  for (let from = 0; ; ) {
    // Nothing placed yet (or only steps of effort 0): any step fits, even one bigger than the capacity.
    const room = used === 0 ? Infinity : Math.max(0, capacity - used) + slack;
    const r = ready.firstAtMost(from, room);
    if (r === -1) {
      return placed;
    }
    const n = ordered[r];
    const e = effort[n];
    if (used === 0 || e === 0 || used + e <= capacity) {
      ready.clear(r);
      placed.push(n);
      used += e;
    }
    from = r + 1;
  }
}

/** The smallest value in every range of a fixed number of slots; empty slots hold Infinity. */
class MinTree {
  /** How many slots hold a value. */
  public size: number = 0;
  private readonly leaves: number;
  private readonly min: Float64Array;

  public constructor(slots: number) {
    let leaves = 1;
    while (leaves < slots) {
      leaves *= 2;
    }
    this.leaves = leaves;
    this.min = new Float64Array(2 * leaves).fill(Infinity);
  }

  public set(slot: number, value: number): void {
    if (this.min[this.leaves + slot] === Infinity) {
      this.size += 1;
    }
    this.update(slot, value);
  }

  public clear(slot: number): void {
    this.size -= 1;
    this.update(slot, Infinity);
  }

  /** The first filled slot at or after `from` whose value is at most `limit`, or -1. */
  public firstAtMost(from: number, limit: number): number {
    // Values are finite, so capping the limit keeps empty slots (Infinity) from ever matching.
    return from >= this.leaves ? -1 : this.search(1, 0, this.leaves - 1, from, Math.min(limit, Number.MAX_VALUE));
  }

  private update(slot: number, value: number): void {
    let i = this.leaves + slot;
    this.min[i] = value;
    for (i >>= 1; i >= 1; i >>= 1) {
      this.min[i] = Math.min(this.min[2 * i], this.min[2 * i + 1]);
    }
  }

  private search(node: number, low: number, high: number, from: number, limit: number): number {
    if (high < from || this.min[node] > limit) {
      return -1;
    }
    if (low === high) {
      return low;
    }
    const middle = (low + high) >> 1;
    const left = this.search(2 * node, low, middle, from, limit);
    return left !== -1 ? left : this.search(2 * node + 1, middle + 1, high, from, limit);
  }
}
