/** A stored assessment and its responses as the domain engine reads an assessment. */
import type { Assessment, Model } from '../../nimm/model/schema';
import type { AssessmentSummary, StoredResponse } from '../types';

/**
 * The engine's assessment for a stored one: what scoring, explanations, dashboards and roadmaps
 * all start from. Workflow fields (owner, status, review) stay in the store's responses; the
 * engine needs only answers, agreed levels and whether a capability applies.
 */
export function domainAssessment(model: Model, assessment: AssessmentSummary, responses: readonly StoredResponse[]): Assessment {
  return {
    format: 'nimm-assessment',
    formatVersion: 1,
    model: { key: model.key, version: model.version },
    title: assessment.title,
    scope: assessment.scope,
    date: assessment.startDate ?? (assessment.created ? assessment.created.slice(0, 10) : '1970-01-01'),
    responses: responses.map((r) => ({ capability: r.capability, notApplicable: r.notApplicable, agreedLevel: r.agreedLevel, rationale: r.rationale, answers: r.answers }))
  };
}
