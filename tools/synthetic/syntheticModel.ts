/**
 * Synthetic models and assessments of any size, for the benchmark and for tests that need
 * volume (the data layer, performance). Kept in tools, not src/nimm, so the shipped engine does
 * not carry them. Pure and deterministic: the same options give the same
 * model. Dependencies only point to capabilities earlier in the list, so there is never a cycle
 * and every capability can reach the top level.
 */
import type { Assessment, Capability, Category, Dependency, Model, Profile, Response } from '../../src/nimm/model/schema';
import { seededRandom } from './random';

/** Options for syntheticModel. */
export interface SyntheticModelOptions {
  /** How many capabilities. */
  capabilities: number;
  /** How many model levels (N); capabilities define levels 2..N. Default 5. */
  levels?: number;
  /** Criteria at each of levels 2..N of each capability. Default 5. */
  criteriaPerLevel?: number;
  /** Chance (0..1) that a capability level has a dependency on an earlier capability. Default 0.3. */
  dependencyRate?: number;
  /** Seed for the generator. Default 1. */
  seed?: number;
}

const LEVEL_NAMES = ['Basic', 'Controlled', 'Standardised', 'Optimised', 'Innovative'];
const PERSPECTIVES = ['strategy', 'security', 'technology', 'process', 'people'];
const CATEGORY_COUNT = 13;
const TECHNICAL_CATEGORIES = 7;

/** A valid, acyclic model of the requested size. */
export function syntheticModel(options: SyntheticModelOptions): Model {
  const count = Math.max(0, Math.floor(options.capabilities));
  const top = Math.max(2, Math.floor(options.levels ?? 5));
  const perLevel = Math.max(1, Math.floor(options.criteriaPerLevel ?? 5));
  const rate = options.dependencyRate ?? 0.3;
  const random = seededRandom(options.seed ?? 1);
  const width = String(Math.max(1, count)).length;

  const categories: Category[] = [];
  for (let c = 1; c <= CATEGORY_COUNT; c += 1) {
    categories.push({ key: `category-${c}`, name: `Category ${c}`, aspect: c <= TECHNICAL_CATEGORIES ? 'technical' : 'business' });
  }
  const keys: string[] = [];
  for (let i = 0; i < count; i += 1) {
    keys.push(`capability-${String(i + 1).padStart(width, '0')}`);
  }

  const capabilities: Capability[] = keys.map((key, i) => {
    const levels = [];
    const dependencies: Dependency[] = [];
    for (let level = 2; level <= top; level += 1) {
      const criteria = [];
      for (let j = 1; j <= perLevel; j += 1) {
        criteria.push({ key: `${key}.${level}.${j}`, perspective: PERSPECTIVES[(i + level + j) % PERSPECTIVES.length], text: `Criterion ${j} of ${key} at level ${level}.` });
      }
      levels.push({ level, descriptor: `${key} at level ${level}.`, criteria });
      if (i > 0 && random.chance(rate)) {
        const requires = keys[random.integer(0, i - 1)];
        if (!dependencies.some((d) => d.requires === requires)) {
          dependencies.push({ level, requires, minLevel: random.integer(2, level), why: `${key} level ${level} builds on ${requires}.` });
        }
      }
    }
    return {
      key,
      name: `Capability ${i + 1}`,
      category: categories[i % CATEGORY_COUNT].key,
      foundation: i % 15 === 0,
      summary: `Synthetic capability ${i + 1}.`,
      levels,
      dependencies
    };
  });

  return {
    format: 'nimm-model',
    formatVersion: 1,
    key: 'synthetic',
    version: `${count}.${top}.${perLevel}`,
    name: `Synthetic model with ${count} capabilities`,
    levels: Array.from({ length: top }, (_unused, i) => ({ level: i + 1, name: LEVEL_NAMES[i] ?? `Level ${i + 1}`, summary: `Level ${i + 1}.` })),
    perspectives: PERSPECTIVES.map((key) => ({ key, name: key[0].toUpperCase() + key.slice(1) })),
    categories,
    capabilities,
    profiles: syntheticProfiles(capabilities, top, random.integer(0, 1000))
  };
}

function syntheticProfiles(capabilities: readonly Capability[], top: number, seed: number): Profile[] {
  const random = seededRandom(seed);
  const baseline: Record<string, number> = {};
  const foundation: Record<string, number> = {};
  const service: Record<string, number> = {};
  for (const capability of capabilities) {
    baseline[capability.key] = Math.min(3, top);
    if (capability.foundation) {
      foundation[capability.key] = Math.min(3, top);
    }
    if (random.chance(0.1)) {
      service[capability.key] = Math.min(4, top);
    }
  }
  return [
    { key: 'baseline', name: 'Level 3 baseline', kind: 'target', targets: baseline },
    { key: 'foundation-first', name: 'Foundation first', kind: 'target', targets: foundation },
    { key: 'service', name: 'A service go-live', kind: 'service', targets: service }
  ];
}

/**
 * A plausible assessment of a model: each capability has a "true" level whose criteria and
 * those below are met (a few n/a), partial progress on the next level, and now and then an
 * agreed level, a not-applicable mark or no response at all.
 */
export function syntheticAssessment(model: Model, seed: number): Assessment {
  const random = seededRandom(seed);
  const top = model.levels.reduce((n, l) => Math.max(n, l.level), 1);
  const responses: Response[] = [];
  for (const capability of model.capabilities) {
    const roll = random.next();
    if (roll < 0.05) {
      continue;
    }
    if (roll < 0.1) {
      responses.push({ capability: capability.key, notApplicable: true, agreedLevel: null, rationale: 'Not used here.', answers: {} });
      continue;
    }
    const truth = random.integer(1, top);
    const answers: Record<string, 'met' | 'partial' | 'not-met' | 'n/a'> = {};
    for (const level of capability.levels) {
      for (const criterion of level.criteria) {
        if (level.level <= truth) {
          answers[criterion.key] = random.chance(0.05) ? 'n/a' : 'met';
        } else if (level.level === truth + 1) {
          answers[criterion.key] = random.chance(0.5) ? 'partial' : random.chance(0.5) ? 'met' : 'not-met';
        }
      }
    }
    const agreed = random.chance(0.1) ? Math.max(1, Math.min(top, truth + random.integer(-1, 1))) : null;
    responses.push({ capability: capability.key, notApplicable: false, agreedLevel: agreed, rationale: agreed === null ? '' : 'Agreed in workshop.', answers });
  }
  return {
    format: 'nimm-assessment',
    formatVersion: 1,
    model: { key: model.key, version: model.version },
    title: `Synthetic assessment ${seed}`,
    scope: 'Synthetic trust',
    date: '2026-01-01',
    responses
  };
}
