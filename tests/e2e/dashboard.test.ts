import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import readXlsxFile from 'read-excel-file/node';
import type { BrowserContext, Page } from 'playwright-core';
import { emptyDraft } from '../../src/data/merge/mergeResponse';
import { domainAssessment } from '../../src/data/mappers/domainAssessment';
import { capabilitiesInScope, scoreAssessment } from '../../src/nimm';
import { SharePointStore } from '../../src/data/SharePointStore';
import { connectLocalSite } from '../../tools/support/connectLocalSite';
import { axeViolations, demoOf, useWorkbenchInBrowser, signedInContext } from './browser';

// The dashboard web part in a browser: the real workbench (simulator with the demo trust's six
// rounds of assessment), Debian's Chromium.
jest.setTimeout(180000);

const e2e = useWorkbenchInBrowser();

async function contextAs(role: 'owner' | 'member' | 'visitor'): Promise<BrowserContext> {
  return signedInContext(e2e, role);
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

/** The store as a user of the simulated site, from Node (to set data up as the test needs it). */
async function storeAs(role: 'owner' | 'member' | 'visitor'): Promise<SharePointStore> {
  const user = e2e.workbench.sim.users.find((u) => u.role === role)!;
  return new SharePointStore(await connectLocalSite({ webUrl: `${e2e.workbench.origin.replace('localhost', '127.0.0.1')}/sites/nimm`, userLogin: user.login }));
}

describe('the dashboard and the assessment on one page', () => {
  it('reflects answers saved in the assessment web part, without a reload', async () => {
    const owner = new SharePointStore(await connectLocalSite({ webUrl: `${e2e.workbench.origin.replace('localhost', '127.0.0.1')}/sites/nimm`, userLogin: e2e.workbench.sim.users.find((u) => u.role === 'owner')!.login }));
    const demo = demoOf((await owner.listAssessments()).items);
    const view = await owner.loadAssessmentView(demo.id);
    // A capability nobody has answered, with no dependency at level 2: its answers alone give level 2.
    const capability = view.model.capabilities.filter((c) => !view.responses.some((r) => r.capability === c.key) && !c.dependencies.some((d) => d.level === 2))[2];
    const level2 = capability.levels.find((l) => l.level === 2)!;
    const page = await (await contextAs('member')).newPage();
    await page.goto(`${e2e.workbench.origin}/?nimmAssessment=${demo.id}&nimmCapability=${capability.key}`);
    const chip = zone(page).getByRole('button', { name: new RegExp(`^${capability.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `) }).first();
    await chip.waitFor();
    expect(await chip.getAttribute('aria-label')).toMatch(/: not assessed/);
    const assessment = page.getByRole('region', { name: 'NIMM assessment' });
    for (const criterion of level2.criteria) {
      await assessment.getByRole('radiogroup', { name: criterion.text }).getByRole('radio', { name: 'Met', exact: true }).check({ force: true });
    }
    await assessment.getByRole('status').filter({ hasText: /^Saved at \d\d:\d\d$/ }).waitFor({ timeout: 15000 });
    // The page's store tells the dashboard that responses changed; it reads again and redraws.
    await page.waitForFunction(
      (name) => Array.from(document.querySelectorAll('[aria-label]')).some((el) => (el.getAttribute('aria-label') ?? '').startsWith(`${name}: Level 2`)),
      capability.name,
      { timeout: 15000 }
    );
    await page.context().close();
  });
});

describe('the dashboard against a target, across rounds, and provider against customer', () => {
  it('shows the gaps to the assessment\'s target profile, and other gaps when another profile is chosen (kept in the address)', async () => {
    const page = await openDashboard('visitor', '?nimmView=profile');
    const part = zone(page);
    const baseline = part.getByRole('table', { name: 'Level 3 standardised baseline: gaps by capability' });
    await baseline.waitFor();
    const baselineRows = await baseline.getByRole('rowheader').allTextContents();
    expect(baselineRows.length).toBeGreaterThan(20);
    const baselineReady = await part.getByText(/^\d+ of \d+ targets met: /).textContent();
    // The capabilities furthest from their target first, each saying what it needs next.
    await baseline.getByText(/^Still to meet for level \d:/).first().waitFor();

    await part.getByRole('combobox', { name: /^Profile to compare with/ }).click();
    await page.getByRole('option', { name: 'Foundation first (target)' }).click();
    const foundation = part.getByRole('table', { name: 'Foundation first: gaps by capability' });
    await foundation.waitFor();
    const foundationRows = await foundation.getByRole('rowheader').allTextContents();
    expect(foundationRows.length).toBe(5);
    expect(foundationRows).not.toEqual(baselineRows.slice(0, 5));
    expect(await part.getByText(/^\d+ of \d+ targets met: /).textContent()).not.toBe(baselineReady);
    expect(page.url()).toContain('nimmProfile=foundation-first');
    await page.reload();
    await zone(page).getByRole('table', { name: 'Foundation first: gaps by capability' }).waitFor();

    // The site's own service profile (built by a deployment group in the roadmap), listed apart.
    await zone(page).getByRole('combobox', { name: /^Profile to compare with/ }).click();
    await page.getByRole('option', { name: 'Digital pathology deployment (service, this site)' }).click();
    const pathology = zone(page).getByRole('table', { name: 'Digital pathology deployment: gaps by capability' });
    await pathology.waitFor();
    expect(await pathology.getByRole('rowheader').count()).toBe(8);
    await zone(page).getByText(/^\d of 8 targets met: /).waitFor();
    await zone(page).getByText('This is one of this site\u2019s own profiles, built in the roadmap web part, not one of the published model\u2019s.').waitFor();
    await page.context().close();
  });

  it('shows an entitlement profile as a checklist: met in words, evidence as links, expired evidence said so', async () => {
    const member = await storeAs('member');
    const dashboard = await member.loadDashboard();
    const shown = dashboard.entries[0];
    const directory = shown.model.capabilities.find((c) => c.key === 'directory-services')!;
    await member.linkEvidence({ assessmentId: shown.assessment.id, capability: directory.key, title: 'Directory audit', url: 'https://audit.example.nhs.uk/directory', expires: '2026-03-03' });
    await member.uploadEvidence({ assessmentId: shown.assessment.id, capability: directory.key, fileName: 'Directory design.txt', content: new TextEncoder().encode('Design') });

    const page = await openDashboard('visitor', '?nimmView=profile&nimmProfile=enterprise-licence-entitlement');
    const part = zone(page);
    const checklist = part.getByRole('table', { name: 'Enterprise licence entitlement (example): checklist' });
    await checklist.waitFor();
    const results = await checklist.locator('tbody tr td:nth-child(4)').allTextContents();
    expect(results.length).toBeGreaterThan(5);
    for (const result of results) expect(result).toMatch(/^(Met|Not met|Left out: not applicable here)$/);
    const row = checklist.getByRole('row').filter({ has: page.getByRole('rowheader', { name: directory.name }) });
    const audit = row.getByRole('link', { name: /Directory audit/ });
    expect(await audit.getAttribute('href')).toBe('https://audit.example.nhs.uk/directory');
    expect(await audit.getAttribute('target')).toBe('_blank');
    expect(await audit.getAttribute('rel')).toBe('noopener noreferrer');
    await row.getByText(/expired on 3 March 2026/).waitFor();
    // An uploaded file's server-relative address becomes an absolute one on the site.
    const design = row.getByRole('link', { name: /Directory design\.txt/ });
    expect(await design.getAttribute('href')).toMatch(new RegExp(`^${e2e.workbench.origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/sites/nimm/.*Directory%20design\\.txt$`));
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('shows the levels of each capability in each of the six rounds and what changed since the previous round', async () => {
    const page = await openDashboard('visitor', '?nimmView=trends');
    const part = zone(page);
    await part.getByRole('heading', { name: 'How the organisation has moved between rounds' }).waitFor();
    await part.getByText(/^Since the 2025 round: \d+ capabilit(y|ies) up/).waitFor();
    const rounds = part.getByRole('table', { name: 'Organisation level and score by round' });
    expect(await rounds.getByRole('rowheader').allTextContents()).toEqual(['2021', '2022', '2023', '2024', '2025', '2026']);
    await part.getByRole('img', { name: /^Line chart of the organisation score by round: 2021: \d\.\d, / }).waitFor();
    const table = part.getByRole('table', { name: 'Effective level of each capability by round' });
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(['Capability', '2021', '2022', '2023', '2024', '2025', '2026', 'Since the previous round']);
    const up = table.getByRole('row').filter({ hasText: /Up from L\d to L\d/ });
    expect(await up.count()).toBeGreaterThan(0);
    const cells = await up.first().getByRole('cell').allTextContents();
    for (const cell of cells.slice(0, 6)) expect(cell).toMatch(/^(L\d|not assessed|n\/a|not in the model)$/);
    expect(Number(cells[5].slice(1))).toBeGreaterThan(Number(cells[4].slice(1)));
    await part.getByText('Every round used the same version of the model, so the levels compare like for like.').waitFor();
    await part.getByRole('checkbox', { name: 'Show only capabilities that moved since the previous round' }).check({ force: true });
    expect(await table.getByRole('row').filter({ hasText: /No change/ }).count()).toBe(0);
    // At 320 px (400% zoom) the chart shrinks to fit and the tables scroll inside their own box.
    await page.setViewportSize({ width: 320, height: 800 });
    for (const box of [await part.getByRole('img', { name: /^Line chart/ }).boundingBox(), await table.locator('xpath=..').boundingBox()]) {
      expect(box && box.x + box.width).toBeLessThanOrEqual(320);
    }
    await page.context().close();
  });

  for (const [view, heading] of [['profile', 'How close the organisation is to a target'], ['trends', 'How the organisation has moved between rounds']] as const) {
    it(`has no accessibility violations on the ${view} view (axe-core, WCAG 2.2 AA)`, async () => {
      const page = await openDashboard('visitor', `?nimmView=${view}`);
      await zone(page).getByRole('heading', { name: heading }).waitFor();
      await zone(page).getByRole('table').first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    });
  }

  it('compares the demo trust (provider) with a customer of another scope, gaps first, and swaps the roles', async () => {
    const owner = await storeAs('owner');
    const shown = (await owner.loadDashboard()).entries[0];
    const report = scoreAssessment(shown.model, domainAssessment(shown.model, shown.assessment, shown.responses));
    const at = (key: string): number | null => (report.capabilities[key] && report.capabilities[key].status === 'assessed' ? report.capabilities[key].effectiveLevel : null);
    const noLevel2Needs = shown.model.capabilities.filter((c) => !c.dependencies.some((d) => d.level === 2) && c.levels.some((l) => l.level === 2 && l.criteria.length > 0));
    // The customer is at level 1 where the demo trust is at 2 or above (mind the gap), and at 2 where it is at 1.
    const high = noLevel2Needs.find((c) => (at(c.key) ?? 0) >= 2)!;
    const low = noLevel2Needs.find((c) => at(c.key) === 1)!;
    const level2 = (key: string) => shown.model.capabilities.find((c) => c.key === key)!.levels.find((l) => l.level === 2)!.criteria;
    // Started before this year's round of the demo trust, so the dashboard still opens at that.
    const customer = await owner.createAssessment({ title: 'Harbour Community Trust: shared IT service customer 2026', scope: 'Harbour Community Trust', startDate: '2026-06-01' });
    for (const [capability, answer] of [[high.key, 'not-met'], [low.key, 'met']] as const) {
      const answers: Record<string, 'met' | 'not-met'> = {};
      level2(capability).forEach((c) => (answers[c.key] = answer));
      await owner.saveResponse(customer.id, { capability, base: null, draft: { ...emptyDraft(), status: 'in-progress', answers } });
    }

    const page = await openDashboard('visitor', '?nimmView=compare');
    const part = zone(page);
    await part.getByRole('combobox', { name: /^Assessment to compare with/ }).filter({ hasText: /Harbour Community Trust/ }).waitFor();
    const table = part.getByRole('table', { name: 'Provider and customer by capability, gaps first' });
    await table.waitFor();
    const first = table.getByRole('row').nth(1);
    expect(await first.getByRole('rowheader').textContent()).toBe(high.name);
    expect(await first.getByRole('cell').allTextContents()).toEqual([`L${at(high.key)}`, 'L1', at(high.key) === 2 ? 'Mind the gap: the customer is 1 level below' : `Mind the gap: the customer is ${(at(high.key) as number) - 1} levels below`]);
    const reverse = part.getByRole('table', { name: 'Capabilities where the provider is below the customer' });
    expect(await reverse.getByRole('rowheader').allTextContents()).toEqual([low.name]);
    expect(await axeViolations(page)).toEqual([]);

    await part.getByRole('switch', { name: 'Show the assessment shown above as the customer' }).click();
    await part.getByText(/^Provider: Harbour Community Trust: shared IT service customer 2026/).waitFor();
    const swappedFirst = part.getByRole('table', { name: 'Provider and customer by capability, gaps first' }).getByRole('row').nth(1);
    expect(await swappedFirst.getByRole('rowheader').textContent()).toBe(low.name);
    expect(await swappedFirst.getByRole('cell').last().textContent()).toBe('Mind the gap: the customer is 1 level below');
    await page.context().close();
  });
});

describe('run versus improve', () => {
  async function demoAssessmentId(): Promise<number> {
    const owner = e2e.workbench.sim.users.find((u) => u.role === 'owner')!;
    const store = new SharePointStore(await connectLocalSite({ webUrl: `${e2e.workbench.origin.replace('localhost', '127.0.0.1')}/sites/nimm`, userLogin: owner.login }));
    return demoOf((await store.listAssessments()).items).id;
  }

  it('shows the six seeded years, and this year against the 70/30 benchmark in a sentence and a labelled bar', async () => {
    const page = await openDashboard('visitor', '?nimmView=budget');
    const part = zone(page);
    await part.getByRole('heading', { name: /^Run versus improve/ }).waitFor();
    await part
      .getByText('In 2026/27, 72% of the IT budget went on running the organisation and 28% on improving it: 2 points below the 30% improvement share of the 70/30 benchmark, up 2 points on 2025/26.')
      .waitFor();
    await part.getByRole('img', { name: /^2026\/27: 72% on running the organisation, 28% on improving it\. Benchmark: 70% on running, 30% on improving\.$/ }).waitFor();
    const table = part.getByRole('table', { name: 'The IT budget split by year' });
    expect(await table.getByRole('rowheader').allTextContents()).toEqual(['2021/22', '2022/23', '2023/24', '2024/25', '2025/26', '2026/27']);
    expect(await table.getByRole('row').filter({ hasText: '2026/27' }).getByRole('cell').allTextContents()).toEqual(['\u00a37,200,000 (72%)', '\u00a32,800,000 (28%)', '28%', '2 points below']);
    expect(await axeViolations(page)).toEqual([]);
    // At 320 px (400% zoom) the bar and the table stay inside the web part: nothing to scroll sideways but the table's own box.
    await page.setViewportSize({ width: 320, height: 800 });
    const bar = await part.getByRole('img', { name: /^2026\/27/ }).boundingBox();
    expect(bar && bar.x + bar.width).toBeLessThanOrEqual(320);
    await page.context().close();
  });

  it('records a split in the assessment web part as a member, and the dashboard then shows it', async () => {
    const id = await demoAssessmentId();
    const page = await (await contextAs('member')).newPage();
    await page.goto(`${e2e.workbench.origin}/?nimmAssessment=${id}&nimmView=budget`);
    const assessment = page.getByRole('region', { name: 'NIMM assessment' });
    const disclosure = assessment.getByRole('button', { name: 'IT budget split' });
    await disclosure.click();
    expect(await disclosure.getAttribute('aria-expanded')).toBe('true');
    const year = assessment.getByRole('textbox', { name: /^Financial year/ });
    await year.waitFor();
    expect(await year.inputValue()).toBe('2026/27');
    expect(await axeViolations(page)).toEqual([]);
    await assessment.getByRole('textbox', { name: /^Run: amount/ }).fill('\u00a36,500,000');
    await assessment.getByRole('textbox', { name: /^Improve: amount/ }).fill('3,500,000');
    await assessment.getByText('This gives 35% on improving: 5 points above the 30% improvement share of the 70/30 benchmark.').waitFor();
    await assessment.getByRole('button', { name: 'Save the budget split' }).click();
    await assessment.getByText(/^The budget split for 2026\/27 is saved/).waitFor();
    // The page's dashboard reads again by itself (the page's store tells it the assessments changed).
    await zone(page).getByText(/^In 2026\/27, 65% of the IT budget went on running the organisation and 35% on improving it: 5 points above the 30% improvement share/).waitFor();
    // And a fresh page shows it too: it was saved on the site.
    await page.reload();
    await zone(page).getByRole('table', { name: 'The IT budget split by year' }).getByRole('row').filter({ hasText: '2026/27' }).filter({ hasText: '\u00a36,500,000 (65%)' }).waitFor();
    await page.context().close();
  });
});

describe('the dashboard\'s export and board paper', () => {
  /** The demo trust's assessment of this year, as a visitor's store reads it, with the capabilities its round covers. */
  async function demoRound(): Promise<{ id: number; title: string; inScope: number; rounds: number }> {
    const user = e2e.workbench.sim.users.find((u) => u.role === 'visitor')!;
    const store = new SharePointStore(await connectLocalSite({ webUrl: `${e2e.workbench.origin.replace('localhost', '127.0.0.1')}/sites/nimm`, userLogin: user.login }));
    const demo = demoOf((await store.loadDashboard()).assessments);
    const view = await store.loadDashboard({ assessmentId: demo.id });
    const shown = view.entries[0];
    return { id: demo.id, title: demo.title, inScope: capabilitiesInScope(shown.model, shown.assessment.inScope).length, rounds: view.entries.length };
  }

  it('downloads the assessment shown as an Excel workbook: summary, a row per capability in scope, gaps, evidence, trends by round', async () => {
    const round = await demoRound();
    const page = await openDashboard('visitor', `?nimmDashboard=${round.id}`);
    const part = zone(page);
    const [download] = await Promise.all([page.waitForEvent('download'), part.getByRole('button', { name: 'Download as Excel' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^NIMM Kestrel Vale NHS Foundation Trust infrastructure self-assessment 2026 \d{4}-\d{2}-\d{2}\.xlsx$/);
    // Announced when done (a polite live region), with the file's name.
    await part.getByRole('status').filter({ hasText: `Downloaded ${download.suggestedFilename()}.` }).waitFor();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nimm-export-'));
    try {
      const file = path.join(dir, download.suggestedFilename());
      await download.saveAs(file);
      const sheets = await readXlsxFile(file);
      const sheet = (name: string) => sheets.find((s) => s.sheet === name)!.data;
      expect(sheets.map((s) => s.sheet)).toEqual(['Summary', 'Capabilities', 'Gaps', 'Evidence', 'Trends']);
      expect(sheet('Summary')[0]).toEqual(['Item', 'Value']);
      expect(sheet('Summary').find((r) => r[0] === 'Assessment')![1]).toBe(round.title);
      expect(sheet('Summary').find((r) => r[0] === 'Target compared with')![1]).toBe('Level 3 standardised baseline');
      expect(sheet('Capabilities')[0].slice(0, 2)).toEqual(['Category', 'Capability']);
      expect(sheet('Capabilities').length - 1).toBe(round.inScope);
      expect(sheet('Capabilities').slice(1).every((r) => typeof r[8] === 'number' || r[3] === 'not applicable')).toBe(true);
      expect(sheet('Gaps')[0][0]).toBe('Capability');
      expect(sheet('Gaps').length).toBeGreaterThan(1);
      expect(sheet('Evidence')[0][5]).toBe('Address');
      // A column per round, oldest first, between the capability and the change since the previous round.
      expect(sheet('Trends')[0].length).toBe(2 + round.rounds + 1);
      expect(round.rounds).toBe(6);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('prints a board paper on A4: only the paper is printed, and it fits in a few pages', async () => {
    const round = await demoRound();
    const page = await openDashboard('visitor', `?nimmDashboard=${round.id}`);
    // Headless Chromium has no print dialog: count the calls instead.
    await page.evaluate(() => {
      const w = window as unknown as { printed: number; print: () => void };
      w.printed = 0;
      w.print = () => {
        w.printed += 1;
      };
    });
    await zone(page).getByRole('button', { name: 'Print a board paper' }).click();
    await page.waitForFunction(() => (window as unknown as { printed: number }).printed === 1);

    await page.emulateMedia({ media: 'print' });
    const paper = page.locator('body > .nimm-board-paper');
    await paper.getByRole('heading', { level: 1, name: `Infrastructure maturity: ${round.title}` }).waitFor();
    await paper.getByRole('heading', { name: 'Gaps against Level 3 standardised baseline' }).waitFor();
    await paper.getByText(/^Printed on \d{1,2} \w+ \d{4}\./).waitFor();
    // The page around it (the workbench, the dashboard and its buttons) is not printed.
    expect(await zone(page).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print a board paper' }).isVisible()).toBe(false);

    const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: false })).toString('latin1');
    const pages = (pdf.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(6);
    const boxes = pdf.match(/\/MediaBox\s*\[[^\]]*\]/g) ?? [];
    expect(boxes.length).toBeGreaterThan(0);
    // A4 is 595 x 842 points (Chromium writes 594.96 x 841.92).
    for (const box of boxes) {
      const [x, y, width, height] = box.replace(/[^\d.\s]/g, ' ').trim().split(/\s+/).map(Number);
      expect([x, y, Math.round(width), Math.round(height)]).toEqual([0, 0, 595, 842]);
    }

    // On screen the paper is not shown at all.
    await page.emulateMedia({ media: 'screen' });
    expect(await paper.isVisible()).toBe(false);
    await page.context().close();
  });

  it('in the Teams app, says printing is not available there and offers the page in a browser instead', async () => {
    const round = await demoRound();
    const page = await openDashboard('visitor', `?nimmHost=teams-default&nimmDashboard=${round.id}`);
    await page.evaluate(() => {
      const w = window as unknown as { printed: number; print: () => void };
      w.printed = 0;
      w.print = () => {
        w.printed += 1;
      };
    });
    const part = zone(page);
    await part.getByRole('button', { name: 'Print a board paper' }).click();
    await part.getByText('Printing is not available inside the Teams app. Open this page in your browser to print it.').waitFor();
    const link = part.getByRole('link', { name: /^Open in browser/ });
    expect(await link.getAttribute('href')).toBe(page.url());
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('the dashboard across sites', () => {
  // The workbench hosts two more demo trusts on the same server; the visitor has no access to
  // Southmoor (tools/workbench/seedTrusts.ts). Each is set up the first time it is asked for.
  async function openAcrossSites(): Promise<{ page: Page; table: ReturnType<Page['getByRole']> }> {
    const page = await openDashboard('visitor', '?nimmView=sites');
    const table = zone(page).getByRole('table', { name: 'NIMM results by site' });
    await table.waitFor();
    const [northfield, southmoor] = e2e.workbench.otherSites;
    await table.getByRole('row').filter({ hasText: southmoor.webUrl }).getByText('No access').waitFor({ timeout: 90000 });
    await table.getByRole('row').filter({ hasText: northfield.trust.title }).getByRole('link', { name: northfield.trust.title }).waitFor({ timeout: 90000 });
    await table.getByRole('row').filter({ hasText: '(this site)' }).getByText(/^Level \d, /).first().waitFor();
    return { page, table };
  }

  it('shows this site and each other trust as a row of one table, and a forbidden site says why while the rest render', async () => {
    const { page, table } = await openAcrossSites();
    const [northfield, southmoor] = e2e.workbench.otherSites;
    // A header row and one row per site: this one, Northfield, Southmoor.
    expect(await table.getByRole('row').count()).toBe(4);
    const forbidden = table.getByRole('row').filter({ hasText: southmoor.webUrl });
    expect(await forbidden.textContent()).toContain(`You do not have access to the NIMM site ${southmoor.webUrl}, so its results cannot be shown.`);
    await forbidden.getByRole('button', { name: `Try again to read ${southmoor.webUrl}` }).waitFor();
    // Northfield's row: its assessment, its levels in words (each also coloured), a column per category.
    const north = table.getByRole('row').filter({ hasText: northfield.trust.title });
    expect(await north.textContent()).toContain(northfield.trust.assessmentTitle);
    const headers = await table.getByRole('columnheader').allTextContents();
    expect(headers.slice(0, 6)).toEqual(['Site', 'Newest assessment', 'Organisation level', 'Score', 'Progress', 'Foundation capabilities']);
    expect(headers.length).toBeGreaterThan(10);
    const cells = await north.getByRole('cell').allTextContents();
    expect(cells).toHaveLength(headers.length - 1);
    for (const cell of cells.slice(4)) expect(cell).toMatch(/^(Level \d, .+|Not assessed)$/);
    expect(cells[3]).toMatch(/^\d+ of \d+ complete \(\d+%\)$/);
    await page.context().close();
  });

  it('has no accessibility violations on the across-sites view (axe-core, WCAG 2.2 AA)', async () => {
    const { page } = await openAcrossSites();
    // The dashboard's own zone: the view, its tabs and chooser (other web parts have their own tests).
    expect(await axeViolations(page, undefined, zone(page))).toEqual([]);
    await page.context().close();
  });
});
