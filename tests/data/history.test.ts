/** A response's history, from SharePoint's own version history of its item. */
import { StoreError } from '../../src/data/errors';
import { F, LISTS } from '../../src/data/schema/names';
import type { SharePointStore } from '../../src/data/SharePointStore';
import { capabilityWithTwoCriteria, draft, edited } from './support/drafts';
import { useSetUpSite } from './support/site';

describe('the history of a response', () => {
  const site = useSetUpSite();
  let member: SharePointStore;
  let owner: SharePointStore;
  let target: { capability: string; first: string; second: string };

  beforeAll(async () => {
    member = await site.storeFor('member');
    owner = await site.storeFor('owner');
    const id = (await site.owner.createAssessment({ title: 'Set-up', scope: 'Trust' })).id;
    target = capabilityWithTwoCriteria((await member.loadAssessmentView(id)).model);
  });

  it('lists every version newest first: its label, when, who saved it, and what it held', async () => {
    const id = (await site.owner.createAssessment({ title: 'History', scope: 'Trust' })).id;
    const first = await member.saveResponse(id, { capability: target.capability, base: null, draft: draft({ status: 'in-progress', answers: { [target.first]: 'met' }, notes: { [target.first]: 'Policy seen.' } }) });
    if (first.status !== 'saved') throw new Error(first.status);
    const second = await owner.saveResponse(id, { capability: target.capability, base: first.response, draft: edited(first.response, { answers: { [target.first]: 'met', [target.second]: 'partial' }, rationale: 'Half the wards.' }) });
    if (second.status !== 'saved') throw new Error(second.status);
    const third = await member.saveResponse(id, { capability: target.capability, base: second.response, draft: edited(second.response, { status: 'agreed', agreedLevel: 2 }) });
    if (third.status !== 'saved') throw new Error(third.status);

    site.sim.clearLog();
    const history = await owner.listResponseHistory(first.response.itemId);
    expect(history.issues).toEqual([]);
    expect(history.items.map((v) => [v.label, v.isCurrent, v.by, v.status, v.agreedLevel])).toEqual([
      ['3.0', true, 'Marcus Reid', 'agreed', 2],
      ['2.0', false, 'Olivia Owen', 'in-progress', null],
      ['1.0', false, 'Marcus Reid', 'in-progress', null]
    ]);
    expect(history.items[0]).toEqual(expect.objectContaining({ rationale: 'Half the wards.', answers: { [target.first]: 'met', [target.second]: 'partial' }, notes: { [target.first]: 'Policy seen.' }, problems: [] }));
    expect(history.items[2]).toEqual(expect.objectContaining({ rationale: '', answers: { [target.first]: 'met' } }));
    for (const v of history.items) expect(Number.isNaN(Date.parse(v.when ?? ''))).toBe(false);
    // The versions, then the names of who saved them in one look-up of the site's users.
    expect(site.sim.log.map((e) => (/\/versions/i.test(e.path) ? 'versions' : /siteusers/i.test(e.path) ? 'siteusers' : e.path))).toEqual(['versions', 'siteusers']);
  });

  it('shows a version damaged by hand with what can be read, reports it, and still lists the others', async () => {
    const id = (await site.owner.createAssessment({ title: 'Damaged history', scope: 'Trust' })).id;
    site.sim.bulkAddItems(LISTS.responses, [
      { Title: target.capability, [F.assessmentId]: id, [F.capabilityKey]: target.capability, [F.responseKey]: `${id}/${target.capability}`, [F.status]: 'in-progress', [F.rationale]: 'Typed by hand.', [F.answers]: '{"broken' }
    ]);
    const damaged = (await member.loadAssessmentView(id)).responses[0];
    const fixed = await member.saveResponse(id, { capability: target.capability, base: damaged, draft: edited(damaged, { answers: { [target.first]: 'met' } }) });
    expect(fixed.status).toBe('saved');

    const history = await member.listResponseHistory(damaged.itemId);
    expect(history.items.map((v) => v.label)).toEqual(['2.0', '1.0']);
    expect(history.items[0].problems).toEqual([]);
    expect(history.items[1]).toEqual(expect.objectContaining({ rationale: 'Typed by hand.', answers: {}, problems: [expect.stringContaining('column "Answers (JSON)" does not hold valid JSON')] }));
    expect(history.issues).toEqual([{ list: LISTS.responses, itemId: damaged.itemId, problem: expect.stringMatching(/^version 1\.0: column "Answers \(JSON\)" does not hold valid JSON/) }]);
  });

  it('can be read by a visitor', async () => {
    const id = (await site.owner.createAssessment({ title: 'Visitor history', scope: 'Trust' })).id;
    const saved = await member.saveResponse(id, { capability: target.capability, base: null, draft: draft({ rationale: 'One version.' }) });
    if (saved.status !== 'saved') throw new Error(saved.status);
    const visitor = await site.storeFor('visitor');
    const history = await visitor.listResponseHistory(saved.response.itemId);
    expect(history.items).toEqual([expect.objectContaining({ label: '1.0', by: 'Marcus Reid', rationale: 'One version.' })]);
  });

  it('says plainly when the response is no longer there', async () => {
    const error = (await member.listResponseHistory(987654).catch((e: unknown) => e)) as StoreError;
    expect(error).toBeInstanceOf(StoreError);
    expect(error.kind).toBe('not-found');
    expect(error.message).toBe('Could not read the history of response 987654: item 987654 is no longer in the list "NIMM Responses". Someone may have deleted it; reload the page.');
  });
});
