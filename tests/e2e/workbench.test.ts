import type { Page } from 'playwright-core';
import { axeViolations, useWorkbenchInBrowser } from './browser';

// Browser end-to-end: the real workbench server (simulator + page) and Debian's Chromium.
jest.setTimeout(120000);

const e2e = useWorkbenchInBrowser();

/** Opens the workbench in a fresh browser context (no cookies: signed in as the default owner). */
async function openWorkbench(): Promise<{ page: Page; offSite: string[] }> {
  const context = await e2e.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const offSite: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(e2e.workbench.origin) && !r.url().startsWith('data:')) offSite.push(r.url());
  });
  await page.goto(`${e2e.workbench.origin}/`);
  return { page, offSite };
}

describe('the local workbench in a browser', () => {
  it('shows the model guide loaded from the simulated site, through SharePoint REST', async () => {
    e2e.workbench.sim.clearLog();
    const { page, offSite } = await openWorkbench();
    await page.getByRole('heading', { name: 'NIMM model guide' }).waitFor();
    await page.getByText('81 capabilities match').waitFor();
    await page.getByRole('heading', { name: 'Infrastructure patterns and practices' }).waitFor();
    // The guide read the published model from the site's lists, not the bundled copy.
    expect(e2e.workbench.sim.log.some((e) => e.method === 'POST' && e.path.includes('$batch'))).toBe(true);
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
    await page.getByRole('region', { name: 'NIMM model guide' }).getByRole('button', { name: /^Single sign-on/ }).first().click();
    await page.getByText('Depends on').first().waitFor();
    await page.getByText(/Directory services/).first().waitFor();
    await page.context().close();
  });

  it('switches the signed-in user, and the simulated site then answers as that user', async () => {
    const { page } = await openWorkbench();
    await page.getByText('81 capabilities match').waitFor();
    const visitor = e2e.workbench.sim.users.find((u) => u.role === 'visitor');
    expect(visitor).toBeDefined();
    // Let the owner's page finish all its requests, so that everything logged from here on
    // comes from the page after the switch.
    await page.getByRole('button', { name: 'Check and upgrade set-up' }).waitFor();
    await page.waitForLoadState('networkidle');
    e2e.workbench.sim.clearLog();
    await page.getByRole('combobox', { name: 'Signed in as' }).click();
    await page.getByRole('option', { name: new RegExp(`${visitor?.title}`) }).click();
    // Choosing is not switching: the page reloads when the person confirms.
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Switch user' }).click()]);
    // A request the owner's page sent just before it went (on a busy machine, after a quiet half
    // second) may still be logged: start counting once the visitor's page has loaded. Its web
    // parts ask for their data after that, so there are still requests to check.
    e2e.workbench.sim.clearLog();
    await page.getByText('81 capabilities match').waitFor();
    await page.getByText(/Only site owners can (set up NIMM on|change its set-up)/).waitFor();
    await page.getByRole('combobox', { name: 'Signed in as' }).getByText(new RegExp(`${visitor?.title}`)).waitFor();
    const apiCalls = e2e.workbench.sim.log.filter((e) => e.path.includes('/_api/'));
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
    e2e.workbench.sim.clearLog();
    await button.click();
    await page.getByText(/up to date|no changes|nothing to change/i).first().waitFor();
    // Idempotent: the second run read the site but wrote nothing.
    const writes = e2e.workbench.sim.log.filter((e) => e.method !== 'GET' && !e.path.includes('$batch') && !e.path.includes('contextinfo'));
    expect(writes).toEqual([]);
    await page.context().close();
  });

  it('tells a visitor that only site owners can set up, and names them', async () => {
    const context = await e2e.browser.newContext();
    const visitor = e2e.workbench.sim.users.find((u) => u.role === 'visitor');
    const owner = e2e.workbench.sim.users.find((u) => u.role === 'owner');
    // Named by e-mail, as the simulator also accepts: the page must show the user it answers as.
    await context.addCookies([{ name: 'nimm-sim-user', value: encodeURIComponent(visitor?.email ?? ''), url: e2e.workbench.origin }]);
    const page = await context.newPage();
    await page.goto(`${e2e.workbench.origin}/`);
    // The site is set up, so a visitor is told who can change its set-up.
    await page.getByText(/Only site owners can (set up NIMM on|change its set-up)/).waitFor();
    await page.getByRole('combobox', { name: 'Signed in as' }).getByText(new RegExp(`${visitor?.title}`)).waitFor();
    await page.getByText(owner?.title ?? 'owner').first().waitFor();
    expect(await page.getByRole('button', { name: /Set up this site|Check and upgrade set-up/ }).count()).toBe(0);
    await context.close();
  });
});

describe('a stale sign-in cookie', () => {
  it('naming nobody on the site falls back to the owner instead of failing every request', async () => {
    const context = await e2e.browser.newContext();
    await context.addCookies([{ name: 'nimm-sim-user', value: 'someone.who.left%40example.nhs.uk', url: e2e.workbench.origin }]);
    const page = await context.newPage();
    await page.goto(`${e2e.workbench.origin}/`);
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
    const release = page.getByRole('region', { name: 'NIMM model guide' }).getByRole('button', { name: /^Release management/ }).first();
    await release.focus();
    await page.keyboard.press('Enter');
    await expect(release.getAttribute('aria-expanded')).resolves.toBe('true');
    const jump = page.getByRole('region', { name: 'NIMM model guide' }).getByRole('link', { name: 'Change management' }).first();
    await jump.focus();
    await page.keyboard.press('Enter');
    // The jump opens the capability it names and moves focus there.
    await page.waitForFunction(() => /Change management/.test(document.activeElement?.textContent ?? ''));
    await page.context().close();
  });

  it('reflows at 400% zoom (320 CSS pixels wide) with no sideways scrolling', async () => {
    const context = await e2e.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${e2e.workbench.origin}/`);
    await page.getByText('81 capabilities match').waitFor();
    await page.getByRole('region', { name: 'NIMM model guide' }).getByRole('button', { name: /^Change management/ }).first().click();
    await page.getByText('Needed by').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});

/** Opens the workbench signed in as the simulated site's user with this role. */
async function openAs(role: 'owner' | 'member' | 'visitor', viewport = { width: 1280, height: 900 }): Promise<Page> {
  const user = e2e.workbench.sim.users.find((u) => u.role === role);
  if (!user) throw new Error(`the simulated site has no ${role}`);
  const context = await e2e.browser.newContext({ viewport });
  await context.addCookies([{ name: 'nimm-sim-user', value: encodeURIComponent(user.login), url: e2e.workbench.origin }]);
  const page = await context.newPage();
  await page.goto(`${e2e.workbench.origin}/`);
  await page.getByText('81 capabilities match').waitFor();
  return page;
}

/** Counts the simulator's resets from here on; call the returned function to stop counting. */
function countResets(): { count: () => number; stop: () => void } {
  const sim = e2e.workbench.sim;
  const original = sim.reset;
  let resets = 0;
  sim.reset = function (this: typeof sim): void {
    resets++;
    original.call(this);
  };
  return { count: () => resets, stop: () => (sim.reset = original) };
}

/** Leaves a mark on the page that a reload would wipe. */
async function markPage(page: Page): Promise<void> {
  await page.evaluate(() => ((window as unknown as { nimmMark: boolean }).nimmMark = true));
}

async function stillMarked(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { nimmMark?: boolean }).nimmMark === true);
}

describe('"Signed in as"', () => {
  it('arrow keys only move the choice; the page reloads when Switch user confirms it', async () => {
    const page = await openAs('owner');
    const member = e2e.workbench.sim.users.find((u) => u.role === 'member');
    const switcher = page.getByRole('combobox', { name: 'Signed in as' });
    const switchButton = page.getByRole('button', { name: 'Switch user' });
    expect(await switchButton.isDisabled()).toBe(true);
    await markPage(page);
    let loads = 0;
    page.on('load', () => loads++);

    await switcher.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.waitForTimeout(500);

    expect(loads).toBe(0);
    expect(await stillMarked(page)).toBe(true);
    expect(await switcher.innerText()).toMatch(new RegExp(`${member?.title}`));
    // Still the owner's page: nothing changed but the choice.
    await page.getByRole('button', { name: 'Check and upgrade set-up' }).waitFor();

    await Promise.all([page.waitForEvent('load'), switchButton.click()]);
    await page.getByText('81 capabilities match').waitFor();
    await switcher.getByText(new RegExp(`${member?.title}`)).waitFor();
    expect(await stillMarked(page)).toBe(false);
    await page.context().close();
  });
});

describe('"Reset demo data"', () => {
  it('asks first, with Cancel focused, and Cancel changes nothing', async () => {
    const page = await openAs('owner');
    const resets = countResets();
    try {
      await markPage(page);
      await page.getByRole('button', { name: 'Reset demo data' }).click();
      // An alert dialog (Fluent's blocking Dialog): its own box is empty, its content is what shows.
      const dialog = page.getByRole('alertdialog', { name: 'Reset the demo data?' });
      await dialog.getByText('This deletes everything on the simulated site and seeds the demo data again').waitFor();
      const cancel = dialog.getByRole('button', { name: 'Cancel' });
      await page.waitForFunction(() => document.activeElement?.textContent === 'Cancel');
      expect(await cancel.evaluate((el) => el === document.activeElement)).toBe(true);

      // Enter takes the default, which is Cancel.
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'detached' });
      await page.waitForTimeout(300);
      expect(resets.count()).toBe(0);
      expect(await stillMarked(page)).toBe(true);
      // Focus goes back to the button that opened the dialog.
      await page.waitForFunction(() => document.activeElement?.textContent === 'Reset demo data');

      await page.getByRole('button', { name: 'Reset demo data' }).click();
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await dialog.waitFor({ state: 'detached' });
      expect(resets.count()).toBe(0);
      expect(await stillMarked(page)).toBe(true);
    } finally {
      resets.stop();
      await page.context().close();
    }
  });

  it('resets the site for its owner once confirmed', async () => {
    const page = await openAs('owner');
    const resets = countResets();
    try {
      await page.getByRole('button', { name: 'Reset demo data' }).click();
      const dialog = page.getByRole('alertdialog', { name: 'Reset the demo data?' });
      await Promise.all([page.waitForEvent('load'), dialog.getByRole('button', { name: 'Delete and reseed' }).click()]);
      expect(resets.count()).toBe(1);
      await page.getByText('81 capabilities match').waitFor();
    } finally {
      resets.stop();
      await page.context().close();
    }
  });

  it('a visitor cannot reset: the button is disabled with the reason, and the server refuses', async () => {
    const page = await openAs('visitor');
    const resets = countResets();
    try {
      const button = page.getByRole('button', { name: 'Reset demo data' });
      expect(await button.getAttribute('aria-disabled')).toBe('true');
      const reasonId = await button.getAttribute('aria-describedby');
      expect(await page.locator(`[id="${reasonId}"]`).innerText()).toBe('Only the site owner can reset the demo data. Switch to the owner to reset it.');
      // Reachable by keyboard, so the reason is heard, but it does nothing.
      await button.focus();
      await page.keyboard.press('Enter');
      await page.waitForTimeout(300);
      expect(await page.getByRole('alertdialog').count()).toBe(0);

      // Straight to the server, with the visitor's own sign-in cookie.
      const answer = await page.evaluate(async () => {
        const r = await fetch('/workbench/reset', { method: 'POST' });
        return { status: r.status, text: await r.text() };
      });
      expect(answer.status).toBe(403);
      expect(answer.text).toMatch(/^Only the site owner can reset the demo data; you are signed in as .+, a site visitor\.$/);

      // And from outside a browser, naming the visitor as the simulator allows.
      const visitor = e2e.workbench.sim.users.find((u) => u.role === 'visitor');
      const direct = await fetch(`${e2e.workbench.origin}/workbench/reset`, { method: 'POST', headers: { 'x-sim-user': visitor?.login ?? '' } });
      expect(direct.status).toBe(403);
      expect(resets.count()).toBe(0);
    } finally {
      resets.stop();
      await page.context().close();
    }
  });

  it('a member cannot reset either, and a page on another site cannot reset it for the owner', async () => {
    const resets = countResets();
    try {
      const member = e2e.workbench.sim.users.find((u) => u.role === 'member');
      const asMember = await fetch(`${e2e.workbench.origin}/workbench/reset`, { method: 'POST', headers: { 'x-sim-user': member?.login ?? '' } });
      expect(asMember.status).toBe(403);
      // A cross-site form or fetch carries no Lax cookie (which would mean the owner), but says where it came from.
      const crossSite = await fetch(`${e2e.workbench.origin}/workbench/reset`, { method: 'POST', headers: { 'sec-fetch-site': 'cross-site' } });
      expect(crossSite.status).toBe(403);
      expect(await crossSite.text()).toBe('Only the workbench page itself can reset the demo data.');
      expect(resets.count()).toBe(0);
    } finally {
      resets.stop();
    }
  });
});

describe('links to a capability in the guide', () => {
  it('opening the page with one opens the capability, scrolls to it and puts focus on its button', async () => {
    const context = await e2e.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${e2e.workbench.origin}/#nimm-capability=testing`);
    const button = page.getByRole('region', { name: 'NIMM model guide' }).getByRole('button', { name: /^Testing/ }).first();
    await page.waitForFunction(() => /^Testing/.test(document.activeElement?.textContent ?? ''));
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    const box = await button.boundingBox();
    expect(box && box.y >= 0 && box.y < 900).toBe(true);
    await context.close();
  });

  it('"Copy link" puts the capability\'s address on the clipboard and says so', async () => {
    const context = await e2e.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: e2e.workbench.origin });
    const page = await context.newPage();
    await page.goto(`${e2e.workbench.origin}/`);
    await page.getByText('81 capabilities match').waitFor();
    await page.getByRole('region', { name: 'NIMM model guide' }).getByRole('button', { name: 'Change management, foundation capability', exact: true }).click();
    await page.getByRole('button', { name: 'Copy link to Change management' }).click();
    await page.getByText('Link copied').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${e2e.workbench.origin}/#nimm-capability=change-management`);

    // The copied address opens the page at that capability.
    const other = await context.newPage();
    await other.goto(copied);
    await other.waitForFunction(() => /^Change management/.test(document.activeElement?.textContent ?? ''));
    await context.close();
  });

  it('a jump keeps the search, changes the address, and Back returns to the capability it came from', async () => {
    const { page } = await openWorkbench();
    await page.getByText('81 capabilities match').waitFor();
    await page.getByRole('searchbox', { name: 'Search capabilities' }).fill('release');
    const release = page.getByRole('region', { name: 'NIMM model guide' }).getByRole('button', { name: /^Release management/ }).first();
    await release.click();
    const jump = page.getByRole('region', { name: 'NIMM model guide' }).getByRole('link', { name: 'Change management' }).first();
    await jump.click();
    await page.waitForFunction(() => /^Change management/.test(document.activeElement?.textContent ?? ''));
    expect(new URL(page.url()).hash).toBe('#nimm-capability=change-management');
    expect(await page.getByRole('searchbox', { name: 'Search capabilities' }).inputValue()).toBe('release');

    await page.goBack();
    await page.waitForFunction(() => /^Release management/.test(document.activeElement?.textContent ?? ''));
    expect(new URL(page.url()).hash).toBe('#nimm-capability=release-management');
    expect(await page.getByRole('searchbox', { name: 'Search capabilities' }).inputValue()).toBe('release');
    await page.context().close();
  });
});

describe('the guide\'s skip link and search box', () => {
  it('"Skip to capabilities" is hidden until focused, then seen, and moves focus to the list', async () => {
    const { page } = await openWorkbench();
    await page.getByText('81 capabilities match').waitFor();
    const skip = page.getByRole('link', { name: 'Skip to capabilities' });
    const hidden = await skip.boundingBox();
    expect(hidden && hidden.width <= 1 && hidden.height <= 1).toBe(true);
    await skip.focus();
    const shown = await skip.boundingBox();
    expect(shown && shown.width > 50 && shown.height > 10).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Capabilities');
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => document.activeElement?.hasAttribute('aria-expanded') === true);
    await page.context().close();
  });

  for (const width of [320, 768, 1280]) {
    it(`shows the whole search placeholder and its label at ${width} CSS pixels wide`, async () => {
      const context = await e2e.browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${e2e.workbench.origin}/`);
      await page.getByText('81 capabilities match').waitFor();
      const box = page.getByRole('searchbox', { name: 'Search capabilities' });
      const fit = await box.evaluate((input: HTMLInputElement) => {
        const style = getComputedStyle(input);
        const canvas = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
        canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return { needed: canvas.measureText(input.placeholder).width, room };
      });
      expect(fit.needed).toBeLessThanOrEqual(fit.room);
      await expect(page.locator('label', { hasText: 'Search capabilities' }).isVisible()).resolves.toBe(true);
      await context.close();
    });
  }
});

describe('accessibility of the workbench page (axe-core, WCAG 2.2 A and AA rules)', () => {

  it('has no violations with the guide loaded', async () => {
    const { page } = await openWorkbench();
    await page.getByText('81 capabilities match').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('has no violations with a capability open', async () => {
    const { page } = await openWorkbench();
    await page.getByText('81 capabilities match').waitFor();
    await page.getByRole('region', { name: 'NIMM model guide' }).getByRole('button', { name: /^Change management/ }).first().click();
    await page.getByText('Needed by').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('has no violations with the reset question open', async () => {
    const page = await openAs('owner');
    await page.getByRole('button', { name: 'Reset demo data' }).click();
    await page.getByRole('alertdialog', { name: 'Reset the demo data?' }).getByRole('button', { name: 'Cancel' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('has no violations for a visitor, with reset disabled and its reason shown', async () => {
    const page = await openAs('visitor');
    await page.getByRole('region', { name: 'NIMM model guide' }).getByRole('button', { name: /^Change management/ }).first().click();
    await page.getByText('Needed by').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('the workbench\'s "Shown as" switch: the web parts in Teams themes', () => {
  for (const [choice, label, background] of [['teams-dark', 'Teams, dark theme', 'rgb(31, 31, 31)'], ['teams-contrast', 'Teams, high contrast', 'rgb(0, 0, 0)']] as const) {
    it(`draws every web part readably in ${label} (axe colour contrast and all other rules)`, async () => {
      const page = await openAs('owner');
      await page.getByRole('combobox', { name: 'Shown as' }).click();
      await page.getByRole('option', { name: label }).click();
      expect(page.url()).toContain(`nimmHost=${choice}`);
      await page.getByRole('region', { name: 'NIMM model guide' }).getByRole('button', { name: /^Change management/ }).first().click();
      await page.getByText('Needed by').first().waitFor();
      // The apps paint their own background from the Teams theme.
      const painted = await page.getByRole('region', { name: 'NIMM model guide' }).locator(':scope > div').first().evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(painted).toBe(background);
      expect(await axeViolations(page)).toEqual([]);
      // A reload keeps the choice.
      await page.reload();
      await page.getByText('81 capabilities match').waitFor();
      expect(await page.getByRole('combobox', { name: 'Shown as' }).innerText()).toContain(label);
      await page.context().close();
    });
  }
});
