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
  /**
   * Effective levels of every capability the roadmap involves once this phase and all earlier
   * ones are done. Worked out when first read, then kept: a roadmap of thousands of phases costs
   * only the phases someone reads. It reads, compares and serialises as an ordinary property.
   */
  projectedLevels: Record<string, number>;
  /** The sum of the efforts of this phase's steps (each step's effort is 1 unless the options say otherwise). */
  effort: number;
}

/** A profile target the roadmap cannot reach, and why. */
export interface UnreachableTarget {
  capability: string;
  target: number;
  reason: string;
}

/**
 * The effort of each step: a record keyed by `stepKey(capability, level)` ("capability:level";
 * a step it does not name has effort 1), or a function of the capability key and level. Every
 * effort is a finite number of 0 or more.
 */
export type StepEfforts = Readonly<Record<string, number>> | ((capability: string, level: number) => number);

/** How to plan a roadmap: rule 8 when both are left out; rule 10 of docs/scoring.md with a capacity. */
export interface RoadmapOptions {
  /**
   * The most effort one phase may hold (rule 10): a number above 0. Left out (or undefined),
   * phases are limited only by dependencies (rule 8). With the default efforts of 1 it is the
   * number of steps per phase.
   */
  capacity?: number;
  /** The effort of each step; 1 for every step when left out. */
  efforts?: StepEfforts;
  /**
   * Steps held back by hand: the first phase each may go in (rule 10, "Held steps"); a step not
   * named, or named with 1 or less, is not held. What waits on a held step waits longer.
   */
  notBefore?: StepHolds;
}

/** The first phase a step may go in, by capability key and level; undefined when it is not held. */
export type StepHolds = Readonly<Record<string, number>> | ((capability: string, level: number) => number | undefined);

/** The phased plan to meet one profile (rule 8 of docs/scoring.md; rule 10 with a capacity). */
export interface RoadmapReport {
  profile: string;
  phases: RoadmapPhase[];
  unreachable: UnreachableTarget[];
}
