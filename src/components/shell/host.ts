/**
 * Where a NIMM web part is shown: a SharePoint page, a Teams channel tab, a Teams personal app or a
 * meeting, and the Teams theme in force. Pure functions over the shapes SPFx hands a web part
 * (`this.context.sdks`; TeamsJS v2's `app.getContext()`), typed structurally here so that they run
 * and are tested without SPFx or a Teams client.
 *
 * Sources (SPFx 1.21.1, TeamsJS 2.32): `context.sdks.microsoftTeams` is defined only when hosted in
 * Teams (or Outlook and Office through a Teams app), so undefined means SharePoint; the v1
 * `context` it carries is deprecated in favour of `teamsJs.app.getContext()`; `app.theme` is
 * "default", "dark", "contrast" (or "glass", a later Teams look drawn light); `page.frameContext`
 * is "content" in a tab and "settings" on its configuration page; `team` and `channel` exist only
 * for team-scoped content, `meeting` in a meeting, and `page.id` is a static (personal) tab's
 * entity id. See ../shared/docs/ui-and-teams.md §4.
 */

/** The Teams themes the suite draws; anything else Teams reports is drawn as 'default'. */
export type TeamsThemeName = 'default' | 'dark' | 'contrast';

/** What a web part needs to know about where it is. */
export type HostInfo =
  | { kind: 'sharepoint' }
  | {
      kind: 'teams-tab' | 'teams-personal' | 'teams-meeting';
      theme: TeamsThemeName;
      /** The Teams client's own name (Teams, TeamsModern, Outlook, Office...), for messages. */
      clientName: string;
      /** A static tab's entity id (personal app), so one web part can show another view per tab. */
      tabId?: string;
      /** The team's SharePoint site, when the tab is in a team's channel. */
      teamSiteUrl?: string;
      /** True on a tab's configuration page (settings), where only the property pane matters. */
      configuring: boolean;
    };

/** The part of TeamsJS v2's `app.Context` read here (all optional, as older clients omit parts). */
export interface TeamsContextLike {
  app?: { theme?: string; host?: { name?: string } };
  page?: { id?: string; frameContext?: string };
  team?: { internalId?: string } | null;
  channel?: { id?: string } | null;
  meeting?: { id?: string } | null;
  sharePointSite?: { teamSiteUrl?: string } | null;
}

/** The part of SPFx's `context.sdks.microsoftTeams` used here. */
export interface TeamsSdkLike {
  teamsJs: {
    app: {
      getContext(): Promise<TeamsContextLike>;
      registerOnThemeChangeHandler(handler: (theme: string) => void): void;
    };
  };
}

/** The part of SPFx's `context.sdks` used here. */
export interface SdksLike {
  microsoftTeams?: TeamsSdkLike;
}

/** A Teams theme name as the suite draws it. */
export function teamsThemeName(raw: string | undefined): TeamsThemeName {
  return raw === 'dark' || raw === 'contrast' ? raw : 'default';
}

/** The host a Teams context describes. */
export function hostFromTeamsContext(context: TeamsContextLike): HostInfo {
  const kind = context.meeting && context.meeting.id ? 'teams-meeting' : (context.team || context.channel) ? 'teams-tab' : 'teams-personal';
  const teamSiteUrl = context.sharePointSite && context.sharePointSite.teamSiteUrl ? context.sharePointSite.teamSiteUrl : undefined;
  return {
    kind,
    theme: teamsThemeName(context.app && context.app.theme),
    clientName: (context.app && context.app.host && context.app.host.name) || 'Teams',
    tabId: context.page && context.page.id ? context.page.id : undefined,
    teamSiteUrl: kind === 'teams-tab' ? teamSiteUrl : undefined,
    configuring: !!context.page && context.page.frameContext === 'settings'
  };
}

/**
 * Where the web part is. Without the Teams SDK it is SharePoint. A Teams client that cannot give
 * its context (an old client, a host that refuses) is still Teams: a personal app in the default
 * theme, which is the safe reading (the NIMM site address is asked for, nothing is assumed).
 */
export async function detectHost(sdks: SdksLike | undefined): Promise<HostInfo> {
  const teams = sdks && sdks.microsoftTeams;
  if (!teams) return { kind: 'sharepoint' };
  try {
    return hostFromTeamsContext(await teams.teamsJs.app.getContext());
  } catch {
    return { kind: 'teams-personal', theme: 'default', clientName: 'Teams', configuring: false };
  }
}

/**
 * Calls `onTheme` whenever the user switches the Teams theme. TeamsJS keeps one handler only (a
 * second registration replaces the first), so each web part registers once, here, and fans the
 * value out; outside Teams nothing is registered. Returns whether a handler was registered.
 */
export function followTeamsTheme(sdks: SdksLike | undefined, onTheme: (theme: TeamsThemeName) => void): boolean {
  const teams = sdks && sdks.microsoftTeams;
  if (!teams) return false;
  try {
    teams.teamsJs.app.registerOnThemeChangeHandler((theme) => onTheme(teamsThemeName(theme)));
    return true;
  } catch {
    return false;
  }
}
