/**
 * `POST _api/$batch`: OData v3 multipart/mixed as PnPjs 4 writes it (GETs as top-level parts,
 * consecutive writes in `changeset_` parts, `\n` line endings, absolute part URLs), answered
 * with FLAT `--batchresponse_<guid>` parts (no nested changeset responses), which is what SPO
 * returns and all PnPjs's `parseResponse` accepts.
 *
 * Each part runs as its own request as the same user. Writes are not rolled back when a later
 * part fails (SharePoint does not either). SPO's quirk of failing every later part of a changeset
 * after an exception (pnp/pnpjs#1275) is not imitated.
 */
import { randomUUID } from 'crypto';
import { errors } from './errors';
import { SimRequest, SimResponse } from './request';

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

/** Runs a parsed batch through `exec`, one part after another. */
export async function runBatch(
  outer: SimRequest,
  exec: (part: SimRequest) => Promise<SimResponse>
): Promise<{ response: SimResponse; parts: number }> {
  const raw = parseBatch(outer.headers['content-type'], outer.body.toString('utf8'));
  const responses: SimResponse[] = [];
  for (const p of raw) {
    const headers = { ...p.headers };
    const xMethod = headers['x-http-method'];
    const req: SimRequest = {
      method: (xMethod ?? p.method).toUpperCase(),
      url: new URL(p.url, outer.url),
      headers,
      body: Buffer.from(p.body, 'utf8'),
    };
    responses.push(await exec(req));
  }
  return { response: writeBatch(responses), parts: raw.length };
}
