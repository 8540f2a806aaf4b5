/**
 * What each step of a roadmap waits on, and what waits on it, among the roadmap's own steps, as
 * rule 8 counts "directly": a step waits on its own previous step, and on the step that raises a
 * capability to exactly the minimum level a dependency of its level (or a level below it) names.
 * A requirement already met, or met by a level already assessed, needs no step and is not listed.
 */
import type { Model } from '../model/schema';
import { stepKey } from './efforts';
import type { RoadmapReport, RoadmapStep } from './types';

export interface StepLinks {
  /** Steps that must be done first, previous step first, then by capability key. */
  waitsOn: RoadmapStep[];
  /** Steps that wait on this one, in the roadmap's order. */
  waitedOnBy: RoadmapStep[];
}

/** Links of every step of the roadmap, keyed by stepKey(capability, level). */
export function roadmapStepLinks(model: Model, roadmap: RoadmapReport): Record<string, StepLinks> {
  const links: Record<string, StepLinks> = {};
  const steps: RoadmapStep[] = [];
  for (const phase of roadmap.phases) for (const step of phase.steps) steps.push(step);
  for (const step of steps) links[stepKey(step.capability, step.level)] = { waitsOn: [], waitedOnBy: [] };
  const dependencies: Record<string, Model['capabilities'][number]['dependencies']> = {};
  for (const capability of model.capabilities) dependencies[capability.key] = capability.dependencies;

  for (const step of steps) {
    const own = links[stepKey(step.capability, step.level)];
    const found: RoadmapStep[] = [];
    const seen: Record<string, true> = {};
    const add = (capability: string, level: number): void => {
      const key = stepKey(capability, level);
      if (!Object.prototype.hasOwnProperty.call(links, key) || seen[key]) return;
      seen[key] = true;
      found.push({ capability, level });
    };
    add(step.capability, step.level - 1);
    const required = (dependencies[step.capability] || []).filter((d) => d.level <= step.level);
    required
      .slice()
      .sort((a, b) => (a.requires < b.requires ? -1 : a.requires > b.requires ? 1 : a.minLevel - b.minLevel))
      .forEach((d) => add(d.requires, d.minLevel));
    own.waitsOn = found;
    for (const before of found) links[stepKey(before.capability, before.level)].waitedOnBy.push(step);
  }
  return links;
}
