/**
 * Draws the Teams icons of the web parts that have one drawn here, from the SVG below, into
 * teams/<manifest id>_color.png (192 x 192, NHS blue square, white glyph) and
 * teams/<manifest id>_outline.png (32 x 32, white glyph on transparent), as Teams asks
 * (docs/contributing.md, "Teams icons"). Run: npx tsx tools/icons/drawTeamsIcons.ts
 *
 * Why Chromium: the project has Debian's Chromium for its browser tests, and a screenshot with the
 * background left out is a faithful SVG-to-PNG renderer; no image library is needed for six files.
 * The PNGs are committed; this script is only run when an icon changes.
 */
import * as fs from 'fs';
import * as path from 'path';
import { launchBrowser } from '../../tests/e2e/browser';

/** Glyphs on a 24 x 24 grid, white strokes and fills (the colour icon adds the blue square). */
const GLYPHS: Record<string, { webPart: string; svg: string }> = {
  // The assessment: a clipboard with a tick.
  '7d2c4e1a-9b3f-4a8e-b5d6-3c1f2e8a9b70': {
    webPart: 'NIMM assessment',
    svg: `<rect x="5" y="4" width="14" height="17" rx="1.5" fill="none" stroke="#fff" stroke-width="1.8"/>
      <rect x="9" y="2.5" width="6" height="3.5" rx="1" fill="#fff"/>
      <path d="M8.5 13l2.5 2.5 4.8-5.2" fill="none" stroke="#fff" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`
  },
  // The dashboard: a heatmap of squares, stronger towards the top right.
  'f45f2b7a-4d2e-4183-8b21-9973b7d63c14': {
    webPart: 'NIMM dashboard',
    svg: [0, 1, 2].map((row) => [0, 1, 2].map((col) =>
      `<rect x="${4 + col * 5.7}" y="${4 + row * 5.7}" width="4.6" height="4.6" rx="0.6" fill="#fff" fill-opacity="${[0.45, 0.7, 1][Math.min(2, Math.max(0, col - row + 1))]}"/>`
    ).join('')).join('')
  },
  // The roadmap: three milestones on a rising path.
  '285ef384-ccae-4828-985c-71e7ee60c53e': {
    webPart: 'NIMM roadmap',
    svg: `<path d="M4 19 L10 14 L14 15.5 L20 6" fill="none" stroke="#fff" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/>
      <circle cx="4" cy="19" r="2" fill="#fff"/><circle cx="10" cy="14" r="2" fill="#fff"/><circle cx="14" cy="15.5" r="2" fill="#fff"/>
      <path d="M20 3 v8 M20 3 h-4.5 l1.2 1.6 -1.2 1.6 h4.5" fill="#fff" stroke="#fff" stroke-width="1.2" stroke-linejoin="round"/>`
  }
};

/** NHS blue (NHS identity guidelines, #005EB8). */
const NHS_BLUE = '#005EB8';

async function main(): Promise<void> {
  const out = path.resolve(__dirname, '..', '..', 'teams');
  const browser = await launchBrowser();
  try {
    // One viewport for both sizes (Chromium will not shrink a window to 32 pixels); the clip cuts the icon out.
    const page = await browser.newPage({ viewport: { width: 200, height: 200 } });
    for (const [id, { webPart, svg }] of Object.entries(GLYPHS)) {
      for (const [kind, size] of [['color', 192], ['outline', 32]] as const) {
        const background = kind === 'color' ? `<rect width="24" height="24" fill="${NHS_BLUE}"/>` : '';
        // The colour icon's glyph sits inside a margin, as Teams crops colour icons to a rounded square.
        const glyph = kind === 'color' ? `<g transform="translate(3.6 3.6) scale(0.7)">${svg}</g>` : svg;
        await page.setContent(`<html><body style="margin:0;background:transparent"><svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 24 24">${background}${glyph}</svg></body></html>`);
        const file = path.join(out, `${id}_${kind}.png`);
        fs.writeFileSync(file, await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
        console.log(`${webPart}: ${path.relative(process.cwd(), file)}`);
      }
    }
  } finally {
    await browser.close();
  }
}

main().catch((e: unknown) => {
  console.error('Could not draw the Teams icons:', e instanceof Error ? e.message : e);
  process.exit(1);
});
