import type { SharePointStore } from '../../src/data/SharePointStore';
import type { StoredResponse } from '../../src/data/types';
import { capabilityWithTwoCriteria, draft, edited } from './support/drafts';
import { useSetUpSite } from './support/site';

describe('saving a response while someone else edits it', () => {
  const site = useSetUpSite();
  let ann: SharePointStore;
  let bob: SharePointStore;
  let assessmentId: number;
  let target: { capability: string; first: string; second: string };

  beforeAll(async () => {
    ann = await site.storeFor('member');
    bob = await site.storeFor('owner');
    assessmentId = (await site.owner.createAssessment({ title: 'Concurrency', scope: 'Trust' })).id;
    target = capabilityWithTwoCriteria((await ann.loadAssessmentView(assessmentId)).model);
  });

  async function freshResponse(): Promise<StoredResponse> {
    const id = (await site.owner.createAssessment({ title: 'Concurrency', scope: 'Trust' })).id;
    assessmentId = id;
    const saved = await ann.saveResponse(id, { capability: target.capability, base: null, draft: draft({ status: 'in-progress', rationale: 'Start.' }) });
    if (saved.status !== 'saved') throw new Error('setup failed');
    return saved.response;
  }

  it('saves with the ETag it loaded and returns the new ETag', async () => {
    const loaded = await freshResponse();
    const result = await ann.saveResponse(assessmentId, { capability: target.capability, base: loaded, draft: edited(loaded, { rationale: 'Changed.' }) });
    expect(result.status).toBe('saved');
    if (result.status !== 'saved') return;
    expect(result.response.etag).not.toBe(loaded.etag);
    expect(result.response.rationale).toBe('Changed.');
  });

  it('merges two people answering different criteria and keeps both answers', async () => {
    const loaded = await freshResponse();
    const first = await bob.saveResponse(assessmentId, { capability: target.capability, base: loaded, draft: edited(loaded, { answers: { [target.first]: 'met' } }) });
    expect(first.status).toBe('saved');

    site.sim.clearLog();
    const second = await ann.saveResponse(assessmentId, { capability: target.capability, base: loaded, draft: edited(loaded, { answers: { [target.second]: 'partial' } }) });
    expect(second.status).toBe('merged');
    if (second.status !== 'merged') return;
    expect(second.response.answers).toEqual({ [target.first]: 'met', [target.second]: 'partial' });
    expect(second.mergedFrom.answers).toEqual({ [target.first]: 'met' });
    // The MERGE met the 412, a GET of its own brought back the latest item, a MERGE saved the
    // merge: no read rides in a $batch behind a write that may fail (pnp/pnpjs#1275).
    expect(site.roundTrips()).toBe(3);

    const view = await ann.loadAssessmentView(assessmentId);
    expect(view.responses.find((r) => r.capability === target.capability)?.answers).toEqual({ [target.first]: 'met', [target.second]: 'partial' });
  });

  it('reports a true conflict with both values, saves nothing and hands the draft back intact', async () => {
    const loaded = await freshResponse();
    await bob.saveResponse(assessmentId, { capability: target.capability, base: loaded, draft: edited(loaded, { answers: { [target.first]: 'not-met' }, rationale: 'Bob' }) });
    const annDraft = edited(loaded, { answers: { [target.first]: 'met', [target.second]: 'met' }, improvementIdeas: 'Automate it.' });
    const snapshot = JSON.parse(JSON.stringify(annDraft));

    const result = await ann.saveResponse(assessmentId, { capability: target.capability, base: loaded, draft: annDraft });
    expect(result.status).toBe('conflict');
    if (result.status !== 'conflict') return;
    expect(result.conflicts).toEqual([{ field: 'answers', criterion: target.first, base: null, mine: 'met', theirs: 'not-met' }]);
    expect(result.draft).toEqual(snapshot);
    expect(annDraft).toEqual(snapshot);
    // Everything that could be combined is, and the user's value stands where they clash.
    expect(result.merged.answers).toEqual({ [target.first]: 'met', [target.second]: 'met' });
    expect(result.merged.rationale).toBe('Bob');
    expect(result.merged.improvementIdeas).toBe('Automate it.');
    expect(result.latest.rationale).toBe('Bob');

    const stored = (await ann.loadAssessmentView(assessmentId)).responses.find((r) => r.capability === target.capability);
    expect(stored?.answers).toEqual({ [target.first]: 'not-met' });

    // Once the user has chosen, saving against the latest version goes through.
    const resolved = await ann.saveResponse(assessmentId, { capability: target.capability, base: result.latest, draft: result.merged });
    expect(resolved.status).toBe('saved');
  });

  it('merges two people who both started a response that did not exist yet', async () => {
    const id = (await site.owner.createAssessment({ title: 'Race', scope: 'Trust' })).id;
    const a = await ann.saveResponse(id, { capability: target.capability, base: null, draft: draft({ answers: { [target.first]: 'met' } }) });
    const b = await bob.saveResponse(id, { capability: target.capability, base: null, draft: draft({ answers: { [target.second]: 'met' } }) });
    expect(a.status).toBe('saved');
    expect(b.status).toBe('merged');
    const view = await ann.loadAssessmentView(id);
    expect(view.responses).toHaveLength(1);
    expect(view.responses[0].answers).toEqual({ [target.first]: 'met', [target.second]: 'met' });
  });
});
