import type { Aspect, Capability, Category, Criterion, Model, Perspective } from '../../nimm/model/schema';
import { searchCapabilities } from '../../nimm/assessment/capabilitySearch';

/**
 * Pure helpers behind the model guide: search, filters, grouping and the reverse-dependency
 * index. No React and no strings shown to users, so they are unit-testable on their own.
 */

/** What the reader has asked the guide to show. Empty values mean "no restriction". */
export interface IGuideFilters {
  /** Free text; every word must appear somewhere in the capability's searchable text. */
  query: string;
  /** A category key, or '' for every category. */
  category: string;
  /** 'technical', 'business', or '' for both. */
  aspect: Aspect | '';
  foundationOnly: boolean;
}

export const NO_FILTERS: IGuideFilters = { query: '', category: '', aspect: '', foundationOnly: false };

/** True when any filter would hide a capability. */
export function hasActiveFilters(filters: IGuideFilters): boolean {
  return filters.query.trim() !== '' || filters.category !== '' || filters.aspect !== '' || filters.foundationOnly;
}

/**
 * The capabilities that pass every filter, in model order. The search is the suite's one capability
 * search (src/nimm searchCapabilities), as in the assessment web part: every word must be found,
 * in the name, key, summary, category, level descriptions or criteria, and acronyms and plain
 * synonyms count (EPR, SSO, MFA, DR, "backup" for "back-up").
 */
export function filterCapabilities(model: Model, filters: IGuideFilters): Capability[] {
  const found = filters.query.trim() === '' ? null : new Set(searchCapabilities(model, filters.query).map((r) => r.capability));
  const aspectOf = new Map<string, Aspect>(model.categories.map((c) => [c.key, c.aspect]));
  return model.capabilities.filter((capability) => {
    if (filters.foundationOnly && !capability.foundation) return false;
    if (filters.category && capability.category !== filters.category) return false;
    if (filters.aspect && aspectOf.get(capability.category) !== filters.aspect) return false;
    return found === null || found.has(capability.key);
  });
}

/** A category and the capabilities shown under it. */
export interface ICategoryGroup {
  /** The category's key as the capabilities name it. */
  key: string;
  /** Undefined when capabilities name a category the model does not define. */
  category: Category | undefined;
  capabilities: Capability[];
}

/**
 * Groups capabilities by category in the model's category order, leaving out empty categories.
 * Capabilities naming an unknown category still appear (after the known ones) rather than vanish,
 * because a model read from a site may not have been validated by the time it is shown.
 */
export function groupByCategory(model: Model, capabilities: Capability[]): ICategoryGroup[] {
  return groupInDefinedOrder(model.categories, capabilities, (c) => c.category).map((g) => ({
    key: g.key,
    category: g.definition,
    capabilities: g.items
  }));
}

/**
 * Groups items under the definitions they name (categories, perspectives), in the definitions'
 * order, leaving out empty groups; items naming an unknown key form groups of their own, last.
 */
function groupInDefinedOrder<D extends { key: string }, T>(
  definitions: D[],
  items: T[],
  keyOf: (item: T) => string
): { key: string; definition: D | undefined; items: T[] }[] {
  const groups = new Map<string, { key: string; definition: D | undefined; items: T[] }>();
  for (const definition of definitions) groups.set(definition.key, { key: definition.key, definition, items: [] });
  for (const item of items) {
    const key = keyOf(item);
    let group = groups.get(key);
    if (!group) {
      group = { key, definition: undefined, items: [] };
      groups.set(key, group);
    }
    group.items.push(item);
  }
  const result: { key: string; definition: D | undefined; items: T[] }[] = [];
  groups.forEach((group) => {
    if (group.items.length > 0) result.push(group);
  });
  return result;
}

/** Categories offered by the category filter once an aspect is chosen. */
export function categoriesForAspect(model: Model, aspect: Aspect | ''): Category[] {
  return aspect ? model.categories.filter((c) => c.aspect === aspect) : model.categories.slice();
}

/** One capability that needs another: the reverse of a dependency. */
export interface INeededBy {
  /** Key of the capability that has the dependency. */
  capability: string;
  /** The level of that capability which needs the requirement. */
  level: number;
  /** The level the required capability must reach. */
  minLevel: number;
  why: string;
}

/** For each capability key, the capabilities whose dependencies name it, in model order. */
export type ReverseDependencyIndex = ReadonlyMap<string, INeededBy[]>;

export function buildReverseDependencyIndex(model: Model): ReverseDependencyIndex {
  const index = new Map<string, INeededBy[]>();
  for (const capability of model.capabilities) {
    for (const dependency of capability.dependencies) {
      const list = index.get(dependency.requires) ?? [];
      list.push({ capability: capability.key, level: dependency.level, minLevel: dependency.minLevel, why: dependency.why });
      index.set(dependency.requires, list);
    }
  }
  return index;
}

/** What one level of a capability that needs another asks of it. */
export interface INeed {
  /** The level of the needing capability. */
  level: number;
  /** The level the required capability must reach for it. */
  minLevel: number;
  why: string;
}

/** A capability that needs another, once, with every level of it that does. */
export interface INeededByGroup {
  /** Key of the capability that has the dependencies. */
  capability: string;
  /** Its needs in ascending order of its level; never empty, no two alike. */
  needs: INeed[];
}

/**
 * "Needed by" with each capability once: a capability that depends on this one at several of its
 * levels (level 3 needs it at 2, level 4 at 3) is one entry with all its levels, not one entry per
 * level. Entries come in order of their lowest level, then in model order.
 */
export function groupNeededBy(entries: INeededBy[]): INeededByGroup[] {
  const groups: INeededByGroup[] = [];
  const byKey = new Map<string, INeededByGroup>();
  for (const entry of entries) {
    let group = byKey.get(entry.capability);
    if (!group) {
      group = { capability: entry.capability, needs: [] };
      byKey.set(entry.capability, group);
      groups.push(group);
    }
    const same = group.needs.some((n) => n.level === entry.level && n.minLevel === entry.minLevel);
    if (!same) group.needs.push({ level: entry.level, minLevel: entry.minLevel, why: entry.why });
  }
  groups.forEach((g) => g.needs.sort((a, b) => a.level - b.level || a.minLevel - b.minLevel));
  // Array.prototype.sort is not stable on every ES5 engine: compare positions when levels tie.
  const position = new Map<INeededByGroup, number>(groups.map((g, i) => [g, i] as [INeededByGroup, number]));
  return groups.sort((a, b) => a.needs[0].level - b.needs[0].level || (position.get(a) ?? 0) - (position.get(b) ?? 0));
}

/** Capabilities by key, for turning a dependency's key into a name. */
export function indexCapabilities(model: Model): ReadonlyMap<string, Capability> {
  return new Map(model.capabilities.map((c) => [c.key, c]));
}

/** The model's name for a level, or undefined when the model does not define it. */
export function levelName(model: Model, level: number): string | undefined {
  const definition = model.levels.find((l) => l.level === level);
  return definition ? definition.name : undefined;
}

/** A perspective and a level's criteria from that perspective. */
export interface IPerspectiveGroup {
  key: string;
  /** Undefined when a criterion names a perspective the model does not define. */
  perspective: Perspective | undefined;
  criteria: Criterion[];
}

/** Groups criteria by perspective in the model's perspective order; unknown perspectives last. */
export function groupCriteriaByPerspective(model: Model, criteria: Criterion[]): IPerspectiveGroup[] {
  return groupInDefinedOrder(model.perspectives, criteria, (c) => c.perspective).map((g) => ({
    key: g.key,
    perspective: g.definition,
    criteria: g.items
  }));
}

/** A capability's levels in ascending order (the model may list them in any order). */
export function sortedLevels(capability: Capability): Capability['levels'] {
  return capability.levels.slice().sort((a, b) => a.level - b.level);
}

/** Everything the guide derives from a model once, rather than on every keystroke. */
export interface IGuideData {
  model: Model;
  capabilitiesByKey: ReadonlyMap<string, Capability>;
  neededBy: ReverseDependencyIndex;
}

export function buildGuideData(model: Model): IGuideData {
  return {
    model,
    capabilitiesByKey: indexCapabilities(model),
    neededBy: buildReverseDependencyIndex(model)
  };
}
