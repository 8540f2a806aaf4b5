/**
 * OData system query options as SharePoint reads them. PnPjs builds the query string with
 * URLSearchParams, so `$` arrives as `%24` and spaces as `+`; URL.searchParams decodes both.
 */
import { errors } from '../errors';
import { FilterNode, parseFilter } from './filter';

/** $select names for this level, and the expanded navigation properties below it. */
export interface Projection {
  select: string[];
  expand: Map<string, Projection>;
}

export interface OrderKey {
  field: string;
  desc: boolean;
}

export interface ODataQuery {
  projection: Projection;
  filter: FilterNode | null;
  orderBy: OrderKey[];
  top: number | null;
  /** `Paged=TRUE&p_ID=12[&p_Field=value]` decoded into its parts. */
  skipToken: Record<string, string> | null;
}

const emptyProjection = (): Projection => ({ select: [], expand: new Map() });

function splitList(s: string | null): string[] {
  return (s ?? '').split(',').map((x) => x.trim()).filter((x) => x !== '');
}

function node(root: Projection, path: string[]): Projection {
  let p = root;
  for (const part of path) {
    const key = part.toLowerCase();
    let next = p.expand.get(key);
    if (!next) {
      next = emptyProjection();
      p.expand.set(key, next);
    }
    p = next;
  }
  return p;
}

/** Builds the projection tree; `Author/Title` needs `Author` in $expand, as in SharePoint. */
export function parseProjection(select: string | null, expand: string | null): Projection {
  const root = emptyProjection();
  const expands = splitList(expand);
  for (const e of expands) node(root, e.split('/'));
  for (const s of splitList(select)) {
    const parts = s.split('/');
    const head = parts.slice(0, -1);
    if (head.length > 0) {
      const expanded = expands.some((e) => e.toLowerCase() === head.join('/').toLowerCase());
      if (!expanded) {
        throw errors.badQuery(
          `The query to field '${s}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${head.join('/')}.`
        );
      }
    }
    node(root, head).select.push(parts[parts.length - 1]);
  }
  return root;
}

function parseOrderBy(s: string | null): OrderKey[] {
  return splitList(s).map((part) => {
    const m = /^(\S+)(?:\s+(asc|desc))?$/i.exec(part);
    if (!m) throw errors.badQuery(`Syntax error in $orderby: '${part}'.`);
    return { field: m[1], desc: (m[2] ?? 'asc').toLowerCase() === 'desc' };
  });
}

function parseSkipToken(s: string | null): Record<string, string> | null {
  if (!s) return null;
  const out: Record<string, string> = {};
  for (const pair of s.split('&')) {
    const i = pair.indexOf('=');
    if (i > 0) out[pair.slice(0, i).toLowerCase()] = decodeURIComponent(pair.slice(i + 1));
  }
  return out;
}

/** Reads the query options, case-insensitively on the option names. */
export function parseQuery(params: URLSearchParams): ODataQuery {
  const get = (name: string): string | null => {
    for (const [k, v] of params) if (k.toLowerCase() === name) return v;
    return null;
  };
  const topRaw = get('$top');
  let top: number | null = null;
  if (topRaw !== null) {
    top = Number(topRaw);
    if (!Number.isInteger(top) || top < 0) throw errors.badQuery(`Invalid $top value '${topRaw}'.`);
  }
  const filterText = get('$filter');
  return {
    projection: parseProjection(get('$select'), get('$expand')),
    filter: filterText && filterText.trim() !== '' ? parseFilter(filterText) : null,
    orderBy: parseOrderBy(get('$orderby')),
    top,
    skipToken: parseSkipToken(get('$skiptoken')),
  };
}
