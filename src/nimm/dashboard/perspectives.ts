/**
 * Which perspectives pull each category down. Rule 2 of docs/scoring.md gives every capability
 * a level per perspective (strategy, security, technology, process, people): the lowest is the
 * computed level, and a perspective at that lowest level while another is higher is the one
 * holding the capability back. A category is pulled down by the perspectives that hold back its
 * assessed capabilities. Perspective levels come from the answers alone (agreed levels and
 * dependencies play no part), so they are compared with each other, never with the category's
 * level, which is an effective level.
 */
import { indexModel, ModelIndex } from '../model/modelIndex';
import type { Model } from '../model/schema';
import type { ScoreReport } from '../scoring/types';
import { rollUp } from '../scoring/rollUps';
import { rank } from './format';
import { reportPositions, scoreOf } from './reportRows';

/** An assessed capability that one perspective holds back. */
export interface PerspectiveHoldBack {
  capability: string;
  name: string;
  /** This perspective's level in the capability: the capability's lowest, its computed level. */
  level: number;
  /** The highest level another perspective of the capability reaches. */
  highestOther: number;
}

/** One perspective across one category's assessed capabilities. */
export interface CategoryPerspective {
  perspective: string;
  /** The model's name for it (its key when the model does not define it). */
  name: string;
  /** Assessed capabilities of the category with criteria in this perspective. */
  capabilities: number;
  /** The lowest of their levels for this perspective; null when none has criteria in it. */
  level: number | null;
  /** The mean of their levels for this perspective (for a radar chart); null when none has criteria in it. */
  score: number | null;
  /** The capabilities this perspective holds back: its level is their lowest and another perspective is higher. */
  holdsBack: PerspectiveHoldBack[];
  /** True when it holds back at least one of the category's assessed capabilities. */
  pullsDown: boolean;
}

/** The perspectives of one category. */
export interface CategoryPerspectives {
  category: string;
  name: string;
  /** Rule 6, for context: the category's level and score from effective levels. */
  level: number | null;
  score: number | null;
  /** Assessed capabilities in the category (those not assessed or not applicable are left out). */
  assessed: number;
  /** Every perspective of the model, in the model's order (then any the model does not define). */
  perspectives: CategoryPerspective[];
  /** The keys of the perspectives that pull it down: most capabilities held back first, then lowest mean, then model order. */
  pulledDownBy: string[];
  /** One sentence, e.g. "Technology holds back 2 of the 3 capabilities assessed; Process holds back 1." */
  sentence: string;
}

/** The perspectives of every category, in model order. */
export function perspectivesByCategory(model: Model, report: ScoreReport): CategoryPerspectives[] {
  const index = indexModel(model);
  const { states, effective } = reportPositions(index, report);
  const order = model.perspectives.map((p) => p.key);
  const result: CategoryPerspectives[] = [];
  index.capabilitiesByCategory.forEach((keys, categoryKey) => {
    const category = index.categoryByKey.get(categoryKey);
    const positions: number[] = [];
    const byPerspective = new Map<string, { levels: number[]; holdsBack: PerspectiveHoldBack[] }>();
    order.forEach((key) => byPerspective.set(key, { levels: [], holdsBack: [] }));
    keys.forEach((key, i) => {
      const entry = index.capabilityByKey.get(key);
      if (entry === undefined || keys.indexOf(key) !== i) {
        return;
      }
      positions.push(entry.position);
      const score = scoreOf(report, key);
      if (score.status !== 'assessed') {
        return;
      }
      addCapability(byPerspective, key, entry.capability.name, score.perspectiveLevels);
    });
    const perspectives = Array.from(byPerspective.keys())
      .sort((a, b) => rank(order, a) - rank(order, b))
      .map((key) => perspectiveFigures(index, key, byPerspective.get(key) as { levels: number[]; holdsBack: PerspectiveHoldBack[] }));
    const pulledDownBy = perspectives
      .filter((p) => p.pullsDown)
      .sort((a, b) => b.holdsBack.length - a.holdsBack.length || (a.score as number) - (b.score as number) || rank(order, a.perspective) - rank(order, b.perspective))
      .map((p) => p.perspective);
    const assessed = positions.filter((position) => states[position].status === 'assessed').length;
    result.push({
      category: categoryKey,
      name: category ? category.name : categoryKey,
      ...rollUp(positions, states, effective),
      assessed,
      perspectives,
      pulledDownBy,
      sentence: sentenceFor(perspectives, pulledDownBy, assessed)
    });
  });
  return result;
}

function addCapability(
  byPerspective: Map<string, { levels: number[]; holdsBack: PerspectiveHoldBack[] }>,
  key: string,
  name: string,
  levels: Record<string, number>
): void {
  const perspectives = Object.keys(levels);
  let lowest = Infinity;
  let highest = -Infinity;
  perspectives.forEach((p) => {
    lowest = Math.min(lowest, levels[p]);
    highest = Math.max(highest, levels[p]);
  });
  perspectives.forEach((p) => {
    let figures = byPerspective.get(p);
    if (figures === undefined) {
      figures = { levels: [], holdsBack: [] };
      byPerspective.set(p, figures);
    }
    figures.levels.push(levels[p]);
    if (levels[p] === lowest && highest > lowest) {
      figures.holdsBack.push({ capability: key, name, level: levels[p], highestOther: highest });
    }
  });
}

function perspectiveFigures(index: ModelIndex, key: string, figures: { levels: number[]; holdsBack: PerspectiveHoldBack[] }): CategoryPerspective {
  const definition = index.perspectiveByKey.get(key);
  const { levels, holdsBack } = figures;
  const total = levels.reduce((sum, level) => sum + level, 0);
  return {
    perspective: key,
    name: definition ? definition.name : key,
    capabilities: levels.length,
    level: levels.length === 0 ? null : Math.min.apply(null, levels),
    score: levels.length === 0 ? null : total / levels.length,
    holdsBack,
    pullsDown: holdsBack.length > 0
  };
}

function sentenceFor(perspectives: readonly CategoryPerspective[], pulledDownBy: readonly string[], assessed: number): string {
  if (assessed === 0) {
    return 'No capability in this category has been assessed, so there are no perspective levels to compare.';
  }
  if (pulledDownBy.length === 0) {
    return `No perspective holds back ${assessed === 1 ? 'the only capability' : `any of the ${assessed} capabilities`} assessed: in each, every perspective reaches the same level.`;
  }
  const pulling = pulledDownBy.map((key) => perspectives.filter((p) => p.perspective === key)[0]);
  if (assessed === 1) {
    // Perspective names contain "and", so they are not joined with "and": each gets its own clause.
    return `${pulling.map((p, i) => (i === 0 ? `${p.name} holds back the only capability assessed` : `so does ${p.name}`)).join('; ')}.`;
  }
  const parts = pulling.map((p, i) => `${p.name} holds back ${p.holdsBack.length}${i === 0 ? ` of the ${assessed} capabilities assessed` : ''}`);
  return `${parts.join('; ')}.`;
}
