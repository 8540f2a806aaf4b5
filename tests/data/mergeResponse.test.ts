import fc from 'fast-check';
import { emptyDraft, mergeResponse, sameDraft } from '../../src/data/merge/mergeResponse';
import { RESPONSE_RECORD_FIELDS, RESPONSE_SCALAR_FIELDS } from '../../src/data/schema/responseDraft';
import type { ResponseDraft } from '../../src/data/types';

const base: ResponseDraft = {
  ...emptyDraft(),
  status: 'in-progress',
  rationale: 'We have a change board.',
  answers: { 'cm.2.1': 'met', 'cm.2.2': 'partial' }
};

describe('merging two edits of one response', () => {
  it('keeps both answers when two people answered different criteria', () => {
    const mine = { ...base, answers: { ...base.answers, 'cm.2.2': 'met' as const } };
    const theirs = { ...base, answers: { ...base.answers, 'cm.3.1': 'not-met' as const } };
    const { merged, conflicts } = mergeResponse(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.answers).toEqual({ 'cm.2.1': 'met', 'cm.2.2': 'met', 'cm.3.1': 'not-met' });
  });

  it('combines a change of rationale with a change of agreed level', () => {
    const mine = { ...base, rationale: 'Board meets weekly.' };
    const theirs = { ...base, agreedLevel: 2 };
    const { merged, conflicts } = mergeResponse(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.rationale).toBe('Board meets weekly.');
    expect(merged.agreedLevel).toBe(2);
  });

  it('reports a conflict, with both values, when the same criterion was answered differently', () => {
    const mine = { ...base, answers: { ...base.answers, 'cm.2.2': 'met' as const } };
    const theirs = { ...base, answers: { ...base.answers, 'cm.2.2': 'not-met' as const } };
    const { merged, conflicts } = mergeResponse(base, mine, theirs);
    expect(conflicts).toEqual([{ field: 'answers', criterion: 'cm.2.2', base: 'partial', mine: 'met', theirs: 'not-met' }]);
    expect(merged.answers['cm.2.2']).toBe('met');
  });

  it('is not a conflict when both made the same change', () => {
    const mine = { ...base, status: 'agreed' as const };
    const theirs = { ...base, status: 'agreed' as const };
    expect(mergeResponse(base, mine, theirs).conflicts).toEqual([]);
  });

  it('treats clearing an answer as a change that merges like any other', () => {
    const mine = { ...base, answers: { 'cm.2.2': 'partial' as const } };
    const theirs = { ...base, rationale: 'Updated.' };
    const { merged } = mergeResponse(base, mine, theirs);
    expect(merged.answers).toEqual({ 'cm.2.2': 'partial' });
    expect(merged.rationale).toBe('Updated.');
  });

  it('starts from an empty response when the user began before any response existed', () => {
    const mine = { ...emptyDraft(), answers: { 'cm.2.1': 'met' as const } };
    const theirs = { ...emptyDraft(), rationale: 'Theirs.' };
    const { merged, conflicts } = mergeResponse(null, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged).toEqual({ ...emptyDraft(), answers: { 'cm.2.1': 'met' }, rationale: 'Theirs.' });
  });
});

const answer = fc.constantFrom('met' as const, 'partial' as const, 'not-met' as const, 'n/a' as const);
const criteria = ['a.2.1', 'a.2.2', 'a.3.1', 'a.3.2'];
const draftArb: fc.Arbitrary<ResponseDraft> = fc.record({
  status: fc.constantFrom('not-started' as const, 'in-progress' as const, 'agreed' as const),
  notApplicable: fc.boolean(),
  agreedLevel: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
  rationale: fc.constantFrom('', 'x', 'y'),
  answers: fc.dictionary(fc.constantFrom(...criteria), answer),
  notes: fc.dictionary(fc.constantFrom(...criteria), fc.constantFrom('see minutes', 'see policy')),
  improvementIdeas: fc.constantFrom('', 'idea'),
  owner: fc.constantFrom('', 'Ann'),
  reviewer: fc.constantFrom('', 'Bob'),
  ownerLogin: fc.constantFrom('', 'i:0#.f|membership|ann@nhs.example'),
  reviewerLogin: fc.constantFrom('', 'i:0#.f|membership|bob@nhs.example'),
  reviewComment: fc.constantFrom('', 'More evidence, please.')
});

type Place = { get: (d: ResponseDraft) => unknown; name: string; criterion?: string };
const places: Place[] = [
  ...RESPONSE_SCALAR_FIELDS.map((f) => ({ name: f, get: (d: ResponseDraft) => d[f] })),
  ...RESPONSE_RECORD_FIELDS.flatMap((field) => criteria.map((c) => ({ name: field, criterion: c, get: (d: ResponseDraft) => (d[field] as Record<string, unknown>)[c] })))
];

describe('merge properties', () => {
  it('never drops a change made on only one side, and keeps the user value wherever both changed', () => {
    fc.assert(
      fc.property(draftArb, draftArb, draftArb, (b, mine, theirs) => {
        const { merged, conflicts } = mergeResponse(b, mine, theirs);
        for (const place of places) {
          const [vb, vm, vt, out] = [place.get(b), place.get(mine), place.get(theirs), place.get(merged)];
          if (vm !== vb && vt === vb) expect(out).toBe(vm);
          if (vt !== vb && vm === vb) expect(out).toBe(vt);
          if (vm !== vb && vt !== vb && vm !== vt) {
            expect(out).toBe(vm);
            expect(conflicts.some((c) => c.field === place.name && c.criterion === place.criterion)).toBe(true);
          }
        }
      })
    );
  });

  it('merging a draft with an unchanged stored response gives the draft back', () => {
    fc.assert(fc.property(draftArb, draftArb, (b, mine) => sameDraft(mergeResponse(b, mine, b).merged, mine)));
  });
});
