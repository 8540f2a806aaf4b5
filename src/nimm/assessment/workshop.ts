/**
 * Workshop mode: each participant scores every perspective of a capability on their own before
 * the team discusses it, so the loudest voice does not set the level. This works out, per
 * perspective, how far apart the scores are, flags the perspectives worth discussing, and
 * suggests a starting point for consensus. The team still agrees the level; this only helps the
 * facilitator see where to start.
 */
import { NimmError } from '../errors';

/** One participant's scores: perspective key to a level, or null where they did not score it. */
export interface ParticipantScores {
  participant: string;
  scores: Readonly<Record<string, number | null | undefined>>;
}

/** Participants whose scores differ by this many levels or more should talk it through. */
export const DISCUSSION_SPREAD = 2;

/** How the participants scored one perspective. Figures are null when nobody scored it. */
export interface PerspectiveSpread {
  perspective: string;
  /** How many participants scored it. */
  scored: number;
  lowest: number | null;
  highest: number | null;
  /** The middle score; with an even number of scores, the mean of the middle two (so 2.5 is possible). */
  median: number | null;
  /** highest - lowest. */
  spread: number | null;
  /** Who gave the lowest and the highest scores, in the order given: the facilitator asks them first. */
  lowestBy: string[];
  highestBy: string[];
  /** True when the spread is DISCUSSION_SPREAD or more: the facilitator's prompt for discussion. */
  discuss: boolean;
  /** The median rounded down: a cautious starting point, since a level is a claim that must hold. */
  suggestedConsensus: number | null;
}

/** The spread of every perspective, and the ones to discuss. */
export interface WorkshopSpread {
  perspectives: PerspectiveSpread[];
  /** Keys of the perspectives flagged for discussion, in the same order. */
  toDiscuss: string[];
}

/** Options for perspectiveSpread. */
export interface SpreadOptions {
  /**
   * The perspectives to report, in this order (say, the model's perspectives with criteria in
   * the capability); each is reported even if nobody scored it. Without it: every perspective
   * anyone scored, in the order first met.
   */
  perspectives?: readonly string[];
  /** The highest level a score may be; 5 unless the model has another number of levels. */
  topLevel?: number;
}

function median(sorted: readonly number[]): number {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Per perspective: the lowest, highest and median score, the spread, who scored lowest and
 * highest, whether to discuss it, and a suggested consensus. Null scores (a participant who
 * did not score a perspective) are left out. A score that is not a whole number from 1 to the
 * top level is a mistake in the caller and throws, rather than quietly skewing the figures.
 */
export function perspectiveSpread(participants: readonly ParticipantScores[], options: SpreadOptions = {}): WorkshopSpread {
  const topLevel = options.topLevel ?? 5;
  const order: string[] = options.perspectives ? options.perspectives.filter((p, i, all) => all.indexOf(p) === i) : [];
  const scoresByPerspective = new Map<string, Array<{ participant: string; level: number }>>();
  for (const perspective of order) {
    scoresByPerspective.set(perspective, []);
  }
  for (const { participant, scores } of participants) {
    for (const perspective of Object.keys(scores)) {
      const level = scores[perspective];
      if (level === null || level === undefined) {
        continue;
      }
      if (typeof level !== 'number' || !Number.isInteger(level) || level < 1 || level > topLevel) {
        throw new NimmError('level-out-of-range', `${participant}'s score for '${perspective}' must be a whole number from 1 to ${topLevel}, not ${String(level)}.`);
      }
      let list = scoresByPerspective.get(perspective);
      if (list === undefined) {
        if (options.perspectives) {
          continue; // not asked for
        }
        list = [];
        scoresByPerspective.set(perspective, list);
        order.push(perspective);
      }
      list.push({ participant, level });
    }
  }

  const perspectives = order.map((perspective): PerspectiveSpread => {
    const given = scoresByPerspective.get(perspective) ?? [];
    if (given.length === 0) {
      return { perspective, scored: 0, lowest: null, highest: null, median: null, spread: null, lowestBy: [], highestBy: [], discuss: false, suggestedConsensus: null };
    }
    const sorted = given.map((g) => g.level).sort((a, b) => a - b);
    const lowest = sorted[0];
    const highest = sorted[sorted.length - 1];
    const middle = median(sorted);
    return {
      perspective,
      scored: given.length,
      lowest,
      highest,
      median: middle,
      spread: highest - lowest,
      lowestBy: given.filter((g) => g.level === lowest).map((g) => g.participant),
      highestBy: given.filter((g) => g.level === highest).map((g) => g.participant),
      discuss: highest - lowest >= DISCUSSION_SPREAD,
      suggestedConsensus: Math.floor(middle)
    };
  });
  return { perspectives, toDiscuss: perspectives.filter((p) => p.discuss).map((p) => p.perspective) };
}
