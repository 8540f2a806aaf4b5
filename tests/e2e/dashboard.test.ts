import type { BrowserContext, Page } from 'playwright-core';
import { USER_COOKIE } from '../../tools/sp-simulator/types';
import { axeViolations, useWorkbenchInBrowser } from './browser';

// The dashboard web part in a browser: the real workbench (simulator with the demo trust's six
// rounds of assessment), Debian's Chromium.
jest.setTimeout(180000);

const e2e = useWorkbenchInBrowser();

async function contextAs(role: 'owner' | 'member' | 'visitor'): Promise<BrowserContext> {
  const context = await e2e.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const user = e2e.workbench.sim.users.find((u) => u.role === role)!;
  await context.addCookies([{ name: USER_COOKIE, value: encodeURIComponent(user.login), url: e2e.workbench.origin }]);
  return context;
}

function zone(page: Page) {
  return page.getByRole('region', { name: 'NIMM dashboard' });
}

async function openDashboard(role: 'owner' | 'member' | 'visitor' = 'visitor', query = ''): Promise<Page> {
  const page = await (await contextAs(role)).newPage();
  await page.goto(`${e2e.workbench.origin}/${query}`);
  await zone(page).getByRole('combobox', { name: 'Assessment shown' }).waitFor();
  return page;
}

describe('the dashboard web part', () => {
  it('shows this year\'s assessment with its level, the rule, and a heatmap table per aspect', async () => {
    const page = await openDashboard();
    const part = zone(page);
    await part.getByText('Organisation level').waitFor();
    await part.getByRole('combobox', { name: 'Assessment shown' }).filter({ hasText: /2026/ }).waitFor();
    await part.getByRole('table', { name: /Technical: levels by category/ }).waitFor();
    // Every capability is a button that says its level in words.
    const labels = await part.getByRole('table').first().getByRole('button').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
    expect(labels.length).toBeGreaterThan(5);
    for (const label of labels) expect(label).toMatch(/: (Level \d, .+|not assessed|n\/a)/);
    await page.context().close();
  });

  it('says why a held-back capability is where it is, and goes to the one that holds it back', async () => {
    const page = await openDashboard();
    const part = zone(page);
    const held = part.getByRole('button', { name: /held back/ }).first();
    await held.click();
    const detail = part.getByRole('region', { name: /^Why .* is at this level$/ });
    await detail.waitFor();
    await detail.getByText(/needs/).first().waitFor();
    const go = detail.getByRole('button', { name: /^Show / }).first();
    const target = ((await go.textContent()) ?? '').replace(/^Show /, '');
    await go.click();
    await part.getByRole('region', { name: `Why ${target} is at this level` }).waitFor();
    await page.context().close();
  });

  it('opens an earlier round from the chooser, and keeps the choice and view in the address', async () => {
    const page = await openDashboard();
    const part = zone(page);
    await part.getByRole('combobox', { name: 'Assessment shown' }).click();
    await page.getByRole('option', { name: /self-assessment 2023/ }).click();
    await part.getByRole('combobox', { name: 'Assessment shown' }).filter({ hasText: /2023/ }).waitFor();
    await part.getByRole('tab', { name: 'Perspectives' }).click();
    await part.getByRole('heading', { name: 'Which perspectives pull each category down' }).waitFor();
    expect(page.url()).toMatch(/nimmDashboard=\d+/);
    expect(page.url()).toContain('nimmView=perspectives');
    await page.reload();
    await zone(page).getByRole('heading', { name: 'Which perspectives pull each category down' }).waitFor();
    await page.context().close();
  });

  for (const [view, heading] of [['overview', 'Where the organisation stands'], ['perspectives', 'Which perspectives pull each category down']] as const) {
    it(`has no accessibility violations on the ${view} view (axe-core, WCAG 2.2 AA)`, async () => {
      const page = await openDashboard('visitor', `?nimmView=${view}`);
      await zone(page).getByRole('heading', { name: heading }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    });
  }

  for (const host of ['teams-dark', 'teams-contrast'] as const) {
    it(`reads clearly in ${host} (axe colour contrast on the heatmap)`, async () => {
      const page = await openDashboard('visitor', `?nimmHost=${host}`);
      await zone(page).getByRole('table').first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    });
  }
});
