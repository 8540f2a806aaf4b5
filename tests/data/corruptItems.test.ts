import { F, LISTS } from '../../src/data/schema/names';
import type { SharePointStore } from '../../src/data/SharePointStore';
import { capabilityWithTwoCriteria, draft } from './support/drafts';
import { useSetUpSite } from './support/site';

describe('items someone edited by hand', () => {
  const site = useSetUpSite();
  let member: SharePointStore;
  let assessmentId: number;
  let keys: string[];

  beforeAll(async () => {
    member = await site.storeFor('member');
    assessmentId = (await site.owner.createAssessment({ title: 'Hand edits', scope: 'Trust' })).id;
    keys = (await member.loadAssessmentView(assessmentId)).model.capabilities.map((c) => c.key);
  });

  function responseItem(capability: string, answers: string) {
    return { Title: capability, [F.assessmentId]: assessmentId, [F.capabilityKey]: capability, [F.status]: 'in-progress', [F.answers]: answers };
  }

  it('shows a response whose Answers column is broken, and one with an impossible answer, with what can be read', async () => {
    site.sim.bulkAddItems(LISTS.responses, [
      responseItem(keys[0], JSON.stringify({})),
      responseItem(keys[1], '{"broken": "met"'),
      responseItem(keys[2], JSON.stringify({ [`${keys[2]}.2.1`]: 'maybe', [`${keys[2]}.2.2`]: 'met' }))
    ]);
    const view = await member.loadAssessmentView(assessmentId);
    expect(view.responses.map((r) => r.capability)).toEqual([keys[0], keys[1], keys[2]]);
    expect(view.responses.map((r) => r.status)).toEqual(['in-progress', 'in-progress', 'in-progress']);
    expect(view.responses[2].answers).toEqual({ [`${keys[2]}.2.2`]: 'met' });
    expect(view.issues).toEqual([
      { list: LISTS.responses, itemId: view.responses[1].itemId, problem: expect.stringContaining('column "Answers (JSON)" does not hold valid JSON') },
      { list: LISTS.responses, itemId: view.responses[2].itemId, problem: expect.stringContaining(`the answer to criterion "${keys[2]}.2.1" ("maybe")`) }
    ]);
  });

  it('shows a response whose agreed level was set below 1 through the REST API, without that level, and says so', async () => {
    const sp = await site.spFor('owner');
    const added = await sp.web.lists.getByTitle(LISTS.responses).items.add({ ...responseItem(keys[3], '{}'), [F.rationale]: 'Still here.' });
    await sp.web.lists.getByTitle(LISTS.responses).items.getById(added.Id).update({ [F.agreedLevel]: -4 });
    const view = await member.loadAssessmentView(assessmentId);
    expect(view.issues).toContainEqual({ list: LISTS.responses, itemId: added.Id, problem: expect.stringContaining('column "Agreed level" holds -4') });
    expect(view.responses.find((r) => r.capability === keys[3])).toEqual(expect.objectContaining({ agreedLevel: null, rationale: 'Still here.' }));
  });

  it('skips, and reports, a response that cannot be tied to a capability', async () => {
    site.sim.bulkAddItems(LISTS.responses, [{ Title: 'x', [F.assessmentId]: assessmentId, [F.capabilityKey]: 'Not A Key', [F.answers]: '{}' }]);
    const view = await member.loadAssessmentView(assessmentId);
    expect(view.responses.some((r) => r.capability === 'Not A Key')).toBe(false);
    expect(view.issues).toContainEqual({ list: LISTS.responses, itemId: expect.any(Number), problem: expect.stringContaining('column "Capability key": is not a capability key') });
  });

  it('reports a damaged capability and still shows the rest of the model', async () => {
    const sp = await site.spFor('owner');
    const [victim] = await sp.web.lists.getByTitle(LISTS.capabilities).items.select('Id').filter(`${F.modelVersionId} eq 1 and ${F.capabilityKey} eq '${keys[5]}'`)();
    await sp.web.lists.getByTitle(LISTS.capabilities).items.getById(victim.Id).update({ [F.detail]: 'not json at all' });
    const view = await member.loadAssessmentView(assessmentId);
    expect(view.model.capabilities.map((c) => c.key)).not.toContain(keys[5]);
    expect(view.model.capabilities).toHaveLength(keys.length - 1);
    expect(view.issues).toContainEqual({ list: LISTS.capabilities, itemId: victim.Id, problem: expect.stringContaining('Capability (JSON)') });
  });

  it('repairs a damaged response when the user saves over it, saying what was replaced', async () => {
    const id = (await site.owner.createAssessment({ title: 'Repair', scope: 'Trust' })).id;
    const view = await member.loadAssessmentView(id);
    const target = capabilityWithTwoCriteria(view.model);
    site.sim.bulkAddItems(LISTS.responses, [{ Title: target.capability, [F.assessmentId]: id, [F.capabilityKey]: target.capability, [F.responseKey]: `${id}/${target.capability}`, [F.answers]: '[[[' }]);
    const damaged = (await member.loadAssessmentView(id)).responses[0];
    const result = await member.saveResponse(id, { capability: target.capability, base: damaged, draft: { ...draft(), answers: { [target.first]: 'met' } } });
    expect(result.status).toBe('saved');
    expect(result.status === 'saved' && result.notices).toEqual([expect.stringContaining('could not be read, so your answers replaced them')]);
    const after = await member.loadAssessmentView(id);
    expect(after.issues.filter((i) => i.list === LISTS.responses)).toEqual([]);
    expect(after.responses[0].answers).toEqual({ [target.first]: 'met' });
  });
});
