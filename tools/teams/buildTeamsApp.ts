/**
 * Writes teams/TeamsSPFxApp.zip (manifest.json, color.png, outline.png at the zip's root) for
 * `npm run package`, which puts it in the .sppkg. Run: npx tsx tools/teams/buildTeamsApp.ts
 * The app's icons are the dashboard's (teams/<dashboard id>_color.png and _outline.png).
 */
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { DASHBOARD_ID, readWebParts, solutionVersion, teamsManifest } from './teamsManifest';

export async function buildTeamsApp(root: string): Promise<Buffer> {
  const manifest = teamsManifest(readWebParts(root), solutionVersion(root));
  const zip = new JSZip();
  zip.file('manifest.json', JSON.stringify(manifest, null, 2));
  zip.file('color.png', fs.readFileSync(path.join(root, 'teams', `${DASHBOARD_ID}_color.png`)));
  zip.file('outline.png', fs.readFileSync(path.join(root, 'teams', `${DASHBOARD_ID}_outline.png`)));
  // A fixed date, so the same sources give the same bytes.
  Object.keys(zip.files).forEach((name) => { zip.files[name].date = new Date(Date.UTC(2026, 0, 1)); });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

if (require.main === module) {
  const root = path.resolve(__dirname, '..', '..');
  buildTeamsApp(root)
    .then((bytes) => {
      const out = path.join(root, 'teams', 'TeamsSPFxApp.zip');
      fs.writeFileSync(out, bytes);
      console.log(`Wrote ${path.relative(process.cwd(), out)} (${bytes.length.toLocaleString('en-GB')} bytes).`);
    })
    .catch((e: unknown) => {
      console.error('Could not build the Teams app package:', e instanceof Error ? e.message : e);
      process.exit(1);
    });
}
