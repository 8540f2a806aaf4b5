/**
 * Switchable faults for reliability tests: added latency, 429 with Retry-After, 503. A fault
 * applies to `_api` requests whose `method + ' ' + path` matches, `count` times, then clears.
 */
import { FaultSpec } from './types';

export interface FaultDecision {
  latencyMs: number;
  status?: 429 | 503;
  retryAfterSeconds?: number;
}

export class FaultInjector {
  private fault: FaultSpec | null = null;
  private remaining = Infinity;

  set(f: FaultSpec | null): void {
    this.fault = f;
    this.remaining = f?.count ?? Infinity;
  }

  /** What to do to this request, or null to leave it alone; counts the use. */
  take(method: string, path: string): FaultDecision | null {
    const f = this.fault;
    if (!f || this.remaining <= 0) return null;
    if (f.match && !f.match.test(`${method} ${path}`)) return null;
    this.remaining--;
    if (this.remaining <= 0) this.fault = null;
    return { latencyMs: f.latencyMs ?? 0, status: f.status, retryAfterSeconds: f.retryAfterSeconds };
  }
}

export function faultBody(status: 429 | 503): unknown {
  // SharePoint Online's throttling body varies; clients are expected to act on the status and
  // Retry-After header only. This wording is a guess.
  const value = status === 429
    ? 'The request has been throttled. Please wait for the time indicated in the Retry-After header and try again.'
    : 'The service is temporarily unavailable. Please try again later.';
  return { 'odata.error': { code: `-2147024860, Microsoft.SharePoint.SPServerTooBusyException`, message: { lang: 'en-US', value } } };
}
