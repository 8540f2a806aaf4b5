/**
 * The roadmap web part's store methods against the simulator: loadRoadmap (two round trips) and
 * saveRoadmapPlan ($batch, ETags, conflicts shown with both versions, carrying a plan forward).
 */
import { StoreError } from '../../src/data/errors';
import type { SharePointStore } from '../../src/data/SharePointStore';
import type { RoadmapActionSave, RoadmapPlanSettings, RoadmapSave } from '../../src/data/types';
import { F, LISTS } from '../../src/data/schema/names';
import type { Model } from '../../src/nimm';
import { ensureSchema } from '../../src/data/schema/ensureSchema';
import { NIMM_SCHEMA } from '../../src/data/schema/lists';
import { startSite, useSetUpSite } from './support/site';

const SETTINGS: RoadmapPlanSettings = { profile: 'level-3-baseline', capacity: 10, capacityUnit: 'steps', phaseMonths: 3, startDate: '2027-01-01', defaultEffortDays: 5, carriedFrom: null, customTargets: null };

/** A planned step's action for the first `count` capabilities of the model, raising each to level 2. */
function steps(model: Model, assessmentId: number, count: number, from = 0): RoadmapActionSave[] {
  return model.capabilities.slice(from, from + count).map((c, i) => ({
    assessmentId,
    capability: c.key,
    title: `Raise ${c.name} to level 2`,
    fromLevel: 1,
    toLevel: 2,
    phase: 1 + Math.floor(i / 10),
    owner: '',
    ownerLogin: '',
    dueDate: '2027-03-31',
    startDate: '2027-01-01',
    status: 'planned',
    estimateDays: i,
    estimateCost: 1000 * i,
    notes: '',
    stepKey: `${c.key}:2`,
    improvementIdeas: ''
  }));
}

describe('the roadmap web part\'s plan on the site', () => {
  const site = useSetUpSite();
  let member: SharePointStore;
  let model: Model;

  beforeAll(async () => {
    member = await site.storeFor('member');
    const published = await member.getPublishedModel();
    model = published!.model;
  });

  async function freshAssessment(title: string, scope = title): Promise<number> {
    return (await site.owner.createAssessment({ title, scope, targetProfile: 'level-3-baseline' })).id;
  }

  it('opens in two round trips, and saves a plan of 30 actions in one', async () => {
    const id = await freshAssessment('Thirty actions');
    site.sim.clearLog();
    const view = await member.loadRoadmap({ assessmentId: id });
    const openTrips = site.roundTrips();
    expect(view.assessment?.id).toBe(id);
    expect(view.model?.capabilities.length).toBeGreaterThanOrEqual(74);
    expect([view.plan, view.actions, view.earlier, view.carriedTo]).toEqual([null, [], null, null]);
    expect(site.sim.log.map((e) => `${e.method} ${e.path}`)).toEqual(['POST /sites/nimm/_api/$batch', 'POST /sites/nimm/_api/$batch']);
    expect(openTrips).toBe(2);

    site.sim.clearLog();
    const result = await member.saveRoadmapPlan({ assessmentId: id, plan: { ...SETTINGS, assessmentId: id }, actions: steps(model, id, 30) });
    const saveTrips = site.roundTrips();
    expect(site.sim.log.map((e) => `${e.method} ${e.path}`)).toEqual(['POST /sites/nimm/_api/$batch']);
    expect(site.sim.log[0].batchParts).toBe(33);
    expect(saveTrips).toBe(1);
    expect(result.saved).toBe(31);
    expect([result.conflicts, result.failed, result.issues]).toEqual([[], null, []]);
    expect(result.plan).toEqual(expect.objectContaining({ ...SETTINGS, assessmentId: id }));
    expect(result.actions).toHaveLength(30);
    expect(result.actions[3]).toEqual(expect.objectContaining({ stepKey: `${model.capabilities[3].key}:2`, estimateDays: 3, estimateCost: 3000, startDate: '2027-01-01', dueDate: '2027-03-31', status: 'planned' }));
    // eslint-disable-next-line no-console
    console.log(`Round trips: open the roadmap ${openTrips}, save a plan of 30 actions ${saveTrips} (one $batch of ${site.sim.log[0].batchParts} parts).`);

    const again = await member.loadRoadmap({ assessmentId: id });
    expect(again.plan?.etag).toBe(result.plan?.etag);
    expect(again.actions.map((a) => a.itemId)).toEqual(result.actions.map((a) => a.itemId));
  });

  it('opens the newest assessment when none is asked for, and says so when the one asked for is not there', async () => {
    const id = await freshAssessment('Newest of all');
    expect((await member.loadRoadmap()).assessment?.id).toBe(id);
    const error = (await member.loadRoadmap({ assessmentId: 99999 }).catch((e: unknown) => e)) as StoreError;
    expect(error).toBeInstanceOf(StoreError);
    expect(error.kind).toBe('not-found');
    expect(error.message).toContain('There is no assessment 99999');
  });

  it('sends more than 97 writes in $batch requests of at most 100 parts', async () => {
    const id = await freshAssessment('Many actions');
    site.sim.clearLog();
    const result = await member.saveRoadmapPlan({ assessmentId: id, plan: { ...SETTINGS, assessmentId: id }, actions: steps(model, id, 74).concat(steps(model, id, 50).map((a) => ({ ...a, toLevel: 3, fromLevel: 2, stepKey: `${a.capability}:3` }))) });
    expect(result.saved).toBe(125);
    expect(result.actions).toHaveLength(124);
    expect(site.sim.log.map((e) => e.batchParts)).toEqual([100, 27]);
  });

  it('keeps a custom goal and the steps held back by hand with the plan, and refuses a hold to phase 1 or a bad step', async () => {
    const id = await freshAssessment('Held and picked');
    const settings: RoadmapPlanSettings = { ...SETTINGS, profile: 'custom', customTargets: { 'change-management': 3 }, holds: { 'change-management:2': 3 } };
    const saved = await member.saveRoadmapPlan({ assessmentId: id, plan: { ...settings, assessmentId: id }, actions: [] });
    expect(saved.plan).toEqual(expect.objectContaining({ profile: 'custom', customTargets: { 'change-management': 3 }, holds: { 'change-management:2': 3 } }));
    const again = await member.loadRoadmap({ assessmentId: id });
    expect(again.plan).toEqual(expect.objectContaining({ customTargets: { 'change-management': 3 }, holds: { 'change-management:2': 3 } }));
    const refusals: RoadmapPlanSettings[] = [
      { ...settings, holds: { 'change-management:2': 1 } },
      { ...settings, holds: { 'not a step': 3 } },
      { ...settings, customTargets: {} }
    ];
    for (const bad of refusals) {
      await expect(member.saveRoadmapPlan({ assessmentId: id, plan: { ...bad, assessmentId: id, itemId: saved.plan!.itemId, etag: saved.plan!.etag }, actions: [] })).rejects.toMatchObject({ kind: 'invalid-data' });
    }
  });

  it('keeps an action someone else changed meanwhile, shows both versions, and saves the rest', async () => {
    const id = await freshAssessment('Two planners');
    const first = await member.saveRoadmapPlan({ assessmentId: id, plan: { ...SETTINGS, assessmentId: id }, actions: steps(model, id, 5) });
    const [a, b, c] = first.actions;
    // Someone else gives the second action an owner.
    const theirs = await site.owner.saveRoadmapAction({ ...b, owner: 'Olivia Owen', notes: 'Mine now.' });

    site.sim.clearLog();
    const mine = [a, b, c].map((x) => ({ ...x, owner: 'Marcus Reid', phase: 2 }));
    const result = await member.saveRoadmapPlan({ assessmentId: id, actions: mine });
    expect(result.saved).toBe(2);
    expect(result.failed).toBeNull();
    expect(result.conflicts).toEqual([{ kind: 'action', mine: mine[1], theirs: expect.objectContaining({ itemId: b.itemId, etag: theirs.etag, owner: 'Olivia Owen', notes: 'Mine now.' }) }]);
    const byId = new Map(result.actions.map((x) => [x.itemId, x]));
    expect(byId.get(a.itemId)?.owner).toBe('Marcus Reid');
    expect(byId.get(c.itemId)?.owner).toBe('Marcus Reid');
    expect(byId.get(b.itemId)?.owner).toBe('Olivia Owen');
    // The refused MERGE stopped the batch there: the part after it went again, with the reads
    // (the plan, the assessment's actions, and the action in conflict by its id).
    expect(site.sim.log.map((e) => e.batchParts)).toEqual([5, 4]);

    // "Use mine": saved over theirs knowingly, with their ETag.
    const chosen = await member.saveRoadmapAction({ ...mine[1], etag: theirs.etag });
    expect(chosen.owner).toBe('Marcus Reid');
  });

  it('stops when someone else saved the settings meanwhile, and writes nothing after them', async () => {
    const id = await freshAssessment('Settings race');
    const first = await member.saveRoadmapPlan({ assessmentId: id, plan: { ...SETTINGS, assessmentId: id }, actions: steps(model, id, 3) });
    const loaded = first.plan!;
    const theirs = await site.owner.saveRoadmapPlan({ assessmentId: id, plan: { ...loaded, capacity: 2 }, actions: [] });
    expect(theirs.plan?.capacity).toBe(2);

    const moved = first.actions.map((x) => ({ ...x, phase: 4 }));
    const result = await member.saveRoadmapPlan({ assessmentId: id, plan: { ...loaded, capacity: 20 }, actions: moved });
    expect(result.saved).toBe(0);
    expect(result.conflicts).toEqual([{ kind: 'plan', mine: expect.objectContaining({ capacity: 20 }), theirs: expect.objectContaining({ capacity: 2, etag: theirs.plan?.etag }) }]);
    expect(result.failed?.titles).toEqual(moved.map((x) => x.title));
    expect(result.failed?.message).toContain('Someone else saved this plan after you opened it');
    expect(result.actions.every((x) => x.phase === 1)).toBe(true);
  });

  it('lets only one of two first saves of the same plan through, so no action is added twice', async () => {
    const id = await freshAssessment('First save race');
    const save = (): RoadmapSave => ({ assessmentId: id, plan: { ...SETTINGS, assessmentId: id }, actions: steps(model, id, 4) });
    const owner = await member.saveRoadmapPlan(save());
    expect(owner.actions).toHaveLength(4);
    const late = await site.owner.saveRoadmapPlan(save());
    expect(late.saved).toBe(0);
    expect(late.conflicts).toEqual([{ kind: 'plan', mine: expect.objectContaining({ assessmentId: id }), theirs: expect.objectContaining({ itemId: owner.plan?.itemId }) }]);
    expect(late.actions).toHaveLength(4);
    const sp = await site.spFor('owner');
    expect(await sp.web.lists.getByTitle(LISTS.roadmapPlans).items.filter(`${F.assessmentId} eq ${id}`)()).toHaveLength(1);
  });

  it('carries a plan forward to a re-assessment: offered there, moved on saving, read-only behind', async () => {
    const earlierId = await freshAssessment('Round one', 'Carried trust');
    const earlier = await member.saveRoadmapPlan({ assessmentId: earlierId, plan: { ...SETTINGS, assessmentId: earlierId }, actions: steps(model, earlierId, 3) });
    const laterId = (await site.owner.createAssessment({ title: 'Round two', scope: 'Carried trust', previousAssessmentId: earlierId })).id;

    const offered = await member.loadRoadmap({ assessmentId: laterId });
    expect(offered.plan).toBeNull();
    expect(offered.earlier?.assessment.id).toBe(earlierId);
    expect(offered.earlier?.plan.itemId).toBe(earlier.plan?.itemId);
    expect(offered.earlier?.actions.map((a) => a.itemId)).toEqual(earlier.actions.map((a) => a.itemId));

    const moved = earlier.actions.map((a) => ({ ...a, assessmentId: laterId }));
    const result = await member.saveRoadmapPlan({ assessmentId: laterId, plan: { ...SETTINGS, assessmentId: laterId, carriedFrom: earlierId }, actions: moved });
    expect(result.actions.map((a) => a.itemId)).toEqual(earlier.actions.map((a) => a.itemId));

    const behind = await member.loadRoadmap({ assessmentId: earlierId });
    expect(behind.carriedTo?.id).toBe(laterId);
    expect(behind.actions).toEqual([]);
    expect((await member.loadRoadmap({ assessmentId: laterId })).earlier).toBeNull();
  });

  it('refuses a visitor, and a plan with a bad setting, before writing anything', async () => {
    const id = await freshAssessment('Refusals');
    const visitor = await site.storeFor('visitor');
    const view = await visitor.loadRoadmap({ assessmentId: id });
    expect(view.user.can.edit).toBe(false);
    site.sim.clearLog();
    const forbidden = (await visitor.saveRoadmapPlan({ assessmentId: id, plan: { ...SETTINGS, assessmentId: id }, actions: steps(model, id, 2) }).catch((e: unknown) => e)) as StoreError;
    expect(forbidden.kind).toBe('forbidden');
    const bad = (await member.saveRoadmapPlan({ assessmentId: id, plan: { ...SETTINGS, assessmentId: id, phaseMonths: 2 }, actions: [] }).catch((e: unknown) => e)) as StoreError;
    expect(bad.kind).toBe('invalid-data');
    expect(bad.message).toContain('must be 1, 3, 6 or 12 months');
    const noEtag = (await member.saveRoadmapPlan({ assessmentId: id, actions: [{ ...steps(model, id, 1)[0], itemId: 5 }] }).catch((e: unknown) => e)) as StoreError;
    expect(noEtag.kind).toBe('invalid-data');
    expect(site.writes().filter((w) => !/\$batch/.test(w.path))).toEqual([]);
    expect((await member.loadRoadmap({ assessmentId: id })).actions).toEqual([]);
  });

  it('reports a second plan of an assessment instead of using it', async () => {
    const id = await freshAssessment('Damaged plans');
    await member.saveRoadmapPlan({ assessmentId: id, plan: { ...SETTINGS, assessmentId: id }, actions: [] });
    site.sim.bulkAddItems(LISTS.roadmapPlans, [{ Title: 'Copy', [F.assessmentId]: id, [F.profileKey]: 'cyber-resilience', [F.planKey]: `${id}#copy`, [F.planSettings]: '{}' }]);
    const view = await member.loadRoadmap({ assessmentId: id });
    expect(view.plan?.profile).toBe('level-3-baseline');
    expect(view.issues).toEqual([expect.objectContaining({ list: LISTS.roadmapPlans, problem: expect.stringContaining(`second plan for assessment ${id}`) })]);
  });
});

describe('the roadmap on a site set up before schema version 6', () => {
  it('says a site owner needs to run set-up', async () => {
    const site = await startSite();
    try {
      const sp = await site.spFor('owner');
      await ensureSchema(sp, undefined, { version: 5, lists: NIMM_SCHEMA.lists.filter((l) => l.title !== LISTS.roadmapPlans) });
      const owner = await site.storeFor('owner');
      await owner.publishDefaultModel();
      await owner.createAssessment({ title: 'Old site', scope: 'Trust' });
      const error = (await (await site.storeFor('member')).loadRoadmap().catch((e: unknown) => e)) as StoreError;
      expect(error).toBeInstanceOf(StoreError);
      expect(error.kind).toBe('not-set-up');
      expect(error.message).toContain('"NIMM Roadmap Plans" does not exist');
    } finally {
      await site.close();
    }
  });
});
