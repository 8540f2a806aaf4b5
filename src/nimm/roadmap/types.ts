/** The roadmap report: the JSON shape `nimm roadmap --json` prints (a public contract). */

/** One piece of work: raise a capability to a level by meeting that level's criteria. */
export interface RoadmapStep {
  capability: string;
  level: number;
}

/** Steps that can run side by side, and where the involved capabilities stand once they are done. */
export interface RoadmapPhase {
  /** 1 for the first phase of work. */
  phase: number;
  /** Foundation capabilities first, then steps more later steps wait on, then by key. */
  steps: RoadmapStep[];
  /** Effective levels of every capability the roadmap involves once this phase and all earlier ones are done. */
  projectedLevels: Record<string, number>;
}

/** A profile target the roadmap cannot reach, and why. */
export interface UnreachableTarget {
  capability: string;
  target: number;
  reason: string;
}

/** The phased plan to meet one profile (rule 8 of docs/scoring.md). */
export interface RoadmapReport {
  profile: string;
  phases: RoadmapPhase[];
  unreachable: UnreachableTarget[];
}
