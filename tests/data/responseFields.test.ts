/**
 * The response draft schema is the one list of a response's fields: the merge, draftOf, sameDraft,
 * the mapper's reads and writes and the columns a read selects all cover every field of it.
 * Values are made up from each field's zod type, so a field added to the schema is tested here
 * without this file changing (one of a type this file does not know fails, saying so).
 */
import { z } from 'zod';
import { draftOf, mapResponse, RESPONSE_SELECT, responseToItem } from '../../src/data/mappers/response';
import { emptyDraft, mergeResponse, sameDraft } from '../../src/data/merge/mergeResponse';
import { RESPONSE_RECORD_FIELDS, RESPONSE_SCALAR_FIELDS, responseDraftSchema, type ResponseRecordField } from '../../src/data/schema/responseDraft';
import type { ResponseDraft, StoredResponse } from '../../src/data/types';

const ALL_FIELDS = Object.keys(responseDraftSchema.shape) as (keyof ResponseDraft)[];
const isRecord = (f: keyof ResponseDraft): boolean => responseDraftSchema.shape[f] instanceof z.ZodRecord;
const FIELDS = ALL_FIELDS.filter((f) => !isRecord(f));
const RECORD_FIELDS = ALL_FIELDS.filter(isRecord) as ResponseRecordField[];

/** Values of a field other than the empty draft's, all different from one another (one for a boolean). */
function otherValues(schema: z.ZodTypeAny, empty: unknown): unknown[] {
  const inner = schema instanceof z.ZodNullable || schema instanceof z.ZodOptional ? schema.unwrap() : schema;
  if (inner instanceof z.ZodEnum) return (inner.options as unknown[]).filter((v) => v !== empty).slice(0, 2);
  if (inner instanceof z.ZodString) return ['Changed by one', 'Changed by another'];
  if (inner instanceof z.ZodNumber) return [2, 3].filter((v) => v !== empty);
  if (inner instanceof z.ZodBoolean) return [!empty];
  throw new Error(`Teach this test a value for a field of type ${inner.constructor.name}.`);
}

function withField(draft: ResponseDraft, field: keyof ResponseDraft, value: unknown): ResponseDraft {
  return { ...draft, [field]: value } as ResponseDraft;
}

/** A stored response as SharePoint would send back the item fields a save wrote. */
function storedAs(fields: Record<string, unknown>): StoredResponse {
  const read = mapResponse({ ...fields, Id: 7, 'odata.etag': '"3"', Modified: '2026-01-01T00:00:00Z' });
  if (!read.ok) throw new Error(read.problem);
  return read.value;
}

describe('every field of the response draft schema', () => {
  it('is a scalar field or a record field, each kind listed in the schema order', () => {
    expect(RESPONSE_SCALAR_FIELDS).toEqual(FIELDS);
    expect(RESPONSE_RECORD_FIELDS).toEqual(RECORD_FIELDS);
    expect(FIELDS.length).toBeGreaterThan(0);
    expect(RECORD_FIELDS).toEqual(expect.arrayContaining(['answers', 'notes']));
  });

  describe.each(FIELDS)('%s', (field) => {
    const empty = emptyDraft();
    const schema = responseDraftSchema.shape[field] as z.ZodTypeAny;
    const [one, another] = otherValues(schema, empty[field]);

    it('has values the draft schema accepts (so the rest of this test means something)', () => {
      expect(responseDraftSchema.safeParse(withField(empty, field, one)).success).toBe(true);
      expect(responseDraftSchema.safeParse(empty).success).toBe(true);
    });

    it('is merged: a change only someone else made is kept', () => {
      const { merged, conflicts } = mergeResponse(empty, empty, withField(empty, field, one));
      expect(merged[field]).toEqual(one);
      expect(conflicts).toEqual([]);
    });

    it('is merged: different changes on both sides are a conflict on that field, keeping mine', () => {
      if (another === undefined) return; // A boolean has no third value to differ on.
      const { merged, conflicts } = mergeResponse(empty, withField(empty, field, one), withField(empty, field, another));
      expect(conflicts).toEqual([{ field, base: empty[field], mine: one, theirs: another }]);
      expect(merged[field]).toEqual(one);
    });

    it('is compared by sameDraft', () => {
      expect(sameDraft(empty, withField(empty, field, one))).toBe(false);
      expect(sameDraft(withField(empty, field, one), withField(empty, field, one))).toBe(true);
    });

    it('is written to a column that a read selects, and read back from it', () => {
      const draft = withField(empty, field, one);
      const written = responseToItem(1, 'change-management', draft).fields;
      const before = responseToItem(1, 'change-management', empty).fields;
      const columns = Object.keys(written).filter((c) => written[c] !== before[c]);
      expect(columns).toHaveLength(1);
      expect(RESPONSE_SELECT).toContain(columns[0]);
      const stored = storedAs(written);
      expect(stored.damaged).toBeUndefined();
      expect(stored[field]).toEqual(one);
    });

    it('is carried by draftOf', () => {
      const stored = storedAs(responseToItem(1, 'change-management', withField(empty, field, one)).fields);
      expect(draftOf(stored)[field]).toEqual(one);
      expect(Object.keys(draftOf(stored)).sort()).toEqual(Object.keys(responseDraftSchema.shape).sort());
    });
  });
});

/** Two different valid values of one entry of a record field (an answer, a note). */
function entryValues(field: ResponseRecordField): [unknown, unknown] {
  const value = (responseDraftSchema.shape[field] as z.ZodRecord).valueSchema as z.ZodTypeAny;
  if (value instanceof z.ZodEnum) return [value.options[0], value.options[1]];
  if (value instanceof z.ZodString) return ['Seen the March board minutes.', 'Policy signed off in April.'];
  throw new Error(`Teach this test a value for an entry of type ${value.constructor.name}.`);
}

function withEntries(draft: ResponseDraft, field: ResponseRecordField, entries: Record<string, unknown>): ResponseDraft {
  return { ...draft, [field]: entries } as ResponseDraft;
}

describe.each(RECORD_FIELDS)('the record field %s, criterion by criterion', (field) => {
  const empty = emptyDraft();
  const [one, another] = entryValues(field);
  const column = (): string => {
    // The one column a write of this field changes.
    const written = responseToItem(1, 'change-management', withEntries(empty, field, { 'cm.2.1': one })).fields;
    const before = responseToItem(1, 'change-management', empty).fields;
    const changed = Object.keys(written).filter((c) => written[c] !== before[c]);
    expect(changed).toHaveLength(1);
    return changed[0];
  };

  it('has values the draft schema accepts', () => {
    expect(responseDraftSchema.safeParse(withEntries(empty, field, { 'cm.2.1': one, 'cm.2.2': another })).success).toBe(true);
  });

  it('is merged key by key: entries for different criteria from both sides are both kept', () => {
    const { merged, conflicts } = mergeResponse(empty, withEntries(empty, field, { 'cm.2.1': one }), withEntries(empty, field, { 'cm.2.2': another }));
    expect(conflicts).toEqual([]);
    expect(merged[field]).toEqual({ 'cm.2.1': one, 'cm.2.2': another });
  });

  it('is merged key by key: the same criterion changed differently is a conflict on that criterion, keeping mine', () => {
    const base = withEntries(empty, field, { 'cm.2.1': one, 'cm.2.2': one });
    const { merged, conflicts } = mergeResponse(base, withEntries(empty, field, { 'cm.2.1': another, 'cm.2.2': one }), withEntries(empty, field, { 'cm.2.2': one }));
    expect(conflicts).toEqual([{ field, criterion: 'cm.2.1', base: one, mine: another, theirs: null }]);
    expect(merged[field]).toEqual({ 'cm.2.1': another, 'cm.2.2': one });
  });

  it('is compared by sameDraft', () => {
    expect(sameDraft(empty, withEntries(empty, field, { 'cm.2.1': one }))).toBe(false);
    expect(sameDraft(withEntries(empty, field, { 'cm.2.1': one }), withEntries(empty, field, { 'cm.2.1': one }))).toBe(true);
  });

  it('is written to a column that a read selects, and read back from it; an item without the column has none', () => {
    const written = responseToItem(1, 'change-management', withEntries(empty, field, { 'cm.2.1': one })).fields;
    expect(RESPONSE_SELECT).toContain(column());
    const stored = storedAs(written);
    expect(stored.damaged).toBeUndefined();
    expect(stored[field]).toEqual({ 'cm.2.1': one });
    const older = { ...written };
    delete older[column()];
    expect(storedAs(older)[field]).toEqual({});
    expect(storedAs({ ...written, [column()]: null })[field]).toEqual({});
  });

  it('is carried by draftOf', () => {
    const stored = storedAs(responseToItem(1, 'change-management', withEntries(empty, field, { 'cm.2.1': one })).fields);
    expect(draftOf(stored)[field]).toEqual({ 'cm.2.1': one });
  });

  it('is read in part when one entry is damaged, and the damaged entry is written back until replaced', () => {
    const fields = { ...responseToItem(1, 'change-management', empty).fields, [column()]: JSON.stringify({ 'cm.2.1': one, 'cm.2.2': 42 }) };
    const stored = storedAs(fields);
    expect(stored[field]).toEqual({ 'cm.2.1': one });
    expect(stored.damaged?.entries[field]).toEqual({ 'cm.2.2': 42 });
    expect(stored.damaged?.problems).toEqual([expect.stringContaining('criterion "cm.2.2" (42)')]);
    // Saved with another criterion changed: the damaged entry stays as it was.
    const kept = responseToItem(1, 'change-management', withEntries(draftOf(stored), field, { 'cm.2.1': another }), stored);
    expect(JSON.parse(String(kept.fields[column()]))).toEqual({ 'cm.2.1': another, 'cm.2.2': 42 });
    expect(kept.kept?.entries[field]).toEqual({ 'cm.2.2': 42 });
    // Replaced when that criterion gets a value of its own.
    const replaced = responseToItem(1, 'change-management', withEntries(draftOf(stored), field, { 'cm.2.1': one, 'cm.2.2': another }), stored);
    expect(JSON.parse(String(replaced.fields[column()]))).toEqual({ 'cm.2.1': one, 'cm.2.2': another });
    expect(replaced.kept).toBeUndefined();
  });

  it('keeps a column that is not JSON at all until the user writes entries of their own, then says it replaced it', () => {
    const fields = { ...responseToItem(1, 'change-management', empty).fields, [column()]: '{"cm.2.1": ' };
    const stored = storedAs(fields);
    expect(stored[field]).toEqual({});
    expect(stored.damaged?.texts[field]).toBe('{"cm.2.1": ');
    const untouched = responseToItem(1, 'change-management', draftOf(stored), stored);
    expect(untouched.fields).not.toHaveProperty(column());
    const replaced = responseToItem(1, 'change-management', withEntries(draftOf(stored), field, { 'cm.2.1': one }), stored);
    expect(JSON.parse(String(replaced.fields[column()]))).toEqual({ 'cm.2.1': one });
    expect(replaced.notices).toEqual([expect.stringContaining('could not be read, so your')]);
  });

  it('refuses a write longer than SharePoint keeps in the column, naming the capability', () => {
    const long = withEntries(empty, field, Object.fromEntries(Array.from({ length: 6000 }, (_, i) => [`cm.criterion-${i}`, one])));
    expect(() => responseToItem(1, 'change-management', long)).toThrow(/for "change-management" would be [\d,]+ characters long; SharePoint keeps at most 63,999\./);
  });
});
