import type { BrowserContext, Locator, Page } from 'playwright-core';
import { SharePointStore } from '../../src/data/SharePointStore';
import { connectLocalSite } from '../../tools/support/connectLocalSite';
import { demoOf, useWorkbenchInBrowser, signedInContext } from './browser';

// The roadmap's A4 board paper in a browser: the real workbench with the roadmap web part alone
// (?nimmOnly=roadmap) on the demo trust's assessment and its saved plan, Debian's Chromium.
jest.setTimeout(240000);

const e2e = useWorkbenchInBrowser();

async function contextAs(role: 'owner' | 'member' | 'visitor'): Promise<BrowserContext> {
  return signedInContext(e2e, role);
}

function zone(page: Page): Locator {
  return page.getByRole('region', { name: 'NIMM roadmap' });
}

/** The demo trust's assessment of this year (other test files add newer ones to their own workbench). */
async function demoAssessment(): Promise<{ id: number; title: string }> {
  const user = e2e.workbench.sim.users.find((u) => u.role === 'member')!;
  const store = new SharePointStore(await connectLocalSite({ webUrl: `${e2e.workbench.origin.replace('localhost', '127.0.0.1')}/sites/nimm`, userLogin: user.login }));
  const demo = demoOf((await store.loadRoadmap({})).assessments);
  return { id: demo.id, title: demo.title };
}

/** The children of <body> that the current media shows (display other than none), by their class or tag. */
function shownChildrenOfBody(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.body.children)
      .filter((el) => window.getComputedStyle(el).display !== 'none')
      .map((el) => (typeof el.className === 'string' && el.className ? `.${el.className}` : el.tagName.toLowerCase()))
  );
}

describe('the roadmap\'s board paper', () => {
  it('prints the plan on A4: only the paper is printed, a row per step, in a few pages', async () => {
    const demo = await demoAssessment();
    const page = await (await contextAs('member')).newPage();
    await page.goto(`${e2e.workbench.origin}/?nimmOnly=roadmap&nimmRoadmap=${demo.id}`);
    const part = zone(page);
    await part.getByRole('combobox', { name: /^Assessment planned from/ }).waitFor();
    // The steps on the board, to find again in the paper.
    const stepLists = part.getByRole('list', { name: /^Steps of phase \d+$/ });
    await stepLists.first().waitFor();
    const steps: string[] = [];
    for (let i = 0; i < (await stepLists.count()); i++) steps.push(...(await stepLists.nth(i).getByRole('heading', { level: 5 }).allTextContents()));
    expect(steps.length).toBeGreaterThan(0);

    const paper = page.locator('body > .nimm-roadmap-paper');
    await paper.waitFor({ state: 'attached' });
    // On screen the paper is not shown; in the browser's own Print (the roadmap's Print not asked
    // for) it is not printed either: that prints what it did before.
    expect(await paper.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await paper.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    // Headless Chromium has no print dialog: count the calls instead.
    await page.evaluate(() => {
      const w = window as unknown as { printed: number; print: () => void };
      w.printed = 0;
      w.print = () => {
        w.printed += 1;
      };
    });
    await part.getByRole('button', { name: 'Print a board paper' }).click();
    await page.waitForFunction(() => (window as unknown as { printed: number }).printed === 1);
    // The roadmap's Print marks <body> until the browser says printing is over (afterprint).
    expect(await page.evaluate(() => document.body.getAttribute('data-nimm-print'))).toBe('roadmap');

    await page.emulateMedia({ media: 'print' });
    await paper.getByRole('heading', { level: 1, name: `Roadmap: ${demo.title}` }).waitFor();
    await paper.getByText(/^Goal: .+\. Printed \d{1,2} \w+ \d{4}\.$/).waitFor();
    await paper.getByRole('heading', { level: 2, name: 'Steps by phase' }).waitFor();
    await paper.getByRole('heading', { level: 2, name: 'Costs' }).waitFor();
    expect(await paper.isVisible()).toBe(true);
    // A row per step of the plan, in the board's order.
    expect(await paper.locator('tbody tr td:nth-child(2)').allTextContents()).toEqual(steps);
    // The page around it (the workbench, the roadmap with its settings, board and buttons) is not printed:
    // of <body>'s children, the paper alone is shown.
    expect(await part.isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print a board paper' }).isVisible()).toBe(false);
    expect(await page.getByRole('list', { name: 'Phases' }).isVisible()).toBe(false);
    expect(await shownChildrenOfBody(page)).toEqual(['.nimm-roadmap-paper']);

    const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: false })).toString('latin1');
    const pages = (pdf.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
    // eslint-disable-next-line no-console
    console.log(`The roadmap's board paper: ${steps.length} steps on ${pages} A4 page(s).`);
    // Measured: the demo plan's 21 steps print on 2 pages (a step's row is one or two lines of
    // 9.5 pt, some 30 rows to a page). 4 leaves room for another font or a longer plan; the whole
    // page printed around the paper (its hiding rule taken out of the print stylesheet) came to 9.
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(4);
    const boxes = pdf.match(/\/MediaBox\s*\[[^\]]*\]/g) ?? [];
    expect(boxes.length).toBe(pages);
    // A4 is 595 x 842 points (Chromium writes 594.96 x 841.92).
    for (const box of boxes) {
      const [x, y, width, height] = box.replace(/[^\d.\s]/g, ' ').trim().split(/\s+/).map(Number);
      expect([x, y, Math.round(width), Math.round(height)]).toEqual([0, 0, 595, 842]);
    }

    // Printing over, <body> is as it was: the browser's own Print no longer prints the roadmap's paper.
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(await page.evaluate(() => document.body.hasAttribute('data-nimm-print'))).toBe(false);
    expect(await paper.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    expect(await paper.isVisible()).toBe(false);
    await page.context().close();
  });
});
