import { StoreError } from '../../src/data/errors';
import type { SharePointStore } from '../../src/data/SharePointStore';
import { capabilityWithTwoCriteria, draft } from './support/drafts';
import { useSetUpSite } from './support/site';

describe('what each role may do', () => {
  const site = useSetUpSite();
  let visitor: SharePointStore;
  let assessmentId: number;

  beforeAll(async () => {
    visitor = await site.storeFor('visitor');
    assessmentId = (await site.owner.createAssessment({ title: 'Rights', scope: 'Trust' })).id;
  });

  it('tells owners, members and visitors apart', async () => {
    const roles = await Promise.all((['owner', 'member', 'visitor'] as const).map(async (r) => (await site.storeFor(r)).getCurrentUser()));
    expect(roles.map((u) => [u.title, u.role, u.can])).toEqual([
      ['Olivia Owen', 'owner', { setUp: true, publish: true, edit: true, read: true }],
      ['Marcus Reid', 'member', { setUp: false, publish: false, edit: true, read: true }],
      ['Vera Lane', 'visitor', { setUp: false, publish: false, edit: false, read: true }]
    ]);
  });

  it('lets a visitor read an assessment, with rights that say read-only', async () => {
    const view = await visitor.loadAssessmentView(assessmentId);
    expect(view.user.role).toBe('visitor');
    expect(view.rights).toEqual({ setUp: false, publish: false, edit: false, read: true });
  });

  it('refuses a visitor\'s save with a plain message and hands the draft back', async () => {
    const { model } = await visitor.loadAssessmentView(assessmentId);
    const target = capabilityWithTwoCriteria(model);
    const mine = draft({ answers: { [target.first]: 'met' } });
    const error = (await visitor.saveResponse(assessmentId, { capability: target.capability, base: null, draft: mine }).catch((e: unknown) => e)) as StoreError;
    expect(error).toBeInstanceOf(StoreError);
    expect(error.kind).toBe('forbidden');
    expect(error.status).toBe(403);
    expect(error.message).toBe(
      `You do not have permission to save your answers for "${target.capability}" (list "NIMM Responses"). Site visitors can read but not change anything; ask a site owner for access if you need it. Your changes have been kept on this page.`
    );
    expect(error.unsaved).toEqual(mine);
  });

  it('refuses a visitor starting an assessment', async () => {
    const error = (await visitor.createAssessment({ title: 'Nope', scope: 'x' }).catch((e: unknown) => e)) as StoreError;
    expect(error.kind).toBe('forbidden');
    expect(error.message).toContain('start the assessment "Nope"');
  });

  it('lets only owners publish, telling others whom to ask', async () => {
    const member = await site.storeFor('member');
    const error = (await member.publishDefaultModel().catch((e: unknown) => e)) as StoreError;
    expect(error.kind).toBe('forbidden');
    expect(error.message).toBe('Only site owners can publish a model. Ask a site owner (Olivia Owen) to publish it.');
  });

  it('names the site owners', async () => {
    expect(await visitor.getSiteOwners()).toEqual([{ id: 7, title: 'Olivia Owen', email: 'olivia.owen@example.nhs.uk' }]);
  });
});
