/** Trends across past assessments, matched by capability key, with notes where the model changed between them. */
import { assessmentTrends, compareModelVersions, Model } from '../../../src/nimm';
import { assess, atLevel, buildModel, clone } from '../fixtures';

/**
 * Version 1 has a, b, c and old. Version 2 renames a, rewords criterion b.3.1 and adds b.3.3,
 * rewords c's level 2 descriptor and gives c a dependency, adds fresh and drops old.
 */
const v1 = buildModel({ a: {}, b: {}, c: {}, old: {} });
function version2(): Model {
  const model = buildModel({ a: {}, b: {}, c: { deps: [[3, 'a', 2]] }, fresh: {} });
  model.version = '2';
  model.capabilities[0].name = 'Capability A, renamed';
  const b3 = model.capabilities[1].levels.filter((l) => l.level === 3)[0];
  b3.criteria[0].text = 'Reworded.';
  b3.criteria.push({ key: 'b.3.3', perspective: 'people', text: 'New.' });
  model.capabilities[2].levels[0].descriptor = 'c at level 2, reworded.';
  return model;
}
const v2 = version2();

const dated = (model: Model, date: string, spec: Parameters<typeof assess>[1]) => {
  const assessment = assess(model, spec);
  assessment.date = date;
  return assessment;
};
const y2024 = dated(v1, '2024-06-01', { a: atLevel(v1, 'a', 2), b: atLevel(v1, 'b', 3), old: atLevel(v1, 'old', 2) });
const y2025 = dated(v1, '2025-06-01', { a: atLevel(v1, 'a', 2), b: atLevel(v1, 'b', 3), c: atLevel(v1, 'c', 2), old: atLevel(v1, 'old', 2) });
const y2026 = dated(v2, '2026-06-01', { a: atLevel(v2, 'a', 3), b: atLevel(v2, 'b', 2), c: { notApplicable: true }, fresh: { answers: { 'fresh.2.1': 'not-met' } } });

describe('trends across assessments', () => {
  // Given out of order: the trend sorts by date.
  const trends = assessmentTrends([
    { model: v2, assessment: y2026 },
    { model: v1, assessment: y2024, label: '2024' },
    { model: v1, assessment: y2025 }
  ]);
  const byKey = (key: string) => trends.capabilities.filter((c) => c.capability === key)[0];

  test('the assessments come oldest first, labelled by their label or date, with the overall figures', () => {
    expect(trends.points.map((p) => [p.label, p.modelVersion, p.level, p.score, p.assessed])).toEqual([
      ['2024', '1', 2, 7 / 3, 3],
      ['2025-06-01', '1', 2, 9 / 4, 4],
      ['2026-06-01', '2', 1, 2, 3]
    ]);
  });

  test('capabilities follow the latest model, then those only earlier models had', () => {
    expect(trends.capabilities.map((c) => c.capability)).toEqual(['a', 'b', 'c', 'fresh', 'old']);
    expect(byKey('a').name).toBe('Capability A, renamed');
    expect(byKey('old').name).toBe('Capability old');
  });

  test('levels over time are the effective levels, aligned with the points', () => {
    expect(byKey('a').cells.map((c) => c.effectiveLevel)).toEqual([2, 2, 3]);
    expect(byKey('fresh').cells.map((c) => c.status)).toEqual(['not-in-model', 'not-in-model', 'assessed']);
  });

  test('each step says up, down or the same, by how much, in a sentence', () => {
    expect(byKey('a').steps.map((s) => s && [s.change, s.by])).toEqual([null, ['same', 0], ['up', 1]]);
    expect(byKey('a').latest?.sentence).toBe('Up from level 2 to level 3 since 2025-06-01.');
    expect(byKey('b').latest).toMatchObject({ change: 'down', from: 3, to: 2, by: -1, sentence: 'Down from level 3 to level 2 since 2025-06-01.' });
    expect(byKey('a').steps[1]?.sentence).toBe('Still at level 2, as in 2024.');
  });

  test('a capability assessed for the first time is new; one newly not applicable says so', () => {
    expect(byKey('c').steps.map((s) => s && s.change)).toEqual([null, 'new', 'not-applicable']);
    expect(byKey('c').steps[1]?.sentence).toBe('Assessed at level 2; it was not assessed in 2024.');
    expect(byKey('fresh').latest).toMatchObject({ change: 'new', to: 1, sentence: 'Assessed at level 1; it was not in the model in 2025-06-01.' });
  });

  test('a capability gone from the model is removed, with the level it was at', () => {
    expect(byKey('old').latest).toMatchObject({ change: 'removed', from: 2, to: null, sentence: 'No longer in the model; it was at level 2 in 2025-06-01.' });
  });

  test('a capability newly marked not applicable keeps the level it was at', () => {
    expect(byKey('c').latest).toMatchObject({ change: 'not-applicable', from: 2, to: null, sentence: 'Marked not applicable; it was at level 2 in 2025-06-01.' });
  });

  test('the changes since the previous assessment are counted and summed up', () => {
    expect(trends.sinceLast).toEqual({ up: 1, down: 1, same: 0, new: 1, 'not-assessed': 0, 'not-applicable': 1, removed: 1, none: 0 });
    expect(trends.sentence).toBe('Since 2025-06-01: 1 up, 1 down, 1 newly assessed, 1 newly not applicable and 1 no longer in the model.');
  });

  test('where the model changed between two assessments, each capability gets a note', () => {
    expect(trends.modelChanges.map((m) => [m.from, m.to, m.fromVersion, m.toVersion])).toEqual([['2025-06-01', '2026-06-01', '1', '2']]);
    expect(trends.modelChanges[0].changes.map((c) => [c.capability, c.kind, c.levels])).toEqual([
      ['a', 'renamed', []],
      ['b', 'criteria', [3]],
      ['c', 'descriptors', [2]],
      ['c', 'dependencies', []],
      ['fresh', 'added', []],
      ['old', 'removed', []]
    ]);
    expect(byKey('b').modelChanges.map((c) => c.message)).toEqual([
      "Capability b's criteria changed between version 1 and version 2 (level 3: 1 added, 1 changed), so its levels before and after may not be directly comparable."
    ]);
  });

  test('the assessments\' own notes are passed on', () => {
    expect(trends.issues).toEqual([]);
  });
});

describe('trends in edge cases', () => {
  test('one assessment has no steps and no summary', () => {
    const trends = assessmentTrends([{ model: v1, assessment: y2025 }]);
    expect(trends.capabilities[0]).toMatchObject({ steps: [null], latest: null });
    expect(trends.sentence).toBe('');
  });

  test('no assessments give an empty trend', () => {
    expect(assessmentTrends([])).toMatchObject({ points: [], capabilities: [], modelChanges: [], sentence: '' });
  });

  test('two copies of the same model version with the same content note no change', () => {
    expect(assessmentTrends([{ model: v1, assessment: y2024 }, { model: clone(v1), assessment: y2025 }]).modelChanges).toEqual([]);
  });

  test('a capability assessed before and not now is no longer assessed', () => {
    const trends = assessmentTrends([{ model: v1, assessment: y2025 }, { model: v1, assessment: dated(v1, '2026-01-01', { b: atLevel(v1, 'b', 3) }) }]);
    expect(trends.capabilities[0].latest).toMatchObject({ change: 'not-assessed', from: 2, sentence: 'Not assessed this time; it was at level 2 in 2025-06-01.' });
    expect(trends.sentence).toBe('Since 2025-06-01: 1 unchanged and 3 no longer assessed.');
  });

  test('a capability not assessed either time has nothing to compare', () => {
    const trends = assessmentTrends([{ model: v1, assessment: y2024 }, { model: v1, assessment: y2025 }]);
    expect(trends.capabilities.filter((c) => c.capability === 'c')[0].latest?.change).toBe('new');
    const none = assessmentTrends([{ model: v1, assessment: dated(v1, '2024-01-01', {}) }, { model: v1, assessment: dated(v1, '2025-01-01', {}) }]);
    expect(none.capabilities[0].latest).toMatchObject({ change: 'none', sentence: 'Nothing to compare: not assessed now and not assessed in 2024-01-01.' });
    expect(none.sentence).toBe('Since 2024-01-01: nothing assessed in both to compare.');
  });

  test('an assessment without a usable date goes last, with a note', () => {
    const undated = dated(v1, 'sometime', { a: atLevel(v1, 'a', 4) });
    const trends = assessmentTrends([{ model: v1, assessment: undated }, { model: v1, assessment: y2024 }]);
    expect(trends.points.map((p) => p.date)).toEqual(['2024-06-01', 'sometime']);
    expect(trends.issues.map((i) => i.message)).toEqual(["The assessment 'Test assessment' has no date written YYYY-MM-DD, so it is placed after the dated ones."]);
  });

  test('assessments of different models are matched by key, with a note', () => {
    const other = clone(v1);
    other.key = 'other-model';
    const trends = assessmentTrends([{ model: v1, assessment: y2024 }, { model: other, assessment: dated(other, '2025-01-01', { a: atLevel(other, 'a', 3) }) }]);
    expect(trends.issues.map((i) => i.message)).toEqual(["'2024-06-01' used model 'test-model' and '2025-01-01' used model 'other-model': capabilities are matched by key."]);
    expect(trends.capabilities[0].latest?.change).toBe('up');
  });
});

describe('comparing model versions', () => {
  test('a criterion moved to another level is a change at both levels', () => {
    const moved = clone(v1);
    const [level2, level3] = moved.capabilities[0].levels;
    level3.criteria.push(level2.criteria.pop()!);
    expect(compareModelVersions(v1, moved)).toEqual([
      expect.objectContaining({ capability: 'a', kind: 'criteria', levels: [2, 3], fromVersion: '1', toVersion: '1' })
    ]);
  });

  test('a capability moved to another category is noted', () => {
    const moved = clone(v1);
    moved.capabilities[3].category = 'business-one';
    expect(compareModelVersions(v1, moved).map((c) => c.message)).toEqual(["Capability old moved from category 'technical-one' to 'business-one' between version 1 and version 1."]);
  });

  test('a removed criterion and a rewritten basic descriptor are noted', () => {
    const changed = clone(v1);
    changed.capabilities[0].levels[3].criteria.pop();
    changed.capabilities[0].basicDescriptor = 'Nothing written down.';
    expect(compareModelVersions(v1, changed).map((c) => [c.kind, c.levels, c.message])).toEqual([
      ['criteria', [5], "Capability a's criteria changed between version 1 and version 1 (level 5: 1 removed), so its levels before and after may not be directly comparable."],
      ['descriptors', [1], "Capability a's description of level 1 changed between version 1 and version 1."]
    ]);
  });
});
