/**
 * Rules 1, 2 and 5 of docs/scoring.md: which levels the answers attain, the computed level,
 * the perspective levels, and progress towards the next level.
 */
import type { Answer } from '../model/schema';
import type { CapabilityIndex } from '../model/modelIndex';

/** A response's answers, keyed by criterion key. */
export type Answers = Readonly<Record<string, Answer>>;

/** The answer to a criterion, or undefined when unanswered (which counts as not met). */
export function answerFor(answers: Answers, criterionKey: string): Answer | undefined {
  // One lookup, no hasOwnProperty: this is the hottest line in scoring. A key such as
  // "constructor" that falls through to Object.prototype finds a function, never a string.
  const answer: unknown = answers[criterionKey];
  return typeof answer === 'string' ? (answer as Answer) : undefined;
}

/** The levels the answers alone give a capability (rule 2). */
export interface AnswerLevels {
  computedLevel: number;
  perspectiveLevels: Record<string, number>;
}

/**
 * Rules 1 and 2 in one pass over the criteria. A level is attained when it has criteria and
 * every one is met or n/a (rule 1), and the computed level counts attained levels upward from
 * 2 without a break (rule 2). Up to the highest attainable level every level has criteria, so
 * the run ends exactly at the lowest level holding a criterion that is neither met nor n/a:
 * the computed level is one below it. Perspective levels apply the same rule to each
 * perspective's criteria alone; a level where the perspective has no criteria cannot end its
 * run, which is the rule's "passing over". The lowest perspective level is therefore the
 * computed level, and the others show which perspectives hold it back.
 */
export function answerLevels(entry: CapabilityIndex, answers: Answers): AnswerLevels {
  const top = entry.highestAttainableLevel;
  const firstGap = entry.perspectives.map(() => top + 1);
  let overallGap = top + 1;
  const { criteria, levels, perspectiveSlots } = entry.ladder;
  for (let i = 0; i < criteria.length; i += 1) {
    const answer = answerFor(answers, criteria[i].key);
    if (answer === 'met' || answer === 'n/a') {
      continue;
    }
    const level = levels[i];
    const slot = perspectiveSlots[i];
    if (level < firstGap[slot]) {
      firstGap[slot] = level;
    }
    if (level < overallGap) {
      overallGap = level;
    }
  }
  const perspectiveLevels: Record<string, number> = {};
  entry.perspectives.forEach((perspective, slot) => {
    perspectiveLevels[perspective] = firstGap[slot] - 1;
  });
  return { computedLevel: overallGap - 1, perspectiveLevels };
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
