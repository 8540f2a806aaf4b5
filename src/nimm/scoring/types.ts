/**
 * The score report: the JSON shape `nimm score --json` prints (a public contract, see the
 * issue and docs/scoring.md). Numbers are kept raw; rounding is for presentation only.
 */
import type { CapabilityStatus } from '../assessment/responses';
import type { Profile } from '../model/schema';

/** One capability's levels, as rules 1-5 of docs/scoring.md define them. */
export interface CapabilityScore {
  /** Rule 2: 1 + consecutive attained levels from 2 upward; null when not applicable. */
  computedLevel: number | null;
  /** Rule 3: the agreed level when recorded, else the computed level; null when not applicable. */
  assessedLevel: number | null;
  /** Rule 4: the assessed level as far as dependencies allow; null when not applicable. */
  effectiveLevel: number | null;
  /** Rule 2 applied to each perspective with criteria in this capability; empty when not applicable. */
  perspectiveLevels: Record<string, number>;
  /** Required capabilities whose unmet requirements lie between the effective and the assessed level. */
  heldBackBy: string[];
  /** Rule 5: share of the next level's applicable criteria met (partial counts half); null at the top. */
  progressToNext: number | null;
  status: CapabilityStatus;
}

/** A roll-up over assessed, applicable capabilities (rule 6). */
export interface RollUp {
  /** The lowest effective level, or null when no capability is counted. */
  level: number | null;
  /** The mean effective level, or null when no capability is counted. */
  score: number | null;
}

/** How far one capability is from a profile target (rule 7). */
export interface ProfileGap {
  capability: string;
  target: number;
  effectiveLevel: number;
  /** max(0, target - effectiveLevel). */
  gap: number;
}

/** A profile's result (rule 7). */
export interface ProfileResult {
  /** True when every counted target has a gap of 0. */
  met: boolean;
  /** Share (0..1) of counted targets with a gap of 0; 1 when no target is counted. */
  readiness: number;
  /** Every counted target (those on not-applicable capabilities are left out), gap 0 included. */
  gaps: ProfileGap[];
}

/** The whole score report. Keys follow model order. */
export interface ScoreReport {
  capabilities: Record<string, CapabilityScore>;
  categories: Record<string, RollUp>;
  overall: RollUp;
  profiles: Record<string, ProfileResult>;
}

/** Options for scoreAssessment. */
export interface ScoreOptions {
  /** Profiles to report instead of the model's own (e.g. a trust's local entitlement profiles). */
  profiles?: Profile[];
}
