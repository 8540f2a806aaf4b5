import type { BrowserContext, Page } from 'playwright-core';
import { SharePointStore } from '../../src/data/SharePointStore';
import { emptyDraft } from '../../src/data/merge/mergeResponse';
import type { AssessmentView, StoredResponse } from '../../src/data/types';
import type { Capability } from '../../src/nimm';
import { connectLocalSite } from '../../tools/support/connectLocalSite';
import { axeViolations, demoOf, useWorkbenchInBrowser, signedInContext } from './browser';

// Owners, review and history of a capability in a browser: the real workbench (simulator and
// page), Debian's Chromium, each person signed in with the simulator's user cookie.
jest.setTimeout(180000);

const e2e = useWorkbenchInBrowser();

type Role = 'owner' | 'member' | 'visitor';

function user(role: Role): { login: string; title: string } {
  return e2e.workbench.sim.users.find((u) => u.role === role)!;
}

async function contextAs(role: Role): Promise<BrowserContext> {
  return signedInContext(e2e, role);
}

/** The assessment web part's zone on the workbench page. */
function zone(page: Page) {
  return page.getByRole('region', { name: 'NIMM assessment' });
}

async function store(role: Role): Promise<SharePointStore> {
  return new SharePointStore(await connectLocalSite({ webUrl: `${e2e.workbench.origin.replace('localhost', '127.0.0.1')}/sites/nimm`, userLogin: user(role).login }));
}

async function demoView(): Promise<AssessmentView> {
  const owner = await store('owner');
  const listed = await owner.listAssessments();
  return owner.loadAssessmentView(demoOf(listed.items).id);
}

/** The n-th capability nobody has answered yet, so each test has one of its own. */
function unanswered(view: AssessmentView, n: number): Capability {
  return view.model.capabilities.filter((c) => !view.responses.some((r) => r.capability === c.key))[n];
}

async function stored(capability: string): Promise<StoredResponse | undefined> {
  return (await demoView()).responses.find((r) => r.capability === capability);
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Opens the demo assessment at a capability, and waits for the capability to show. */
async function openCapability(context: BrowserContext, view: AssessmentView, capability: Capability): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${e2e.workbench.origin}/?nimmAssessment=${view.assessment.id}&nimmCapability=${capability.key}`);
  await zone(page).getByRole('heading', { name: new RegExp(`^${escaped(capability.name)}`) }).waitFor();
  return page;
}

async function savedOn(page: Page): Promise<void> {
  await zone(page).getByRole('status').filter({ hasText: /^Saved at \d\d:\d\d$/ }).waitFor({ timeout: 15000 });
}

/** Chooses a person in a people picker with the keyboard only: type, wait for them, Enter. */
async function pickByKeyboard(page: Page, label: string, query: string, name: string): Promise<void> {
  const picker = zone(page).getByRole('combobox', { name: label });
  await picker.focus();
  await page.keyboard.type(query, { delay: 30 });
  await page.getByRole('option', { name: new RegExp(escaped(name)) }).waitFor();
  await page.keyboard.press('Enter');
  await chosen(page, label, name);
}

/** Waits until a picker holds `name`: its remove button is named after them. */
async function chosen(page: Page, label: string, name: string): Promise<void> {
  await zone(page).getByRole('list', { name: label }).getByRole('button', { name: new RegExp(`^Remove ${escaped(name)}`) }).waitFor();
}

describe('owners, review and history of a capability', () => {
  it('lets a member mark a capability ready and the reviewer (a site owner) agree it, which locks it for the member', async () => {
    const view = await demoView();
    const capability = unanswered(view, 0);
    const owner = user('owner').title;

    const memberContext = await contextAs('member');
    const memberPage = await openCapability(memberContext, view, capability);
    await pickByKeyboard(memberPage, 'Reviewer', owner.slice(0, 4), owner);
    await zone(memberPage).getByRole('button', { name: 'Ready for review', exact: true }).click();
    await zone(memberPage).getByText(`Waiting for ${owner} to review it.`).waitFor();
    await savedOn(memberPage);
    expect(await stored(capability.key)).toEqual(expect.objectContaining({ status: 'ready-for-review', reviewer: owner }));

    const ownerContext = await contextAs('owner');
    const ownerPage = await openCapability(ownerContext, view, capability);
    await zone(ownerPage).getByRole('button', { name: 'Agree', exact: true }).click();
    await savedOn(ownerPage);
    const agreed = await stored(capability.key);
    expect(agreed).toEqual(expect.objectContaining({ status: 'agreed', agreedBy: owner }));
    expect(agreed?.agreedAt).not.toBeNull();

    // The member, coming back, finds it locked and is told who agreed it and when.
    await memberPage.reload();
    const part = zone(memberPage);
    await part.getByText(new RegExp(`^Agreed by ${escaped(owner)} on \\d{1,2} \\w+ \\d{4}\\.`)).waitFor();
    const radios = part.getByRole('radio');
    expect(await radios.count()).toBeGreaterThan(0);
    expect(await radios.first().isDisabled()).toBe(true);
    expect(await part.getByRole('combobox', { name: 'Level the team agrees' }).isDisabled()).toBe(true);
    expect(await part.getByRole('button', { name: 'Agree', exact: true }).count()).toBe(0);
    expect(await part.getByRole('button', { name: 'Reopen', exact: true }).isEnabled()).toBe(true);
    await memberContext.close();
    await ownerContext.close();
  });

  it('sends work back with a comment, which the member then sees', async () => {
    const view = await demoView();
    const capability = unanswered(view, 1);
    const memberContext = await contextAs('member');
    const memberPage = await openCapability(memberContext, view, capability);
    await zone(memberPage).getByRole('button', { name: 'Ready for review', exact: true }).click();
    await savedOn(memberPage);

    const ownerContext = await contextAs('owner');
    const ownerPage = await openCapability(ownerContext, view, capability);
    const review = zone(ownerPage);
    await review.getByText('No reviewer is named, so a site owner reviews it.', { exact: false }).waitFor();
    await review.getByRole('button', { name: 'Send back', exact: true }).click();
    // An empty comment is refused: the owner must know what to change.
    await review.getByRole('button', { name: 'Send back with this comment', exact: true }).click();
    await review.getByText('Say what needs more work, so the owner knows what to change.').waitFor();
    await review.getByRole('textbox', { name: /What needs more work/ }).fill('Add the evidence of last month\u2019s restore test.');
    await review.getByRole('button', { name: 'Send back with this comment', exact: true }).click();
    await savedOn(ownerPage);
    expect(await stored(capability.key)).toEqual(expect.objectContaining({ status: 'in-progress', reviewComment: 'Add the evidence of last month\u2019s restore test.' }));

    await memberPage.reload();
    const part = zone(memberPage);
    await part.getByText('Sent back for more work').waitFor();
    await part.getByText('Add the evidence of last month\u2019s restore test.').waitFor();
    await part.getByText('Status: In progress').waitFor();
    await memberContext.close();
    await ownerContext.close();
  });

  it('shows the history one click away: versions, who changed them and what changed, with no serious accessibility problems', async () => {
    const view = await demoView();
    const capability = unanswered(view, 2);
    const criterion = capability.levels[0].criteria[0];
    // Two people change the response: Marcus answers, Olivia marks it ready for review.
    const member = await store('member');
    const first = await member.saveResponse(view.assessment.id, { capability: capability.key, base: null, draft: { ...emptyDraft(), status: 'in-progress', answers: { [criterion.key]: 'partial' } } });
    if (first.status === 'conflict') throw new Error('unexpected conflict');
    const second = await (await store('owner')).saveResponse(view.assessment.id, { capability: capability.key, base: first.response, draft: { ...emptyDraft(), status: 'ready-for-review', answers: { [criterion.key]: 'met' } } });
    expect(second.status).toBe('saved');

    const context = await contextAs('member');
    const page = await openCapability(context, view, capability);
    await zone(page).getByRole('button', { name: 'Show history', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `History of ${capability.name}` });
    await dialog.getByRole('heading', { name: /^Version .* \(the current one\)$/ }).waitFor();
    expect(await dialog.getByRole('heading', { name: /^Version / }).count()).toBeGreaterThanOrEqual(2);
    await dialog.getByText(new RegExp(`by ${escaped(user('owner').title)}\\.$`)).first().waitFor();
    await dialog.getByText(new RegExp(`by ${escaped(user('member').title)}\\.$`)).first().waitFor();
    await dialog.getByText('Status changed from In progress to Ready for review.').waitFor();
    await dialog.getByText(`Answer to \u201c${criterion.text}\u201d changed from Partly met to Met.`).waitFor();
    // Focus is inside the panel while it is open.
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);

    expect(await axeViolations(page, ['serious', 'critical'])).toEqual([]);

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Show history');
    await context.close();
  });

  it('chooses a capability owner from the site\'s people with the keyboard alone', async () => {
    const view = await demoView();
    const capability = unanswered(view, 3);
    const member = user('member');
    const context = await contextAs('member');
    const page = await openCapability(context, view, capability);
    // Tab from the field before it, as someone without a mouse would arrive.
    await zone(page).getByRole('textbox', { name: 'Improvement ideas' }).focus();
    await page.keyboard.press('Tab');
    expect(await zone(page).getByRole('combobox', { name: 'Capability owner' }).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type(member.title.slice(0, 3), { delay: 30 });
    await page.getByRole('option', { name: new RegExp(escaped(member.title)) }).waitFor();
    await page.keyboard.press('Enter');
    await chosen(page, 'Capability owner', member.title);
    // Focus stays with the choice (its remove button), not dropped on the page.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Remove');
    await savedOn(page);
    expect(await stored(capability.key)).toEqual(expect.objectContaining({ owner: member.title, ownerLogin: member.login }));
    await context.close();
  });

  it('lists under "Mine only" the capabilities owned by the signed-in login, whatever name they were given', async () => {
    const view = await demoView();
    const [renamed, namesake] = [unanswered(view, 5), unanswered(view, 6)];
    const member = user('member');
    const owner = await store('owner');
    // Picked from the site's people when the member had another display name: theirs.
    await owner.saveResponse(view.assessment.id, { capability: renamed.key, base: null, draft: { ...emptyDraft(), owner: 'A. Former-Name', ownerLogin: member.login } });
    // Someone else with the member's display name: not theirs.
    await owner.saveResponse(view.assessment.id, { capability: namesake.key, base: null, draft: { ...emptyDraft(), owner: member.title, ownerLogin: user('owner').login } });
    const context = await contextAs('member');
    const page = await context.newPage();
    await page.goto(`${e2e.workbench.origin}/?nimmAssessment=${view.assessment.id}`);
    await zone(page).getByText(/of \d+ capabilities shown/).waitFor();
    await zone(page).getByRole('checkbox', { name: 'Mine only' }).check({ force: true });
    await zone(page).getByRole('button', { name: new RegExp(`^${escaped(renamed.name)}`) }).waitFor();
    expect(await zone(page).getByRole('button', { name: new RegExp(`^${escaped(namesake.name)}`) }).count()).toBe(0);
    await context.close();
  });
});
