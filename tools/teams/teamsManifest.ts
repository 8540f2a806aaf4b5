/**
 * The suite's Teams app: one app ("NIMM") instead of one per web part, built from the web parts'
 * own manifests so ids, names and descriptions cannot drift apart. SharePoint's "Add to Teams"
 * deploys the package's teams/TeamsSPFxApp.zip instead of generating a manifest when the package
 * has one (sp-dev-docs deployment-spfx-teams-solutions.md, "Use the developer-provided Microsoft
 * Teams app manifest & package"; ../shared/docs/ui-and-teams.md §4).
 *
 * - The dashboard is the channel tab (a configurable tab: SPFx shows the web part's property pane
 *   as the tab's configuration page and keeps the settings, build-for-teams-configure-in-teams.md).
 * - Every web part whose manifest lists TeamsPersonalApp is a personal tab, the dashboard first.
 * - URL patterns, `webApplicationInfo` (SharePoint Online's resource, so SPFx's sign-in works in
 *   the Teams clients) and the valid domains are those of SPFx's own generated manifests.
 */
import * as fs from 'fs';
import * as path from 'path';

export interface WebPartManifest {
  id: string;
  alias: string;
  supportedHosts: string[];
  preconfiguredEntries: Array<{ title: { default: string }; description: { default: string } }>;
}

/** SharePoint Online's first-party app id: the resource SPFx asks tokens for. */
const SHAREPOINT_ONLINE = '00000003-0000-0ff1-ce00-000000000000';
/** The dashboard web part: the channel tab and the first personal tab. */
export const DASHBOARD_ID = 'f45f2b7a-4d2e-4183-8b21-9973b7d63c14';
/** The Teams app's own id (the app, not a web part; fixed so new versions replace the old). */
export const TEAMS_APP_ID = 'a3c6e1f0-5d2b-4f7e-9c1a-8b4d2e6f0a19';

/** Personal tab names, shorter than the web parts' titles (Teams shows them as tab labels). */
const TAB_NAMES: Record<string, string> = {
  NimmDashboardWebPart: 'Dashboard',
  NimmAssessmentWebPart: 'Assessment',
  NimmRoadmapWebPart: 'Roadmap',
  NimmModelGuideWebPart: 'Model guide'
};

/** A.B.C from the solution's A.B.C.D version: Teams wants three numbers. */
export function teamsVersion(solutionVersion: string): string {
  const parts = solutionVersion.split('.');
  if (parts.length < 3 || parts.slice(0, 3).some((p) => !/^\d+$/.test(p))) throw new Error(`The solution version "${solutionVersion}" is not like 1.2.3.0.`);
  return parts.slice(0, 3).join('.');
}

function personalUrl(componentId: string): string {
  return `https://{teamSiteDomain}/_layouts/15/TeamsLogon.aspx?SPFX=true&dest=/_layouts/15/teamshostedapp.aspx%3Fteams%26personal%26componentId=${componentId}%26forceLocale={locale}`;
}

function configurationUrl(componentId: string): string {
  return `https://{teamSiteDomain}{teamSitePath}/_layouts/15/TeamsLogon.aspx?SPFX=true&dest={teamSitePath}/_layouts/15/teamshostedapp.aspx%3FopenPropertyPane=true%26teams%26componentId=${componentId}%26forceLocale={locale}`;
}

/** The Teams manifest for the suite's web parts and solution version. */
export function teamsManifest(webParts: WebPartManifest[], solutionVersion: string): Record<string, unknown> {
  const dashboard = webParts.find((w) => w.id === DASHBOARD_ID);
  if (!dashboard || dashboard.supportedHosts.indexOf('TeamsTab') < 0) throw new Error('The dashboard web part must exist and support TeamsTab: it is the app\'s channel tab.');
  const personal = webParts
    .filter((w) => w.supportedHosts.indexOf('TeamsPersonalApp') >= 0)
    .sort((a, b) => (a.id === DASHBOARD_ID ? -1 : b.id === DASHBOARD_ID ? 1 : 0));
  return {
    $schema: 'https://developer.microsoft.com/json-schemas/teams/v1.19/MicrosoftTeams.schema.json',
    manifestVersion: '1.19',
    packageName: 'uk.nhs.nimm.assessmentsuite',
    id: TEAMS_APP_ID,
    version: teamsVersion(solutionVersion),
    developer: {
      name: 'NHS Infrastructure Maturity Model',
      websiteUrl: 'https://www.nhs.uk/',
      privacyUrl: 'https://www.nhs.uk/our-policies/privacy-policy/',
      termsOfUseUrl: 'https://www.nhs.uk/our-policies/terms-and-conditions/'
    },
    name: { short: 'NIMM', full: 'NHS Infrastructure Maturity Model' },
    description: {
      short: 'Assess NHS IT infrastructure maturity and plan the roadmap to your target.',
      full:
        'The NHS Infrastructure Maturity Model in Teams: where your trust stands, capability by capability, with the reasons; ' +
        'gaps against your target and service profiles; trends; and the assessment and roadmap, all kept in your own SharePoint site.'
    },
    icons: { color: 'color.png', outline: 'outline.png' },
    accentColor: '#005EB8',
    configurableTabs: [{ configurationUrl: configurationUrl(DASHBOARD_ID), canUpdateConfiguration: true, scopes: ['team'], context: ['channelTab'] }],
    staticTabs: personal.map((w) => ({
      entityId: w.alias,
      name: TAB_NAMES[w.alias] ?? w.preconfiguredEntries[0].title.default,
      contentUrl: personalUrl(w.id),
      scopes: ['personal']
    })),
    permissions: ['identity'],
    validDomains: ['*.login.microsoftonline.com', '*.sharepoint.com', 'spoprod-a.akamaihd.net', 'resourceseq.sharepoint.com'],
    webApplicationInfo: { resource: 'https://{teamSiteDomain}', id: SHAREPOINT_ONLINE }
  };
}

/** The web parts listed in config/config.json, with their manifests. */
export function readWebParts(root: string): WebPartManifest[] {
  const config = JSON.parse(fs.readFileSync(path.join(root, 'config', 'config.json'), 'utf8')) as { bundles: Record<string, { components: Array<{ manifest: string }> }> };
  const manifests: WebPartManifest[] = [];
  Object.keys(config.bundles).forEach((name) => {
    config.bundles[name].components.forEach((c) => manifests.push(JSON.parse(fs.readFileSync(path.join(root, c.manifest), 'utf8')) as WebPartManifest));
  });
  return manifests;
}

/** The solution's version, from config/package-solution.json. */
export function solutionVersion(root: string): string {
  return (JSON.parse(fs.readFileSync(path.join(root, 'config', 'package-solution.json'), 'utf8')) as { solution: { version: string } }).solution.version;
}
