/**
 * A roadmap's profile readiness over time: rule 7's readiness now, and after each phase of the
 * roadmap with the phase's projected effective levels (rule 8, step 5) in place of today's. The
 * targets counted are rule 7's (a target on a not-applicable capability is left out; one on a
 * capability the model does not have counts against level 1), so the readiness after the last
 * phase is 1 exactly when the roadmap meets the profile.
 */
import type { ScoreReport } from '../scoring/types';
import type { RoadmapReport } from './types';

/** The profile's standing at one point of the plan. */
export interface ReadinessPoint {
  /** 0 for now, then each phase's number. */
  phase: number;
  /** Targets met. */
  met: number;
  /** Targets counted. */
  counted: number;
  /** met / counted; 1 when nothing is counted. */
  readiness: number;
}

export interface RoadmapReadiness {
  profile: string;
  /** Now, then after each phase, in order. */
  points: ReadinessPoint[];
  /** The first phase after which every counted target is met (0 when already met), or null when the roadmap never meets them all. */
  metAfter: number | null;
}

/**
 * Readiness now and after each phase.
 * @param score The assessment's score report, whose profile result lists the counted targets.
 * @param roadmap The roadmap planned from the same assessment for one of the report's profiles.
 */
export function roadmapReadiness(score: ScoreReport, roadmap: RoadmapReport): RoadmapReadiness {
  const result = score.profiles[roadmap.profile];
  const gaps = result ? result.gaps : [];
  const point = (phase: number, levelOf: (capability: string, now: number) => number): ReadinessPoint => {
    let met = 0;
    for (const gap of gaps) if (levelOf(gap.capability, gap.effectiveLevel) >= gap.target) met += 1;
    return { phase, met, counted: gaps.length, readiness: gaps.length === 0 ? 1 : met / gaps.length };
  };
  const points: ReadinessPoint[] = [point(0, (_c, now) => now)];
  for (const phase of roadmap.phases) {
    const projected = phase.projectedLevels;
    points.push(point(phase.phase, (c, now) => (Object.prototype.hasOwnProperty.call(projected, c) ? projected[c] : now)));
  }
  const first = points.filter((p) => p.met === p.counted)[0];
  return { profile: roadmap.profile, points, metAfter: first ? first.phase : null };
}
