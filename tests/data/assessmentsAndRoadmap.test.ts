import { StoreError } from '../../src/data/errors';
import { F, LISTS } from '../../src/data/schema/names';
import type { SharePointStore } from '../../src/data/SharePointStore';
import type { RoadmapActionDraft } from '../../src/data/types';
import { startSite, useSetUpSite } from './support/site';

describe('assessments', () => {
  const site = useSetUpSite();
  let member: SharePointStore;

  beforeAll(async () => {
    member = await site.storeFor('member');
  });

  it('starts an assessment against the published model with its metadata', async () => {
    const published = await member.getPublishedModel();
    const created = await member.createAssessment({ title: 'North Trust 2026', scope: 'Acute services', targetProfile: 'baseline', lead: 'Marcus Reid', startDate: '2026-06-01', runBudgetPercent: 70 });
    expect(created).toEqual(expect.objectContaining({
      title: 'North Trust 2026',
      scope: 'Acute services',
      status: 'open',
      modelVersionId: published?.modelVersion.id,
      modelKey: 'nhs-nimm',
      targetProfile: 'baseline',
      lead: 'Marcus Reid',
      startDate: '2026-06-01',
      runBudgetPercent: 70
    }));
  });

  it('lists assessments newest first and closes one', async () => {
    const second = await member.createAssessment({ title: 'Second', scope: 'x' });
    await member.closeAssessment(second.id);
    const listed = (await member.listAssessments()).items;
    expect(listed[0]).toEqual(expect.objectContaining({ id: second.id, status: 'closed' }));
    expect(listed[0].closedDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('refuses an assessment without a title', async () => {
    const error = (await member.createAssessment({ title: '  ', scope: 'x' }).catch((e: unknown) => e)) as StoreError;
    expect(error.kind).toBe('invalid-data');
    // One full stop: the check's own words end without one, the message adds it.
    expect(error.message).toBe('The assessment could not be started: column "title": An assessment needs a title.');
  });

  it('says no model is published yet on a freshly set-up site', async () => {
    const bare = await startSite();
    try {
      const owner = await bare.storeFor('owner');
      await owner.ensureSchema();
      const error = (await owner.createAssessment({ title: 'Early', scope: 'x' }).catch((e: unknown) => e)) as StoreError;
      expect(error.kind).toBe('not-set-up');
      expect(error.message).toContain('No model has been published on this site yet');
      expect(await owner.getPublishedModel()).toBeNull();
    } finally {
      await bare.close();
    }
  });
});

describe('roadmap actions', () => {
  const site = useSetUpSite();
  let member: SharePointStore;
  let assessmentId: number;

  beforeAll(async () => {
    member = await site.storeFor('member');
    assessmentId = (await member.createAssessment({ title: 'Roadmap', scope: 'Trust' })).id;
  });

  const action = (changes: Partial<RoadmapActionDraft> = {}): RoadmapActionDraft => ({
    assessmentId,
    capability: 'change-management',
    title: 'Set up a change advisory board',
    fromLevel: 1,
    toLevel: 2,
    phase: 1,
    owner: 'Marcus Reid',
    dueDate: '2026-12-31',
    status: 'planned',
    estimateDays: 10,
    estimateCost: 5000,
    notes: '',
    ...changes
  });

  it('adds actions and lists them by phase', async () => {
    await member.saveRoadmapAction(action({ title: 'Later', phase: 2 }));
    await member.saveRoadmapAction(action({ title: 'First', phase: 1 }));
    const listed = (await member.listRoadmapActions(assessmentId)).items;
    expect(listed.map((a) => a.title)).toEqual(['First', 'Later']);
    expect(listed[0].dueDate).toBe('2026-12-31');
  });

  it('updates an action, and refuses an update made over someone else\'s change', async () => {
    const saved = await member.saveRoadmapAction(action({ title: 'Contested' }));
    const updated = await member.saveRoadmapAction({ ...saved, status: 'in-progress' });
    expect(updated.status).toBe('in-progress');
    expect(updated.etag).not.toBe(saved.etag);
    const stale = (await member.saveRoadmapAction({ ...saved, status: 'done' }).catch((e: unknown) => e)) as StoreError;
    expect(stale.kind).toBe('conflict');
    expect(stale.message).toContain('someone else changed it after you opened it');
  });

  it('refuses an update that does not carry the ETag it was loaded with, and changes nothing', async () => {
    const saved = await member.saveRoadmapAction(action({ title: 'Guarded' }));
    site.sim.clearLog();
    for (const etag of [undefined, '*', '']) {
      const error = (await member.saveRoadmapAction({ ...saved, etag, status: 'done' }).catch((e: unknown) => e)) as StoreError;
      expect(error).toBeInstanceOf(StoreError);
      expect(error.kind).toBe('invalid-data');
      expect(error.message).toContain('must be saved with the version it was loaded with');
      expect(error.unsaved).toEqual(expect.objectContaining({ status: 'done' }));
    }
    expect(site.writes()).toEqual([]);
    const listed = (await member.listRoadmapActions(assessmentId)).items.find((a) => a.itemId === saved.itemId);
    expect(listed?.status).toBe('planned');
  });

  it('reports an action someone damaged by hand instead of dropping it silently', async () => {
    const saved = await member.saveRoadmapAction(action({ title: 'Soon damaged' }));
    const sp = await site.spFor('owner');
    await sp.web.lists.getByTitle(LISTS.roadmapActions).items.getById(saved.itemId).update({ [F.toLevel]: 0 });
    const listed = await member.listRoadmapActions(assessmentId);
    expect(listed.items.some((a) => a.itemId === saved.itemId)).toBe(false);
    expect(listed.issues).toEqual([{ list: LISTS.roadmapActions, itemId: saved.itemId, problem: expect.stringContaining('To level') }]);
  });
});

describe('listing assessments with a damaged item', () => {
  const site = useSetUpSite();

  it('reports the damaged assessment and lists the rest', async () => {
    const member = await site.storeFor('member');
    const good = await member.createAssessment({ title: 'Fine', scope: 'Trust' });
    const bad = await member.createAssessment({ title: 'Soon damaged', scope: 'Trust' });
    const sp = await site.spFor('owner');
    await sp.web.lists.getByTitle(LISTS.assessments).items.getById(bad.id).update({ [F.runBudgetPercent]: 250 });
    const listed = await member.listAssessments();
    expect(listed.items.map((a) => a.id)).toContain(good.id);
    expect(listed.items.map((a) => a.id)).not.toContain(bad.id);
    expect(listed.issues).toEqual([{ list: LISTS.assessments, itemId: bad.id, problem: expect.stringContaining('Run budget (%)') }]);
  });
});
