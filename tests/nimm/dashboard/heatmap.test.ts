/** The heatmap: categories grouped by aspect, each a row of capability cells with their levels and hold-backs. */
import { heatmapRows, scoreAssessment } from '../../../src/nimm';
import { clone } from '../fixtures';
import { smallAssessment, smallModel } from './smallModel';

const model = smallModel();
const report = scoreAssessment(model, smallAssessment(model));

describe('the heatmap', () => {
  const heatmap = heatmapRows(model, report);
  const technical = heatmap.aspects[0];
  const business = heatmap.aspects[1];

  test('both aspects are listed, technical first, each with its categories as rows', () => {
    expect(heatmap.aspects.map((a) => [a.aspect, a.name, a.rows.map((r) => r.category)])).toEqual([
      ['technical', 'Technical', ['technical-one']],
      ['business', 'Business and management', ['business-one']]
    ]);
  });

  test('each cell carries the computed, assessed and effective levels and its status', () => {
    expect(technical.rows[0].cells.map((c) => [c.capability, c.status, c.computedLevel, c.assessedLevel, c.effectiveLevel])).toEqual([
      ['config', 'assessed', 1, 1, 1],
      ['change', 'assessed', 3, 3, 2],
      ['incident', 'assessed', 4, 4, 4]
    ]);
  });

  test('a held-back cell names the capability holding it back and the level it needs', () => {
    const change = technical.rows[0].cells[1];
    expect(change.heldBack).toBe(true);
    expect(change.holdBacks).toEqual([
      expect.objectContaining({ capability: 'config', name: 'Config', forLevel: 3, needsLevel: 2, currentLevel: 1, limiting: true })
    ]);
    expect(technical.rows[0].cells[2]).toMatchObject({ heldBack: false, holdBacks: [] });
  });

  test('an agreed level other than the computed one is flagged; a not-applicable cell has no levels', () => {
    expect(business.rows[0].cells).toEqual([
      expect.objectContaining({ capability: 'budgeting', computedLevel: 1, assessedLevel: 2, effectiveLevel: 2, effectiveLevelName: 'Controlled', agreedDiffers: true }),
      expect.objectContaining({ capability: 'skills', status: 'not-applicable', computedLevel: null, assessedLevel: null, effectiveLevel: null, agreedDiffers: false, progressToNext: null })
    ]);
  });

  test('rows and aspects roll up as rule 6 does, with their status counts', () => {
    expect(technical.rows[0]).toMatchObject({ level: 1, score: 7 / 3, counts: { capabilities: 3, assessed: 3, notAssessed: 0, notApplicable: 0 } });
    expect(technical).toMatchObject({ level: 1, score: 7 / 3 });
    expect(business).toMatchObject({ level: 2, score: 2, counts: { capabilities: 2, assessed: 1, notAssessed: 0, notApplicable: 1 } });
    expect(technical.rows[0]).toMatchObject(report.categories['technical-one']);
  });

  test('the model\'s levels come with it for the colour key', () => {
    expect(heatmap.levels.map((l) => l.name)).toEqual(['Basic', 'Controlled', 'Standardised', 'Optimised', 'Innovative']);
    expect(heatmap.issues).toEqual([]);
  });
});

describe('a heatmap of partial data', () => {
  test('a capability the report lacks is shown as not assessed, and the issue says which', () => {
    const partial = clone(report);
    delete partial.capabilities.incident;
    const heatmap = heatmapRows(model, partial);
    expect(heatmap.aspects[0].rows[0].cells[2]).toMatchObject({ capability: 'incident', status: 'not-assessed', effectiveLevel: 1 });
    expect(heatmap.aspects[0].rows[0].counts.notAssessed).toBe(1);
    expect(heatmap.issues.map((i) => i.message)).toEqual(['The score report has no levels for 1 capability of the model (incident): it is shown as not assessed.']);
  });

  test('a capability in a category the model does not list is shown apart, in its own group', () => {
    const odd = smallModel();
    odd.capabilities[0].category = 'mystery';
    const heatmap = heatmapRows(odd, scoreAssessment(odd, smallAssessment(odd)));
    expect(heatmap.aspects.map((a) => a.aspect)).toEqual(['technical', 'business', null]);
    expect(heatmap.aspects[2]).toMatchObject({ name: 'Categories not in the model', rows: [expect.objectContaining({ category: 'mystery', aspect: null })] });
    expect(heatmap.issues.map((i) => i.message)).toEqual(["'config' is in category 'mystery', which the model does not list; it is shown apart."]);
  });

  test('an aspect with no categories is still listed, with no rows', () => {
    const technicalOnly = smallModel();
    technicalOnly.categories = technicalOnly.categories.filter((c) => c.aspect === 'technical');
    technicalOnly.capabilities = technicalOnly.capabilities.filter((c) => c.category === 'technical-one');
    const heatmap = heatmapRows(technicalOnly, scoreAssessment(technicalOnly, smallAssessment(technicalOnly)));
    expect(heatmap.aspects[1]).toMatchObject({ aspect: 'business', rows: [], level: null, score: null });
  });
});
