/**
 * Shared pieces of the item mappers. Every item read from SharePoint goes through a zod schema
 * before the rest of the suite sees it, because anyone with edit rights can change a list by
 * hand; an item that fails is reported (list, item id, problem) and skipped, never thrown.
 */
import { z } from 'zod';
import { KEY_PATTERN } from '../../nimm/model/schema';
import { DataStrings, formatString } from '../../loc/strings';
import { F } from '../schema/names';
import type { DataIssue, Listed } from '../types';
import { etagOf } from '../sp/pnp';

/** The outcome of mapping one item. */
export type MapResult<T> = { ok: true; value: T } | { ok: false; problem: string };

/** A list item as PnPjs returns it. */
export type RawItem = Record<string, unknown>;

/** Maps every item, collecting the ones that fail as DataIssues instead of throwing. */
export function mapItems<T>(list: string, items: RawItem[], map: (item: RawItem) => MapResult<T>): Listed<T> {
  const values: T[] = [];
  const issues: DataIssue[] = [];
  for (const item of items) {
    const result = map(item);
    if (result.ok) values.push(result.value);
    else issues.push({ list, itemId: typeof item.Id === 'number' ? item.Id : null, problem: result.problem });
  }
  return { items: values, issues };
}

/** Describes zod issues as one plain sentence naming the columns (or JSON paths) concerned. */
export function describeIssues(issues: z.ZodIssue[], columnNames: Record<string, string> = {}): string {
  const words = DataStrings.Items;
  return issues
    .slice(0, 3)
    .map((issue) => {
      const [head, ...rest] = issue.path.map(String);
      const name = head === undefined ? '' : columnNames[head] ?? head;
      const column = head === undefined ? words.TheItem : rest.length > 0 ? formatString(words.ColumnAt, name, rest.join('.')) : formatString(words.Column, name);
      return formatString(DataStrings.Common.Problem, column, issue.message);
    })
    .join(DataStrings.Common.ClauseSeparator);
}

/**
 * describeIssues for a value that is not an item (one column's value): the same sentence without
 * its opening "the item: ", which would say nothing there.
 */
export function describeValueIssues(issues: z.ZodIssue[]): string {
  const described = describeIssues(issues);
  const subject = formatString(DataStrings.Common.Problem, DataStrings.Items.TheItem, '');
  return described.indexOf(subject) === 0 ? described.slice(subject.length) : described;
}

/** Parses a Note column that should hold JSON, saying which column when it does not. */
export function parseJsonColumn(value: unknown, column: string): MapResult<unknown> {
  if (typeof value !== 'string' || value.trim() === '') return { ok: false, problem: formatString(DataStrings.Items.ColumnEmpty, column) };
  try {
    return { ok: true, value: JSON.parse(value) };
  } catch {
    return { ok: false, problem: formatString(DataStrings.Items.ColumnNotJson, column) };
  }
}

/**
 * A Note column meant to hold a JSON object read leniently, for columns read entry by entry: empty
 * (no entries; also an item made before the column existed), an object, or something else (text
 * edited by hand), which the caller reports and keeps aside.
 */
export function readJsonObjectColumn(raw: unknown): { kind: 'empty' } | { kind: 'object'; value: Record<string, unknown> } | { kind: 'invalid' } {
  if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) return { kind: 'empty' };
  let json: unknown;
  try {
    json = typeof raw === 'string' ? JSON.parse(raw) : raw;
  } catch {
    return { kind: 'invalid' };
  }
  return json !== null && typeof json === 'object' && !Array.isArray(json) ? { kind: 'object', value: json as Record<string, unknown> } : { kind: 'invalid' };
}

/** A JSON column checked against its schema; a problem names the column. */
export function parseJsonColumnAs<S extends z.ZodTypeAny>(value: unknown, column: string, schema: S): MapResult<z.output<S>> {
  const json = parseJsonColumn(value, column);
  if (!json.ok) return json;
  const parsed = schema.safeParse(json.value);
  if (!parsed.success) return { ok: false, problem: formatString(DataStrings.Common.Problem, formatString(DataStrings.Items.Column, column), describeIssues(parsed.error.issues)) };
  return { ok: true, value: parsed.data };
}

/** An item's columns checked against its schema; a problem names the columns concerned. */
export function parseItem<S extends z.ZodTypeAny>(schema: S, item: RawItem, columnNames: Record<string, string> = {}): MapResult<z.output<S>> {
  const parsed = schema.safeParse(item);
  if (!parsed.success) return { ok: false, problem: describeIssues(parsed.error.issues, columnNames) };
  return { ok: true, value: parsed.data };
}

/** parseItem for an item the suite may save back, which therefore needs its ETag as well. */
export function parseItemWithEtag<S extends z.ZodTypeAny>(
  schema: S,
  item: RawItem,
  columnNames: Record<string, string> = {}
): MapResult<{ columns: z.output<S>; etag: string }> {
  const parsed = parseItem(schema, item, columnNames);
  if (!parsed.ok) return parsed;
  const etag = requireEtag(item);
  if (!etag.ok) return etag;
  return { ok: true, value: { columns: parsed.value, etag: etag.value } };
}

/** The item id, which every stored item has: item schemas extend this. */
export const itemIdentity = z.object({ Id: z.number().int().positive() });

/**
 * The columns that tie a response, a piece of evidence or a roadmap action to one capability of
 * one assessment, checked alike in all three lists.
 */
export const capabilityItemColumns = {
  [F.assessmentId]: z.number().int().positive(),
  [F.capabilityKey]: z.string().regex(KEY_PATTERN, DataStrings.Items.IsNotCapabilityKey)
};

/** How a problem names the capabilityItemColumns. */
export const CAPABILITY_ITEM_COLUMN_NAMES: Record<string, string> = {
  [F.assessmentId]: 'Assessment ID',
  [F.capabilityKey]: 'Capability key'
};

/** The ETag of an item, or a problem when SharePoint did not send one. */
export function requireEtag(item: RawItem): MapResult<string> {
  const etag = etagOf(item);
  return etag ? { ok: true, value: etag } : { ok: false, problem: DataStrings.Items.NoEtag };
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

/**
 * A YYYY-MM-DD (or ISO) date as the value to write to a date-only column: midday UTC. SharePoint
 * keeps the date the instant falls on in the site's time zone, so midnight UTC would become the
 * day before on any site west of UTC; midday is the same calendar date on every site within 11
 * hours of UTC, whatever its summer time.
 */
export function toDateColumn(value: string | null | undefined): string | null {
  if (!value) return null;
  return `${toDateOnly(value)}T12:00:00Z`;
}
