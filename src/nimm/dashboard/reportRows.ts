/**
 * Reading a score report by capability, tolerating a report that lacks one (a report made with
 * another version of the model): the missing capability is read as not assessed, which is how
 * scoring counts a capability it has no response for.
 */
import type { ModelIndex } from '../model/modelIndex';
import type { CapabilityState } from '../scoring/capabilityStates';
import type { LevelOrNotApplicable } from '../scoring/effectiveLevels';
import type { CapabilityScore, ScoreReport } from '../scoring/types';

/** What scoring gives a capability nobody has answered: level 1 throughout, nothing met yet. */
const NOT_ASSESSED: CapabilityScore = {
  computedLevel: 1,
  assessedLevel: 1,
  effectiveLevel: 1,
  perspectiveLevels: {},
  heldBackBy: [],
  progressToNext: 0,
  status: 'not-assessed'
};

/** A capability's scores, or those of a capability not assessed when the report lacks it. */
export function scoreOf(report: ScoreReport, key: string): CapabilityScore {
  return Object.prototype.hasOwnProperty.call(report.capabilities, key) ? report.capabilities[key] : NOT_ASSESSED;
}

/** True when the report has the capability. */
export function reportHas(report: ScoreReport, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(report.capabilities, key);
}

/**
 * The report's scores and effective levels by model position, the shape the scoring roll-up
 * reads: a capability's scores carry every field of its state, so rule 6 is reused, not rewritten.
 */
export function reportPositions(index: ModelIndex, report: ScoreReport): { states: CapabilityState[]; effective: LevelOrNotApplicable[] } {
  const states = index.capabilities.map((entry) => scoreOf(report, entry.capability.key));
  return { states, effective: states.map((state) => (state as CapabilityScore).effectiveLevel) };
}
