/**
 * The sound parts of a model file, for the cross-reference checks. When the whole file has the
 * right shape these are simply its lists; when it does not, they are the items that do, so one
 * bad criterion text does not hide an unknown category three capabilities later.
 */
import { Located, locateAll, parseEach, rawField, rawStrings } from '../validation/located';
import {
  capabilitySchema,
  categorySchema,
  Capability,
  Category,
  LevelDefinition,
  levelDefinitionSchema,
  Model,
  Perspective,
  perspectiveSchema,
  Profile,
  profileSchema
} from './schema';

/** The lists of a model that passed their shape checks, each item with its original index. */
export interface ModelParts {
  levels: Located<LevelDefinition>[];
  /** False when some model level failed its shape check, so gaps may be false alarms. */
  levelsComplete: boolean;
  /** The model's highest level, or undefined when the file gives no usable levels. */
  topLevel: number | undefined;
  perspectives: Located<Perspective>[];
  categories: Located<Category>[];
  capabilities: Located<Capability>[];
  profiles: Located<Profile>[];
  /** Keys written in the file, including on items with a bad shape: references to these are not "unknown". */
  knownKeys: { capabilities: Set<string>; categories: Set<string>; perspectives: Set<string> };
}

/** The parts of a model that passed the shape check as a whole. */
export function partsOfModel(model: Model): ModelParts {
  return {
    levels: locateAll(model.levels),
    levelsComplete: true,
    topLevel: highest(model.levels.map((l) => l.level)),
    perspectives: locateAll(model.perspectives),
    categories: locateAll(model.categories),
    capabilities: locateAll(model.capabilities),
    profiles: locateAll(model.profiles),
    knownKeys: {
      capabilities: new Set(model.capabilities.map((c) => c.key)),
      categories: new Set(model.categories.map((c) => c.key)),
      perspectives: new Set(model.perspectives.map((p) => p.key))
    }
  };
}

/** The sound parts of an input whose shape is partly wrong. */
export function partsOfRawModel(input: unknown): ModelParts {
  const rawLevels = rawField(input, 'levels');
  const levels = parseEach(levelDefinitionSchema, rawLevels);
  const rawLevelNumbers = Array.isArray(rawLevels)
    ? (rawLevels as unknown[]).map((l) => rawField(l, 'level')).filter((n): n is number => typeof n === 'number' && Number.isInteger(n))
    : [];
  return {
    levels,
    levelsComplete: Array.isArray(rawLevels) && levels.length === rawLevels.length,
    topLevel: highest(rawLevelNumbers),
    perspectives: parseEach(perspectiveSchema, rawField(input, 'perspectives')),
    categories: parseEach(categorySchema, rawField(input, 'categories')),
    capabilities: parseEach(capabilitySchema, rawField(input, 'capabilities')),
    profiles: parseEach(profileSchema, rawField(input, 'profiles')),
    knownKeys: {
      capabilities: rawStrings(rawField(input, 'capabilities'), 'key'),
      categories: rawStrings(rawField(input, 'categories'), 'key'),
      perspectives: rawStrings(rawField(input, 'perspectives'), 'key')
    }
  };
}

function highest(levels: readonly number[]): number | undefined {
  let top: number | undefined;
  for (const level of levels) {
    top = top === undefined ? level : Math.max(top, level);
  }
  return top;
}
