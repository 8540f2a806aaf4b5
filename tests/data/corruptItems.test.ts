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

  it('reports a response with broken JSON in its Answers column, skips it and loads the rest', async () => {
    site.sim.bulkAddItems(LISTS.responses, [
      responseItem(keys[0], JSON.stringify({})),
      responseItem(keys[1], '{"broken": "met"'),
      responseItem(keys[2], JSON.stringify({ [`${keys[2]}.2.1`]: 'maybe' }))
    ]);
    const view = await member.loadAssessmentView(assessmentId);
    expect(view.responses.map((r) => r.capability)).toEqual([keys[0]]);
    expect(view.issues).toEqual([
      { list: LISTS.responses, itemId: expect.any(Number), problem: expect.stringContaining('column "Answers (JSON)" does not hold valid JSON') },
      { list: LISTS.responses, itemId: expect.any(Number), problem: expect.stringContaining('column "Answers (JSON)"') }
    ]);
    expect(view.issues[0].itemId).not.toBe(view.issues[1].itemId);
  });

  it('reports a response whose agreed level was set below 1 through the REST API', async () => {
    const sp = await site.spFor('owner');
    const added = await sp.web.lists.getByTitle(LISTS.responses).items.add(responseItem(keys[3], '{}'));
    await sp.web.lists.getByTitle(LISTS.responses).items.getById(added.Id).update({ [F.agreedLevel]: -4 });
    const view = await member.loadAssessmentView(assessmentId);
    expect(view.issues).toContainEqual({ list: LISTS.responses, itemId: added.Id, problem: expect.stringContaining('Agreed level') });
    expect(view.responses.some((r) => r.capability === keys[3])).toBe(false);
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

  it('repairs a damaged response when the user saves over it', async () => {
    const id = (await site.owner.createAssessment({ title: 'Repair', scope: 'Trust' })).id;
    const view = await member.loadAssessmentView(id);
    const target = capabilityWithTwoCriteria(view.model);
    site.sim.bulkAddItems(LISTS.responses, [{ Title: target.capability, [F.assessmentId]: id, [F.capabilityKey]: target.capability, [F.answers]: '[[[' }]);
    const result = await member.saveResponse(id, { capability: target.capability, base: null, draft: draft({ answers: { [target.first]: 'met' } }) });
    expect(result.status).toBe('merged');
    const after = await member.loadAssessmentView(id);
    expect(after.issues.filter((i) => i.list === LISTS.responses)).toEqual([]);
    expect(after.responses[0].answers).toEqual({ [target.first]: 'met' });
  });
});
