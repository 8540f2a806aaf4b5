/**
 * Shared pieces of the item mappers. Every item read from SharePoint goes through a zod schema
 * before the rest of the suite sees it, because anyone with edit rights can change a list by
 * hand; an item that fails is reported (list, item id, problem) and skipped, never thrown.
 */
import { z } from 'zod';
import type { DataIssue } from '../types';
import { etagOf } from '../sp/pnp';

/** The outcome of mapping one item. */
export type MapResult<T> = { ok: true; value: T } | { ok: false; problem: string };

/** A list item as PnPjs returns it. */
export type RawItem = Record<string, unknown>;

/** Maps every item, collecting the ones that fail as DataIssues instead of throwing. */
export function mapItems<T>(list: string, items: RawItem[], map: (item: RawItem) => MapResult<T>): { values: T[]; issues: DataIssue[] } {
  const values: T[] = [];
  const issues: DataIssue[] = [];
  for (const item of items) {
    const result = map(item);
    if (result.ok) values.push(result.value);
    else issues.push({ list, itemId: typeof item.Id === 'number' ? item.Id : null, problem: result.problem });
  }
  return { values, issues };
}

/** Describes zod issues as one plain sentence naming the columns (or JSON paths) concerned. */
export function describeIssues(issues: z.ZodIssue[], columnNames: Record<string, string> = {}): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const [head, ...rest] = issue.path.map(String);
      const column = head === undefined ? 'the item' : `column "${columnNames[head] ?? head}"${rest.length > 0 ? ` at ${rest.join('.')}` : ''}`;
      return `${column}: ${issue.message}`;
    })
    .join('; ');
}

/** Parses a Note column that should hold JSON, saying which column when it does not. */
export function parseJsonColumn(value: unknown, column: string): MapResult<unknown> {
  if (typeof value !== 'string' || value.trim() === '') return { ok: false, problem: `column "${column}" is empty` };
  try {
    return { ok: true, value: JSON.parse(value) };
  } catch {
    return { ok: false, problem: `column "${column}" does not hold valid JSON (it may have been edited by hand)` };
  }
}

/** Item id and ETag, which every stored item has. */
export const itemIdentity = z.object({ Id: z.number().int().positive() });

/** The ETag of an item, or a problem when SharePoint did not send one. */
export function requireEtag(item: RawItem): MapResult<string> {
  const etag = etagOf(item);
  return etag ? { ok: true, value: etag } : { ok: false, problem: 'the item came without an ETag, so it cannot be saved safely' };
}

/** A nullable text column read as a string ('' when empty). */
export const textColumn = z.union([z.string(), z.null(), z.undefined()]).transform((v) => v ?? '');

/** A nullable number column. */
export const numberColumn = z.union([z.number(), z.null(), z.undefined()]).transform((v) => (v === undefined ? null : v));

/** A nullable date column, read as YYYY-MM-DD. */
export const dateColumn = z.union([z.string(), z.null(), z.undefined()]).transform((v) => (v ? toDateOnly(v) : null));

/**
 * A SharePoint date-only value as YYYY-MM-DD. SharePoint stores a date-only column as local
 * midnight converted to UTC, so a UK site in summer stores 1 June as 31 May 23:00Z. Rounding to
 * the nearest UTC day gives the calendar date for sites within 11 hours of UTC.
 */
export function toDateOnly(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const time = Date.parse(value);
  if (Number.isNaN(time)) return value.slice(0, 10);
  return new Date(time + 12 * 3600 * 1000).toISOString().slice(0, 10);
}

/** A YYYY-MM-DD (or ISO) date as the value to write to a date-only column: midnight UTC. */
export function toDateColumn(value: string | null | undefined): string | null {
  if (!value) return null;
  return `${toDateOnly(value)}T00:00:00Z`;
}
