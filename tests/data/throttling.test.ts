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
});
