/**
 * The simulator's own request/response records. An HTTP request and each part of a `$batch`
 * become a SimRequest, so both go through exactly the same handlers.
 */
import { errors } from './errors';

export interface SimRequest {
  /** Effective method: `X-HTTP-Method` wins over the HTTP verb (SharePoint's verb tunnelling). */
  method: string;
  url: URL;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  body: Buffer;
}

export interface SimResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer | string;
}

/** A value inside a path segment's parentheses: `'text'`, `12`, `true`, `guid'…'`. */
export type PathLiteral = string | number | boolean | null;

export interface Segment {
  name: string;
  lower: string;
  /** Positional arguments: `items(3)` → [3]. */
  args: PathLiteral[];
  /** Named arguments by lower-cased name: `AddUsingPath(decodedurl='a',Overwrite=true)`. */
  named: Record<string, PathLiteral>;
  /** The segment as written (decoded), for error messages. */
  text: string;
}

/** Splits on `sep` outside single-quoted strings and parentheses. */
function splitOutside(s: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "'") quoted = !quoted; // a doubled '' flips twice, which is what we want
    else if (!quoted && c === '(') depth++;
    else if (!quoted && c === ')') depth--;
    else if (!quoted && depth === 0 && c === sep) {
      parts.push(s.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(s.slice(start));
  return parts;
}

function parseLiteral(raw: string, query: URLSearchParams): PathLiteral {
  const v = raw.trim();
  if (v.startsWith('@')) {
    const aliased = query.get(v);
    if (aliased === null) throw errors.badQuery(`The parameter alias '${v}' has no value.`);
    return parseLiteral(aliased, query);
  }
  const quoted = /^(?:guid|datetime)?'([\s\S]*)'$/i.exec(v);
  if (quoted) return quoted[1].replace(/''/g, "'");
  if (/^true$/i.test(v)) return true;
  if (/^false$/i.test(v)) return false;
  if (/^null$/i.test(v)) return null;
  if (/^-?\d+(\.\d+)?$/.test(v)) return Number(v);
  return v;
}

function parseSegment(text: string, query: URLSearchParams): Segment {
  const open = text.indexOf('(');
  const name = open < 0 ? text : text.slice(0, open);
  const seg: Segment = { name, lower: name.toLowerCase(), args: [], named: {}, text };
  if (open < 0) return seg;
  if (!text.endsWith(')')) throw errors.invalidExpression(text);
  const inner = text.slice(open + 1, -1);
  if (inner.trim() === '') return seg;
  for (const part of splitOutside(inner, ',')) {
    const eq = /^\s*([A-Za-z_][\w]*)\s*=(?!=)([\s\S]*)$/.exec(part);
    if (eq && !part.trim().startsWith("'")) seg.named[eq[1].toLowerCase()] = parseLiteral(eq[2], query);
    else seg.args.push(parseLiteral(part, query));
  }
  return seg;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Parses the part of a path after `/_api/` into segments, e.g. `web/lists/getByTitle('A')/items(3)`. */
export function parseApiPath(apiPath: string, query: URLSearchParams): Segment[] {
  const decoded = safeDecode(apiPath);
  return splitOutside(decoded, '/')
    .filter((s) => s !== '')
    .map((s) => parseSegment(s, query));
}

/** The first argument of a segment, positional or named (`decodedUrl=…`), as text. */
export function firstArg(seg: Segment): string {
  const v = seg.args.length ? seg.args[0] : Object.values(seg.named)[0];
  if (v === undefined || v === null) throw errors.invalidExpression(seg.text);
  return String(v);
}

/** Parses a JSON request body; SharePoint answers malformed JSON with 400. */
export function jsonBody(req: SimRequest): Record<string, unknown> {
  const text = req.body.toString('utf8').trim();
  if (text === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw errors.invalidJson(`A token was not recognized in the JSON content. (${(e as Error).message})`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw errors.invalidJson('The request body must be a JSON object.');
  }
  return stripVerbose(parsed as Record<string, unknown>);
}

/** Verbose bodies carry `__metadata` and wrap collections as `{results:[…]}`: normalise both away. */
function stripVerbose(o: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (k === '__metadata' || k.includes('@odata.')) continue;
    if (v && typeof v === 'object' && !Array.isArray(v) && Array.isArray((v as { results?: unknown }).results)) {
      out[k] = (v as { results: unknown[] }).results;
    } else {
      out[k] = v;
    }
  }
  return out;
}
