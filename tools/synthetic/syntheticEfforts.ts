/**
 * Synthetic step efforts for capacity-limited roadmaps (rule 10 of docs/scoring.md), for the
 * benchmark and tests: an effort for every step a model could have ("capability:level", levels
 * 2 up to the top). Mostly small pieces of work, now and then a step of effort 0 or a big one;
 * with a capacity of 10, about one step in fifty is bigger than a whole phase. Deterministic:
 * the same model and seed give the same efforts.
 */
import type { Model } from '../../src/nimm/model/schema';
import { seededRandom } from './random';

/** Efforts and how often each comes up (out of 100). */
const EFFORT_WEIGHTS: ReadonlyArray<[number, number]> = [
  [0, 5],
  [0.5, 10],
  [1, 25],
  [2, 25],
  [3, 15],
  [5, 12],
  [8, 6],
  [13, 2]
];

/** An effort for every possible step of the model, keyed "capability:level". */
export function syntheticEfforts(model: Model, seed: number): Record<string, number> {
  const random = seededRandom(seed);
  const top = model.levels.reduce((n, l) => Math.max(n, l.level), 1);
  const efforts: Record<string, number> = {};
  for (const capability of model.capabilities) {
    for (let level = 2; level <= top; level += 1) {
      let roll = random.integer(0, 99);
      let chosen = EFFORT_WEIGHTS[EFFORT_WEIGHTS.length - 1][0];
      for (const [effort, weight] of EFFORT_WEIGHTS) {
        if (roll < weight) {
          chosen = effort;
          break;
        }
        roll -= weight;
      }
      efforts[`${capability.key}:${level}`] = chosen;
    }
  }
  return efforts;
}
