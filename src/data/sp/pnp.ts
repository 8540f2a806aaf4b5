/**
 * The PnPjs v4 features the data layer uses, imported once for their side effects (PnPjs adds
 * `web.lists`, `list.items`, `sp.batched` ... to its prototypes when these modules load), and the
 * few reading helpers everything shares.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/batching';
import '@pnp/sp/security';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/files';
import '@pnp/sp/folders';
import { SPCollection, type SPFI, type ISPQueryable } from '@pnp/sp';
import { parseBinderWithErrorCheck, parseODataJSON } from '@pnp/queryable';

export type { SPFI };

/** SharePoint's largest page of list items; asking for it keeps round trips to a minimum. */
export const MAX_PAGE = 5000;

/** One page of a collection read, with the link to the next page when SharePoint gave one. */
export interface Page<T = Record<string, unknown>> {
  value: T[];
  nextLink: string | null;
}

/**
 * A parser that keeps `odata.nextLink` (PnPjs's default parser drops it), so a read can follow
 * paging however it was sent: alone or inside a $batch.
 */
export function pageParser() {
  return parseBinderWithErrorCheck(async (response: Response) => {
    const text = await response.text();
    const json = text.trim().length > 0 ? JSON.parse(text) : {};
    const nextLink = json?.['odata.nextLink'] ?? json?.d?.__next ?? null;
    const value = parseODataJSON(json);
    return { value: Array.isArray(value) ? value : [], nextLink: typeof nextLink === 'string' && nextLink.length > 0 ? nextLink : null };
  });
}

/** Reads one page of a collection query, keeping the next-page link. */
export function readPage<T = Record<string, unknown>>(query: ISPQueryable): Promise<Page<T>> {
  return query.using(pageParser())() as Promise<Page<T>>;
}

/**
 * Follows `odata.nextLink` until the collection is complete. Each further page is one more round
 * trip, which only happens past 5,000 items (MAX_PAGE) on a query.
 */
export async function readRemainingPages<T = Record<string, unknown>>(sp: SPFI, first: Page<T>): Promise<T[]> {
  const all = first.value.slice();
  let next = first.nextLink;
  while (next) {
    const page: Page<T> = await (SPCollection([sp.web, next]).using(pageParser())() as Promise<Page<T>>);
    all.push(...page.value);
    next = page.nextLink;
  }
  return all;
}

/** Reads a whole collection: the first page, then any further pages. */
export async function readAll<T = Record<string, unknown>>(sp: SPFI, query: ISPQueryable): Promise<T[]> {
  return readRemainingPages(sp, await readPage<T>(query));
}

/** An OData string literal: single quotes doubled, as SharePoint's $filter expects. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** The ETag of an item read in minimal (odata.etag) or verbose (__metadata.etag) JSON. */
export function etagOf(item: Record<string, unknown>): string | null {
  const minimal = item['odata.etag'];
  if (typeof minimal === 'string') return minimal;
  const verbose = (item.__metadata as { etag?: unknown } | undefined)?.etag;
  return typeof verbose === 'string' ? verbose : null;
}
