/**
 * Rules 1, 2 and 5 of docs/scoring.md: which levels the answers attain, the computed level,
 * the perspective levels, and progress towards the next level.
 */
import type { Answer, Criterion } from '../model/schema';
import type { CapabilityIndex } from '../model/modelIndex';

/** A response's answers, keyed by criterion key. */
export type Answers = Readonly<Record<string, Answer>>;

/** The answer to a criterion, or undefined when unanswered (which counts as not met). */
export function answerFor(answers: Answers, criterionKey: string): Answer | undefined {
  // Own properties only: a criterion keyed "constructor" must not find Object.prototype's.
  return Object.prototype.hasOwnProperty.call(answers, criterionKey) ? answers[criterionKey] : undefined;
}

/** True when every criterion given is met or answered n/a (vacuously true for none). */
export function allMetOrNotApplicable(criteria: readonly Criterion[], answers: Answers): boolean {
  for (const criterion of criteria) {
    const answer = answerFor(answers, criterion.key);
    if (answer !== 'met' && answer !== 'n/a') {
      return false;
    }
  }
  return true;
}

/** Rule 1: a level is attained when it has criteria and each one not answered n/a is met. */
export function levelAttained(criteria: readonly Criterion[], answers: Answers): boolean {
  return criteria.length > 0 && allMetOrNotApplicable(criteria, answers);
}

/** Rule 2: 1 + the number of consecutive attained levels from 2 upward. */
export function computedLevel(entry: CapabilityIndex, answers: Answers): number {
  let level = 1;
  // Above highestAttainableLevel some level has no criteria, so the run stops there anyway.
  while (level < entry.highestAttainableLevel && levelAttained(entry.criteriaByLevel[level + 1], answers)) {
    level += 1;
  }
  return level;
}

/**
 * Rule 2 for one perspective at a time: levels where the perspective has no criteria are
 * passed over, up to the highest level the capability defines without a gap. The lowest of
 * these is the computed level; the others show which perspectives hold it back.
 */
export function perspectiveLevels(entry: CapabilityIndex, answers: Answers): Record<string, number> {
  const levels: Record<string, number> = {};
  for (const perspective of entry.perspectives) {
    let level = 1;
    while (level < entry.highestAttainableLevel) {
      const criteria = entry.criteriaByLevelAndPerspective[level + 1].get(perspective);
      if (criteria !== undefined && !allMetOrNotApplicable(criteria, answers)) {
        break;
      }
      level += 1;
    }
    levels[perspective] = level;
  }
  return levels;
}

/**
 * Rule 5: (met + 0.5 x partial) / applicable criteria at the level above the computed level.
 * Null at the top of the model, and when that level has no applicable criteria (it is not
 * defined, or has none) because a share of nothing means nothing.
 */
export function progressToNext(entry: CapabilityIndex, answers: Answers, computed: number, topLevel: number): number | null {
  const next = computed + 1;
  if (next > topLevel || next >= entry.criteriaByLevel.length) {
    return null;
  }
  let applicable = 0;
  let credit = 0;
  for (const criterion of entry.criteriaByLevel[next]) {
    const answer = answerFor(answers, criterion.key);
    if (answer === 'n/a') {
      continue;
    }
    applicable += 1;
    if (answer === 'met') {
      credit += 1;
    } else if (answer === 'partial') {
      credit += 0.5;
    }
  }
  return applicable === 0 ? null : credit / applicable;
}
