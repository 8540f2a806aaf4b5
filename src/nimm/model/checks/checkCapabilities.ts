/** Checks each capability's category, level numbers and criteria perspectives. */
import { highestAttainableLevel } from '../capabilityFacts';
import type { ModelParts } from '../modelParts';
import type { ProblemList } from '../../validation/problems';

/**
 * Reports unknown categories and perspectives, capability levels outside 2..N or listed twice,
 * and warns about levels that answers can never attain (no criteria, or a gap below them).
 */
export function checkCapabilities(parts: ModelParts, list: ProblemList): void {
  const { categories, perspectives } = parts.knownKeys;
  for (const { value: capability, index } of parts.capabilities) {
    const name = `'${capability.key}'`;
    if (!categories.has(capability.category)) {
      list.problem(
        ['capabilities', index, 'category'],
        `Capability ${name} is in category '${capability.category}', which is not a category in this model.`
      );
    }
    const seen = new Set<number>();
    capability.levels.forEach((level, l) => {
      if (parts.topLevel !== undefined && level.level > parts.topLevel) {
        list.problem(
          ['capabilities', index, 'levels', l, 'level'],
          `Capability ${name} defines level ${level.level}, but the model's highest level is ${parts.topLevel}.`
        );
      }
      if (seen.has(level.level)) {
        list.problem(['capabilities', index, 'levels', l, 'level'], `Capability ${name} defines level ${level.level} more than once.`);
      }
      seen.add(level.level);
      if (level.criteria.length === 0) {
        list.warning(
          ['capabilities', index, 'levels', l, 'criteria'],
          `Capability ${name} level ${level.level} has no criteria, so answers can never attain it or any level above it.`
        );
      }
      level.criteria.forEach((criterion, c) => {
        if (!perspectives.has(criterion.perspective)) {
          list.problem(
            ['capabilities', index, 'levels', l, 'criteria', c, 'perspective'],
            `Criterion '${criterion.key}' is for perspective '${criterion.perspective}', which is not a perspective in this model.`
          );
        }
      });
    });
    const attainable = highestAttainableLevel(capability);
    if (!seen.has(attainable + 1) && Array.from(seen).some((level) => level > attainable + 1)) {
      list.warning(
        ['capabilities', index, 'levels'],
        `Capability ${name} lists no level ${attainable + 1}, so answers can take it no higher than level ${attainable}.`
      );
    }
  }
}
