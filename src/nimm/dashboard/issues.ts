/**
 * How the dashboard reports what it had to work round. A dashboard shows whatever data a trust
 * has, which is often partial or older than the model (an assessment made against last year's
 * version, a profile naming a capability since removed), so its functions never throw on data:
 * they carry on and say, in a sentence, what they left out or counted differently.
 */
import type { ModelIndex } from '../model/modelIndex';
import type { Assessment } from '../model/schema';

/** Something the dashboard worked round, in a plain UK English sentence fit to show as is. */
export interface DashboardIssue {
  /** What it is about: a capability, profile or criterion key, or a financial year; null for the whole. */
  subject: string | null;
  /** The sentence, naming the key(s) concerned. */
  message: string;
}

/**
 * What in an assessment the model cannot place, one sentence per capability rather than per
 * answer: a different model or version, responses for capabilities the model does not have, and
 * answers to criteria it no longer has (scoring ignores all of these). validateAssessment gives
 * the full list with JSON paths; this is the dashboard's summary of it.
 */
export function assessmentIssues(index: ModelIndex, assessment: Assessment): DashboardIssue[] {
  const model = index.model;
  const issues: DashboardIssue[] = [];
  const reference = assessment.model;
  if (reference !== undefined && reference !== null) {
    if (reference.key !== model.key) {
      issues.push({
        subject: null,
        message: `The assessment '${assessment.title}' was made for model '${reference.key}' but is shown against model '${model.key}': capabilities are matched by key.`
      });
    } else if (reference.version !== model.version) {
      issues.push({
        subject: null,
        message: `The assessment '${assessment.title}' was made for version ${reference.version} of the model and is shown against version ${model.version}: answers to criteria the model no longer has are ignored.`
      });
    }
  }
  for (const response of assessment.responses) {
    const key = response.capability;
    if (!index.capabilityByKey.has(key)) {
      issues.push({ subject: key, message: `The assessment has a response for '${key}', which is not in model '${model.key}' version ${model.version}; it is left out.` });
      continue;
    }
    const stray = Object.keys(response.answers ?? {}).filter((criterion) => {
      const location = index.criterionByKey.get(criterion);
      return location === undefined || location.capability !== key;
    });
    if (stray.length > 0) {
      issues.push({
        subject: key,
        message: `${stray.length === 1 ? '1 answer' : `${stray.length} answers`} for '${key}' ${stray.length === 1 ? 'is' : 'are'} to criteria this capability does not have in model version ${model.version} (${stray.join(', ')}); ${stray.length === 1 ? 'it is' : 'they are'} ignored.`
      });
    }
  }
  return issues;
}
