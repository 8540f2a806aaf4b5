import type { BrowserContext, Page } from 'playwright-core';
import { SharePointStore } from '../../src/data/SharePointStore';
import type { SPFI } from '../../src/data/sp/pnp';
import type { Capability } from '../../src/nimm';
import { connectLocalSite } from '../../tools/support/connectLocalSite';
import { axeViolations, demoOf, useWorkbenchInBrowser, signedInContext } from './browser';

// Evidence in the assessment web part, in a browser: the real workbench (simulator + page),
// Debian's Chromium, and what the site holds afterwards read back through the real store.
jest.setTimeout(180000);

const e2e = useWorkbenchInBrowser();

type Role = 'owner' | 'member' | 'visitor';

async function contextAs(role: Role, viewport = { width: 1280, height: 900 }): Promise<BrowserContext> {
  return signedInContext(e2e, role, viewport);
}

async function spAs(role: Role): Promise<SPFI> {
  const user = e2e.workbench.sim.users.find((u) => u.role === role)!;
  return connectLocalSite({ webUrl: `${e2e.workbench.origin.replace('localhost', '127.0.0.1')}/sites/nimm`, userLogin: user.login });
}

async function store(role: Role): Promise<SharePointStore> {
  return new SharePointStore(await spAs(role));
}

/** The demo assessment, and a capability of it with criteria, different for each test. */
async function demo(index: number): Promise<{ id: number; capability: Capability }> {
  const listed = await (await store('owner')).listAssessments();
  const id = demoOf(listed.items).id;
  const model = (await (await store('owner')).getPublishedModel())!.model;
  const withCriteria = model.capabilities.filter((c) => c.levels.some((l) => l.criteria.length > 0));
  return { id, capability: withCriteria[index] };
}

/** The evidence section of the capability open on the workbench page. */
function evidenceSection(page: Page) {
  return page.getByRole('region', { name: 'NIMM assessment' }).getByRole('region', { name: 'Evidence', exact: true });
}

async function openCapability(context: BrowserContext, id: number, capability: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${e2e.workbench.origin}/?nimmAssessment=${id}&nimmCapability=${capability}`);
  await evidenceSection(page).getByRole('heading', { name: 'Evidence', exact: true }).waitFor();
  return page;
}

/** Chooses a file through the button, as a person does: the button opens the browser's file picker. */
async function chooseFile(page: Page, name: string, buffer: Buffer, mimeType = 'application/octet-stream'): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), evidenceSection(page).getByRole('button', { name: /^Choose (a|another) file$/ }).click()]);
  await chooser.setFiles({ name, mimeType, buffer });
}

describe('evidence in the assessment web part', () => {
  it('uploads a file for a criterion, lists it, and puts it in the library with its metadata', async () => {
    const { id, capability } = await demo(0);
    const level = capability.levels.slice().sort((a, b) => a.level - b.level).find((l) => l.criteria.length > 0)!;
    const criterion = level.criteria[0];
    const context = await contextAs('member');
    const page = await openCapability(context, id, capability.key);
    const section = evidenceSection(page);
    await section.getByRole('combobox', { name: /^Evidence for/ }).click();
    await page.getByRole('option', { name: `Level ${level.level}: ${criterion.text}` }).click();
    await section.getByRole('textbox', { name: /^Description/ }).fill('Signed off by the change board in March.');
    await section.getByLabel(/^Expiry date/).fill('2027-03-31');
    await chooseFile(page, 'Change board minutes.txt', Buffer.from('Minutes of the change board, 4 March 2026.'), 'text/plain');
    await section.getByText(/^Chosen: Change board minutes\.txt/).waitFor();
    await section.getByRole('button', { name: 'Upload the file' }).click();
    await section.getByRole('status').filter({ hasText: '\u201cChange board minutes.txt\u201d was added as evidence.' }).waitFor({ timeout: 15000 });
    const link = section.getByRole('link', { name: /^Change board minutes\.txt/ });
    await link.waitFor();
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    // The inner locator of `has` is matched inside each list item, so it starts from the page.
    const item = section.getByRole('listitem').filter({ has: page.getByRole('link', { name: /^Change board minutes\.txt/ }) });
    await item.getByText(`For: Level ${level.level}: ${criterion.text}`).waitFor();
    await item.getByText('Expires on 31 March 2027').waitFor();

    // In the library, tagged with its assessment, capability, criterion, description and expiry.
    const stored = (await (await store('owner')).listEvidence(id, capability.key)).items.find((e) => e.name === 'Change board minutes.txt');
    expect(stored).toMatchObject({ kind: 'file', assessmentId: id, capability: capability.key, criterion: criterion.key, description: 'Signed off by the change board in March.', expires: '2027-03-31' });
    expect(await (await spAs('owner')).web.getFileByServerRelativePath(stored!.url).getText()).toBe('Minutes of the change board, 4 March 2026.');
    // The page's link is the file's own address in the library, and opens it.
    const response = await page.request.get(new URL((await link.getAttribute('href'))!, e2e.workbench.origin).href);
    expect(response.status()).toBe(200);
    expect(await response.text()).toBe('Minutes of the change board, 4 March 2026.');
    await context.close();
  });

  it('uploads a file bigger than 10 MB in chunks, showing its progress to the end', async () => {
    const { id, capability } = await demo(1);
    const size = 12 * 1024 * 1024 + 345;
    const context = await contextAs('member');
    const page = await openCapability(context, id, capability.key);
    const section = evidenceSection(page);
    await chooseFile(page, 'Network diagram.vsdx', Buffer.alloc(size, 7));
    e2e.workbench.sim.clearLog();
    await section.getByRole('button', { name: 'Upload the file' }).click();
    await section.getByRole('progressbar').waitFor();
    await section.getByText('Uploaded Network diagram.vsdx').waitFor({ timeout: 60000 });
    await section.getByText('12 MB of 12 MB').waitFor();
    await section.getByRole('link', { name: /^Network diagram\.vsdx/ }).waitFor();
    // It went up in chunks (start, then finish), not in one request.
    const paths = e2e.workbench.sim.log.map((entry) => entry.path.toLowerCase());
    expect(paths.some((p) => p.indexOf('startupload') >= 0)).toBe(true);
    expect(paths.some((p) => p.indexOf('finishupload') >= 0)).toBe(true);
    const stored = (await (await store('owner')).listEvidence(id, capability.key)).items.find((e) => e.name === 'Network diagram.vsdx');
    expect(stored).toBeDefined();
    const bytes = await (await spAs('owner')).web.getFileByServerRelativePath(stored!.url).getBuffer();
    expect(bytes.byteLength).toBe(size);
    await context.close();
  });

  it('links an https address and refuses one that is not a web address, saying why under the field', async () => {
    const { id, capability } = await demo(2);
    const context = await contextAs('member');
    const page = await openCapability(context, id, capability.key);
    const section = evidenceSection(page);
    await section.getByRole('radio', { name: 'Link a web address' }).check({ force: true });
    const address = section.getByRole('textbox', { name: /^Web address/ });
    await address.fill('ftp://files.example.nhs.uk/policy');
    await section.getByRole('button', { name: 'Add the link' }).click();
    await section.getByText(/Evidence links must start with http:\/\/ or https:\/\//).waitFor();
    expect(await address.getAttribute('aria-invalid')).toBe('true');
    expect(await address.inputValue()).toBe('ftp://files.example.nhs.uk/policy');

    await section.getByRole('textbox', { name: /^Name of the link/ }).fill('Change policy on the intranet');
    await address.fill('https://intranet.example.nhs.uk/policies/change');
    await section.getByRole('button', { name: 'Add the link' }).click();
    const link = section.getByRole('link', { name: /^Change policy on the intranet/ });
    await link.waitFor({ timeout: 15000 });
    expect(await link.getAttribute('href')).toBe('https://intranet.example.nhs.uk/policies/change');
    await section.getByRole('listitem').filter({ has: page.getByRole('link', { name: /^Change policy on the intranet/ }) }).getByText('(web link)').waitFor();
    const stored = (await (await store('owner')).listEvidence(id, capability.key)).items.find((e) => e.kind === 'link');
    expect(stored).toMatchObject({ url: 'https://intranet.example.nhs.uk/policies/change', criterion: null });
    await context.close();
  });

  it('adds a document from another library of the site, which stays where it is', async () => {
    const { id, capability } = await demo(3);
    const owner = await spAs('owner');
    await owner.web.lists.add('Policies', 'Trust policies', 101);
    await owner.web.lists.getByTitle('Policies').rootFolder.files.addUsingPath('Backup policy.docx', 'The backup policy.', { Overwrite: true });
    const context = await contextAs('member');
    const page = await openCapability(context, id, capability.key);
    const section = evidenceSection(page);
    await section.getByRole('radio', { name: 'Choose a document on this site' }).check({ force: true });
    await section.getByRole('searchbox', { name: 'Search this site\u2019s documents' }).fill('backup');
    await section.getByRole('button', { name: 'Add Backup policy.docx from Policies as evidence' }).click();
    const link = section.getByRole('link', { name: /^Backup policy\.docx/ });
    await link.waitFor({ timeout: 15000 });
    await section.getByRole('listitem').filter({ has: page.getByRole('link', { name: /^Backup policy\.docx/ }) }).getByText('(document on this site)').waitFor();
    expect(await link.getAttribute('href')).toMatch(/\/sites\/nimm\/Policies\/Backup%20policy\.docx$/);
    await context.close();
  });

  it('shows a visitor the evidence but no way to add any', async () => {
    const { id, capability } = await demo(0);
    const context = await contextAs('visitor');
    const page = await openCapability(context, id, capability.key);
    const section = evidenceSection(page);
    // The evidence uploaded by the member in the first test is there to read.
    await section.getByRole('link', { name: /^Change board minutes\.txt/ }).waitFor();
    expect(await section.getByRole('heading', { name: 'Add evidence' }).count()).toBe(0);
    expect(await section.getByRole('button').count()).toBe(0);
    expect(await section.getByRole('radio').count()).toBe(0);
    expect(await section.getByRole('textbox').count()).toBe(0);
    expect(await section.locator('input[type="file"]').count()).toBe(0);
    await context.close();
  });

  it('has no serious or critical accessibility violations with evidence showing, and reads at 320 px', async () => {
    const { id, capability } = await demo(0);
    // Evidence that has expired, so the warning and the flag are part of the scan.
    const member = await store('member');
    await member.linkEvidence({ assessmentId: id, capability: capability.key, title: 'Old certificate', url: 'https://certs.example.nhs.uk/old', expires: '2024-01-31' });
    const context = await contextAs('member');
    const page = await openCapability(context, id, capability.key);
    const section = evidenceSection(page);
    await section.getByText('Expired on 31 January 2024: refresh it').waitFor();
    await section.getByText('1 piece of evidence has expired. Refresh it or add newer evidence.').waitFor();
    expect(await axeViolations(page, ['serious', 'critical'])).toEqual([]);
    // The other two ways of adding, each scanned as it shows.
    await section.getByRole('radio', { name: 'Link a web address' }).check({ force: true });
    await section.getByRole('textbox', { name: /^Web address/ }).waitFor();
    expect(await axeViolations(page, ['serious', 'critical'])).toEqual([]);
    await section.getByRole('radio', { name: 'Choose a document on this site' }).check({ force: true });
    await section.getByRole('status').filter({ hasText: /documents? found|No document/ }).waitFor();
    expect(await axeViolations(page, ['serious', 'critical'])).toEqual([]);
    await context.close();

    // At 320 px (400% zoom) the section fits the width: nothing needs scrolling sideways.
    const narrow = await contextAs('member', { width: 320, height: 640 });
    const small = await openCapability(narrow, id, capability.key);
    const narrowSection = evidenceSection(small);
    await narrowSection.getByText('Expired on 31 January 2024: refresh it').waitFor();
    const widths = await narrowSection.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, right: el.getBoundingClientRect().right }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    expect(widths.right).toBeLessThanOrEqual(320);
    await narrow.close();
  });
});
