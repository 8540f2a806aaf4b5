/**
 * Reading every item a filter matches, on lists of any size.
 *
 * SharePoint Online refuses a query on a list holding more than 5,000 items (the list view
 * threshold) unless the first clause of its filter is on an indexed column AND that clause alone
 * matches fewer than 5,000 items ("Manage large lists and libraries", Microsoft; reported for REST
 * in MicrosoftDocs/sp-dev-docs#5291). Every query of the suite starts on an indexed column, which
 * is enough until one assessment has more than 5,000 responses, one model more than 5,000
 * capabilities, or someone removes an index by hand. Then the read is made again in windows of
 * item ids, `Id ge a and Id le b and (<filter>)`: the first clause is a range on the list's own
 * key, never wider than 5,000 ids, so SharePoint serves it whatever the list's size. The windows
 * go out in $batch requests of up to 100 parts (SharePoint's limit per batch).
 */
import type { RawItem } from '../mappers/common';
import { MAX_PAGE, readAll, readPage, readRemainingPages, type Page, type SPFI } from './pnp';
import { sharePointError } from './toStoreError';

/** SharePoint Online's list view threshold. */
export const LIST_VIEW_THRESHOLD = 5000;

/** SharePoint's limit on the operations in one $batch request. */
export const MAX_BATCH_OPERATIONS = 100;

/** A read of one list: the columns wanted and a filter whose first clause is on an indexed column. */
export interface ItemQuery {
  list: string;
  select: string[];
  filter: string;
}

/** True for SharePoint's list view threshold refusal. */
export function isThresholdRefusal(error: unknown): boolean {
  const sp = sharePointError(error);
  return /SPQueryThrottledException/i.test(sp.code) || /list view threshold/i.test(sp.message);
}

/**
 * True for a $batch part SharePoint did not run because an earlier part of the same batch failed
 * (500, System.IndexOutOfRangeException: pnp/pnpjs#486, #1275). Such a part can be sent again.
 */
export function isSkippedBatchPart(error: unknown): boolean {
  return /IndexOutOfRangeException/i.test(sharePointError(error).code);
}

function query(sp: SPFI, q: ItemQuery, filter: string) {
  return sp.web.lists.getByTitle(q.list).items.select(...q.select).filter(filter).top(MAX_PAGE);
}

/** Every item the query matches: one request (plus paging), or id windows past the threshold. */
export async function readMatching(sp: SPFI, q: ItemQuery): Promise<RawItem[]> {
  try {
    return await readAll<RawItem>(sp, query(sp, q, q.filter));
  } catch (error) {
    if (!isThresholdRefusal(error)) throw error;
    return readInIdWindows(sp, q);
  }
}

/**
 * The rest of a read whose first page was queued in a $batch: that page's pages, or the whole
 * read again when SharePoint refused it (threshold) or skipped it (an earlier part failed).
 */
export async function finishRead(sp: SPFI, q: ItemQuery, first: Promise<Page<RawItem>>): Promise<RawItem[]> {
  let page: Page<RawItem>;
  try {
    page = await first;
  } catch (error) {
    if (isThresholdRefusal(error)) return readInIdWindows(sp, q);
    if (isSkippedBatchPart(error)) return readMatching(sp, q);
    throw error;
  }
  return readRemainingPages(sp, page);
}

/** The read in id windows of LIST_VIEW_THRESHOLD, batched. */
export async function readInIdWindows(sp: SPFI, q: ItemQuery): Promise<RawItem[]> {
  const newest: RawItem[] = await sp.web.lists.getByTitle(q.list).items.select('Id').orderBy('Id', false).top(1)();
  const lastId = newest.length > 0 ? Number(newest[0].Id) : 0;
  const windows: [number, number][] = [];
  for (let from = 1; from <= lastId; from += LIST_VIEW_THRESHOLD) windows.push([from, Math.min(from + LIST_VIEW_THRESHOLD - 1, lastId)]);
  const items: RawItem[] = [];
  for (let start = 0; start < windows.length; start += MAX_BATCH_OPERATIONS) {
    const [batched, execute] = sp.batched({ maxRequests: MAX_BATCH_OPERATIONS });
    const pages = windows
      .slice(start, start + MAX_BATCH_OPERATIONS)
      .map(([from, to]) => readPage<RawItem>(query(batched, q, `Id ge ${from} and Id le ${to} and (${q.filter})`)));
    for (const p of pages) p.catch(() => undefined);
    await execute();
    for (const p of pages) items.push(...(await readRemainingPages(sp, await p)));
  }
  return items;
}
