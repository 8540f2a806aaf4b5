/**
 * Setting up an assessment round (due date, capabilities in scope) and re-assessing: a new
 * assessment that starts from the previous one's responses instead of a blank form.
 */
import { StoreError } from '../../src/data/errors';
import { F, LISTS } from '../../src/data/schema/names';
import type { SharePointStore } from '../../src/data/SharePointStore';
import type { StoredResponse } from '../../src/data/types';
import type { Model } from '../../src/nimm/model/schema';
import { syntheticModel } from '../../tools/synthetic/syntheticModel';
import { bulkPublish } from './support/bulkModel';
import { draft } from './support/drafts';
import { useSetUpSite } from './support/site';

type Site = ReturnType<typeof useSetUpSite>;

/** The response items of an assessment, straight from the list. */
async function responseItems(site: Site, assessmentId: number): Promise<Record<string, unknown>[]> {
  const sp = await site.spFor('owner');
  return sp.web.lists.getByTitle(LISTS.responses).items.select('Id', F.capabilityKey).filter(`${F.assessmentId} eq ${assessmentId}`).top(5000)();
}

/** The next item id the Assessments list will give (nothing has been deleted from it in these tests). */
async function nextAssessmentId(store: SharePointStore): Promise<number> {
  return Math.max(0, ...(await store.listAssessments()).items.map((a) => a.id)) + 1;
}

describe('setting up an assessment round', () => {
  const site = useSetUpSite();
  let member: SharePointStore;

  beforeAll(async () => {
    member = await site.storeFor('member');
  });

  it('records the due date, the capabilities in scope and that it starts afresh', async () => {
    const started = await member.startAssessment({ title: 'Foundations 2026', scope: 'Trust', dueDate: '2026-09-30', inScope: { kind: 'foundation' } });
    expect(started).toEqual({ assessment: expect.objectContaining({ title: 'Foundations 2026', dueDate: '2026-09-30', inScope: { kind: 'foundation' }, previousAssessmentId: null }), copied: 0, dropped: 0, skipped: 0, issues: [] });
    const listed = (await member.listAssessments()).items.find((a) => a.id === started.assessment.id);
    expect(listed).toEqual(started.assessment);
    const picked = await member.createAssessment({ title: 'Picked', scope: 'Trust', inScope: { kind: 'capabilities', capabilities: ['change-management', 'service-desk'] } });
    expect(picked.inScope).toEqual({ kind: 'capabilities', capabilities: ['change-management', 'service-desk'] });
  });

  it('covers every capability unless told otherwise, as do assessments made before schema version 3', async () => {
    expect((await member.createAssessment({ title: 'Everything', scope: 'Trust' })).inScope).toEqual({ kind: 'all' });
    const published = await member.getPublishedModel();
    site.sim.bulkAddItems(LISTS.assessments, [{ Title: 'Made by version 2', [F.modelVersionId]: published?.modelVersion.id, [F.modelKey]: 'nhs-nimm', [F.modelVersion]: published?.modelVersion.version, [F.scope]: 'Trust', [F.status]: 'open' }]);
    const old = (await member.listAssessments()).items.find((a) => a.title === 'Made by version 2');
    expect(old).toEqual(expect.objectContaining({ inScope: { kind: 'all' }, dueDate: null, previousAssessmentId: null }));
  });

  it('names a profile of the model as the scope, and refuses one the model does not have', async () => {
    const { model } = (await member.getPublishedModel())!;
    const profile = model.profiles[0].key;
    expect((await member.startAssessment({ title: 'Profiled', scope: 'Trust', inScope: { kind: 'profile', profile } })).assessment.inScope).toEqual({ kind: 'profile', profile });
    const error = (await member.startAssessment({ title: 'Bad profile', scope: 'Trust', inScope: { kind: 'profile', profile: 'no-such-profile' } }).catch((e: unknown) => e)) as StoreError;
    expect(error).toBeInstanceOf(StoreError);
    expect(error.kind).toBe('invalid-data');
    expect(error.message).toBe("The assessment could not be started: There is no profile 'no-such-profile' in model 'nhs-nimm'. Choose one of the model's profiles.");
    expect((await member.listAssessments()).items.map((a) => a.title)).not.toContain('Bad profile');
  });

  it('refuses a due date that is not a date', async () => {
    const error = (await member.startAssessment({ title: 'Bad date', scope: 'Trust', dueDate: 'next spring' }).catch((e: unknown) => e)) as StoreError;
    expect(error.kind).toBe('invalid-data');
    expect(error.message).toContain('The due date must be a date (YYYY-MM-DD).');
  });

  it('reports an assessment whose scope was damaged by hand, and lists the others', async () => {
    const good = await member.createAssessment({ title: 'Fine', scope: 'Trust' });
    const sp = await site.spFor('owner');
    await sp.web.lists.getByTitle(LISTS.assessments).items.getById(good.id).update({ [F.inScope]: '{"kind":"some"}' });
    const listed = await member.listAssessments();
    expect(listed.items.map((a) => a.id)).not.toContain(good.id);
    expect(listed.issues).toEqual([{ list: LISTS.assessments, itemId: good.id, problem: 'column "Capabilities in scope (JSON)": does not hold a valid list of the capabilities in scope (it may have been edited by hand)' }]);
  });
});

describe('a re-assessment starts from the previous assessment', () => {
  const site = useSetUpSite();
  let member: SharePointStore;
  let model: Model;
  /** Capabilities with two criteria at their first level, and those criteria. */
  let caps: { key: string; first: string; second: string }[];

  beforeAll(async () => {
    member = await site.storeFor('member');
    model = (await member.getPublishedModel())!.model;
    caps = model.capabilities
      .filter((c) => (c.levels[0]?.criteria.length ?? 0) >= 2)
      .slice(0, 4)
      .map((c) => ({ key: c.key, first: c.levels[0].criteria[0].key, second: c.levels[0].criteria[1].key }));
  });

  /** An assessment whose first capability is agreed with notes, the second answered, the third answered, the fourth empty. */
  const previousAssessment = async (title: string): Promise<number> => {
    const id = (await member.createAssessment({ title, scope: 'Trust' })).id;
    const [a, b, c, d] = caps;
    const save = async (capability: string, changes: Parameters<typeof draft>[0]): Promise<StoredResponse> => {
      const result = await member.saveResponse(id, { capability, base: null, draft: draft(changes) });
      if (result.status !== 'saved') throw new Error(result.status);
      return result.response;
    };
    await save(a.key, {
      status: 'agreed', agreedLevel: 2, answers: { [a.first]: 'met', [a.second]: 'partial' }, notes: { [a.first]: 'Policy signed off.', [a.second]: 'Two wards left.' },
      rationale: 'Agreed at the March workshop.', improvementIdeas: 'Automate the audit.', owner: 'Anna Mackintosh', ownerLogin: 'i:0#.f|membership|anna.mackintosh@example.nhs.uk',
      reviewer: 'Olivia Owen', reviewComment: 'Fine.'
    });
    await save(b.key, { status: 'in-progress', answers: { [b.first]: 'not-met' } });
    await save(c.key, { status: 'ready-for-review', answers: { [c.first]: 'met' } });
    await save(d.key, { status: 'in-progress', rationale: '' });
    return id;
  };

  it('copies answers, notes, rationale, improvement ideas and owner for capabilities in scope, in progress and without the agreed level', async () => {
    const previous = await previousAssessment('2025 assessment');
    const [a, b, c, d] = caps;
    const started = await member.startAssessment({ title: '2026 assessment', scope: 'Trust', previousAssessmentId: previous, inScope: { kind: 'capabilities', capabilities: [a.key, b.key, d.key] } });
    // c is out of scope; d had nothing to start from.
    expect(started).toEqual({ assessment: expect.objectContaining({ previousAssessmentId: previous }), copied: 2, dropped: 0, skipped: 2, issues: [] });

    const view = await member.loadAssessmentView(started.assessment.id);
    expect(view.issues).toEqual([]);
    const byKey = new Map(view.responses.map((r) => [r.capability, r]));
    expect(Array.from(byKey.keys()).sort()).toEqual([a.key, b.key].sort());
    expect(byKey.get(a.key)).toEqual(expect.objectContaining({
      status: 'in-progress', agreedLevel: null, agreedBy: '', agreedAt: null,
      answers: { [a.first]: 'met', [a.second]: 'partial' }, notes: { [a.first]: 'Policy signed off.', [a.second]: 'Two wards left.' },
      rationale: 'Agreed at the March workshop.', improvementIdeas: 'Automate the audit.', owner: 'Anna Mackintosh', ownerLogin: 'i:0#.f|membership|anna.mackintosh@example.nhs.uk',
      reviewer: '', reviewComment: ''
    }));
    expect(byKey.get(b.key)).toEqual(expect.objectContaining({ status: 'in-progress', answers: { [b.first]: 'not-met' } }));
    // The previous assessment is left as it was.
    expect((await member.loadAssessmentView(previous)).responses).toHaveLength(4);
  });

  it('leaves out answers and notes to criteria the new model version no longer has, and counts them', async () => {
    const previous = await previousAssessment('Before the model changed');
    const [a] = caps;
    // A later version of the same model without the first capability's second criterion.
    const changed: Model = {
      ...model,
      version: `${model.version}-without-${a.second}`,
      capabilities: model.capabilities.map((c) => (c.key !== a.key ? c : { ...c, levels: c.levels.map((l, i) => (i === 0 ? { ...l, criteria: l.criteria.filter((k) => k.key !== a.second) } : l)) }))
    };
    const versionId = Math.max(...(await member.listModelVersions()).items.map((v) => v.id)) + 1;
    bulkPublish(site, changed, versionId);

    const started = await member.startAssessment({ title: 'After the model changed', scope: 'Trust', previousAssessmentId: previous, modelVersionId: versionId });
    expect(started).toEqual(expect.objectContaining({ copied: 3, dropped: 1, skipped: 1 }));
    const response = (await member.loadAssessmentView(started.assessment.id)).responses.find((r) => r.capability === a.key);
    expect(response).toEqual(expect.objectContaining({ answers: { [a.first]: 'met' }, notes: { [a.first]: 'Policy signed off.' } }));
  });

  it('refuses to start from an assessment that is not there, and starts nothing', async () => {
    const before = (await member.listAssessments()).items.length;
    const error = (await member.startAssessment({ title: 'From nowhere', scope: 'Trust', previousAssessmentId: 987654 }).catch((e: unknown) => e)) as StoreError;
    expect(error).toBeInstanceOf(StoreError);
    expect(error.kind).toBe('not-found');
    expect(error.message).toBe('Could not read the assessment to start from: item 987654 is no longer in the list "NIMM Assessments". Someone may have deleted it; reload the page.');
    expect((await member.listAssessments()).items).toHaveLength(before);
  });

  it('takes a part-copied assessment out again when copying fails, so it can simply be tried again', async () => {
    const previous = await previousAssessment('Copy fails');
    const [a, b] = caps;
    const upcoming = await nextAssessmentId(member);
    // Something already holds the key the second copy will need (as a simultaneous save could).
    site.sim.bulkAddItems(LISTS.responses, [{ Title: b.key, [F.assessmentId]: 999999, [F.capabilityKey]: b.key, [F.responseKey]: `${upcoming}/${b.key}` }]);
    const error = (await member.startAssessment({ title: 'Half copied', scope: 'Trust', previousAssessmentId: previous, inScope: { kind: 'capabilities', capabilities: [a.key, b.key] } }).catch((e: unknown) => e)) as StoreError;
    expect(error).toBeInstanceOf(StoreError);
    expect(error.kind).toBe('conflict');
    expect(error.message).toMatch(/^Could not copy the responses of "Copy fails" into the new assessment \(list "NIMM Responses"\): .* Nothing was started: the part-copied assessment was removed again, so you can simply try again\.$/);
    expect((await member.listAssessments()).items.map((a) => a.title)).not.toContain('Half copied');
    expect(await responseItems(site, upcoming)).toEqual([]);
  });
});

describe('re-assessing a large model', () => {
  const site = useSetUpSite();
  let member: SharePointStore;
  let versionId: number;
  let previous: number;
  const CAPABILITIES = 150;

  beforeAll(async () => {
    member = await site.storeFor('member');
    const model = { ...syntheticModel({ capabilities: CAPABILITIES, levels: 3, criteriaPerLevel: 2, seed: 5 }), profiles: [] };
    versionId = bulkPublish(site, model, Math.max(...(await member.listModelVersions()).items.map((v) => v.id)) + 1);
    previous = (await member.createAssessment({ title: 'Large 2025', scope: 'Region', modelVersionId: versionId })).id;
    site.sim.bulkAddItems(LISTS.responses, model.capabilities.map((c) => ({
      Title: c.key, [F.assessmentId]: previous, [F.capabilityKey]: c.key, [F.responseKey]: `${previous}/${c.key}`, [F.status]: 'agreed', [F.agreedLevel]: 2,
      [F.answers]: JSON.stringify({ [`${c.key}.2.1`]: 'met', [`${c.key}.9.9`]: 'met' })
    })));
  }, 60000);

  it('copies every response in $batch requests of at most 100', async () => {
    site.sim.clearLog();
    const started = await member.startAssessment({ title: 'Large 2026', scope: 'Region', previousAssessmentId: previous, modelVersionId: versionId });
    expect(started).toEqual(expect.objectContaining({ copied: CAPABILITIES, dropped: CAPABILITIES, skipped: 0, issues: [] }));
    const batches = site.sim.log.filter((e) => e.batchParts !== undefined).map((e) => e.batchParts);
    // One $batch to read the starting point (previous assessment, model, responses), then the copies.
    expect(batches).toEqual([5, 100, 50]);
    expect(await responseItems(site, started.assessment.id)).toHaveLength(CAPABILITIES);
  });

  it('refuses to start from an assessment of another model', async () => {
    const nhs = (await member.listModelVersions()).items.find((v) => v.modelKey === 'nhs-nimm')!;
    const other = (await member.createAssessment({ title: 'NHS model', scope: 'Trust', modelVersionId: nhs.id })).id;
    const error = (await member.startAssessment({ title: 'Mixed', scope: 'Trust', previousAssessmentId: other, modelVersionId: versionId }).catch((e: unknown) => e)) as StoreError;
    expect(error.kind).toBe('invalid-data');
    expect(error.message).toBe('The assessment could not be started from "NHS model": it assessed another model ("nhs-nimm"), so its answers do not carry over. Start afresh instead.');
  });
});
