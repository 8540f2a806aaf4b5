/** Plain-text helpers of the assessment screens: no React, so each rule is easy to test. */
import type { ResponseStatus } from '../../data/types';
import { AssessmentStrings as strings } from '../../loc/strings';

/** A response status in words. */
export function statusText(status: ResponseStatus): string {
  const key = `Status_${status.replace(/-/g, '_')}` as keyof typeof strings;
  return strings[key] ?? status;
}
