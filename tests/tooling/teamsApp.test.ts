import * as path from 'path';
import JSZip from 'jszip';
import { buildTeamsApp } from '../../tools/teams/buildTeamsApp';
import { DASHBOARD_ID, readWebParts, teamsManifest, teamsVersion } from '../../tools/teams/teamsManifest';

const root = path.resolve(__dirname, '..', '..');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('the suite\'s Teams app package (teams/TeamsSPFxApp.zip)', () => {
  it('holds the manifest and both icons at its root, the icons at the sizes Teams asks for', async () => {
    const zip = await JSZip.loadAsync(await buildTeamsApp(root));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    expect(pngSize(await zip.file('color.png')!.async('nodebuffer'))).toEqual([192, 192]);
    expect(pngSize(await zip.file('outline.png')!.async('nodebuffer'))).toEqual([32, 32]);
  });

  it('has the dashboard as the channel tab and every Teams-capable web part as a personal tab, by its own id', () => {
    const webParts = readWebParts(root);
    const manifest = teamsManifest(webParts, '0.1.0.0') as {
      manifestVersion: string; version: string; configurableTabs: Array<{ configurationUrl: string }>; staticTabs: Array<{ entityId: string; contentUrl: string }>;
      webApplicationInfo: { resource: string; id: string };
    };
    expect(Number(manifest.manifestVersion)).toBeGreaterThanOrEqual(1.13);
    expect(manifest.version).toBe('0.1.0');
    expect(manifest.configurableTabs).toHaveLength(1);
    expect(manifest.configurableTabs[0].configurationUrl).toContain(`componentId=${DASHBOARD_ID}`);
    expect(manifest.configurableTabs[0].configurationUrl).toMatch(/^https:\/\/\{teamSiteDomain\}\{teamSitePath\}\/_layouts\/15\/TeamsLogon\.aspx\?SPFX=true&dest=\{teamSitePath\}/);
    const personal = webParts.filter((w) => w.supportedHosts.includes('TeamsPersonalApp'));
    expect(manifest.staticTabs.map((t) => t.entityId).sort()).toEqual(personal.map((w) => w.alias).sort());
    expect(manifest.staticTabs[0].contentUrl).toContain(`componentId=${DASHBOARD_ID}`);
    for (const tab of manifest.staticTabs) {
      const id = /componentId=([0-9a-f-]{36})/.exec(tab.contentUrl)![1];
      expect(webParts.find((w) => w.alias === tab.entityId)!.id).toBe(id);
      expect(tab.contentUrl.startsWith('https://{teamSiteDomain}/_layouts/15/TeamsLogon.aspx?SPFX=true&dest=/_layouts/15/teamshostedapp.aspx%3Fteams%26personal')).toBe(true);
    }
    expect(manifest.webApplicationInfo).toEqual({ resource: 'https://{teamSiteDomain}', id: '00000003-0000-0ff1-ce00-000000000000' });
  });

  it('takes a three-number version from the solution\'s four, and refuses anything else', () => {
    expect(teamsVersion('1.4.2.0')).toBe('1.4.2');
    expect(() => teamsVersion('1.4')).toThrow(/not like 1\.2\.3\.0/);
  });
});
