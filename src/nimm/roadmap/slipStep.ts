/**
 * "What if this step slips": a roadmap with one step held back some phases. The step moves back
 * by that many phases, and every step that waits on it, directly or through other steps (the
 * links of stepLinks.ts), moves to the phase after the last step it waits on, if it is not there
 * already. Every other step keeps its phase: a slip never brings work forward, and the phases'
 * capacity is not filled again (a phase may then hold more than the capacity; re-planning does
 * that). Pure: the roadmap and links are only read.
 */
import { stepKey } from './efforts';
import type { StepLinks } from './stepLinks';
import type { RoadmapReport } from './types';

/** A step whose phase the slip changes. */
export interface SlippedStep {
  key: string;
  capability: string;
  level: number;
  /** Its phase in the roadmap as planned. */
  from: number;
  /** Its phase once the step slips. */
  to: number;
}

export interface SlipReport {
  /** The step that slips. */
  step: string;
  /** Phases it slips by. */
  phases: number;
  /** The steps that move, the slipped one first, then in the roadmap's order. */
  moved: SlippedStep[];
  /** The last phase of work as planned (0 for a roadmap with no steps). */
  lastPhaseBefore: number;
  /** The last phase of work once the step slips. */
  lastPhaseAfter: number;
}

/**
 * The roadmap with step `key` (stepKey(capability, level)) held back `phases` phases.
 * @throws RangeError when the roadmap has no such step or `phases` is not a whole number of 1 or more.
 */
export function slipStep(roadmap: RoadmapReport, links: Readonly<Record<string, StepLinks>>, key: string, phases: number): SlipReport {
  if (!(Number.isInteger(phases) && phases >= 1)) throw new RangeError(`A step slips by a whole number of phases, at least 1, not ${phases}.`);
  const planned: Record<string, number> = {};
  const order: { key: string; capability: string; level: number; phase: number }[] = [];
  roadmap.phases.forEach((phase) => {
    phase.steps.forEach((step) => {
      const k = stepKey(step.capability, step.level);
      planned[k] = phase.phase;
      order.push({ key: k, capability: step.capability, level: step.level, phase: phase.phase });
    });
  });
  if (!Object.prototype.hasOwnProperty.call(planned, key)) throw new RangeError(`The roadmap has no step '${key}'.`);
  // Phases are in order and a step waits only on steps of earlier phases, so one pass in the
  // roadmap's order sees every step after all it waits on.
  const after: Record<string, number> = {};
  let lastBefore = 0;
  let lastAfter = 0;
  order.forEach((step) => {
    let phase = step.key === key ? step.phase + phases : step.phase;
    const link = links[step.key];
    if (link) {
      link.waitsOn.forEach((w) => {
        const before = after[stepKey(w.capability, w.level)];
        if (before !== undefined && before + 1 > phase) phase = before + 1;
      });
    }
    after[step.key] = phase;
    lastBefore = Math.max(lastBefore, step.phase);
    lastAfter = Math.max(lastAfter, phase);
  });
  const moved: SlippedStep[] = [];
  order.forEach((step) => {
    if (after[step.key] === step.phase) return;
    const entry = { key: step.key, capability: step.capability, level: step.level, from: step.phase, to: after[step.key] };
    if (step.key === key) moved.unshift(entry);
    else moved.push(entry);
  });
  return { step: key, phases, moved, lastPhaseBefore: lastBefore, lastPhaseAfter: lastAfter };
}

/** A phase's load once a step slips. */
export interface PhaseLoad {
  phase: number;
  /** The sum of its steps' efforts. */
  effort: number;
  steps: number;
}

/**
 * Each phase's effort and number of steps once the slip is applied (a slip does not fill the
 * phases again, so a phase may then hold more than a capacity): the phases with work, in order.
 * `effortOf` gives a step's effort by its key, as the roadmap was planned with.
 */
export function phaseLoadsAfterSlip(roadmap: RoadmapReport, slip: SlipReport, effortOf: (key: string) => number): PhaseLoad[] {
  const moved: Record<string, number> = {};
  slip.moved.forEach((m) => {
    moved[m.key] = m.to;
  });
  const loads: Record<number, PhaseLoad> = {};
  roadmap.phases.forEach((phase) => {
    phase.steps.forEach((step) => {
      const key = stepKey(step.capability, step.level);
      const at = Object.prototype.hasOwnProperty.call(moved, key) ? moved[key] : phase.phase;
      const load = loads[at] ?? (loads[at] = { phase: at, effort: 0, steps: 0 });
      load.effort += effortOf(key);
      load.steps += 1;
    });
  });
  return Object.keys(loads)
    .map((k) => loads[Number(k)])
    .sort((a, b) => a.phase - b.phase);
}
