/**
 * Which dependencies hold a capability back, in words a team can act on: the capability
 * needed, the level it must reach, and the level it is at. Reads a score report rather than
 * working levels out again, so the explanation always agrees with the scores shown beside it.
 */
import type { CapabilityIndex, ModelIndex } from '../model/modelIndex';
import { requirementHolds } from '../scoring/effectiveLevels';
import type { ScoreReport } from '../scoring/types';

/** A dependency of one capability level that does not hold now. */
export interface UnmetRequirement {
  /** The key of the capability needed. */
  capability: string;
  /** Its display name (its key when the model does not have it). */
  name: string;
  /** The level of the explained capability that needs it. */
  forLevel: number;
  /** The level the needed capability must be at. */
  needsLevel: number;
  /** The needed capability's effective level now: 1 when it was not assessed or is not in the model. */
  currentLevel: number;
  /** Why the model says it is needed. */
  why: string;
  /** One plain sentence saying all of the above. */
  sentence: string;
}

/** A dependency holding a capability below its assessed level (rule 4 of docs/scoring.md). */
export interface HoldBack extends UnmetRequirement {
  /**
   * True for the dependencies of the lowest level held back: these set the effective level now.
   * The others also stand between the effective and the assessed level, and need fixing next.
   */
  limiting: boolean;
}

/** The effective levels by model position, as the report gives them. */
function effectiveByPosition(index: ModelIndex, report: ScoreReport): Array<number | null> {
  return index.capabilities.map((entry) => {
    const score = report.capabilities[entry.capability.key];
    return score === undefined ? 1 : score.effectiveLevel;
  });
}

/** What the sentence says about the needed capability's level. */
function standing(index: ModelIndex, report: ScoreReport, key: string, level: number): string {
  if (!index.capabilityByKey.has(key)) {
    return `which is not in the model, so counts as level ${level}`;
  }
  const score = report.capabilities[key];
  return score !== undefined && score.status === 'not-assessed' ? `which has not been assessed, so counts as level ${level}` : `which is at level ${level}`;
}

/**
 * The dependencies attached to levels from..to of a capability (inclusive) that do not hold,
 * ordered by the level they are attached to, then as the model lists them. The sentence is
 * written by `describe`, given the requirement and the words on where the needed capability stands.
 */
export function unmetRequirements(
  index: ModelIndex,
  report: ScoreReport,
  entry: CapabilityIndex,
  from: number,
  to: number,
  describe: (requirement: Omit<UnmetRequirement, 'sentence'>, standing: string) => string
): UnmetRequirement[] {
  const effective = effectiveByPosition(index, report);
  const unmet: UnmetRequirement[] = [];
  for (const requirement of entry.requirements) {
    const { level, requires, minLevel, why } = requirement.dependency;
    if (level < from || level > to || requirementHolds(requirement, effective)) {
      continue;
    }
    const needed = index.capabilityByKey.get(requires);
    // requirementHolds is false, so a capability the model has is applicable here: its level is a number.
    const currentLevel = needed === undefined ? 1 : (effective[needed.position] as number);
    const facts = { capability: requires, name: needed ? needed.capability.name : requires, forLevel: level, needsLevel: minLevel, currentLevel, why };
    unmet.push({ ...facts, sentence: describe(facts, standing(index, report, requires, currentLevel)) });
  }
  // Sort on a copy with the model's order as the tie-break: Array.prototype.sort need not be stable in ES5.
  return unmet
    .map((requirement, order) => ({ requirement, order }))
    .sort((a, b) => a.requirement.forLevel - b.requirement.forLevel || a.order - b.order)
    .map((item) => item.requirement);
}

/**
 * The dependencies holding a capability below its assessed level: those attached to levels
 * above its effective level and up to its assessed level that do not hold. Empty when it counts
 * at its assessed level, or is not applicable.
 */
export function holdBacks(index: ModelIndex, report: ScoreReport, entry: CapabilityIndex): HoldBack[] {
  const score = report.capabilities[entry.capability.key];
  if (score === undefined || score.assessedLevel === null || score.effectiveLevel === null || score.effectiveLevel >= score.assessedLevel) {
    return [];
  }
  const effective = score.effectiveLevel;
  const unmet = unmetRequirements(index, report, entry, effective + 1, score.assessedLevel, (requirement, where) =>
    requirement.forLevel === effective + 1
      ? `Held at level ${effective} because it needs ${requirement.name} at level ${requirement.needsLevel}, ${where}.`
      : `Level ${requirement.forLevel} also needs ${requirement.name} at level ${requirement.needsLevel}, ${where}.`
  );
  return unmet.map((requirement) => ({ ...requirement, limiting: requirement.forLevel === effective + 1 }));
}
