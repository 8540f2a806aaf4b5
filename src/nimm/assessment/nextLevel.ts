/**
 * What stands between a capability and its next level: the criteria of that level not yet met,
 * by perspective, with counts a team can read at a glance ("4 of 7 criteria met"), and the
 * dependencies that level will need. The next level is the one above the computed level, as in
 * rule 5 of docs/scoring.md, so the counts and the report's progress to next always agree.
 */
import type { CapabilityIndex, ModelIndex } from '../model/modelIndex';
import type { Answer, Criterion } from '../model/schema';
import { answerFor, Answers } from '../scoring/attainment';
import type { ScoreReport } from '../scoring/types';
import { UnmetRequirement, unmetRequirements } from './holdBack';

/** A criterion of the next level still to meet. */
export interface CriterionToDo {
  key: string;
  text: string;
  guidance?: string;
  /** `partial`, `not-met`, or null when nobody has answered it yet. */
  answer: Extract<Answer, 'partial' | 'not-met'> | null;
}

/** Counts of a set of criteria at the next level. */
export interface CriteriaCounts {
  met: number;
  partial: number;
  /** Answered `not-met`, or not answered (which counts as not met). */
  notMet: number;
  /** Of those not met, the ones nobody has answered. */
  unanswered: number;
  /** Answered `n/a`: left out of `applicable`. */
  notApplicable: number;
  /** Criteria to meet: all but those answered `n/a`. */
  applicable: number;
  /** "4 of 7 criteria met". */
  summary: string;
}

/** One perspective's criteria at the next level. */
export interface PerspectiveToDo extends CriteriaCounts {
  perspective: string;
  /** The perspective's display name (its key when the model does not define it). */
  name: string;
  /** The criteria partly met or not met, in model order. */
  toDo: CriterionToDo[];
}

/** Progress to the level above the computed level. */
export interface NextLevelProgress extends CriteriaCounts {
  level: number;
  /** The model's name for the level, e.g. "Standardised". */
  levelName: string | null;
  /** Rule 5: (met + half of partial) / applicable, from the score report; null when nothing applies. */
  progress: number | null;
  /** Perspectives with criteria at the level, in the model's order. */
  perspectives: PerspectiveToDo[];
  /** Dependencies of this level that do not hold yet: meeting every criterion will not be enough until they do. */
  requirements: UnmetRequirement[];
}

/** Counts criteria and lists those still to do. */
function count(criteria: readonly Criterion[], answers: Answers): { counts: CriteriaCounts; toDo: CriterionToDo[] } {
  const counts = { met: 0, partial: 0, notMet: 0, unanswered: 0, notApplicable: 0, applicable: 0 };
  const toDo: CriterionToDo[] = [];
  for (const criterion of criteria) {
    const answer = answerFor(answers, criterion.key);
    if (answer === 'n/a') {
      counts.notApplicable += 1;
      continue;
    }
    counts.applicable += 1;
    if (answer === 'met') {
      counts.met += 1;
      continue;
    }
    if (answer === 'partial') {
      counts.partial += 1;
    } else {
      counts.notMet += 1;
      if (answer === undefined) {
        counts.unanswered += 1;
      }
    }
    const item: CriterionToDo = { key: criterion.key, text: criterion.text, answer: answer === 'partial' || answer === 'not-met' ? answer : null };
    if (criterion.guidance !== undefined) {
      item.guidance = criterion.guidance;
    }
    toDo.push(item);
  }
  const summary = `${counts.met} of ${counts.applicable} ${counts.applicable === 1 ? 'criterion' : 'criteria'} met`;
  return { counts: { ...counts, summary }, toDo };
}

/**
 * Progress from the computed level to the next, or null at the model's top level and for a
 * capability that is not applicable. A level the capability defines no criteria for comes back
 * with zero counts and null progress: answers can never reach it (the validator warns of this).
 */
export function nextLevelProgress(index: ModelIndex, report: ScoreReport, entry: CapabilityIndex, answers: Answers): NextLevelProgress | null {
  const score = report.capabilities[entry.capability.key];
  if (score === undefined || score.computedLevel === null || score.computedLevel >= index.topLevel) {
    return null;
  }
  const level = score.computedLevel + 1;
  const criteria = level < entry.criteriaByLevel.length ? entry.criteriaByLevel[level] : [];
  const overall = count(criteria, answers).counts;
  const byPerspective = level < entry.criteriaByLevelAndPerspective.length ? entry.criteriaByLevelAndPerspective[level] : new Map<string, Criterion[]>();
  const order = index.model.perspectives.map((p) => p.key);
  const perspectiveKeys = Array.from(byPerspective.keys()).sort((a, b) => rank(order, a) - rank(order, b) || (a < b ? -1 : a > b ? 1 : 0));
  const perspectives = perspectiveKeys.map((perspective): PerspectiveToDo => {
    const definition = index.perspectiveByKey.get(perspective);
    const { counts, toDo } = count(byPerspective.get(perspective) ?? [], answers);
    return { perspective, name: definition ? definition.name : perspective, ...counts, toDo };
  });
  const definition = index.model.levels.filter((l) => l.level === level)[0];
  const requirements = unmetRequirements(
    index,
    report,
    entry,
    level,
    level,
    (requirement, where) => `Level ${level} also needs ${requirement.name} at level ${requirement.needsLevel}, ${where}.`
  );
  return { level, levelName: definition ? definition.name : null, ...overall, progress: score.progressToNext, perspectives, requirements };
}

function rank(order: readonly string[], key: string): number {
  const position = order.indexOf(key);
  return position === -1 ? order.length : position;
}
