/**
 * `GET …/items` with $filter, $orderby, $top, `$skiptoken` paging and the list view threshold.
 *
 * Threshold (SharePoint Online, default 5,000): on a list holding more items than the threshold,
 * a query fails with SPQueryThrottledException (HTTP 500) when
 * - the first clause of $filter is on a column that is not indexed, or
 * - $orderby names a column that is not indexed, or
 * - $top asks for more rows than the threshold, or
 * - the first clause of $filter is on an indexed column (ID always is) but still matches more
 *   items than the threshold: SharePoint serves that clause from the index and must not read more
 *   than the threshold's worth of rows, so paging does not help. Reported against SharePoint Online
 *   REST in SharePoint/sp-dev-docs#5291 ("the result of the first part of the query will return
 *   more than 5000 items. So we get the 5000 items threshold error"), sp-dev-docs#7149 (a range
 *   on an indexed column), and in Microsoft's "Manage large lists and libraries" (support.microsoft
 *   .com, b8588dae-9387-48c2-9248-c24122f07c59): the first indexed column in a filter must return
 *   fewer items than the threshold. On by default (`strictIndexedThreshold`; false restores the
 *   old lenient behaviour, which let paging read any number of rows).
 *
 * The "first clause" is the first comparison of $filter together with the `and`-ed comparisons on
 * the same column that directly follow it: `Id ge 1 and Id le 5000` is one seek of a range on the
 * ID index, which is how clients read a big list in windows of ids, so the range as a whole must
 * match no more than the threshold. (SharePoint's query planner is not documented at this level;
 * treating a same-column range as one seek is an educated guess that matches how SQL serves it.)
 * Without $filter, paging through a big list by `$skiptoken` (ordered by ID) is allowed.
 *
 * `$skip` is ignored on list items, as in SharePoint; paging is by `$skiptoken` only.
 * `PagedPrev=TRUE` (paging backwards) is not supported.
 */
import { Ctx } from '../context';
import { errors } from '../errors';
import { columnFor, itemResolver, UserLookup } from '../model/itemValues';
import { compareTyped, matches, Typed } from '../odata/evaluate';
import { filterFields, firstClause, FilterNode, Operand } from '../odata/filter';
import { ItemRec, ListRec } from '../types';

const DEFAULT_TOP = 100;

export interface ItemPage {
  rows: ItemRec[];
  nextLink?: string;
}

function firstClauseField(n: FilterNode): string | null {
  const c = firstClause(n);
  if (c.kind === 'cmp') {
    const f = [c.left, c.right].find((o) => o.kind === 'field');
    return f && f.kind === 'field' ? f.name : null;
  }
  if (c.kind === 'call') {
    const f = c.args.find((o) => o.kind === 'field');
    return f && f.kind === 'field' ? f.name : null;
  }
  return null;
}

/** The column a field-versus-value comparison reads (`Id` and `ID` are the same column), else null. */
function comparedColumn(l: ListRec, n: FilterNode): string | null {
  if (n.kind !== 'cmp') return null;
  const fields = [n.left, n.right].filter((o): o is Extract<Operand, { kind: 'field' }> => o.kind === 'field');
  if (fields.length !== 1) return null;
  return columnFor(l, fields[0].name)?.field.internalName ?? null;
}

function conjuncts(n: FilterNode): FilterNode[] {
  return n.kind === 'and' ? [...conjuncts(n.left), ...conjuncts(n.right)] : [n];
}

/**
 * The clauses SharePoint serves with its first index seek: the first comparison, and the
 * comparisons on the same column and-ed straight after it (a range such as `Id ge 1 and Id le 5000`).
 */
function leadingSeek(l: ListRec, n: FilterNode): FilterNode[] {
  if (n.kind === 'or') return leadingSeek(l, n.left);
  if (n.kind !== 'and') return [firstClause(n)];
  const [head, ...tail] = conjuncts(n);
  const column = comparedColumn(l, head);
  if (column === null) return leadingSeek(l, head);
  const run = [head];
  for (const c of tail) {
    if (comparedColumn(l, c) !== column) break;
    run.push(c);
  }
  return run;
}

function isIndexed(l: ListRec, name: string): boolean {
  const col = columnFor(l, name);
  if (!col) throw errors.columnInQuery(name);
  return col.field.indexed;
}

function userLookup(ctx: Ctx): UserLookup {
  return (id) => {
    const u = ctx.core.users.find((x) => x.id === id);
    return u && { Title: u.title, EMail: u.email, Name: u.login };
  };
}

function enforceThreshold(ctx: Ctx, l: ListRec, resolverOf: (i: ItemRec) => (n: string) => Typed): void {
  const { threshold, strictIndexedThreshold } = ctx.core;
  const q = ctx.query;
  // Unknown columns fail first, whatever the list size (even an empty list).
  for (const k of q.orderBy) isIndexed(l, k.field);
  if (q.filter) for (const name of filterFields(q.filter)) isIndexed(l, name);
  if (l.items.size <= threshold) return;
  if (q.top !== null && q.top > threshold) throw errors.throttled();
  if (q.orderBy.some((k) => !isIndexed(l, k.field))) throw errors.throttled();
  if (!q.filter) return;
  const first = firstClauseField(q.filter);
  if (first === null || !isIndexed(l, first)) throw errors.throttled();
  if (strictIndexedThreshold) {
    const seek = leadingSeek(l, q.filter);
    let hits = 0;
    for (const item of l.items.values()) {
      const r = resolverOf(item);
      if (seek.every((c) => matches(c, r)) && ++hits > threshold) throw errors.throttled();
    }
  }
}

function nextLinkFor(ctx: Ctx, token: string): string {
  const u = ctx.req.url;
  const params = new URLSearchParams();
  params.set('$skiptoken', token);
  for (const [k, v] of u.searchParams) if (k.toLowerCase() !== '$skiptoken') params.append(k, v);
  return `${u.origin}${u.pathname}?${params.toString()}`;
}

/** Runs the items query and cuts the page, with `odata.nextLink` when more rows follow. */
export function queryItems(ctx: Ctx, l: ListRec): ItemPage {
  const q = ctx.query;
  const users = userLookup(ctx);
  const resolvers = new Map<ItemRec, (n: string) => Typed>();
  const resolverOf = (i: ItemRec): ((n: string) => Typed) => {
    let r = resolvers.get(i);
    if (!r) resolvers.set(i, (r = itemResolver(ctx.core.model, l, i, users)));
    return r;
  };
  enforceThreshold(ctx, l, resolverOf);
  let rows = Array.from(l.items.values());
  if (q.filter) rows = rows.filter((i) => matches(q.filter!, resolverOf(i)));
  const keyCompare = (a: ItemRec, b: ItemRec): number => {
    for (const k of q.orderBy) {
      const c = compareTyped(resolverOf(a)(k.field), resolverOf(b)(k.field));
      if (c !== 0) return k.desc ? -c : c;
    }
    return a.id - b.id;
  };
  if (q.orderBy.length) rows.sort(keyCompare);

  let start = 0;
  const token = q.skipToken;
  if (token && token.p_id !== undefined) {
    const lastId = Number(token.p_id);
    const at = rows.findIndex((r) => r.id === lastId);
    if (at >= 0) start = at + 1;
    else if (!q.orderBy.length) start = rows.findIndex((r) => r.id > lastId);
    else {
      // The row the token points at is gone: resume after its position in the first sort key.
      const k = q.orderBy[0];
      const v = token[`p_${k.field.toLowerCase()}`] ?? null;
      start = rows.findIndex((r) => {
        const mine = resolverOf(r)(k.field);
        const c = compareTyped(mine, { value: v, kind: mine.kind === 'multi' ? 'string' : mine.kind });
        if (c !== 0) return k.desc ? c < 0 : c > 0;
        return r.id > lastId;
      });
    }
    if (start < 0) start = rows.length;
  }
  const top = q.top ?? DEFAULT_TOP;
  const page = rows.slice(start, start + top);
  if (start + top >= rows.length || page.length === 0) return { rows: page };
  const last = page[page.length - 1];
  let skip = 'Paged=TRUE';
  const firstKey = q.orderBy[0];
  if (firstKey && columnFor(l, firstKey.field)?.field.internalName !== 'ID') {
    const v = resolverOf(last)(firstKey.field).value;
    skip += `&p_${firstKey.field}=${encodeURIComponent(v === null || v === undefined ? '' : String(v))}`;
  }
  skip += `&p_ID=${last.id}`;
  return { rows: page, nextLink: nextLinkFor(ctx, skip) };
}
