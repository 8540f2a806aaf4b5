/** Checks dependencies: what they point at, the levels they name, and that they form no cycle. */
import { highestAttainableLevel, highestDefinedLevel } from '../capabilityFacts';
import { describeCycle, findDependencyCycles } from '../dependencyGraph';
import type { ModelParts } from '../modelParts';
import { firstByKey } from '../../validation/keys';
import type { ProblemList } from '../../validation/problems';

/**
 * Reports unknown required capabilities, dependencies on levels the capability does not define,
 * minimum levels the required capability cannot reach, and every dependency cycle.
 */
export function checkDependencies(parts: ModelParts, list: ProblemList): void {
  const byKey = firstByKey(parts.capabilities);

  for (const { value: capability, index } of parts.capabilities) {
    const defined = new Set(capability.levels.map((l) => l.level));
    capability.dependencies.forEach((dependency, d) => {
      const path = ['capabilities', index, 'dependencies', d];
      const subject = `Dependency of '${capability.key}' level ${dependency.level}`;
      if (!defined.has(dependency.level)) {
        list.problem(
          [...path, 'level'],
          `${subject} is attached to level ${dependency.level}, which '${capability.key}' does not define.`
        );
      }
      const required = byKey.get(dependency.requires);
      if (required === undefined) {
        // A capability whose own shape is wrong is still known: its problems are reported already.
        if (!parts.knownKeys.capabilities.has(dependency.requires)) {
          list.problem(
            [...path, 'requires'],
            `${subject} requires '${dependency.requires}', which is not a capability in this model.`
          );
        }
        return;
      }
      if (required === capability && dependency.minLevel < dependency.level) {
        list.warning(
          path,
          `${subject} requires '${capability.key}' itself at level ${dependency.minLevel}, which level ${dependency.level} builds on anyway; it has no effect.`
        );
        return;
      }
      const highest = highestDefinedLevel(required);
      const attainable = highestAttainableLevel(required);
      if (dependency.minLevel > highest) {
        list.problem(
          [...path, 'minLevel'],
          `${subject} requires '${dependency.requires}' at level ${dependency.minLevel}, but '${dependency.requires}' defines levels only up to ${highest}.`
        );
      } else if (dependency.minLevel > attainable) {
        list.warning(
          [...path, 'minLevel'],
          `${subject} requires '${dependency.requires}' at level ${dependency.minLevel}, but answers can take '${dependency.requires}' no higher than level ${attainable}.`
        );
      }
    });
  }

  checkCycles(parts, list);
}

function checkCycles(parts: ModelParts, list: ProblemList): void {
  const capabilities = parts.capabilities.map((c) => c.value);
  const topLevel = parts.topLevel ?? capabilities.reduce((top, c) => Math.max(top, highestDefinedLevel(c)), 2);
  for (const cycle of findDependencyCycles(capabilities, topLevel)) {
    const first = cycle.edges[0];
    const located = parts.capabilities[first.from.capability];
    list.problem(
      ['capabilities', located.index, 'dependencies', first.dependency as number],
      `Dependencies form a cycle, so none of these levels can ever count: ${describeCycle(cycle, capabilities)}.`
    );
  }
}
