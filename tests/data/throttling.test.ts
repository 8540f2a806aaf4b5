import { StoreError } from '../../src/data/errors';
import type { SharePointStore } from '../../src/data/SharePointStore';
import { capabilityWithTwoCriteria, draft, edited } from './support/drafts';
import { useSetUpSite } from './support/site';

describe('when SharePoint throttles or is unavailable', () => {
  const site = useSetUpSite();
  let member: SharePointStore;
  let assessmentId: number;
  let target: { capability: string; first: string; second: string };

  beforeAll(async () => {
    member = await site.storeFor('member');
    assessmentId = (await site.owner.createAssessment({ title: 'Throttling', scope: 'Trust' })).id;
    target = capabilityWithTwoCriteria((await member.loadAssessmentView(assessmentId)).model);
  });
  afterEach(() => site.sim.setFault(null));

  it('retries a 429, waiting as long as Retry-After says, then succeeds', async () => {
    site.sim.setFault({ status: 429, retryAfterSeconds: 1, count: 2 });
    site.sim.clearLog();
    const started = Date.now();
    const view = await member.loadAssessmentView(assessmentId);
    expect(view.assessment.id).toBe(assessmentId);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
    // The first $batch was answered 429 twice, then 200; the second went through at once.
    expect(site.sim.log.map((e) => e.status)).toEqual([429, 429, 200, 200]);
  });

  it('gives up after three attempts with a clear error, keeps the draft and changes nothing', async () => {
    const saved = await member.saveResponse(assessmentId, { capability: target.capability, base: null, draft: draft({ rationale: 'Before.' }) });
    if (saved.status !== 'saved') throw new Error('setup failed');
    const myDraft = edited(saved.response, { rationale: 'Typed during an outage.', answers: { [target.first]: 'met' } });

    site.sim.setFault({ status: 503, retryAfterSeconds: 0 });
    site.sim.clearLog();
    const error = await member.saveResponse(assessmentId, { capability: target.capability, base: saved.response, draft: myDraft }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    const storeError = error as StoreError;
    expect(storeError.kind).toBe('unavailable');
    expect(storeError.message).toContain(`save your answers for "${target.capability}"`);
    expect(storeError.message).toContain('Your changes have been kept');
    expect(storeError.unsaved).toEqual(myDraft);
    expect(site.sim.log.map((e) => e.status)).toEqual([503, 503, 503]);

    site.sim.setFault(null);
    const stored = (await member.loadAssessmentView(assessmentId)).responses.find((r) => r.capability === target.capability);
    expect(stored?.rationale).toBe('Before.');
    // The kept draft saves once SharePoint is back.
    const retried = await member.saveResponse(assessmentId, { capability: target.capability, base: saved.response, draft: myDraft });
    expect(retried.status).toBe('saved');
  });

  it('calls persistent throttling "throttled"', async () => {
    site.sim.setFault({ status: 429, retryAfterSeconds: 0 });
    const error = (await member.listAssessments().catch((e: unknown) => e)) as StoreError;
    expect(error.kind).toBe('throttled');
    expect(error.message).toMatch(/SharePoint is busy/);
  });

  it('hands a save back at once, with the wait and the draft, when SharePoint asks for minutes', async () => {
    const mine = draft({ answers: { [target.first]: 'met' } });
    site.sim.setFault({ status: 429, retryAfterSeconds: 120, match: /\$batch|items/ });
    site.sim.clearLog();
    const started = Date.now();
    const error = (await member.saveResponse(assessmentId, { capability: target.capability, base: null, draft: mine }).catch((e: unknown) => e)) as StoreError;
    const waited = Date.now() - started;
    expect(error).toBeInstanceOf(StoreError);
    expect(error.kind).toBe('throttled');
    expect(error.retryAfterSeconds).toBe(120);
    expect(error.unsaved).toEqual(mine);
    expect(error.message).toBe(
      `SharePoint is busy and asked us to wait about 2 minutes before trying again, so we could not save your answers for "${target.capability}" (list "NIMM Responses") yet. Your changes have been kept on this page.`
    );
    // One request, not three: nobody sits through two minutes of a spinner.
    expect(site.sim.log.length).toBe(1);
    expect(waited).toBeLessThan(1000);
  });

  it('still waits out a short Retry-After', async () => {
    site.sim.setFault({ status: 429, retryAfterSeconds: 1, count: 1 });
    site.sim.clearLog();
    const started = Date.now();
    await member.listAssessments();
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(site.sim.log.map((e) => e.status)).toEqual([429, 200]);
  });

  it('renews an expired form digest once and saves, and uses the new digest afterwards', async () => {
    const fresh = (await site.owner.createAssessment({ title: 'Digest', scope: 'Trust' })).id;
    const first = await member.saveResponse(fresh, { capability: target.capability, base: null, draft: draft({ rationale: 'One.' }) });
    if (first.status !== 'saved') throw new Error('set-up save failed');
    site.sim.expireDigests();
    site.sim.clearLog();
    const second = await member.saveResponse(fresh, { capability: target.capability, base: first.response, draft: edited(first.response, { rationale: 'Two.' }) });
    expect(second.status).toBe('saved');
    const calls = site.sim.log.map((e) => `${e.status} ${e.path.split('?')[0].replace(/^.*\/_api\//, '')}`);
    expect(calls[0]).toMatch(/^403 /);
    expect(calls[1]).toBe('200 contextinfo');
    expect(calls[2]).toMatch(/^20\d /);
    if (second.status !== 'saved') throw new Error('second save failed');
    site.sim.clearLog();
    const third = await member.saveResponse(fresh, { capability: target.capability, base: second.response, draft: edited(second.response, { rationale: 'Three.' }) });
    expect(third.status).toBe('saved');
    expect(site.sim.log.some((e) => e.status === 403)).toBe(false);
  });
});
