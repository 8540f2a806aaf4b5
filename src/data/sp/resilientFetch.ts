/**
 * How the store sends requests: PnPjs's BrowserFetchWithRetry, made fit for people editing live.
 *
 * - Throttling (429) and "server busy" (503, 504) are retried, 3 attempts in all, waiting as
 *   SharePoint's Retry-After asks (Microsoft, "Avoid getting throttled or blocked in SharePoint
 *   Online": honour Retry-After). But SharePoint Online can ask a client to wait minutes, and a
 *   page that waits that long looks broken. When the wait asked for is longer than
 *   `maxWaitSeconds`, the answer is handed back at once: the caller gets a StoreError 'throttled'
 *   carrying the wait (toStoreError reads Retry-After), keeps the user's draft, says so, and
 *   sends it later.
 * - An expired or invalidated form digest makes SharePoint refuse a write with 403 and code
 *   -2130575251 ("The security validation for this page is invalid"), which is not a lack of
 *   rights. The write is retried once with a fresh digest from `_api/contextinfo`, and that
 *   digest is used for later writes to the same web. PnPjs's own digest cache is private to its
 *   RequestDigest behaviour, so a header set here (in the pre moment, before RequestDigest looks
 *   in the auth moment) takes its place.
 */
import type { Queryable } from '@pnp/queryable';
import type { SPFI } from './pnp';

/** Options of the store's request sending. */
export interface ResilienceOptions {
  /** Attempts in all for a throttled or busy answer (PnPjs's default: 3). */
  attempts?: number;
  /** Wait before the second attempt when SharePoint sends no Retry-After, doubled each time (ms). */
  firstWaitMs?: number;
  /** The longest wait a request sits through; a longer Retry-After is handed back to the caller. */
  maxWaitSeconds?: number;
}

/** The defaults: a user waits a few seconds at most before hearing that their edit will wait. */
export const DEFAULT_RESILIENCE: Required<ResilienceOptions> = { attempts: 3, firstWaitMs: 200, maxWaitSeconds: 5 };

/** SharePoint's error code for a form digest it no longer accepts. */
const SECURITY_VALIDATION_CODE = '-2130575251';

interface Digest {
  value: string;
  expires: number;
}

/** Fresh digests fetched after a refusal, per web URL, shared by every store on the page. */
const freshDigests = new Map<string, Digest>();

/** The seconds a Retry-After header asks for (delta-seconds or an HTTP date); null when absent or unreadable. */
export function retryAfterSeconds(headers: Headers): number | null {
  const raw = headers.get('Retry-After');
  if (raw === null || raw.trim() === '') return null;
  if (/^\d+$/.test(raw.trim())) return Number(raw.trim());
  const when = Date.parse(raw);
  return Number.isNaN(when) ? null : Math.max(0, Math.ceil((when - Date.now()) / 1000));
}

function webUrlOf(url: string): string | null {
  const at = url.search(/\/_api(\/|$)/i);
  return at < 0 ? null : url.slice(0, at);
}

function isWrite(init: RequestInit): boolean {
  return (init.method ?? 'GET').toUpperCase() !== 'GET';
}

function headersOf(init: RequestInit): Record<string, string> {
  return (init.headers ?? {}) as Record<string, string>;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function isStaleDigest(response: Response): Promise<boolean> {
  if (response.status !== 403) return false;
  const text = await response.clone().text().catch(() => '');
  return text.includes(SECURITY_VALIDATION_CODE);
}

/** Asks the web for a new digest, sending the same credentials and headers the request had. */
async function fetchDigest(webUrl: string, init: RequestInit): Promise<Digest | null> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(headersOf(init))) {
    if (!/^(x-requestdigest|content-type|content-length|if-match|x-http-method)$/i.test(name)) headers[name] = value;
  }
  headers.Accept = 'application/json';
  const response = await fetch(`${webUrl}/_api/contextinfo`, { method: 'POST', headers, credentials: init.credentials, cache: 'no-cache' });
  if (!response.ok) return null;
  const info = (await response.json()) as { FormDigestValue?: string; FormDigestTimeoutSeconds?: number };
  if (typeof info.FormDigestValue !== 'string') return null;
  // Renewed a little before SharePoint's own timeout, as PnPjs does.
  const seconds = Math.max(60, (info.FormDigestTimeoutSeconds ?? 1800) - 15);
  const digest = { value: info.FormDigestValue, expires: Date.now() + seconds * 1000 };
  freshDigests.set(webUrl.toLowerCase(), digest);
  return digest;
}

/** The PnPjs behaviour; see the file comment. */
export function ResilientFetch(options: ResilienceOptions = {}): (instance: Queryable) => Queryable {
  const { attempts, firstWaitMs, maxWaitSeconds } = { ...DEFAULT_RESILIENCE, ...options };
  return (instance: Queryable) => {
    instance.on.pre(async function (url: string, init: RequestInit, result: unknown) {
      const web = webUrlOf(url);
      const fresh = web ? freshDigests.get(web.toLowerCase()) : undefined;
      const headers = headersOf(init);
      if (fresh && fresh.expires > Date.now() && isWrite(init) && !Object.keys(headers).some((h) => /^x-requestdigest$/i.test(h))) {
        init.headers = { ...headers, 'X-RequestDigest': fresh.value };
      }
      return [url, init, result];
    });

    instance.on.send.replace(async function (url: URL, init: RequestInit) {
      let wait = firstWaitMs;
      let digestRenewed = false;
      for (let attempt = 1; ; attempt++) {
        let response: Response;
        try {
          response = await fetch(url.toString(), init);
        } catch (error) {
          // A dropped connection is retried like a busy server; a cancelled request is not.
          if (/AbortError/.test((error as Error)?.name ?? '') || attempt >= attempts) throw error;
          await sleep(wait);
          wait *= 2;
          continue;
        }
        if (!digestRenewed && isWrite(init) && (await isStaleDigest(response))) {
          const web = webUrlOf(url.toString());
          const digest = web ? await fetchDigest(web, init).catch(() => null) : null;
          if (digest === null) return response;
          digestRenewed = true;
          init.headers = { ...Object.fromEntries(Object.entries(headersOf(init)).filter(([h]) => !/^x-requestdigest$/i.test(h))), 'X-RequestDigest': digest.value };
          attempt--;
          continue;
        }
        if (response.status !== 429 && response.status !== 503 && response.status !== 504) return response;
        if (attempt >= attempts) return response;
        const asked = retryAfterSeconds(response.headers);
        if (asked !== null && asked > maxWaitSeconds) return response;
        await sleep(asked !== null ? asked * 1000 : wait);
        wait *= 2;
      }
    });
    return instance;
  };
}

/** The SPFI the store works through: the caller's, with ResilientFetch in place of PnPjs's retry. */
export function resilient(sp: SPFI, options: ResilienceOptions = {}): SPFI {
  return sp.using(ResilientFetch(options));
}

/** Forgets digests fetched after a refusal (tests start each site afresh). */
export function forgetFreshDigests(): void {
  freshDigests.clear();
}
