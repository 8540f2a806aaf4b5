/**
 * The response draft schema is the one list of a response's fields: the merge, draftOf, sameDraft,
 * the mapper's reads and writes and the columns a read selects all cover every field of it.
 * Values are made up from each field's zod type, so a field added to the schema is tested here
 * without this file changing (one of a type this file does not know fails, saying so).
 */
import { z } from 'zod';
import { draftOf, mapResponse, RESPONSE_SELECT, responseToItem } from '../../src/data/mappers/response';
import { emptyDraft, mergeResponse, sameDraft } from '../../src/data/merge/mergeResponse';
import { RESPONSE_SCALAR_FIELDS, responseDraftSchema } from '../../src/data/schema/responseDraft';
import type { ResponseDraft, StoredResponse } from '../../src/data/types';

const FIELDS = Object.keys(responseDraftSchema.shape).filter((f) => f !== 'answers') as (keyof ResponseDraft)[];

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
  it('is a scalar field or the answers, and the scalar fields are listed in the schema order', () => {
    expect(RESPONSE_SCALAR_FIELDS).toEqual(FIELDS);
    expect(FIELDS.length).toBeGreaterThan(0);
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
