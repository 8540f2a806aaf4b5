/**
 * How a response counts. A capability is "assessed" only when the team has said something
 * about it: an empty response (an assessment round creates one per capability up front) must
 * not drag roll-ups down to level 1 as if the team had answered "not met" throughout.
 */
import type { Assessment, Response } from '../model/schema';

/** Whether a capability's levels count in roll-ups (see docs/scoring.md). */
export type CapabilityStatus = 'assessed' | 'not-assessed' | 'not-applicable';

/**
 * The status of a capability given its response: not applicable when the team said so;
 * assessed when there is at least one answer or an agreed level; otherwise not assessed.
 */
export function responseStatus(response: Response | undefined): CapabilityStatus {
  if (response === undefined) {
    return 'not-assessed';
  }
  if (response.notApplicable) {
    return 'not-applicable';
  }
  const hasAgreedLevel = response.agreedLevel !== null && response.agreedLevel !== undefined;
  return hasAgreedLevel || hasAnswers(response.answers) ? 'assessed' : 'not-assessed';
}

/** True when at least one criterion is answered; stops at the first, unlike Object.keys. */
function hasAnswers(answers: Response['answers']): boolean {
  for (const key in answers) {
    if (Object.prototype.hasOwnProperty.call(answers, key)) {
      return true;
    }
  }
  return false;
}

/** Responses by capability key; where an (invalid) assessment has two, the first wins. */
export function responsesByCapability(assessment: Assessment): Map<string, Response> {
  const map = new Map<string, Response>();
  for (const response of assessment.responses) {
    if (!map.has(response.capability)) {
      map.set(response.capability, response);
    }
  }
  return map;
}
