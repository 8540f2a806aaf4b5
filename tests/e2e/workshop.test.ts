import type { BrowserContext, Locator, Page } from 'playwright-core';
import { perspectivesOf, topLevelOf } from '../../src/components/assessment/workshop/workshopLogic';
import { SharePointStore } from '../../src/data/SharePointStore';
import { connectLocalSite } from '../../tools/support/connectLocalSite';
import { USER_COOKIE } from '../../tools/sp-simulator/types';
import { axeViolations, demoOf, useWorkbenchInBrowser } from './browser';

// Workshop mode in a browser: the real workbench (simulator + page), Debian's Chromium, two people
// signed in as themselves (the simulator's user cookie), as on a real site.
jest.setTimeout(180000);

const e2e = useWorkbenchInBrowser();

type Role = 'owner' | 'member';

async function contextAs(role: Role, width = 1280): Promise<BrowserContext> {
  const context = await e2e.browser.newContext({ viewport: { width, height: 900 } });
  const user = e2e.workbench.sim.users.find((u) => u.role === role)!;
  await context.addCookies([{ name: USER_COOKIE, value: encodeURIComponent(user.login), url: e2e.workbench.origin }]);
  return context;
}

function zone(page: Page): Locator {
  return page.getByRole('region', { name: 'NIMM assessment' });
}

async function store(role: Role): Promise<SharePointStore> {
  const user = e2e.workbench.sim.users.find((u) => u.role === role)!;
  return new SharePointStore(await connectLocalSite({ webUrl: `${e2e.workbench.origin.replace('localhost', '127.0.0.1')}/sites/nimm`, userLogin: user.login }));
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Chooses a level in the drop-down of a perspective (its name is the label, then the choice shown). */
async function score(page: Page, perspective: string, option: string): Promise<void> {
  await zone(page).getByRole('combobox', { name: new RegExp(`^${escaped(perspective)}`) }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** The texts of the cells in the row of the revealed table headed `header`. */
async function rowOf(table: Locator, header: string): Promise<string[]> {
  return table.getByRole('row').filter({ has: table.page().getByRole('rowheader', { name: header, exact: true }) }).getByRole('cell').allTextContents();
}

describe('workshop mode', () => {
  /** The capability the first test scores and reveals; the second looks at it at 320 px. */
  let revealed = '';

  it('two people score on their own, the owner reveals, the spread and flag show, and the suggested level becomes the agreed level', async () => {
    const owner = await store('owner');
    const listed = await owner.listAssessments();
    const id = demoOf(listed.items).id;
    const view = await owner.loadAssessmentView(id);
    // A capability nobody has answered, scored from at least two perspectives, with levels up to 4 or more.
    const capability = view.model.capabilities.find((c) => !view.responses.some((r) => r.capability === c.key) && perspectivesOf(view.model, c).length >= 2 && topLevelOf(c) >= 4)!;
    expect(capability).toBeDefined();
    revealed = capability.key;
    const [first, second] = perspectivesOf(view.model, capability);
    const levelName = (level: number): string => `Level ${level}: ${view.model.levels.find((l) => l.level === level)!.name}`;
    const address = `${e2e.workbench.origin}/?nimmAssessment=${id}&nimmCapability=${capability.key}`;

    const memberContext = await contextAs('member');
    const ownerContext = await contextAs('owner');
    const member = await memberContext.newPage();
    const facilitator = await ownerContext.newPage();
    for (const page of [member, facilitator]) {
      await page.goto(address);
      await zone(page).getByRole('switch', { name: 'Workshop mode' }).click();
      await zone(page).getByRole('combobox', { name: new RegExp(`^${escaped(first.name)}`) }).waitFor();
    }

    // Each scores on their own: 1 and 4 on the first perspective (to discuss), 3 and 3 on the second.
    await score(member, first.name, levelName(1));
    await score(member, second.name, levelName(3));
    await zone(member).getByRole('status').filter({ hasText: /^Your scores are saved$/ }).waitFor({ timeout: 15000 });
    await score(facilitator, first.name, levelName(4));
    await score(facilitator, second.name, levelName(3));
    await zone(facilitator).getByRole('status').filter({ hasText: /^Your scores are saved$/ }).waitFor({ timeout: 15000 });

    // Before the reveal the member sees who has scored, never what.
    const caption = `Everyone\u2019s scores for ${capability.name}`;
    await zone(member).getByRole('button', { name: 'Check for new scores' }).click();
    await zone(member).getByText('2 people have scored: Marcus Reid, Olivia Owen.').waitFor();
    await zone(member).getByText('Scores are hidden until the facilitator reveals them.').waitFor();
    expect(await zone(member).getByRole('table', { name: caption }).count()).toBe(0);
    expect(await zone(member).getByRole('button', { name: 'Reveal scores' }).count()).toBe(0);

    // The owner (a site owner) reveals: the table, the spread and the flag.
    await zone(facilitator).getByRole('button', { name: 'Reveal scores' }).click();
    const table = zone(facilitator).getByRole('table', { name: caption });
    await table.waitFor();
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(['Person', ...perspectivesOf(view.model, capability).map((p) => p.name)]);
    expect((await rowOf(table, 'Lowest')).slice(0, 2)).toEqual(['1', '3']);
    expect((await rowOf(table, 'Highest')).slice(0, 2)).toEqual(['4', '3']);
    expect((await rowOf(table, 'Median')).slice(0, 2)).toEqual(['2.5', '3']);
    expect((await rowOf(table, 'Discuss?')).slice(0, 2)).toEqual(['Scores differ by 2 levels or more: discuss', 'No']);
    await zone(facilitator).getByText(`${first.name}: from level 1 (Marcus Reid) to level 4 (Olivia Owen). Ask them first.`).waitFor();
    // The medians 2.5 and 3, rounded down, suggest 2 and 3: the capability, the lower of them.
    await zone(facilitator).getByText(`Suggested level for the capability: level 2 (${view.model.levels.find((l) => l.level === 2)!.name}).`).waitFor();

    // No serious or critical accessibility problem with the table on screen.
    expect(await axeViolations(facilitator, ['serious', 'critical'])).toEqual([]);

    // The member's page finds the reveal when it looks again.
    await zone(member).getByRole('button', { name: 'Check for new scores' }).click();
    await zone(member).getByRole('table', { name: caption }).waitFor();
    await zone(member).getByText('Olivia Owen has revealed the scores.').waitFor();

    // The suggestion becomes the agreed level, saved with the capability's response.
    await zone(facilitator).getByRole('button', { name: 'Use the suggested consensus level' }).click();
    await zone(facilitator).getByText(/^The agreed level below is now level 2 /).waitFor();
    await zone(facilitator).getByRole('status').filter({ hasText: /^Saved at \d\d:\d\d$/ }).waitFor({ timeout: 15000 });
    const stored = (await owner.loadAssessmentView(id)).responses.find((r) => r.capability === capability.key);
    expect(stored?.agreedLevel).toBe(2);

    await memberContext.close();
    await ownerContext.close();
  });

  it('keeps the workshop readable at 320 pixels: only the table scrolls, inside its own region', async () => {
    const owner = await store('owner');
    const listed = await owner.listAssessments();
    const id = demoOf(listed.items).id;
    const view = await owner.loadAssessmentView(id);
    // The capability the first test revealed: its table is on screen straight away.
    const capability = view.model.capabilities.find((c) => c.key === revealed)!;
    expect(capability).toBeDefined();
    const context = await contextAs('owner', 320);
    const page = await context.newPage();
    await page.goto(`${e2e.workbench.origin}/?nimmAssessment=${id}&nimmCapability=${capability.key}`);
    await zone(page).getByRole('switch', { name: 'Workshop mode' }).click();
    const region = zone(page).getByRole('region', { name: `Everyone\u2019s scores for ${capability.name}` });
    await region.waitFor();
    const panel = zone(page).getByRole('region', { name: 'Workshop', exact: true });
    const widths = await panel.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client + 1);
    // The table's region takes keyboard focus, so it can be scrolled without a mouse.
    await region.focus();
    expect(await region.evaluate((el) => el === document.activeElement)).toBe(true);
    await context.close();
  });
});
