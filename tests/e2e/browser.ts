import * as fs from 'fs';
import { chromium, type Browser } from 'playwright-core';

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
