/** Checks the model's own level list: each number once, numbered 1, 2, 3 ... in order. */
import type { ModelParts } from '../modelParts';
import type { ProblemList } from '../../validation/problems';

/** Reports duplicate level numbers and levels that are not numbered 1..N in order. */
export function checkModelLevels(parts: ModelParts, list: ProblemList): void {
  const seen = new Set<number>();
  let duplicated = false;
  for (const { value, index } of parts.levels) {
    if (seen.has(value.level)) {
      duplicated = true;
      list.problem(['levels', index, 'level'], `Model level ${value.level} is defined more than once.`);
    }
    seen.add(value.level);
  }
  // A gap is only worth reporting when every level was readable and none was repeated:
  // otherwise it is an echo of a problem already reported.
  if (duplicated || !parts.levelsComplete) {
    return;
  }
  for (let position = 0; position < parts.levels.length; position += 1) {
    const { value, index } = parts.levels[position];
    const expected = position + 1;
    if (value.level !== expected) {
      list.problem(
        ['levels', index, 'level'],
        `Model levels must be numbered 1, 2, 3 and so on, in order and without gaps; entry ${position} is level ${value.level} where level ${expected} was expected.`
      );
      return;
    }
  }
}
