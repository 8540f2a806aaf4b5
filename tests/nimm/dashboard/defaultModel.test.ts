/** Every dashboard function over the default NHS model and the demo trust's assessment (the workbench's seed). */
import {
  assessmentTrends,
  budgetSplit,
  compareScopes,
  dashboardHeadline,
  HeatmapCell,
  heatmapRows,
  perspectivesByCategory,
  profileGaps,
  scoreAssessment
} from '../../../src/nimm';
import { demo } from './demo';

const { model, assessment } = demo();
const report = scoreAssessment(model, assessment);

describe('the dashboard over the default model and the demo assessment', () => {
  test('the headline agrees with the score report and has no issues', () => {
    const headline = dashboardHeadline(model, assessment, { report });
    expect(headline).toMatchObject({ level: report.overall.level, score: report.overall.score, issues: [] });
    expect(headline.counts).toEqual({ capabilities: 81, assessed: 22, notAssessed: 57, notApplicable: 2 });
    expect(headline.rule).toBe('The organisation is at level 1 (Basic), the lowest level among the 22 capabilities assessed, and scores 2.36, the average of their levels.');
    expect(headline.foundation.capabilities.map((c) => c.capability)).toEqual(['change-management', 'release-management', 'incident-management', 'service-monitoring', 'identity-management']);
  });

  test('the heatmap has 7 technical and 6 business categories, every capability once, hold-backs as scoring names them', () => {
    const heatmap = heatmapRows(model, report);
    expect(heatmap.aspects.map((a) => [a.aspect, a.rows.length])).toEqual([
      ['technical', 7],
      ['business', 6]
    ]);
    const cells: HeatmapCell[] = [];
    heatmap.aspects.forEach((a) => a.rows.forEach((r) => cells.push(...r.cells)));
    expect(cells.map((c) => c.capability).sort()).toEqual(Object.keys(report.capabilities).sort());
    cells.forEach((cell) => {
      expect(cell.holdBacks.map((h) => h.capability).filter((k, i, all) => all.indexOf(k) === i)).toEqual(report.capabilities[cell.capability].heldBackBy);
      expect(cell.effectiveLevel).toBe(report.capabilities[cell.capability].effectiveLevel);
    });
    heatmap.aspects.forEach((a) => a.rows.forEach((row) => expect({ level: row.level, score: row.score }).toEqual(report.categories[row.category])));
    expect(heatmap.issues).toEqual([]);
  });

  test('perspectives are worked out for all 13 categories', () => {
    const categories = perspectivesByCategory(model, report);
    expect(categories).toHaveLength(13);
    categories.forEach((category) => expect(category.perspectives.map((p) => p.perspective)).toEqual(['strategy', 'security', 'technology', 'process', 'people']));
    // The example in docs/scoring.md, "For the dashboard".
    expect(categories.filter((c) => c.category === 'security-governance')[0].sentence).toMatch(/^Technology holds back 4 of the 5 capabilities assessed; Process holds back 4;/);
  });

  test("every profile's readiness is what scoring gives, and the entitlement profile has a checklist", () => {
    model.profiles.forEach((profile) => {
      const gaps = profileGaps(model, assessment, profile.key, { report });
      expect(gaps.readiness).toBe(report.profiles[profile.key].readiness);
      expect(gaps.met).toBe(report.profiles[profile.key].met);
      expect(gaps.checklist === null).toBe(profile.kind !== 'entitlement');
      gaps.gaps.filter((g) => !g.met).forEach((g) => expect(g.next?.sentences.length).toBeGreaterThan(0));
    });
    const entitlement = profileGaps(model, assessment, 'enterprise-licence-entitlement', {
      report,
      today: '2026-12-01',
      evidence: [{ capability: 'directory-services', criterion: 'directory-services.2.1', title: 'Directory design', url: 'https://example.nhs.uk/ad', expires: '2026-11-30' }]
    });
    expect(entitlement.checklist?.lines).toHaveLength(10);
    expect(entitlement.checklist?.lines[0]).toMatchObject({ capability: 'directory-services', expiredEvidence: 1, hasCurrentEvidence: false });
    expect(entitlement.sentence).toBe('7 of 10 targets met: 70% ready.');
  });

  test('trends against an earlier round of the same trust show what moved', () => {
    const earlier = { ...assessment, date: '2025-11-20', responses: assessment.responses.filter((r) => r.capability !== 'change-management') };
    const trends = assessmentTrends([{ model, assessment }, { model, assessment: earlier, label: '2025' }]);
    expect(trends.points.map((p) => p.label)).toEqual(['2025', '2026-11-20']);
    expect(trends.capabilities).toHaveLength(81);
    expect(trends.capabilities.filter((c) => c.capability === 'change-management')[0].latest).toMatchObject({ change: 'new', to: 2 });
    expect(trends.modelChanges).toEqual([]);
  });

  test('a provider compared with the demo trust', () => {
    const providerAssessment = { ...assessment, responses: assessment.responses.map((r) => ({ ...r, agreedLevel: r.notApplicable ? null : 4 })) };
    const comparison = compareScopes({ model, assessment: providerAssessment, label: 'the shared service' }, { model, assessment, label: 'Kestrel Vale' });
    expect(comparison.rows).toHaveLength(81);
    expect(comparison.compared).toBe(22);
    expect(comparison.mindTheGap.length).toBeGreaterThan(0);
    comparison.mindTheGap.forEach((row) => expect((row.difference as number) > 0).toBe(true));
  });

  test("the demo trust's 72% run budget (the workbench's seed) reads against the benchmark", () => {
    expect(budgetSplit([{ year: '2026/27', runPercent: 72 }]).years[0].sentence).toBe(
      'In 2026/27, 72% of the IT budget went on running the organisation and 28% on improving it: 2 points below the 30% improvement share of the 70/30 benchmark.'
    );
  });
});
