/**
 * Measures what a user waits for on the local workbench, in Debian's Chromium, with simulated
 * latency on every SharePoint request (default 100 ms; BENCH_LATENCY_MS sets another).
 * Run: npm run bench:screens
 *
 * Starts the real workbench (simulator, seeded demo trust, the page with every web part) on a
 * throw-away data file, then, as a member:
 * - loads the page (every web part on it) and counts the SharePoint requests until the
 *   assessment list is shown;
 * - opens the demo assessment from that list (an in-page step) until its capabilities are shown;
 * - loads the page straight at the assessment's address (a link pasted into Teams);
 * - opens a capability from the assessment until its criteria are shown;
 * - answers a criterion and times until the save state reads "Saved at ...";
 * - loads a page with the dashboard alone (?nimmOnly=dashboard) until its heatmap is drawn, and the
 *   whole workbench page (all five web parts) until the same.
 * The assessment's own steps use ?nimmOnly=assessment, so other web parts' reads are not counted.
 * Each figure is the median of several runs; requests are counted from the simulator's log
 * (a $batch is one request, as it is one round trip).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { startWorkbench, type RunningWorkbench } from '../workbench/server';
import { launchBrowser } from '../../tests/e2e/browser';
import { USER_COOKIE } from '../sp-simulator/types';

const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 100);
const RUNS = 5;

interface Figure {
  what: string;
  requests: number[];
  ms: number[];
}

function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function timed(wb: RunningWorkbench, step: () => Promise<void>): Promise<{ requests: number; ms: number }> {
  const before = wb.sim.log.length;
  const started = performance.now();
  await step();
  const ms = performance.now() - started;
  return { requests: wb.sim.log.filter((e, i) => i >= before && /\/_api\//i.test(e.path)).length, ms };
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nimm-bench-'));
  const wb = await startWorkbench({ port: 0, dataFile: path.join(dataDir, 'simulator.json'), quiet: true, minify: true, latencyMs: LATENCY_MS });
  const browser = await launchBrowser();
  const figures: Figure[] = [
    { what: 'Load the page, to the list of assessments', requests: [], ms: [] },
    { what: 'Open the assessment from the list, to its capabilities', requests: [], ms: [] },
    { what: 'Load the page at the assessment\'s address, to its capabilities', requests: [], ms: [] },
    { what: 'Open a capability, to its criteria', requests: [], ms: [] },
    { what: 'Answer a criterion, to "Saved at"', requests: [], ms: [] },
    { what: 'Dashboard alone: load the page, to its heatmap (five earlier rounds)', requests: [], ms: [] },
    { what: 'Whole workbench page (five web parts), to the dashboard\'s heatmap', requests: [], ms: [] }
  ];
  const add = (index: number, r: { requests: number; ms: number }): void => {
    figures[index].requests.push(r.requests);
    figures[index].ms.push(r.ms);
  };
  try {
    const member = wb.sim.users.find((u) => u.role === 'member')!;
    const newContext = async (): Promise<BrowserContext> => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.addCookies([{ name: USER_COOKIE, value: encodeURIComponent(member.login), url: wb.origin }]);
      return context;
    };
    const zone = (page: Page) => page.getByRole('region', { name: 'NIMM assessment' });
    let assessmentUrl = '';
    let capabilityNames: string[] = [];
    // One warm-up run first (the browser's first start and the bundle's first parse), not counted.
    for (let run = 0; run <= RUNS; run++) {
      const counted = run > 0;
      const context = await newContext();
      const page = await context.newPage();
      const load = await timed(wb, async () => {
        await page.goto(`${wb.origin}/?nimmOnly=assessment`);
        await zone(page).getByRole('heading', { name: 'Assessments on this site' }).waitFor();
        await zone(page).getByRole('button', { name: /^Open / }).first().waitFor();
      });
      const open = await timed(wb, async () => {
        await zone(page).getByRole('button', { name: /^Open / }).first().click();
        await zone(page).getByText(/of \d+ capabilities shown/).waitFor();
      });
      assessmentUrl = page.url();
      if (capabilityNames.length === 0) {
        capabilityNames = await zone(page).locator('li button[type="button"]').evaluateAll((buttons) => buttons.map((b) => (b.textContent ?? '').split(',')[0].trim()));
      }
      await context.close();
      const direct = await newContext();
      const directPage = await direct.newPage();
      const deep = await timed(wb, async () => {
        await directPage.goto(assessmentUrl);
        await zone(directPage).getByText(/of \d+ capabilities shown/).waitFor();
      });
      // A different capability each run, none answered by an earlier run.
      const name = capabilityNames[capabilityNames.length - 1 - run];
      const capability = await timed(wb, async () => {
        await zone(directPage).getByRole('button', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).first().click();
        await zone(directPage).getByRole('radio', { name: 'Met', exact: true }).first().waitFor({ state: 'attached' });
      });
      const save = await timed(wb, async () => {
        await zone(directPage).getByRole('radio', { name: 'Not met', exact: true }).first().check({ force: true });
        await zone(directPage).getByRole('status').filter({ hasText: /^Saved at \d\d:\d\d$/ }).waitFor({ timeout: 30000 }).catch(async (e) => {
          const statuses = await zone(directPage).getByRole('status').allTextContents();
          throw new Error(`${name}: no "Saved at" (statuses: ${JSON.stringify(statuses)}): ${e}`);
        });
      });
      await direct.close();
      const dashboardContext = await newContext();
      const dashboardPage = await dashboardContext.newPage();
      const dashboardZone = dashboardPage.getByRole('region', { name: 'NIMM dashboard' });
      const dashboard = await timed(wb, async () => {
        await dashboardPage.goto(`${wb.origin}/?nimmOnly=dashboard`);
        await dashboardZone.getByRole('table').first().waitFor();
      });
      const whole = await timed(wb, async () => {
        await dashboardPage.goto(`${wb.origin}/`);
        await dashboardZone.getByRole('table').first().waitFor();
      });
      await dashboardContext.close();
      if (counted) {
        add(5, dashboard);
        add(6, whole);
        add(0, load);
        add(1, open);
        add(2, deep);
        add(3, capability);
        add(4, save);
      }
    }
    console.log(`\nThe assessment web part on the workbench, ${LATENCY_MS} ms per SharePoint request, median of ${RUNS} runs (Chromium, as a member):\n`);
    console.log(`${'Step'.padEnd(66)} ${'Requests'.padStart(8)} ${'Time (ms)'.padStart(10)}`);
    for (const f of figures) {
      const spread = `${Math.min(...f.requests)}-${Math.max(...f.requests)}`;
      const requests = Math.min(...f.requests) === Math.max(...f.requests) ? String(f.requests[0]) : `${median(f.requests)} (${spread})`;
      console.log(`${f.what.padEnd(66)} ${requests.padStart(8)} ${Math.round(median(f.ms)).toString().padStart(10)}`);
    }
    console.log('\n"Saved at" includes the saver\'s wait for more typing before it sends (see useResponseSaver).');
  } finally {
    await browser.close();
    await wb.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error('The screen benchmark failed:', e instanceof Error ? e.message : e);
  process.exit(1);
});
