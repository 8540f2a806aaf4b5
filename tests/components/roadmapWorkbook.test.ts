/** The roadmap as a workbook: its sheets, written with write-excel-file and read back with read-excel-file. */
import readXlsxFile from 'read-excel-file/node';
import writeXlsxFile from 'write-excel-file/node';
import { computePlan, planBase } from '../../src/components/roadmap/roadmapData';
import { roadmapSheets, roadmapWorkbookName } from '../../src/components/roadmap/roadmapWorkbook';
import type { AssessmentSummary, RoadmapView } from '../../src/data/types';
import { guideModel } from './fixtures/guideModel';
import { userWithRole, versionOf } from './support/fakeStore';

const assessment: AssessmentSummary = {
  id: 5, etag: '"1"', title: 'Trust 2026', scope: 'Trust', status: 'open', modelVersionId: 1, modelKey: 'test-model', modelVersion: '1.0', targetProfile: 'all-up',
  lead: '', facilitator: '', startDate: '2026-11-20', closedDate: null, runBudgetPercent: 70, dueDate: null, inScope: { kind: 'all' } as AssessmentSummary['inScope'],
  previousAssessmentId: null, budgetYear: '2026/27', runBudget: null, improveBudget: 2800000, created: null, modified: null
};

function plan(): ReturnType<typeof computePlan> {
  const model = guideModel();
  model.profiles = [{ key: 'all-up', name: 'All up', kind: 'target', targets: { configuration: 2, change: 3, board: 2 } }];
  const view: RoadmapView = { user: userWithRole('member'), assessments: [assessment], assessment, model, modelVersion: versionOf(model, 1), responses: [], plan: null, actions: [], earlier: null, carriedTo: null, localProfiles: { profiles: [], editors: 'members', canChange: true, available: true }, issues: [] };
  const base = planBase(view);
  if (!base) throw new Error('no base');
  const settings = { profile: 'all-up', capacity: null, capacityUnit: 'steps' as const, phaseMonths: 3, startDate: '2026-04-01', defaultEffortDays: 5, carriedFrom: null, customTargets: null };
  const edits = {
    'configuration:2': { estimateCost: 100000, estimateDays: 10, owner: 'Sam Patel', notes: '=HYPERLINK("https://evil.example","Click")' },
    'change:2': { estimateCost: 20000 }
  };
  return computePlan(base, { plan: null, actions: [], earlier: null }, settings, edits, '2026-03-01');
}

describe('the roadmap workbook', () => {
  test('names the file after the assessment and the date', () => {
    expect(roadmapWorkbookName('Trust: 2026', '2026-12-02')).toBe('NIMM roadmap Trust 2026 2026-12-02.xlsx');
  });

  test('holds the steps, the phases and the costs by year, and reads back with formula-like text as text', async () => {
    const computed = plan();
    if (!computed) throw new Error('no plan');
    const buffer = await writeXlsxFile(roadmapSheets(computed, assessment)).toBuffer();
    const read = await readXlsxFile(buffer);
    expect(read.map((s) => s.sheet)).toEqual(['Steps', 'Phases', 'Costs by year']);
    const steps = read[0].data;
    expect(steps[0]).toEqual(['Phase', 'Starts', 'Ends', 'Capability', 'From level', 'To level', 'Step', 'Owner', 'Status', 'Effort (person-days)', 'Cost (\u00a3)', 'Notes']);
    expect(steps.length - 1).toBe(4);
    expect(steps[1]).toEqual([1, '2026-04-01', '2026-06-30', 'Configuration management', 1, 2, 'Raise Configuration management to level 2', 'Sam Patel', 'Planned', 10, 100000, '=HYPERLINK("https://evil.example","Click")']);
    const phases = read[1].data;
    expect(phases.slice(1).map((r) => [r[0], r[1], r[2], r[3], r[5], r[6]])).toEqual([
      [1, '2026-04-01', '2026-06-30', 2, 120000, 0],
      [2, '2026-07-01', '2026-09-30', 2, 0, 2]
    ]);
    const costs = read[2].data;
    expect(costs.slice(1)).toEqual([['2026/27', '1, 2', 120000, 2, '\u00a3120,000 planned in 2026/27 against an improve budget of \u00a32,800,000 (4%).']]);
  });
});
