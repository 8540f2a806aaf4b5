import * as fs from 'fs';
import { chromium, type Browser } from 'playwright-core';
import { USER_COOKIE as USER_COOKIE_NAME } from '../../tools/sp-simulator/types';

/** Debian's Chromium (installed by `npm test` when missing); never a downloaded browser. */
export function chromiumPath(): string {
  const found = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && fs.existsSync(p));
  if (!found) throw new Error('Chromium is not installed: run `npm test` (it installs Debian\'s chromium package) or set CHROMIUM_PATH.');
  return found;
}

/**
 * Headless Chromium with the flags this machine needs: no sandbox as root, and no background
 * networking, so the browser only ever talks to the local workbench. Playwright gives each
 * launch a fresh, empty profile.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'
    ]
  });
}

/**
 * axe-core's WCAG 2.2 A and AA violations on the page, one line each (empty when clean); with
 * `within`, only in that part of the page (one web part's zone).
 */
export async function axeViolations(
  page: import('playwright-core').Page,
  impacts: string[] = ['minor', 'moderate', 'serious', 'critical'],
  within?: import('playwright-core').Locator
): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const scope = within ? await within.elementHandle() : null;
  return page.evaluate(async ({ wanted, part }) => {
    type Violation = { id: string; help: string; impact: string; nodes: { target: string[] }[] };
    const axe = (window as unknown as { axe: { run: (ctx: Document | Element, opts: object) => Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(part ?? document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations
      .filter((v) => wanted.indexOf(v.impact) >= 0)
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
  }, { wanted: impacts, part: scope });
}

/** A running workbench (on a throw-away data file) and a browser, for the tests of one file. */
export interface WorkbenchInBrowser {
  readonly workbench: import('../../tools/workbench/server').RunningWorkbench;
  readonly browser: Browser;
}

/**
 * Starts the real workbench server (simulator and page) on a free port with its own data file,
 * and Debian's Chromium, before the file's tests; stops both and removes the data afterwards.
 */
export function useWorkbenchInBrowser(): WorkbenchInBrowser {
  // Required here, not imported at the top: the server pulls in the bundler, which only the
  // browser tests need.
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { startWorkbench } = require('../../tools/workbench/server') as typeof import('../../tools/workbench/server');
  const fs = require('fs') as typeof import('fs');
  const os = require('os') as typeof import('os');
  const path = require('path') as typeof import('path');
  let running: WorkbenchInBrowser['workbench'] | undefined;
  let chromiumBrowser: Browser | undefined;
  let dataDir = '';
  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nimm-e2e-'));
    running = await startWorkbench({ port: 0, dataFile: path.join(dataDir, 'simulator.json'), quiet: true });
    chromiumBrowser = await launchBrowser();
  });
  afterAll(async () => {
    await chromiumBrowser?.close();
    await running?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });
  return {
    get workbench() {
      if (!running) throw new Error('The workbench is not running yet (use it inside a test).');
      return running;
    },
    get browser() {
      if (!chromiumBrowser) throw new Error('The browser is not running yet (use it inside a test).');
      return chromiumBrowser;
    }
  };
}

/** The demo trust's assessment of this year among the seeded ones (tools/workbench/seed.ts). */
export function demoOf<T extends { title: string }>(assessments: T[]): T {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { demoAssessmentTitle } = require('../../tools/workbench/seed') as typeof import('../../tools/workbench/seed');
  const found = assessments.find((a) => a.title === demoAssessmentTitle());
  if (!found) throw new Error('The demo assessment is not on the site: was the workbench seeded?');
  return found;
}

/** A new browser context signed in to the workbench as the simulator's user with the given role. */
export async function signedInContext(
  e2e: WorkbenchInBrowser,
  role: 'owner' | 'member' | 'visitor',
  viewport: { width: number; height: number } = { width: 1280, height: 900 }
): Promise<import('playwright-core').BrowserContext> {
  const context = await e2e.browser.newContext({ viewport });
  const user = e2e.workbench.sim.users.find((u) => u.role === role);
  if (!user) throw new Error(`The workbench has no ${role}.`);
  await context.addCookies([{ name: USER_COOKIE_NAME, value: encodeURIComponent(user.login), url: e2e.workbench.origin }]);
  return context;
}
