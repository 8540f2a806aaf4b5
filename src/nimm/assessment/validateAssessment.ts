/**
 * Validates an assessment file: its shape and, given the model it is for, that every response
 * and answer fits that model. Like validateModel it reports everything at once and never throws.
 */
import { assessmentSchema, Assessment, Model, Response, responseSchema } from '../model/schema';
import { indexModel } from '../model/modelIndex';
import { repeatedKeys } from '../validation/keys';
import { Located, locateAll, parseEach, rawField } from '../validation/located';
import { formatPath, ProblemList, ValidationResult } from '../validation/problems';
import { DocumentFormat, validateDocument } from '../validation/validateDocument';

const ASSESSMENT_FORMAT: DocumentFormat<typeof assessmentSchema> = {
  name: 'nimm-assessment',
  noun: 'assessment',
  nounWithArticle: 'An assessment',
  schema: assessmentSchema
};

/**
 * Checks unknown input against the nimm-assessment format and, when a (valid) model is
 * given, against that model. A different model version is only a warning: answers keyed by
 * stable criterion keys mostly survive a new version, and the problems list the rest.
 */
export function validateAssessment(input: unknown, model?: Model): ValidationResult<Assessment> {
  return validateDocument(input, ASSESSMENT_FORMAT, (raw, assessment, list) => {
    const responses = assessment ? locateAll(assessment.responses) : parseEach(responseSchema, rawField(raw, 'responses'));
    checkDuplicateResponses(responses, list);
    if (model !== undefined && checkModelReference(raw, model, list)) {
      checkResponsesAgainstModel(responses, model, list);
    }
  });
}

function checkDuplicateResponses(responses: readonly Located<Response>[], list: ProblemList): void {
  for (const { value, index, firstIndex } of repeatedKeys(responses, (r) => r.capability)) {
    list.problem(
      ['responses', index, 'capability'],
      `There is more than one response for capability '${value.capability}' (the first is at ${formatPath(['responses', firstIndex])}).`
    );
  }
}

/** Checks the assessment names this model; returns false when the key differs, as further checks would only echo that. */
function checkModelReference(input: unknown, model: Model, list: ProblemList): boolean {
  const reference = rawField(input, 'model');
  const key = rawField(reference, 'key');
  const version = rawField(reference, 'version');
  if (typeof key === 'string' && key !== model.key) {
    list.problem(['model', 'key'], `This assessment was made for model '${key}', but the model given is '${model.key}'.`);
    return false;
  }
  if (typeof version === 'string' && version !== model.version) {
    list.warning(
      ['model', 'version'],
      `This assessment was made for version '${version}' of model '${model.key}', but the model given is version '${model.version}'; levels are worked out with the model given.`
    );
  }
  return true;
}

function checkResponsesAgainstModel(responses: readonly Located<Response>[], model: Model, list: ProblemList): void {
  const index = indexModel(model);
  for (const { value: response, index: r } of responses) {
    const subject = `Response for '${response.capability}'`;
    if (!index.capabilityByKey.has(response.capability)) {
      list.problem(['responses', r, 'capability'], `${subject} is for a capability that is not in model '${model.key}'.`);
      continue;
    }
    if (response.agreedLevel !== null && response.agreedLevel > index.topLevel) {
      list.problem(
        ['responses', r, 'agreedLevel'],
        `${subject} records an agreed level of ${response.agreedLevel}, but the model's highest level is ${index.topLevel}.`
      );
    }
    if (response.notApplicable && response.agreedLevel !== null) {
      list.warning(['responses', r, 'agreedLevel'], `${subject} is marked not applicable, so its agreed level is ignored.`);
    }
    for (const criterionKey of Object.keys(response.answers)) {
      const location = index.criterionByKey.get(criterionKey);
      const path = ['responses', r, 'answers', criterionKey];
      if (location === undefined) {
        list.problem(path, `${subject} answers criterion '${criterionKey}', which is not in model '${model.key}'.`);
      } else if (location.capability !== response.capability) {
        list.problem(path, `${subject} answers criterion '${criterionKey}', which belongs to capability '${location.capability}'.`);
      }
    }
  }
}
