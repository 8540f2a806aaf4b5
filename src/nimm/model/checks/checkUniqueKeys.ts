/** Checks that keys are unique: they are stable ids that answers, targets and dependencies point at. */
import { repeatedKeys } from '../../validation/keys';
import type { Located } from '../../validation/located';
import { formatPath, PathSegment, ProblemList } from '../../validation/problems';
import type { ModelParts } from '../modelParts';

/** Reports every repeated category, perspective, capability, profile and (model-wide) criterion key. */
export function checkUniqueKeys(parts: ModelParts, list: ProblemList): void {
  checkList('Category', 'categories', parts.categories, list);
  checkList('Perspective', 'perspectives', parts.perspectives, list);
  checkList('Capability', 'capabilities', parts.capabilities, list);
  checkList('Profile', 'profiles', parts.profiles, list);

  // Criterion keys are unique across the whole model, not just within a capability, because
  // an assessment's answers are keyed by criterion alone.
  const firstSeen = new Map<string, PathSegment[]>();
  for (const { value: capability, index } of parts.capabilities) {
    capability.levels.forEach((level, l) => {
      level.criteria.forEach((criterion, c) => {
        const path: PathSegment[] = ['capabilities', index, 'levels', l, 'criteria', c, 'key'];
        const first = firstSeen.get(criterion.key);
        if (first) {
          list.problem(
            path,
            `Criterion key '${criterion.key}' is used more than once; criterion keys must be unique across the whole model (first used at ${formatPath(first)}).`
          );
        } else {
          firstSeen.set(criterion.key, path);
        }
      });
    });
  }
}

function checkList(noun: string, field: string, items: readonly Located<{ key: string }>[], list: ProblemList): void {
  for (const { value, index, firstIndex } of repeatedKeys(items, (item) => item.key)) {
    list.problem(
      [field, index, 'key'],
      `${noun} key '${value.key}' is used more than once; keys must be unique (first used at ${formatPath([field, firstIndex])}).`
    );
  }
}
