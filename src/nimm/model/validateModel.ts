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
import type { ValidationResult } from '../validation/problems';
import { DocumentFormat, validateDocument } from '../validation/validateDocument';

const MODEL_FORMAT: DocumentFormat<typeof modelSchema> = {
  name: 'nimm-model',
  noun: 'model',
  nounWithArticle: 'A model',
  schema: modelSchema
};

/** Checks unknown input against the nimm-model format; on success `value` is the parsed model. */
export function validateModel(input: unknown): ValidationResult<Model> {
  return validateDocument(input, MODEL_FORMAT, (raw, model, list) => {
    const parts = model ? partsOfModel(model) : partsOfRawModel(raw);
    checkModelLevels(parts, list);
    checkUniqueKeys(parts, list);
    checkCapabilities(parts, list);
    checkDependencies(parts, list);
    checkProfiles(parts, list);
  });
}
