/**
 * Validates a model file: its shape, then every cross-reference rule (docs/model-format.md),
 * reporting all problems at once. It never throws: whatever the input, the answer is a
 * ValidationResult, because a model maintainer needs a list to work through, not a crash.
 */
import { modelSchema, Model } from './schema';
import { partsOfModel, partsOfRawModel } from './modelParts';
import { checkModelLevels } from './checks/checkModelLevels';
import { checkUniqueKeys } from './checks/checkUniqueKeys';
import { checkCapabilities } from './checks/checkCapabilities';
import { checkDependencies } from './checks/checkDependencies';
import { checkProfiles } from './checks/checkProfiles';
import { describeTopLevel, ProblemList, ValidationResult } from '../validation/problems';
import { zodIssuesToProblems } from '../validation/zodProblems';
import { findUnknownFields } from '../validation/unknownFields';

/** Checks unknown input against the nimm-model format; on success `value` is the parsed model. */
export function validateModel(input: unknown): ValidationResult<Model> {
  const list = new ProblemList();
  try {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      list.problem([], `A model must be a JSON object, not ${describeTopLevel(input)}.`);
      return list.result<Model>(undefined);
    }
    const parsed = modelSchema.safeParse(input);
    if (!parsed.success) {
      list.problems.push(...zodIssuesToProblems(parsed.error.issues, input));
    }
    const parts = parsed.success ? partsOfModel(parsed.data) : partsOfRawModel(input);
    checkModelLevels(parts, list);
    checkUniqueKeys(parts, list);
    checkCapabilities(parts, list);
    checkDependencies(parts, list);
    checkProfiles(parts, list);
    list.warnings.push(...findUnknownFields(modelSchema, input, 'nimm-model'));
    return list.result(parsed.success ? parsed.data : undefined);
  } catch (error) {
    // Only reachable through a bug or a hostile input (a getter that throws, a cyclic object);
    // the promise of this function is an answer, never an exception.
    list.problem([], `The model could not be checked: ${error instanceof Error ? error.message : String(error)}.`);
    return list.result<Model>(undefined);
  }
}
