/**
 * What changed for each capability between two versions of a model, compared by capability and
 * criterion key (so a capability whose key changed reads as one removed and another added).
 * Trends use it to warn that two levels may not mean quite the same thing: a level reached
 * against reworded or extra criteria is not directly comparable with the old one.
 */
import type { Capability, Model } from '../model/schema';
import { joinNames } from './format';

/** What kind of change. */
export type ModelChangeKind =
  /** The capability is in the later version only. */
  | 'added'
  /** The capability is in the earlier version only. */
  | 'removed'
  /** Same key, different name. */
  | 'renamed'
  /** Same key, different category. */
  | 'moved'
  /** Criteria added, removed, or changed (text, perspective or level), compared by criterion key. */
  | 'criteria'
  /** A level's descriptor reworded, or a level added or removed (level 1's basic descriptor included). */
  | 'descriptors'
  /** Its dependencies differ (levels, required capabilities or minimum levels). */
  | 'dependencies';

/** One change to one capability between two model versions. */
export interface ModelChange {
  capability: string;
  kind: ModelChangeKind;
  fromVersion: string;
  toVersion: string;
  /** The capability levels concerned, for criteria and descriptor changes; empty for the others. */
  levels: number[];
  /** One sentence naming the versions. */
  message: string;
}

/** Every change to every capability from `from` to `to`, capability by capability in `to`'s order, then those removed. */
export function compareModelVersions(from: Model, to: Model): ModelChange[] {
  const changes: ModelChange[] = [];
  const before = byKey(from.capabilities);
  const after = byKey(to.capabilities);
  const versions = { fromVersion: from.version, toVersion: to.version };
  const between = `between version ${from.version} and version ${to.version}`;
  after.order.forEach((key) => {
    const now = after.map[key];
    const was = Object.prototype.hasOwnProperty.call(before.map, key) ? before.map[key] : undefined;
    if (was === undefined) {
      changes.push({ capability: key, kind: 'added', ...versions, levels: [], message: `${now.name} was added to the model ${between}.` });
      return;
    }
    if (was.name !== now.name) {
      changes.push({ capability: key, kind: 'renamed', ...versions, levels: [], message: `${was.name} was renamed ${now.name} ${between}.` });
    }
    if (was.category !== now.category) {
      changes.push({ capability: key, kind: 'moved', ...versions, levels: [], message: `${now.name} moved from category '${was.category}' to '${now.category}' ${between}.` });
    }
    const criteria = criteriaChange(was, now);
    if (criteria !== null) {
      changes.push({ capability: key, kind: 'criteria', ...versions, levels: criteria.levels, message: `${now.name}'s criteria changed ${between} (${criteria.summary}), so its levels before and after may not be directly comparable.` });
    }
    const descriptors = descriptorLevels(was, now);
    if (descriptors.length > 0) {
      changes.push({ capability: key, kind: 'descriptors', ...versions, levels: descriptors, message: `${now.name}'s description of ${levelsText(descriptors)} changed ${between}.` });
    }
    if (dependencyText(was) !== dependencyText(now)) {
      changes.push({ capability: key, kind: 'dependencies', ...versions, levels: [], message: `${now.name}'s dependencies changed ${between}, so its effective level may differ for that reason alone.` });
    }
  });
  before.order.forEach((key) => {
    if (!Object.prototype.hasOwnProperty.call(after.map, key)) {
      changes.push({ capability: key, kind: 'removed', ...versions, levels: [], message: `${before.map[key].name} is not in the model from version ${to.version} (it was in version ${from.version}).` });
    }
  });
  return changes;
}

/** The first capability with each key, and the keys in order. */
function byKey(capabilities: readonly Capability[]): { map: Record<string, Capability>; order: string[] } {
  const map: Record<string, Capability> = {};
  const order: string[] = [];
  capabilities.forEach((capability) => {
    if (!Object.prototype.hasOwnProperty.call(map, capability.key)) {
      map[capability.key] = capability;
      order.push(capability.key);
    }
  });
  return { map, order };
}

interface CriterionFacts {
  level: number;
  text: string;
}

function criteriaOf(capability: Capability): Record<string, CriterionFacts> {
  const criteria: Record<string, CriterionFacts> = {};
  capability.levels.forEach((level) => {
    level.criteria.forEach((criterion) => {
      // Perspective is part of what a criterion asks, so a move between perspectives counts as a change.
      criteria[criterion.key] = { level: level.level, text: `${criterion.perspective}\n${criterion.text}` };
    });
  });
  return criteria;
}

function criteriaChange(was: Capability, now: Capability): { levels: number[]; summary: string } | null {
  const before = criteriaOf(was);
  const after = criteriaOf(now);
  const levels: number[] = [];
  const note = (level: number): void => {
    if (levels.indexOf(level) === -1) {
      levels.push(level);
    }
  };
  let added = 0;
  let removed = 0;
  let changed = 0;
  Object.keys(after).forEach((key) => {
    const old = Object.prototype.hasOwnProperty.call(before, key) ? before[key] : undefined;
    if (old === undefined) {
      added += 1;
      note(after[key].level);
    } else if (old.level !== after[key].level || old.text !== after[key].text) {
      changed += 1;
      note(old.level);
      note(after[key].level);
    }
  });
  Object.keys(before).forEach((key) => {
    if (!Object.prototype.hasOwnProperty.call(after, key)) {
      removed += 1;
      note(before[key].level);
    }
  });
  if (levels.length === 0) {
    return null;
  }
  const parts: string[] = [];
  if (added > 0) parts.push(`${added} added`);
  if (removed > 0) parts.push(`${removed} removed`);
  if (changed > 0) parts.push(`${changed} changed`);
  levels.sort((a, b) => a - b);
  return { levels, summary: `${levelsText(levels)}: ${parts.join(', ')}` };
}

function descriptorLevels(was: Capability, now: Capability): number[] {
  const describe = (capability: Capability): Record<number, string> => {
    const descriptors: Record<number, string> = { 1: capability.basicDescriptor ?? '' };
    capability.levels.forEach((level) => {
      descriptors[level.level] = level.descriptor;
    });
    return descriptors;
  };
  const before = describe(was);
  const after = describe(now);
  const levels: number[] = [];
  Object.keys(before)
    .concat(Object.keys(after))
    .map(Number)
    .forEach((level) => {
      if (levels.indexOf(level) === -1 && before[level] !== after[level]) {
        levels.push(level);
      }
    });
  return levels.sort((a, b) => a - b);
}

function dependencyText(capability: Capability): string {
  return capability.dependencies
    .map((d) => `${d.level}:${d.requires}:${d.minLevel}`)
    .sort()
    .join(',');
}

/** "level 3", "levels 3 and 4". */
function levelsText(levels: readonly number[]): string {
  return levels.length === 1 ? `level ${levels[0]}` : `levels ${joinNames(levels.map(String))}`;
}
