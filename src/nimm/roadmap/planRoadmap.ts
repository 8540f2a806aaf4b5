/**
 * Rule 8 of docs/scoring.md: the phased plan of work that meets a profile, as early as the
 * dependencies allow, with the projected effective levels after each phase and the targets
 * no work can reach. Rule 10: the same plan with a capacity per phase and an effort per step.
 */
import { NimmError } from '../errors';
import { indexModel, ModelIndex } from '../model/modelIndex';
import type { Assessment, Model, Profile } from '../model/schema';
import { assessCapabilities } from '../scoring/capabilityStates';
import type { LevelOrNotApplicable } from '../scoring/effectiveLevels';
import { describeBlock } from './blockReasons';
import { fillPhases } from './capacityPlan';
import { checkCapacity, effortReader, holdReader } from './efforts';
import { planPhases, PhasePlan } from './phasePlan';
import { startProjection } from './projection';
import { requiredLevels } from './requiredLevels';
import { countWaitingSteps, orderPhaseSteps } from './stepOrder';
import type { RoadmapOptions, RoadmapPhase, RoadmapReport, UnreachableTarget } from './types';

/**
 * Plans the roadmap from an assessment to the model profile with the given key. Without a
 * capacity, phases are as early as the dependencies allow (rule 8); with one, no phase holds
 * more effort than the capacity, except a phase holding one step that is bigger on its own
 * (rule 10).
 * @throws NimmError when the model has no such profile; RangeError when the capacity is not
 * above 0 or an effort is not a finite number of 0 or more.
 */
export function planRoadmap(model: Model, assessment: Assessment, profileKey: string, options: RoadmapOptions = {}): RoadmapReport {
  const capacity = checkCapacity(options.capacity);
  const effortOf = effortReader(options.efforts);
  const holdOf = holdReader(options.notBefore);
  const index = indexModel(model);
  const profile = index.profileByKey.get(profileKey);
  if (profile === undefined) {
    const known = model.profiles.map((p) => `'${p.key}'`);
    throw new NimmError(
      'unknown-profile',
      `There is no profile '${profileKey}' in model '${model.key}'.` +
        (known.length > 0 ? ` Its profiles are ${known.join(', ')}.` : ' It has no profiles.')
    );
  }
  const states = assessCapabilities(index, assessment);
  const required = requiredLevels(index, profile, states);
  const plan = planPhases(index, states, required);

  // Every step the roadmap plans, in rule 8's order (it does not depend on the phases).
  const planned: number[] = [];
  plan.nodes.forEach((node, n) => {
    if (node.isStep && node.blockedBy === null) {
      planned.push(n);
    }
  });
  const ordered = orderPhaseSteps(index, plan, planned, countWaitingSteps(index, plan));
  const effort = new Float64Array(plan.nodes.length);
  const notBefore = new Int32Array(plan.nodes.length);
  let held = false;
  ordered.forEach((n) => {
    const key = index.capabilities[plan.nodes[n].position].capability.key;
    effort[n] = effortOf(key, plan.nodes[n].level);
    notBefore[n] = holdOf(key, plan.nodes[n].level);
    if (notBefore[n] > 1) held = true;
  });

  // Held steps go through the phase filler, with no limit when there is no capacity: with every
  // step ready at once it gives rule 8's phases, and it also honours the holds.
  const byPhase = held
    ? fillPhases(plan, ordered, effort, capacity === undefined ? Infinity : capacity, notBefore)
    : capacity === undefined
      ? earliestPhases(plan, ordered)
      : fillPhases(plan, ordered, effort, capacity);
  const phases = buildPhases(index, plan, byPhase, effort, states.map((s) => s.assessedLevel), required);
  return { profile: profile.key, phases, unreachable: findUnreachable(index, profile, plan, required) };
}

/** Rule 8's phases: each step in the phase the plan gave it, keeping the order within each phase. */
function earliestPhases(plan: PhasePlan, ordered: readonly number[]): number[][] {
  const byPhase: number[][] = [];
  ordered.forEach((n) => {
    const phase = plan.nodes[n].phase;
    // Phases 1..P are all non-empty: a step in phase p > 1 waits on something reached in p - 1.
    while (byPhase.length < phase) {
      byPhase.push([]);
    }
    byPhase[phase - 1].push(n);
  });
  return byPhase;
}

/** The report's phases: steps, total effort and the projected effective levels after each. */
function buildPhases(
  index: ModelIndex,
  plan: PhasePlan,
  byPhase: readonly number[][],
  effort: Float64Array,
  assessed: readonly LevelOrNotApplicable[],
  required: readonly number[]
): RoadmapPhase[] {
  // Not-assessed capabilities count as level 1, and the plan raises them from there.
  const projection = startProjection(index, assessed);
  const history = new ProjectionHistory(index, required, projection.effective);
  return byPhase.map((steps, i) => {
    let total = 0;
    for (const n of steps) {
      projection.raise(plan.nodes[n].position, plan.nodes[n].level);
      total += effort[n];
    }
    history.addPhase(projection.settle(), projection.effective);
    const phase: RoadmapPhase = {
      phase: i + 1,
      steps: steps.map((n) => ({ capability: index.capabilities[plan.nodes[n].position].capability.key, level: plan.nodes[n].level })),
      projectedLevels: {},
      effort: total
    };
    history.defineProjectedLevels(phase, i + 1);
    return phase;
  });
}

/**
 * The projected levels of every phase, kept as the levels before the first phase and the
 * changes each phase makes, and turned into a phase's record only when someone reads it.
 * Every record lists every involved capability, so building them all up front would cost
 * phases x capabilities even when a screen shows only a few phases: thousands of phases of a
 * capacity-limited roadmap on a large model would take seconds. Read in phase order (as JSON
 * output and tables read them), each record costs only its own size.
 */
class ProjectionHistory {
  private readonly keys: string[] = [];
  private readonly slotOf: Int32Array;
  private readonly start: Int32Array;
  /** Per phase: the involved slots whose level rose, each followed by its new level. */
  private readonly changes: number[][] = [];
  /** The levels after phase `at`, for building records in phase order. */
  private readonly levels: Int32Array;
  private at: number = 0;

  public constructor(index: ModelIndex, required: readonly number[], effective: readonly LevelOrNotApplicable[]) {
    this.slotOf = new Int32Array(index.capabilities.length).fill(-1);
    const start: number[] = [];
    index.capabilities.forEach((entry) => {
      if (required[entry.position] > 0) {
        this.slotOf[entry.position] = this.keys.length;
        this.keys.push(entry.capability.key);
        start.push(effective[entry.position] ?? 1);
      }
    });
    this.start = new Int32Array(start);
    this.levels = new Int32Array(start);
  }

  public addPhase(rose: readonly number[], effective: readonly LevelOrNotApplicable[]): void {
    const change: number[] = [];
    for (const position of rose) {
      const slot = this.slotOf[position];
      if (slot !== -1) {
        change.push(slot, effective[position] ?? 1);
      }
    }
    this.changes.push(change);
  }

  /**
   * Makes `phase.projectedLevels` build its record on first read and keep it (after which it is
   * an ordinary property), so the phase reads, compares and prints as plain data.
   */
  public defineProjectedLevels(phase: RoadmapPhase, number: number): void {
    const keep = (value: Record<string, number>): void => {
      Object.defineProperty(phase, 'projectedLevels', { value, enumerable: true, configurable: true, writable: true });
    };
    Object.defineProperty(phase, 'projectedLevels', {
      enumerable: true,
      configurable: true,
      get: () => {
        const value = this.record(number);
        keep(value);
        return value;
      },
      set: keep
    });
  }

  private record(phase: number): Record<string, number> {
    if (phase < this.at) {
      this.levels.set(this.start);
      this.at = 0;
    }
    for (; this.at < phase; this.at += 1) {
      const change = this.changes[this.at];
      for (let i = 0; i < change.length; i += 2) {
        this.levels[change[i]] = change[i + 1];
      }
    }
    const record: Record<string, number> = {};
    for (let slot = 0; slot < this.keys.length; slot += 1) {
      record[this.keys[slot]] = this.levels[slot];
    }
    return record;
  }
}

function findUnreachable(index: ModelIndex, profile: Profile, plan: PhasePlan, required: readonly number[]): UnreachableTarget[] {
  const unreachable: UnreachableTarget[] = [];
  for (const key of Object.keys(profile.targets)) {
    const target = profile.targets[key];
    const entry = index.capabilityByKey.get(key);
    if (entry === undefined) {
      unreachable.push({ capability: key, target, reason: `'${key}' is not a capability in this model.` });
      continue;
    }
    if (required[entry.position] === 0 || target < 2) {
      continue; // not applicable, or level 1, which always holds
    }
    const n = plan.nodeOf(entry.position, Math.min(target, index.topLevel + 1));
    const cause = n === -1 ? null : plan.nodes[n].blockedBy;
    if (cause !== null) {
      unreachable.push({ capability: key, target, reason: describeBlock(index, entry.position, cause) });
    }
  }
  return unreachable;
}
