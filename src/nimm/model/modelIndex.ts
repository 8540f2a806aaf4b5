/**
 * A precomputed index of a model, so scoring, roadmaps and impact analysis look things up in
 * constant time and stay linear in the size of the model (a thousand capabilities score in a
 * few milliseconds). Built once per model object and remembered: models are treated as
 * immutable, so change a model by making a new object, never by editing one already indexed.
 */
import { highestAttainableLevel, highestDefinedLevel } from './capabilityFacts';
import type { Capability, Category, Criterion, Dependency, Model, Perspective, Profile } from './schema';

/** A dependency of a capability, with the required capability's position resolved. */
export interface IndexedRequirement {
  dependency: Dependency;
  /** Position of the required capability in `model.capabilities`, or -1 when the model lacks it. */
  requiredPosition: number;
}

/** A capability that depends on another, with the dependency that says so. */
export interface IndexedDependent {
  /** Position of the dependent capability in `model.capabilities`. */
  position: number;
  dependency: Dependency;
}

/** Everything about one capability that the engine looks up repeatedly. */
export interface CapabilityIndex {
  capability: Capability;
  /** Position in `model.capabilities`. */
  position: number;
  /** The criteria at each level number (entries 0 and 1 are always empty). */
  criteriaByLevel: Criterion[][];
  /** The criteria at each level number, split by perspective key. */
  criteriaByLevelAndPerspective: Map<string, Criterion[]>[];
  /** Perspectives with criteria at levels 2..highestAttainableLevel, in the model's perspective order. */
  perspectives: string[];
  /**
   * The criteria at levels 2..highestAttainableLevel in level order, flattened, with each one's
   * level and the position of its perspective in `perspectives`: scoring reads each answer once.
   */
  ladder: { criteria: Criterion[]; levels: number[]; perspectiveSlots: number[] };
  highestDefinedLevel: number;
  /** The highest level answering criteria can reach (see capabilityFacts). */
  highestAttainableLevel: number;
  /** This capability's dependencies, with required positions resolved. */
  requirements: IndexedRequirement[];
  /** The capabilities that depend on this one, one entry per dependency. */
  dependents: IndexedDependent[];
}

/** Where a criterion lives in the model. */
export interface CriterionLocation {
  criterion: Criterion;
  capability: string;
  level: number;
}

/** The precomputed index of one model. */
export interface ModelIndex {
  model: Model;
  /** The model's highest level (N); levels run 1..N. */
  topLevel: number;
  /** One entry per capability, in model order. */
  capabilities: CapabilityIndex[];
  capabilityByKey: Map<string, CapabilityIndex>;
  categoryByKey: Map<string, Category>;
  perspectiveByKey: Map<string, Perspective>;
  profileByKey: Map<string, Profile>;
  criterionByKey: Map<string, CriterionLocation>;
  /** Capability keys of each category, in model order. */
  capabilitiesByCategory: Map<string, string[]>;
}

const cache = new WeakMap<Model, ModelIndex>();

/** The index of a model, built on first use and remembered for that model object. */
export function indexModel(model: Model): ModelIndex {
  const cached = cache.get(model);
  if (cached) {
    return cached;
  }
  const index = buildIndex(model);
  cache.set(model, index);
  return index;
}

function buildIndex(model: Model): ModelIndex {
  const topLevel = model.levels.reduce((top, level) => Math.max(top, level.level), 1);
  const perspectiveOrder = model.perspectives.map((p) => p.key);
  // Keys are unique in a valid model; where they are not, the first item wins everywhere.
  const capabilityByKey = new Map<string, CapabilityIndex>();
  const criterionByKey = new Map<string, CriterionLocation>();
  const capabilities = model.capabilities.map((capability, position) => {
    const entry = indexCapability(capability, position, topLevel, perspectiveOrder);
    if (!capabilityByKey.has(capability.key)) {
      capabilityByKey.set(capability.key, entry);
    }
    for (const level of capability.levels) {
      for (const criterion of level.criteria) {
        if (!criterionByKey.has(criterion.key)) {
          criterionByKey.set(criterion.key, { criterion, capability: capability.key, level: level.level });
        }
      }
    }
    return entry;
  });

  for (const entry of capabilities) {
    for (const requirement of entry.capability.dependencies) {
      const required = capabilityByKey.get(requirement.requires);
      entry.requirements.push({ dependency: requirement, requiredPosition: required ? required.position : -1 });
      if (required) {
        required.dependents.push({ position: entry.position, dependency: requirement });
      }
    }
  }

  const capabilitiesByCategory = new Map<string, string[]>(model.categories.map((c) => [c.key, [] as string[]]));
  for (const capability of model.capabilities) {
    const members = capabilitiesByCategory.get(capability.category);
    if (members) {
      members.push(capability.key);
    } else {
      capabilitiesByCategory.set(capability.category, [capability.key]);
    }
  }

  return {
    model,
    topLevel,
    capabilities,
    capabilityByKey,
    categoryByKey: firstByKey(model.categories),
    perspectiveByKey: firstByKey(model.perspectives),
    profileByKey: firstByKey(model.profiles),
    criterionByKey,
    capabilitiesByCategory
  };
}

function indexCapability(capability: Capability, position: number, topLevel: number, perspectiveOrder: string[]): CapabilityIndex {
  const highestDefined = highestDefinedLevel(capability);
  const size = Math.max(topLevel, highestDefined) + 1;
  const criteriaByLevel: Criterion[][] = [];
  const criteriaByLevelAndPerspective: Map<string, Criterion[]>[] = [];
  for (let level = 0; level < size; level += 1) {
    criteriaByLevel.push([]);
    criteriaByLevelAndPerspective.push(new Map());
  }
  for (const level of capability.levels) {
    for (const criterion of level.criteria) {
      criteriaByLevel[level.level].push(criterion);
      const byPerspective = criteriaByLevelAndPerspective[level.level];
      const list = byPerspective.get(criterion.perspective);
      if (list) {
        list.push(criterion);
      } else {
        byPerspective.set(criterion.perspective, [criterion]);
      }
    }
  }
  const attainable = highestAttainableLevel(capability);
  const used = new Set<string>();
  for (let level = 2; level <= attainable; level += 1) {
    criteriaByLevelAndPerspective[level].forEach((_criteria, perspective) => used.add(perspective));
  }
  // Model order first, then any perspective the model does not list (only in invalid models).
  const perspectives = perspectiveOrder.filter((p) => used.has(p));
  used.forEach((p) => {
    if (perspectives.indexOf(p) === -1) {
      perspectives.push(p);
    }
  });
  const ladder = { criteria: [] as Criterion[], levels: [] as number[], perspectiveSlots: [] as number[] };
  for (let level = 2; level <= attainable; level += 1) {
    for (const criterion of criteriaByLevel[level]) {
      ladder.criteria.push(criterion);
      ladder.levels.push(level);
      ladder.perspectiveSlots.push(perspectives.indexOf(criterion.perspective));
    }
  }
  return {
    capability,
    position,
    criteriaByLevel,
    criteriaByLevelAndPerspective,
    perspectives,
    ladder,
    highestDefinedLevel: highestDefined,
    highestAttainableLevel: attainable,
    requirements: [],
    dependents: []
  };
}

function firstByKey<T extends { key: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    if (!map.has(item.key)) {
      map.set(item.key, item);
    }
  }
  return map;
}
