/**
 * The graph of (capability, level) nodes that dependency cycles live in. Level L of a
 * capability needs its own level L-1 and every capability its dependencies at level L name,
 * so a cycle can run through a capability's lower levels (A3 needs B2, B2 needs A2, and A3
 * builds on A2): checking capability-to-capability edges alone would miss or invent cycles.
 */
import type { Capability } from './schema';

/** A node of the graph: a capability (by its position in the list given) at a level. */
export interface LevelNode {
  capability: number;
  level: number;
}

/** One edge of a cycle: a dependency (by its position in the capability's list) or "builds on the level below". */
export interface CycleEdge {
  from: LevelNode;
  to: LevelNode;
  /** Position of the dependency in `capabilities[from.capability].dependencies`, or null for the level-below edge. */
  dependency: number | null;
}

/** A cycle as a closed walk of edges, starting with a dependency edge. */
export interface DependencyCycle {
  edges: CycleEdge[];
}

/**
 * Levels above this are never put into the graph: such levels are already reported as out
 * of range, and a stray `"level": 1000000000` must not allocate a billion nodes.
 */
const MAX_GRAPH_LEVEL = 100;

interface Graph {
  top: number;
  nodeCount: number;
  /** CSR adjacency: edges of node n are edgeTo[edgeStart[n] .. edgeStart[n + 1]). */
  edgeStart: Int32Array;
  edgeTo: Int32Array;
  edgeDependency: Int32Array;
}

/**
 * Every strongly connected part of the graph that contains a cycle, one shortest cycle each.
 * Linear in the number of nodes and edges; iterative, so deep chains cannot overflow the stack.
 */
export function findDependencyCycles(capabilities: readonly Capability[], topLevel: number): DependencyCycle[] {
  const graph = buildGraph(capabilities, topLevel);
  const components = stronglyConnectedComponents(graph);
  const cycles: DependencyCycle[] = [];
  const members = new Map<number, number[]>();
  for (let node = 0; node < graph.nodeCount; node += 1) {
    const list = members.get(components[node]);
    if (list) {
      list.push(node);
    } else {
      members.set(components[node], [node]);
    }
  }
  members.forEach((nodes, component) => {
    const start = nodes[0];
    if (nodes.length > 1 || hasEdge(graph, start, start)) {
      cycles.push(toCycle(graph, shortestCycle(graph, components, component, start)));
    }
  });
  cycles.sort((a, b) => compareNodes(a.edges[0].from, b.edges[0].from));
  return cycles;
}

/** A readable account of a cycle, naming each capability by key. */
export function describeCycle(cycle: DependencyCycle, capabilities: readonly Capability[]): string {
  const label = (node: LevelNode): string => `'${capabilities[node.capability].key}' level ${node.level}`;
  const parts: string[] = [];
  let i = 0;
  while (i < cycle.edges.length) {
    const edge = cycle.edges[i];
    if (edge.dependency !== null) {
      parts.push(`needs ${label(edge.to)}`);
      i += 1;
      continue;
    }
    // A run of "builds on the level below" edges reads better as one step.
    let end = i;
    while (end + 1 < cycle.edges.length && cycle.edges[end + 1].dependency === null) {
      end += 1;
    }
    parts.push(`builds on ${label(cycle.edges[end].to)}`);
    i = end + 1;
  }
  return `${label(cycle.edges[0].from)} ${parts.join(', which ')}`;
}

function buildGraph(capabilities: readonly Capability[], topLevel: number): Graph {
  const top = Math.max(2, Math.min(MAX_GRAPH_LEVEL, Math.floor(topLevel)));
  const span = top - 1;
  const nodeCount = capabilities.length * span;
  const position = new Map<string, number>();
  capabilities.forEach((capability, index) => {
    if (!position.has(capability.key)) {
      position.set(capability.key, index);
    }
  });
  const inRange = (level: number): boolean => Number.isInteger(level) && level >= 2 && level <= top;
  const nodeOf = (capability: number, level: number): number => capability * span + (level - 2);

  const from: number[] = [];
  const to: number[] = [];
  const via: number[] = [];
  capabilities.forEach((capability, index) => {
    for (let level = 3; level <= top; level += 1) {
      from.push(nodeOf(index, level));
      to.push(nodeOf(index, level - 1));
      via.push(-1);
    }
    capability.dependencies.forEach((dependency, d) => {
      const required = position.get(dependency.requires);
      if (required !== undefined && inRange(dependency.level) && inRange(dependency.minLevel)) {
        from.push(nodeOf(index, dependency.level));
        to.push(nodeOf(required, dependency.minLevel));
        via.push(d);
      }
    });
  });

  const edgeStart = new Int32Array(nodeCount + 1);
  for (const source of from) {
    edgeStart[source + 1] += 1;
  }
  for (let n = 0; n < nodeCount; n += 1) {
    edgeStart[n + 1] += edgeStart[n];
  }
  const fill = edgeStart.slice(0, nodeCount);
  const edgeTo = new Int32Array(from.length);
  const edgeDependency = new Int32Array(from.length);
  for (let e = 0; e < from.length; e += 1) {
    const slot = fill[from[e]];
    fill[from[e]] += 1;
    edgeTo[slot] = to[e];
    edgeDependency[slot] = via[e];
  }
  return { top, nodeCount, edgeStart, edgeTo, edgeDependency };
}

/** Tarjan's algorithm with an explicit stack; returns a component id per node. */
function stronglyConnectedComponents(graph: Graph): Int32Array {
  const { nodeCount, edgeStart, edgeTo } = graph;
  const order = new Int32Array(nodeCount).fill(-1);
  const low = new Int32Array(nodeCount);
  const component = new Int32Array(nodeCount).fill(-1);
  const onStack = new Uint8Array(nodeCount);
  const stack: number[] = [];
  const callNode: number[] = [];
  const callEdge: number[] = [];
  let counter = 0;
  let components = 0;

  for (let root = 0; root < nodeCount; root += 1) {
    if (order[root] !== -1) {
      continue;
    }
    callNode.push(root);
    callEdge.push(edgeStart[root]);
    order[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (callNode.length > 0) {
      const top = callNode.length - 1;
      const node = callNode[top];
      const edge = callEdge[top];
      if (edge < edgeStart[node + 1]) {
        callEdge[top] = edge + 1;
        const next = edgeTo[edge];
        if (order[next] === -1) {
          order[next] = low[next] = counter++;
          stack.push(next);
          onStack[next] = 1;
          callNode.push(next);
          callEdge.push(edgeStart[next]);
        } else if (onStack[next]) {
          low[node] = Math.min(low[node], order[next]);
        }
        continue;
      }
      callNode.pop();
      callEdge.pop();
      if (callNode.length > 0) {
        const parent = callNode[callNode.length - 1];
        low[parent] = Math.min(low[parent], low[node]);
      }
      if (low[node] === order[node]) {
        let member: number;
        do {
          member = stack.pop() as number;
          onStack[member] = 0;
          component[member] = components;
        } while (member !== node);
        components += 1;
      }
    }
  }
  return component;
}

/** Breadth-first search inside one component for the shortest walk from `start` back to itself; returns edge slots. */
function shortestCycle(graph: Graph, components: Int32Array, component: number, start: number): number[] {
  const parentEdge = new Map<number, number>();
  const parentNode = new Map<number, number>();
  const queue = [start];
  for (let head = 0; head < queue.length; head += 1) {
    const node = queue[head];
    for (let edge = graph.edgeStart[node]; edge < graph.edgeStart[node + 1]; edge += 1) {
      const next = graph.edgeTo[edge];
      if (components[next] !== component) {
        continue;
      }
      if (next === start) {
        const edges = [edge];
        let at = node;
        while (at !== start) {
          edges.push(parentEdge.get(at) as number);
          at = parentNode.get(at) as number;
        }
        return edges.reverse();
      }
      if (!parentEdge.has(next)) {
        parentEdge.set(next, edge);
        parentNode.set(next, node);
        queue.push(next);
      }
    }
  }
  return [];
}

function toCycle(graph: Graph, slots: number[]): DependencyCycle {
  const span = graph.top - 1;
  const nodeAt = (node: number): LevelNode => ({ capability: Math.floor(node / span), level: (node % span) + 2 });
  const sources: number[] = [];
  // Recover each edge's source: the cycle's edges chain, so each source is the previous target.
  for (let i = 0; i < slots.length; i += 1) {
    sources.push(i === 0 ? graph.edgeTo[slots[slots.length - 1]] : graph.edgeTo[slots[i - 1]]);
  }
  const edges: CycleEdge[] = slots.map((slot, i) => ({
    from: nodeAt(sources[i]),
    to: nodeAt(graph.edgeTo[slot]),
    dependency: graph.edgeDependency[slot] === -1 ? null : graph.edgeDependency[slot]
  }));
  // Start at the first dependency edge (by capability, then level) so reports are stable.
  let first = -1;
  edges.forEach((edge, i) => {
    if (edge.dependency !== null && (first === -1 || compareNodes(edge.from, edges[first].from) < 0)) {
      first = i;
    }
  });
  return { edges: first <= 0 ? edges : [...edges.slice(first), ...edges.slice(0, first)] };
}

function hasEdge(graph: Graph, from: number, to: number): boolean {
  for (let edge = graph.edgeStart[from]; edge < graph.edgeStart[from + 1]; edge += 1) {
    if (graph.edgeTo[edge] === to) {
      return true;
    }
  }
  return false;
}

function compareNodes(a: LevelNode, b: LevelNode): number {
  return a.capability - b.capability || a.level - b.level;
}
