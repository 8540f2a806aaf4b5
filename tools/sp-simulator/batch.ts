/**
 * `POST _api/$batch`: OData v3 multipart/mixed as PnPjs 4 writes it (GETs as top-level parts,
 * consecutive writes in `changeset_` parts, `\n` line endings, absolute part URLs), answered
 * with FLAT `--batchresponse_<guid>` parts (no nested changeset responses), which is what SPO
 * returns and all PnPjs's `parseResponse` accepts.
 *
 * Each part runs as its own request as the same user. Writes are not rolled back when a later
 * part fails (SharePoint does not either: "Make batch requests with the REST APIs",
 * https://learn.microsoft.com/sharepoint/dev/sp-add-ins/make-batch-requests-with-the-rest-apis).
 *
 * SharePoint Online's behaviour after a failed part is imitated by default: once a part has
 * failed (status >= 400), no later part runs and each is answered 500
 * `-1, System.IndexOutOfRangeException` "Index was outside the bounds of the array.", as reported
 * in pnp/pnpjs#486 (a 404 DELETE in a changeset, then 500s) and pnp/pnpjs#1275 (plain GETs after
 * a failed GET, "all subsequent requests are resolved as failed"). `continueAfterFailure` (the
 * simulator's `batchContinuesAfterFailure` option) runs every part instead.
 *
 * Size: at most MAX_BATCH_OPERATIONS requests in one batch (see there); the request-body limit of
 * 1 MiB is applied to the whole `$batch` body by the simulator before it gets here.
 */
import { randomUUID } from 'crypto';
import { errors, SpError } from './errors';
import { contentType, errorBody, formatFromAccept } from './odata/format';
import { SimRequest, SimResponse } from './request';

/**
 * The most requests one `$batch` may carry. SharePoint's REST service reads batches with
 * Microsoft.Data.OData, whose default quota is 100 top-level parts per batch
 * (ODataMessageQuotas.MaxPartsPerBatch, https://learn.microsoft.com/previous-versions/hh919098(v=vs.113);
 * DefaultMaxPartsPerBatch = 100 in the library's constants), and PnP reports SharePoint Online's
 * REST batching as capped at 100 requests (pnp/pnpcore#284; maintainers in pnp/pnpjs#3207). OData
 * counts a changeset as one part; the simulator counts every request, changesets flattened, which
 * is the stricter reading PnP Core builds on, so a test cannot pass here with a batch SharePoint
 * might refuse.
 */
export const MAX_BATCH_OPERATIONS = 100;

/**
 * Too many requests in one batch: refused as a whole. The wording is Microsoft.Data.OData's
 * ODataBatchReader_MaxBatchSizeExceeded text; the status (400) and the code (SharePoint wraps
 * OData reader errors as InvalidClientQueryException, as seen for the 1 MiB limit in
 * pnp/pnpjs#2980) are guesses.
 */
function tooManyParts(): SpError {
  return errors.badQuery(
    `The current batch message contains too many parts. A maximum number of '${MAX_BATCH_OPERATIONS}' query operations and change sets are allowed in a batch message.`
  );
}

/** What SharePoint Online answers for every part after a failed one (pnp/pnpjs#486, #1275). */
export function afterFailureResponse(part: SimRequest): SimResponse {
  const fmt = formatFromAccept(part.headers.accept);
  const err = new SpError(500, '-1, System.IndexOutOfRangeException', 'Index was outside the bounds of the array.');
  return { status: 500, headers: { 'content-type': contentType(fmt) }, body: JSON.stringify(errorBody(err, fmt)) };
}

interface RawPart {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

const REASONS: Record<number, string> = {
  200: 'OK', 201: 'Created', 204: 'No Content', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden',
  404: 'Not Found', 405: 'Method Not Allowed', 409: 'Conflict', 412: 'Precondition Failed', 429: 'Too Many Requests',
  500: 'Internal Server Error', 503: 'Service Unavailable',
};

export function reason(status: number): string {
  return REASONS[status] ?? 'Unknown';
}

function boundaryOf(contentType: string | undefined): string | null {
  const m = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? '');
  return m ? m[1] ?? m[2] : null;
}

/** Splits lines into the blocks between `--boundary` markers, up to `--boundary--`. */
function blocks(lines: string[], boundary: string): string[][] {
  const out: string[][] = [];
  let current: string[] | null = null;
  for (const line of lines) {
    const t = line.trimEnd();
    if (t === `--${boundary}--`) break;
    if (t === `--${boundary}`) {
      current = [];
      out.push(current);
    } else if (current) current.push(line);
  }
  return out;
}

function headerBlock(lines: string[], from: number): [Record<string, string>, number] {
  const headers: Record<string, string> = {};
  let i = from;
  for (; i < lines.length && lines[i].trim() !== ''; i++) {
    const c = lines[i].indexOf(':');
    if (c > 0) headers[lines[i].slice(0, c).trim().toLowerCase()] = lines[i].slice(c + 1).trim();
  }
  return [headers, i + 1];
}

function httpPart(block: string[]): RawPart {
  const [, start] = headerBlock(block, 0);
  const m = /^([A-Z]+)\s+(\S+)\s+HTTP\/\d\.\d$/i.exec((block[start] ?? '').trim());
  if (!m) throw errors.badQuery('The batch request part has no valid request line.');
  const [headers, bodyStart] = headerBlock(block, start + 1);
  const bodyLines = block.slice(bodyStart);
  while (bodyLines.length && bodyLines[bodyLines.length - 1].trim() === '') bodyLines.pop();
  return { method: m[1].toUpperCase(), url: m[2], headers, body: bodyLines.join('\n') };
}

/** Reads every request in a batch body, changesets flattened in order. */
export function parseBatch(contentType: string | undefined, body: string): RawPart[] {
  const boundary = boundaryOf(contentType);
  if (!boundary) throw errors.badQuery('The Content-Type of a $batch request must be multipart/mixed with a boundary.');
  const lines = body.split(/\r?\n/);
  const parts: RawPart[] = [];
  for (const block of blocks(lines, boundary)) {
    const [headers, rest] = headerBlock(block, 0);
    const inner = /multipart\/mixed/i.test(headers['content-type'] ?? '') ? boundaryOf(headers['content-type']) : null;
    if (inner) for (const b of blocks(block.slice(rest), inner)) parts.push(httpPart(b));
    else parts.push(httpPart(block));
  }
  return parts;
}

/** Writes the responses as flat parts, ending with the closing boundary and one newline. */
export function writeBatch(responses: SimResponse[]): SimResponse {
  const id = `batchresponse_${randomUUID()}`;
  const out: string[] = [];
  for (const r of responses) {
    out.push(`--${id}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '');
    // `\n` only: PnPjs splits on "\n", and a trailing "\r" in the status text would make fetch's Response throw.
    out.push(`HTTP/1.1 ${r.status} ${reason(r.status)}`);
    for (const [k, v] of Object.entries(r.headers)) out.push(`${k.toUpperCase()}: ${v}`);
    out.push('');
    const body = Buffer.isBuffer(r.body) ? r.body.toString('utf8') : r.body;
    if (body !== '') out.push(body);
  }
  out.push(`--${id}--`, '');
  return { status: 200, headers: { 'content-type': `multipart/mixed; boundary=${id}` }, body: out.join('\n') };
}

export interface BatchOptions {
  /** Run every part even after one has failed (SharePoint Online does not: see the top of this file). */
  continueAfterFailure: boolean;
}

/**
 * Runs a parsed batch through `exec`, one part after another. A batch with more than
 * MAX_BATCH_OPERATIONS requests throws before any part runs.
 */
export async function runBatch(
  outer: SimRequest,
  exec: (part: SimRequest) => Promise<SimResponse>,
  options: BatchOptions = { continueAfterFailure: false }
): Promise<{ response: SimResponse; parts: number }> {
  const raw = parseBatch(outer.headers['content-type'], outer.body.toString('utf8'));
  if (raw.length > MAX_BATCH_OPERATIONS) throw tooManyParts();
  const responses: SimResponse[] = [];
  let failed = false;
  for (const p of raw) {
    const headers = { ...p.headers };
    const xMethod = headers['x-http-method'];
    const req: SimRequest = {
      method: (xMethod ?? p.method).toUpperCase(),
      url: new URL(p.url, outer.url),
      headers,
      body: Buffer.from(p.body, 'utf8'),
    };
    if (failed && !options.continueAfterFailure) {
      // Not executed: a write after the failure changes nothing, as in SharePoint Online.
      responses.push(afterFailureResponse(req));
      continue;
    }
    const r = await exec(req);
    if (r.status >= 400) failed = true;
    responses.push(r);
  }
  return { response: writeBatch(responses), parts: raw.length };
}
