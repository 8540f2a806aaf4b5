import type { BrowserContext, Page } from 'playwright-core';
import { SharePointStore } from '../../src/data/SharePointStore';
import { explainCapability } from '../../src/nimm';
import { connectLocalSite } from '../../tools/support/connectLocalSite';
import { axeViolations, demoOf, useWorkbenchInBrowser, signedInContext } from './browser';

// The assessment web part in a browser: the real workbench (simulator + page), Debian's Chromium.
jest.setTimeout(180000);

const e2e = useWorkbenchInBrowser();

type Role = 'owner' | 'member' | 'visitor';

async function contextAs(role: Role): Promise<BrowserContext> {
  return signedInContext(e2e, role);
}

/** The assessment web part's zone on the workbench page. */
function zone(page: Page) {
  return page.getByRole('region', { name: 'NIMM assessment' });
}

async function store(role: Role): Promise<SharePointStore> {
  const user = e2e.workbench.sim.users.find((u) => u.role === role)!;
  return new SharePointStore(await connectLocalSite({ webUrl: `${e2e.workbench.origin.replace('localhost', '127.0.0.1')}/sites/nimm`, userLogin: user.login }));
}

async function demoAssessmentId(): Promise<number> {
  const listed = await (await store('owner')).listAssessments();
  return demoOf(listed.items).id;
}

async function openAt(context: BrowserContext, query = ''): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${e2e.workbench.origin}/${query}`);
  return page;
}

describe('the assessment web part', () => {
  it('lists the demo assessment and opens it with its progress and capabilities', async () => {
    const context = await contextAs('member');
    const page = await openAt(context);
    const part = zone(page);
    await part.getByRole('heading', { name: 'Assessments on this site' }).waitFor();
    await part.getByRole('button', { name: /^Open / }).first().click();
    await part.getByText(/capabilities complete/).waitFor();
    await part.getByText(/of \d+ capabilities shown/).waitFor();
    expect(page.url()).toMatch(/nimmAssessment=\d+/);
    await context.close();
  });

  it('changes the level as criteria are answered, saves by itself, and keeps it after a reload', async () => {
    const id = await demoAssessmentId();
    const view = await (await store('member')).loadAssessmentView(id);
    // A capability nobody has answered yet, with no dependency at level 2.
    const capability = view.model.capabilities.find((c) => !view.responses.some((r) => r.capability === c.key) && !c.dependencies.some((d) => d.level === 2))!;
    const level2 = capability.levels.find((l) => l.level === 2)!;
    const context = await contextAs('member');
    const page = await openAt(context, `?nimmAssessment=${id}&nimmCapability=${capability.key}`);
    const part = zone(page);
    await part.getByRole('heading', { name: new RegExp(`^${capability.name}`) }).waitFor();
    await part.getByText('Not assessed yet, so it counts as level 1.').waitFor();
    for (const criterion of level2.criteria) {
      await part.getByRole('radiogroup', { name: criterion.text }).getByRole('radio', { name: 'Met', exact: true }).check({ force: true });
    }
    await part.getByText('The answers give level 2.').waitFor();
    await part.getByRole('status').filter({ hasText: /^Saved at \d\d:\d\d$/ }).waitFor({ timeout: 15000 });
    await page.reload();
    await zone(page).getByText('The answers give level 2.').waitFor();
    const stored = (await (await store('owner')).loadAssessmentView(id)).responses.find((r) => r.capability === capability.key);
    expect(Object.keys(stored?.answers ?? {}).sort()).toEqual(level2.criteria.map((c) => c.key).sort());
    await context.close();
  });

  it('names the dependency that holds a capability back, and opens it', async () => {
    const id = await demoAssessmentId();
    const view = await (await store('member')).loadAssessmentView(id);
    const held = view.model.capabilities.find((c) => explainCapability(view.model, view.responses, c.key).holdBacks.length > 0);
    expect(held).toBeDefined();
    const hold = explainCapability(view.model, view.responses, held!.key).holdBacks[0];
    const context = await contextAs('member');
    const page = await openAt(context, `?nimmAssessment=${id}&nimmCapability=${held!.key}`);
    const part = zone(page);
    await part.getByRole('heading', { name: 'What holds it back' }).waitFor();
    await part.getByText(hold.sentence).first().waitFor();
    await part.getByRole('button', { name: `Open ${hold.name}` }).click();
    await part.getByRole('heading', { name: new RegExp(`^${hold.name}`) }).waitFor();
    expect(page.url()).toContain(`nimmCapability=${hold.capability}`);
    await context.close();
  });

  it('lets two people edit the same capability without losing either\'s answers', async () => {
    const id = await demoAssessmentId();
    const view = await (await store('member')).loadAssessmentView(id);
    const capability = view.model.capabilities.filter((c) => !view.responses.some((r) => r.capability === c.key) && (c.levels[0]?.criteria.length ?? 0) >= 2)[1];
    const [first, second] = capability.levels[0].criteria;
    const a = await contextAs('member');
    const b = await contextAs('owner');
    const pageA = await openAt(a, `?nimmAssessment=${id}&nimmCapability=${capability.key}`);
    const pageB = await openAt(b, `?nimmAssessment=${id}&nimmCapability=${capability.key}`);
    await zone(pageA).getByRole('radiogroup', { name: first.text }).waitFor();
    await zone(pageB).getByRole('radiogroup', { name: second.text }).waitFor();
    await zone(pageA).getByRole('radiogroup', { name: first.text }).getByRole('radio', { name: 'Met', exact: true }).check({ force: true });
    await zone(pageA).getByRole('status').filter({ hasText: /^Saved at/ }).waitFor({ timeout: 15000 });
    await zone(pageB).getByRole('radiogroup', { name: second.text }).getByRole('radio', { name: 'Not met', exact: true }).check({ force: true });
    await zone(pageB).getByRole('status').filter({ hasText: /^Saved, together with changes someone else made meanwhile$/ }).waitFor({ timeout: 15000 });
    const stored = (await (await store('owner')).loadAssessmentView(id)).responses.find((r) => r.capability === capability.key);
    expect(stored?.answers).toEqual({ [first.key]: 'met', [second.key]: 'not-met' });
    await a.close();
    await b.close();
  });

  it('keeps an answer made while SharePoint throttles and saves it when SharePoint lets it', async () => {
    const id = await demoAssessmentId();
    const view = await (await store('member')).loadAssessmentView(id);
    const capability = view.model.capabilities.filter((c) => !view.responses.some((r) => r.capability === c.key))[4];
    const criterion = capability.levels[0].criteria[0];
    const context = await contextAs('member');
    const page = await openAt(context, `?nimmAssessment=${id}&nimmCapability=${capability.key}`);
    await zone(page).getByRole('radiogroup', { name: criterion.text }).waitFor();
    e2e.workbench.sim.setFault({ status: 429, retryAfterSeconds: 2, count: 2, match: /NIMM Responses/ });
    await zone(page).getByRole('radiogroup', { name: criterion.text }).getByRole('radio', { name: 'Partly met', exact: true }).check({ force: true });
    await zone(page).getByRole('status').filter({ hasText: /^Saved at/ }).waitFor({ timeout: 30000 });
    e2e.workbench.sim.setFault(null);
    const stored = (await (await store('owner')).loadAssessmentView(id)).responses.find((r) => r.capability === capability.key);
    expect(stored?.answers[criterion.key]).toBe('partial');
    await context.close();
  });

  it('keeps an answer made offline through a reload and sends it once back online', async () => {
    const id = await demoAssessmentId();
    const view = await (await store('member')).loadAssessmentView(id);
    const capability = view.model.capabilities.filter((c) => !view.responses.some((r) => r.capability === c.key))[6];
    const criterion = capability.levels[0].criteria[0];
    const context = await contextAs('member');
    const page = await openAt(context, `?nimmAssessment=${id}&nimmCapability=${capability.key}`);
    await zone(page).getByRole('radiogroup', { name: criterion.text }).waitFor();
    await context.setOffline(true);
    await zone(page).getByRole('radiogroup', { name: criterion.text }).getByRole('radio', { name: 'Not met', exact: true }).check({ force: true });
    await zone(page).getByRole('status').filter({ hasText: /^Not saved yet:/ }).waitFor({ timeout: 30000 });
    await context.setOffline(false);
    await page.reload();
    await zone(page).getByRole('status').filter({ hasText: /^Saved at/ }).waitFor({ timeout: 30000 });
    const stored = (await (await store('owner')).loadAssessmentView(id)).responses.find((r) => r.capability === capability.key);
    expect(stored?.answers[criterion.key]).toBe('not-met');
    await context.close();
  });

  it('shows a visitor everything read-only and says why', async () => {
    const id = await demoAssessmentId();
    const view = await (await store('visitor')).loadAssessmentView(id);
    const capability = view.model.capabilities[0];
    const context = await contextAs('visitor');
    const page = await openAt(context, `?nimmAssessment=${id}&nimmCapability=${capability.key}`);
    const part = zone(page);
    await part.getByText(/You can read this assessment but not change it/).waitFor();
    const radios = part.getByRole('radio');
    expect(await radios.count()).toBeGreaterThan(0);
    expect(await radios.first().isDisabled()).toBe(true);
    expect(await part.getByRole('button', { name: 'Start an assessment' }).count()).toBe(0);
    await context.close();
  });

  it('lets an owner start an assessment of a profile\'s capabilities', async () => {
    const model = (await (await store('owner')).getPublishedModel())!.model;
    const profile = model.profiles.find((p) => p.key === 'foundation-first') ?? model.profiles[0];
    const count = Object.keys(profile.targets).length;
    const context = await contextAs('owner');
    const page = await openAt(context);
    const part = zone(page);
    await part.getByRole('button', { name: 'Start an assessment' }).click();
    await part.getByRole('textbox', { name: /^Title/ }).fill('Profile assessment');
    await part.getByRole('combobox', { name: 'Target profile' }).click();
    await page.getByRole('option', { name: profile.name }).click();
    await part.getByRole('radio', { name: /^The capabilities the target profile sets/ }).check({ force: true });
    await part.getByRole('button', { name: 'Start the assessment' }).click();
    await part.getByRole('heading', { name: /^Profile assessment/ }).waitFor();
    await part.getByText(new RegExp(`of ${count} capabilities shown`)).waitFor();
    await context.close();
  });

  it('has no serious or critical accessibility violations on the list and on a capability', async () => {
    const id = await demoAssessmentId();
    const view = await (await store('member')).loadAssessmentView(id);
    const context = await contextAs('member');
    const page = await openAt(context);
    await zone(page).getByRole('heading', { name: 'Assessments on this site' }).waitFor();
    expect(await axeViolations(page, ['serious', 'critical'])).toEqual([]);
    await page.goto(`${e2e.workbench.origin}/?nimmAssessment=${id}&nimmCapability=${view.model.capabilities[0].key}`);
    await zone(page).getByRole('heading', { name: 'Where this capability stands' }).waitFor();
    expect(await axeViolations(page, ['serious', 'critical'])).toEqual([]);
    await context.close();
  });
});
