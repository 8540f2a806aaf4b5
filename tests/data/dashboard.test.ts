import { emptyDraft } from '../../src/data/merge/mergeResponse';
import { F, LISTS } from '../../src/data/schema/names';
import { dashboardAssessments } from '../../src/data/store/dashboard';
import type { AssessmentSummary } from '../../src/data/types';
import { isStoreError, type StoreError } from '../../src/data/errors';
import { useSetUpSite } from './support/site';

describe('loading the dashboard', () => {
  const site = useSetUpSite();
  const ids: number[] = [];

  beforeAll(async () => {
    // Six rounds of the trust-wide assessment, and one of a shared service in between.
    for (let i = 1; i <= 6; i++) {
      ids.push((await site.owner.createAssessment({ title: `Trust-wide ${2020 + i}`, scope: 'Trust-wide' })).id);
      if (i === 3) await site.owner.createAssessment({ title: 'Pathology network', scope: 'Pathology shared service' });
    }
    const member = await site.storeFor('member');
    const { model } = await member.loadAssessmentView(ids[5]);
    const capability = model.capabilities[0];
    for (const id of [ids[4], ids[5]]) {
      await member.saveResponse(id, { capability: capability.key, base: null, draft: { ...emptyDraft(), status: 'in-progress', answers: { [capability.levels[0].criteria[0].key]: 'met' } } });
    }
    await member.linkEvidence({ assessmentId: ids[5], capability: capability.key, title: 'Change policy', url: 'https://intranet.example.nhs.uk/policies/change' });
  });

  it('reads the newest assessment, five earlier ones of its scope, their models, responses and evidence in two round trips', async () => {
    const member = await site.storeFor('member');
    site.sim.clearLog();
    const view = await member.loadDashboard();
    expect(site.sim.log.map((e) => `${e.method} ${e.path}`)).toEqual(['POST /sites/nimm/_api/$batch', 'POST /sites/nimm/_api/$batch']);
    expect(view.entries.map((e) => e.assessment.id)).toEqual(ids.slice().reverse());
    expect(view.entries[0].responses).toHaveLength(1);
    expect(view.entries[1].responses).toHaveLength(1);
    expect(view.entries[2].responses).toHaveLength(0);
    expect(view.entries[0].model.capabilities.length).toBeGreaterThanOrEqual(74);
    expect(view.evidence.map((e) => e.kind)).toEqual(['link']);
    expect(view.assessments).toHaveLength(7);
    expect(view.user.can.edit).toBe(true);
    expect(view.issues).toEqual([]);
  });

  it('shows the assessment asked for, with only earlier ones of its own scope', async () => {
    const member = await site.storeFor('member');
    const view = await member.loadDashboard({ assessmentId: ids[2], history: 1 });
    expect(view.entries.map((e) => e.assessment.id)).toEqual([ids[2], ids[1]]);
    const other = view.assessments.find((a) => a.scope === 'Pathology shared service')!;
    expect((await member.loadDashboard({ assessmentId: other.id })).entries.map((e) => e.assessment.id)).toEqual([other.id]);
  });

  it('reports a damaged response and shows the rest', async () => {
    site.sim.bulkAddItems(LISTS.responses, [{ Title: 'x', [F.assessmentId]: ids[5], [F.capabilityKey]: 'not a key!', [F.responseKey]: `${ids[5]}/bad` }]);
    const view = await (await site.storeFor('visitor')).loadDashboard();
    expect(view.entries[0].responses).toHaveLength(1);
    expect(view.issues.length).toBeGreaterThan(0);
    expect(view.issues[0].list).toBe(LISTS.responses);
  });

  it('is empty, not an error, on a site with no assessment', () => {
    expect(dashboardAssessments([])).toEqual([]);
  });
});

describe('recording the budget split with an assessment', () => {
  const site = useSetUpSite();

  it('keeps the year and amounts, works out the run share, and refuses a stale copy', async () => {
    const assessment = await site.owner.createAssessment({ title: 'Budget', scope: 'Trust-wide' });
    const member = await site.storeFor('member');
    const saved = await member.saveBudgetSplit({ assessmentId: assessment.id, etag: assessment.etag, year: '2026-27', runBudget: 8_000_000, improveBudget: 2_000_000 });
    expect(saved).toEqual(expect.objectContaining({ budgetYear: '2026/27', runBudget: 8_000_000, improveBudget: 2_000_000, runBudgetPercent: 80 }));
    const stale = (await member.saveBudgetSplit({ assessmentId: assessment.id, etag: assessment.etag, year: '2026/27', runBudgetPercent: 70 }).catch((e: unknown) => e)) as StoreError;
    expect(isStoreError(stale) && stale.kind).toBe('conflict');
    const byShare = await member.saveBudgetSplit({ assessmentId: assessment.id, etag: saved.etag, year: '2027/28', runBudgetPercent: 72.5 });
    expect(byShare).toEqual(expect.objectContaining({ budgetYear: '2027/28', runBudget: null, improveBudget: null, runBudgetPercent: 72.5 }));
  });

  it('says what is wrong before sending anything, and visitors are refused by SharePoint', async () => {
    const assessment = await site.owner.createAssessment({ title: 'Budget 2', scope: 'Trust-wide' });
    const member = await site.storeFor('member');
    site.sim.clearLog();
    const bad = (await member.saveBudgetSplit({ assessmentId: assessment.id, etag: assessment.etag, year: '2026', runBudget: -5, improveBudget: null }).catch((e: unknown) => e)) as StoreError;
    expect(bad.kind).toBe('invalid-data');
    expect(bad.message).toMatch(/financial year/);
    expect(bad.message).toMatch(/run budget must be an amount in pounds, 0 or more/);
    expect(bad.message).toMatch(/Give both the run and the improve amounts/);
    expect(site.writes()).toEqual([]);
    const visitor = await site.storeFor('visitor');
    const refused = (await visitor.saveBudgetSplit({ assessmentId: assessment.id, etag: assessment.etag, year: '2026/27', runBudgetPercent: 70 }).catch((e: unknown) => e)) as StoreError;
    expect(refused.kind).toBe('forbidden');
  });
});

describe('which assessments the dashboard compares', () => {
  const a = (id: number, scope: string, startDate: string | null = null): AssessmentSummary => ({ id, scope, startDate, created: '2026-01-01T10:00:00Z' } as AssessmentSummary);
  it('takes the newest, and earlier ones of the same scope whatever the case or spacing', () => {
    const all = [a(1, 'Trust'), a(2, 'trust '), a(3, 'Other'), a(4, 'TRUST')];
    expect(dashboardAssessments(all).map((x) => x.id)).toEqual([4, 2, 1]);
    expect(dashboardAssessments(all, { history: 1 }).map((x) => x.id)).toEqual([4, 2]);
    expect(dashboardAssessments(all, { assessmentId: 3 }).map((x) => x.id)).toEqual([3]);
    expect(dashboardAssessments(all, { assessmentId: 99 })).toEqual([]);
  });

  it('goes by start date before item id, so past rounds typed in later stay in the past', () => {
    const all = [a(1, 'Trust', '2026-11-20'), a(2, 'Trust', '2024-11-15'), a(3, 'Trust', '2025-11-15')];
    expect(dashboardAssessments(all).map((x) => x.id)).toEqual([1, 3, 2]);
    expect(dashboardAssessments(all, { assessmentId: 3 }).map((x) => x.id)).toEqual([3, 2]);
  });
});
