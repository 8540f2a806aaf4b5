import { F, LISTS } from '../../src/data/schema/names';
import type { SharePointStore } from '../../src/data/SharePointStore';
import { capabilityWithTwoCriteria, draft, edited } from './support/drafts';
import { useSetUpSite } from './support/site';

/** Every response item of an assessment, straight from the list. */
async function responseItems(site: ReturnType<typeof useSetUpSite>, assessmentId: number): Promise<Record<string, unknown>[]> {
  const sp = await site.spFor('owner');
  return sp.web.lists.getByTitle(LISTS.responses).items.select('Id', F.capabilityKey, F.answers, F.criterionNotes, F.rationale, F.responseKey).filter(`${F.assessmentId} eq ${assessmentId}`)();
}

describe('one response per capability, whatever the timing', () => {
  const site = useSetUpSite();
  let ann: SharePointStore;
  let bob: SharePointStore;
  let target: { capability: string; first: string; second: string };

  beforeAll(async () => {
    ann = await site.storeFor('member');
    bob = await site.storeFor('owner');
    const id = (await site.owner.createAssessment({ title: 'Set-up', scope: 'Trust' })).id;
    target = capabilityWithTwoCriteria((await ann.loadAssessmentView(id)).model);
  });

  it('keeps both answers in one item when two people save a capability first at the same moment', async () => {
    const id = (await site.owner.createAssessment({ title: 'Same moment', scope: 'Trust' })).id;
    const [a, b] = await Promise.all([
      ann.saveResponse(id, { capability: target.capability, base: null, draft: draft({ answers: { [target.first]: 'met' } }) }),
      bob.saveResponse(id, { capability: target.capability, base: null, draft: draft({ answers: { [target.second]: 'partial' } }) })
    ]);
    expect([a.status, b.status].sort()).toEqual(['merged', 'saved']);
    const items = await responseItems(site, id);
    expect(items).toHaveLength(1);
    expect(JSON.parse(String(items[0][F.answers]))).toEqual({ [target.first]: 'met', [target.second]: 'partial' });
    const view = await ann.loadAssessmentView(id);
    expect(view.issues).toEqual([]);
    expect(view.responses.map((r) => r.answers)).toEqual([{ [target.first]: 'met', [target.second]: 'partial' }]);
  });

  it('reports a true conflict when both answer the same criterion first, and writes no second item', async () => {
    const id = (await site.owner.createAssessment({ title: 'Same criterion', scope: 'Trust' })).id;
    const first = await ann.saveResponse(id, { capability: target.capability, base: null, draft: draft({ answers: { [target.first]: 'met' } }) });
    const second = await bob.saveResponse(id, { capability: target.capability, base: null, draft: draft({ answers: { [target.first]: 'not-met' } }) });
    expect(first.status).toBe('saved');
    expect(second.status).toBe('conflict');
    if (second.status !== 'conflict') return;
    expect(second.conflicts).toEqual([{ field: 'answers', criterion: target.first, base: null, mine: 'not-met', theirs: 'met' }]);
    expect(await responseItems(site, id)).toHaveLength(1);
  });

  it('later saves from the second page go to the one item, not a hidden one', async () => {
    const id = (await site.owner.createAssessment({ title: 'Later saves', scope: 'Trust' })).id;
    await ann.saveResponse(id, { capability: target.capability, base: null, draft: draft({ rationale: 'Ann.' }) });
    const b = await bob.saveResponse(id, { capability: target.capability, base: null, draft: draft({ answers: { [target.second]: 'met' } }) });
    if (b.status !== 'merged') throw new Error(`expected a merge, got ${b.status}`);
    const again = await bob.saveResponse(id, { capability: target.capability, base: b.response, draft: edited(b.response, { improvementIdeas: 'Bob again.' }) });
    expect(again.status).toBe('saved');
    const items = await responseItems(site, id);
    expect(items).toHaveLength(1);
    const view = await ann.loadAssessmentView(id);
    expect(view.responses[0]).toEqual(expect.objectContaining({ rationale: 'Ann.', improvementIdeas: 'Bob again.', answers: { [target.second]: 'met' } }));
  });

  it('shows duplicates an older version left as one response, says so, and folds them away on the next save', async () => {
    const id = (await site.owner.createAssessment({ title: 'Old duplicates', scope: 'Trust' })).id;
    // Two items for one capability, as versions before the unique key could leave them.
    site.sim.bulkAddItems(LISTS.responses, [
      { Title: target.capability, [F.assessmentId]: id, [F.capabilityKey]: target.capability, [F.responseKey]: `${id}/${target.capability}`, [F.status]: 'in-progress', [F.answers]: JSON.stringify({ [target.first]: 'met' }) },
      { Title: target.capability, [F.assessmentId]: id, [F.capabilityKey]: target.capability, [F.responseKey]: `${id}/${target.capability}#dup`, [F.rationale]: 'Written on the second page.', [F.answers]: JSON.stringify({ [target.second]: 'partial' }), [F.criterionNotes]: JSON.stringify({ [target.second]: 'Noted on the second page.' }) }
    ]);
    const view = await ann.loadAssessmentView(id);
    expect(view.responses).toHaveLength(1);
    const shown = view.responses[0];
    expect(shown.answers).toEqual({ [target.first]: 'met', [target.second]: 'partial' });
    expect(shown.rationale).toBe('Written on the second page.');
    expect(shown.notes).toEqual({ [target.second]: 'Noted on the second page.' });
    expect(shown.duplicates).toHaveLength(1);
    expect(view.issues).toEqual([{ list: LISTS.responses, itemId: shown.duplicates![0].itemId, problem: expect.stringContaining(`second response for capability "${target.capability}"`) }]);

    const saved = await ann.saveResponse(id, { capability: target.capability, base: shown, draft: edited(shown, { improvementIdeas: 'Tidy.' }) });
    expect(saved.status).toBe('saved');
    const items = await responseItems(site, id);
    expect(items).toHaveLength(1);
    expect(JSON.parse(String(items[0][F.answers]))).toEqual({ [target.first]: 'met', [target.second]: 'partial' });
    expect(items[0][F.rationale]).toBe('Written on the second page.');
    expect(JSON.parse(String(items[0][F.criterionNotes]))).toEqual({ [target.second]: 'Noted on the second page.' });
    const after = await ann.loadAssessmentView(id);
    expect(after.issues).toEqual([]);
  });
});

describe('saving over a response damaged in part', () => {
  const site = useSetUpSite();
  let member: SharePointStore;
  let assessmentId: number;
  let capability: string;
  let criteria: string[];

  beforeAll(async () => {
    member = await site.storeFor('member');
    assessmentId = (await site.owner.createAssessment({ title: 'Damaged', scope: 'Trust' })).id;
    const model = (await member.loadAssessmentView(assessmentId)).model;
    const withTwelve = model.capabilities.find((c) => c.levels.flatMap((l) => l.criteria).length >= 12)!;
    capability = withTwelve.key;
    criteria = withTwelve.levels.flatMap((l) => l.criteria.map((c) => c.key)).slice(0, 12);
  });

  it('shows every readable answer and the rationale, reports the one that is not, and keeps it when saving', async () => {
    const answers: Record<string, unknown> = Object.fromEntries(criteria.map((k) => [k, 'met']));
    answers[criteria[4]] = 'maybe';
    site.sim.bulkAddItems(LISTS.responses, [
      { Title: capability, [F.assessmentId]: assessmentId, [F.capabilityKey]: capability, [F.responseKey]: `${assessmentId}/${capability}`, [F.status]: 'in-progress', [F.rationale]: 'Agreed at the March workshop.', [F.answers]: JSON.stringify(answers) }
    ]);
    const view = await member.loadAssessmentView(assessmentId);
    const response = view.responses.find((r) => r.capability === capability)!;
    expect(Object.keys(response.answers)).toHaveLength(11);
    expect(response.answers[criteria[4]]).toBeUndefined();
    expect(response.rationale).toBe('Agreed at the March workshop.');
    expect(view.issues).toEqual([
      { list: LISTS.responses, itemId: response.itemId, problem: `column "Answers (JSON)": the answer to criterion "${criteria[4]}" ("maybe") is not one of met, partial, not-met, n/a; the other answers are shown` }
    ]);

    // The user changes one other answer: nothing read is lost, the unreadable one stays as it was.
    const result = await member.saveResponse(assessmentId, { capability, base: response, draft: edited(response, { answers: { ...response.answers, [criteria[0]]: 'partial' } }) });
    expect(result.status).toBe('saved');
    const [item] = (await responseItems(site, assessmentId)).filter((i) => i[F.capabilityKey] === capability);
    expect(JSON.parse(String(item[F.answers]))).toEqual({ ...answers, [criteria[0]]: 'partial' });
    expect(item[F.rationale]).toBe('Agreed at the March workshop.');

    // Answering that criterion replaces the unreadable value, and the damage report goes.
    const reread = (await member.loadAssessmentView(assessmentId)).responses.find((r) => r.capability === capability)!;
    const fixed = await member.saveResponse(assessmentId, { capability, base: reread, draft: edited(reread, { answers: { ...reread.answers, [criteria[4]]: 'not-met' } }) });
    expect(fixed.status).toBe('saved');
    const clean = await member.loadAssessmentView(assessmentId);
    expect(clean.issues).toEqual([]);
    expect(clean.responses.find((r) => r.capability === capability)!.answers[criteria[4]]).toBe('not-met');
  });

  it('keeps an unreadable agreed level unless the user sets one, and says when a save replaced unreadable answers', async () => {
    const id = (await site.owner.createAssessment({ title: 'Damaged 2', scope: 'Trust' })).id;
    site.sim.bulkAddItems(LISTS.responses, [
      { Title: capability, [F.assessmentId]: id, [F.capabilityKey]: capability, [F.responseKey]: `${id}/${capability}`, [F.agreedLevel]: -4, [F.rationale]: 'Kept.', [F.answers]: '{"broken": "met"' }
    ]);
    const view = await member.loadAssessmentView(id);
    const response = view.responses[0];
    expect(response.agreedLevel).toBeNull();
    expect(view.issues.map((i) => i.problem)).toEqual([
      'column "Answers (JSON)" does not hold valid JSON (it may have been edited by hand), so none of its answers could be read',
      'column "Agreed level" holds -4, which must be a whole number from 1; it is shown as empty and kept as it is until someone changes it'
    ]);
    const result = await member.saveResponse(id, { capability, base: response, draft: edited(response, { answers: { [criteria[0]]: 'met' } }) });
    expect(result.status).toBe('saved');
    if (result.status !== 'saved') return;
    expect(result.notices).toEqual([`The stored answers for "${capability}" could not be read, so your answers replaced them; the old text is in the item's version history.`]);
    const [item] = await responseItems(site, id);
    expect(JSON.parse(String(item[F.answers]))).toEqual({ [criteria[0]]: 'met' });
    const sp = await site.spFor('owner');
    const stored = await sp.web.lists.getByTitle(LISTS.responses).items.getById(Number(item.Id)).select(F.agreedLevel)();
    expect(stored[F.agreedLevel]).toBe(-4);
  });
});
