/**
 * Rule 8 of docs/scoring.md: the phased plan of work that meets a profile, as early as the
 * dependencies allow, with the projected effective levels after each phase and the targets
 * no work can reach.
 */
import { NimmError } from '../errors';
import { indexModel, ModelIndex } from '../model/modelIndex';
import type { Assessment, Model, Profile } from '../model/schema';
import { assessCapabilities } from '../scoring/capabilityStates';
import { effectiveLevels } from '../scoring/effectiveLevels';
import { describeBlock } from './blockReasons';
import { planPhases, PhasePlan } from './phasePlan';
import { requiredLevels } from './requiredLevels';
import { countWaitingSteps, orderPhaseSteps } from './stepOrder';
import type { RoadmapPhase, RoadmapReport, UnreachableTarget } from './types';

/** Plans the roadmap from an assessment to the model profile with the given key. */
export function planRoadmap(model: Model, assessment: Assessment, profileKey: string): RoadmapReport {
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
  const phases = buildPhases(index, plan, states.map((s) => s.assessedLevel), required);
  return { profile: profile.key, phases, unreachable: findUnreachable(index, profile, plan, required) };
}

function buildPhases(index: ModelIndex, plan: PhasePlan, assessed: (number | null)[], required: readonly number[]): RoadmapPhase[] {
  const byPhase: number[][] = [];
  plan.nodes.forEach((node, n) => {
    if (node.isStep && node.blockedBy === null) {
      // Phases 1..P are all non-empty: a step in phase p > 1 waits on something reached in p - 1.
      while (byPhase.length < node.phase) {
        byPhase.push([]);
      }
      byPhase[node.phase - 1].push(n);
    }
  });
  const waiting = countWaitingSteps(index, plan);
  const involved = index.capabilities.filter((entry) => required[entry.position] > 0);
  // Not-assessed capabilities count as level 1, and the plan raises them from there.
  const projected = assessed.map((level) => level);
  return byPhase.map((steps, i) => {
    const ordered = orderPhaseSteps(index, plan, steps, waiting);
    for (const n of ordered) {
      const { position, level } = plan.nodes[n];
      projected[position] = Math.max(projected[position] ?? 1, level);
    }
    // Recomputed in full each phase (linear each time): a raised level can release others anywhere.
    const effective = effectiveLevels(index, projected);
    const projectedLevels: Record<string, number> = {};
    for (const entry of involved) {
      projectedLevels[entry.capability.key] = effective[entry.position] ?? 1;
    }
    return {
      phase: i + 1,
      steps: ordered.map((n) => ({ capability: index.capabilities[plan.nodes[n].position].capability.key, level: plan.nodes[n].level })),
      projectedLevels
    };
  });
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
