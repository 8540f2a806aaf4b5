import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { startWorkbench, type RunningWorkbench } from '../../tools/workbench/server';
import { launchBrowser } from './browser';

// Browser end-to-end: the real workbench server (simulator + page) and Debian's Chromium.
jest.setTimeout(120000);

let workbench: RunningWorkbench;
let browser: Browser;
let dataDir: string;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nimm-e2e-'));
  workbench = await startWorkbench({ port: 0, dataFile: path.join(dataDir, 'simulator.json'), quiet: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await workbench?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** Opens the workbench in a fresh browser context (no cookies: signed in as the default owner). */
async function openWorkbench(): Promise<{ page: Page; offSite: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const offSite: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(workbench.origin) && !r.url().startsWith('data:')) offSite.push(r.url());
  });
  await page.goto(`${workbench.origin}/`);
  return { page, offSite };
}

describe('the local workbench in a browser', () => {
  it('shows the model guide loaded from the simulated site, through SharePoint REST', async () => {
    workbench.sim.clearLog();
    const { page, offSite } = await openWorkbench();
    await page.getByRole('heading', { name: 'NIMM model guide' }).waitFor();
    await page.getByText('81 capabilities match').waitFor();
    await page.getByRole('heading', { name: 'Infrastructure patterns and practices' }).waitFor();
    // The guide read the published model from the site's lists, not the bundled copy.
    expect(workbench.sim.log.some((e) => e.method === 'POST' && e.path.includes('$batch'))).toBe(true);
    expect(await page.getByText('has not published a model yet').count()).toBe(0);
    expect(offSite).toEqual([]);
    await page.context().close();
  });

  it('filters capabilities as the reader types and opens a capability with its criteria and dependencies', async () => {
    const { page } = await openWorkbench();
    await page.getByText('81 capabilities match').waitFor();
    await page.getByRole('searchbox').fill('single sign-on');
    await page.getByText(/^\d+ capabilit(y|ies) match/).waitFor();
    const count = await page.getByText(/^\d+ capabilit(y|ies) match/).innerText();
    expect(Number(count.split(' ')[0])).toBeLessThan(81);
    await page.getByRole('button', { name: /^Single sign-on/ }).first().click();
    await page.getByText('Depends on').first().waitFor();
    await page.getByText(/Directory services/).first().waitFor();
    await page.context().close();
  });

  it('switches the signed-in user, and the simulated site then answers as that user', async () => {
    const { page } = await openWorkbench();
    await page.getByText('81 capabilities match').waitFor();
    const visitor = workbench.sim.users.find((u) => u.role === 'visitor');
    expect(visitor).toBeDefined();
    // Let the owner's page finish all its requests, so that everything logged from here on
    // comes from the page after the switch.
    await page.getByRole('button', { name: 'Check and upgrade set-up' }).waitFor();
    await page.waitForLoadState('networkidle');
    workbench.sim.clearLog();
    await page.getByRole('combobox', { name: 'Signed in as' }).click();
    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('option', { name: new RegExp(`${visitor?.title}`) }).click()
    ]);
    await page.getByText('81 capabilities match').waitFor();
    await page.getByText(/Only site owners can set up NIMM on this site/).waitFor();
    await page.getByRole('combobox', { name: 'Signed in as' }).getByText(new RegExp(`${visitor?.title}`)).waitFor();
    const apiCalls = workbench.sim.log.filter((e) => e.path.includes('/_api/'));
    expect(apiCalls.length).toBeGreaterThan(0);
    expect(apiCalls.every((e) => e.user === visitor?.login)).toBe(true);
    await page.context().close();
  });
});

describe('site set-up in the workbench', () => {
  it('offers the owner a re-runnable set-up, and running it again changes nothing on the site', async () => {
    const { page } = await openWorkbench();
    const button = page.getByRole('button', { name: 'Check and upgrade set-up' });
    await button.waitFor();
    workbench.sim.clearLog();
    await button.click();
    await page.getByText(/up to date|no changes|nothing to change/i).first().waitFor();
    // Idempotent: the second run read the site but wrote nothing.
    const writes = workbench.sim.log.filter((e) => e.method !== 'GET' && !e.path.includes('$batch') && !e.path.includes('contextinfo'));
    expect(writes).toEqual([]);
    await page.context().close();
  });

  it('tells a visitor that only site owners can set up, and names them', async () => {
    const context = await browser.newContext();
    const visitor = workbench.sim.users.find((u) => u.role === 'visitor');
    const owner = workbench.sim.users.find((u) => u.role === 'owner');
    // Named by e-mail, as the simulator also accepts: the page must show the user it answers as.
    await context.addCookies([{ name: 'nimm-sim-user', value: encodeURIComponent(visitor?.email ?? ''), url: workbench.origin }]);
    const page = await context.newPage();
    await page.goto(`${workbench.origin}/`);
    await page.getByText(/Only site owners can set up NIMM on this site/).waitFor();
    await page.getByRole('combobox', { name: 'Signed in as' }).getByText(new RegExp(`${visitor?.title}`)).waitFor();
    await page.getByText(owner?.title ?? 'owner').first().waitFor();
    expect(await page.getByRole('button', { name: /Set up this site|Check and upgrade set-up/ }).count()).toBe(0);
    await context.close();
  });
});

describe('a stale sign-in cookie', () => {
  it('naming nobody on the site falls back to the owner instead of failing every request', async () => {
    const context = await browser.newContext();
    await context.addCookies([{ name: 'nimm-sim-user', value: 'someone.who.left%40example.nhs.uk', url: workbench.origin }]);
    const page = await context.newPage();
    await page.goto(`${workbench.origin}/`);
    await page.getByText('81 capabilities match').waitFor();
    await page.getByRole('button', { name: 'Check and upgrade set-up' }).waitFor();
    expect((await context.cookies()).find((c) => c.name === 'nimm-sim-user')).toBeUndefined();
    await context.close();
  });
});

describe('keyboard and zoom', () => {
  it('can be used with the keyboard alone: search, open a capability and jump to one it depends on', async () => {
    const { page } = await openWorkbench();
    await page.getByText('81 capabilities match').waitFor();
    await page.getByRole('searchbox').focus();
    await page.keyboard.type('release management');
    await page.getByText(/^1 capability matches|^\d+ capabilities match/).waitFor();
    const release = page.getByRole('button', { name: /^Release management/ }).first();
    await release.focus();
    await page.keyboard.press('Enter');
    await expect(release.getAttribute('aria-expanded')).resolves.toBe('true');
    const jump = page.getByRole('button', { name: /Change management/ }).first();
    await jump.focus();
    await page.keyboard.press('Enter');
    // The jump opens the capability it names and moves focus there.
    await page.waitForFunction(() => /Change management/.test(document.activeElement?.textContent ?? ''));
    await page.context().close();
  });

  it('reflows at 400% zoom (320 CSS pixels wide) with no sideways scrolling', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${workbench.origin}/`);
    await page.getByText('81 capabilities match').waitFor();
    await page.getByRole('button', { name: /^Change management/ }).first().click();
    await page.getByText('Needed by').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});

describe('accessibility of the workbench page (axe-core, WCAG 2.2 A and AA rules)', () => {
  async function axeViolations(page: Page): Promise<string[]> {
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    return page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
      return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
    });
  }

  it('has no violations with the guide loaded', async () => {
    const { page } = await openWorkbench();
    await page.getByText('81 capabilities match').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('has no violations with a capability open', async () => {
    const { page } = await openWorkbench();
    await page.getByText('81 capabilities match').waitFor();
    await page.getByRole('button', { name: /^Change management/ }).first().click();
    await page.getByText('Needed by').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
