import { detectHost, followTeamsTheme, hostFromTeamsContext, teamsThemeName, type SdksLike, type TeamsContextLike } from '../../src/components/shell';

/** A Teams SDK as SPFx hands it to a web part, answering with the given context. */
function teamsSdks(context: TeamsContextLike | Error): SdksLike & { switchTheme(theme: string): void; handlers: number } {
  let handler: ((theme: string) => void) | undefined;
  const sdks = {
    handlers: 0,
    microsoftTeams: {
      teamsJs: {
        app: {
          getContext: () => (context instanceof Error ? Promise.reject(context) : Promise.resolve(context)),
          registerOnThemeChangeHandler: (h: (theme: string) => void) => {
            handler = h;
            sdks.handlers++;
          }
        }
      }
    },
    switchTheme: (theme: string) => handler && handler(theme)
  };
  return sdks;
}

describe('where a web part is shown', () => {
  it('is SharePoint when SPFx gives no Teams SDK', async () => {
    expect(await detectHost(undefined)).toEqual({ kind: 'sharepoint' });
    expect(await detectHost({})).toEqual({ kind: 'sharepoint' });
  });

  it('is a channel tab, with the team\'s site, when Teams names a team and channel', async () => {
    const host = await detectHost(teamsSdks({
      app: { theme: 'dark', host: { name: 'Teams' } },
      page: { id: 'nimm', frameContext: 'content' },
      team: { internalId: '19:abc' },
      channel: { id: '19:def' },
      sharePointSite: { teamSiteUrl: 'https://trust.sharepoint.com/sites/it-team' }
    }));
    expect(host).toEqual({ kind: 'teams-tab', theme: 'dark', clientName: 'Teams', tabId: 'nimm', teamSiteUrl: 'https://trust.sharepoint.com/sites/it-team', configuring: false });
  });

  it('is a personal app, with its tab id and no team site, when Teams names no team', async () => {
    const host = await detectHost(teamsSdks({ app: { theme: 'contrast', host: { name: 'TeamsModern' } }, page: { id: 'dashboard', frameContext: 'content' }, sharePointSite: { teamSiteUrl: 'https://trust.sharepoint.com' } }));
    expect(host).toEqual({ kind: 'teams-personal', theme: 'contrast', clientName: 'TeamsModern', tabId: 'dashboard', teamSiteUrl: undefined, configuring: false });
  });

  it('is a meeting when Teams names a meeting, and knows a configuration page', () => {
    const host = hostFromTeamsContext({ meeting: { id: 'm1' }, team: { internalId: 't' }, page: { frameContext: 'settings' } });
    expect(host).toEqual(expect.objectContaining({ kind: 'teams-meeting', configuring: true }));
  });

  it('draws themes it does not know, and a missing theme, as the default', () => {
    expect(teamsThemeName('glass')).toBe('default');
    expect(teamsThemeName(undefined)).toBe('default');
    expect(teamsThemeName('dark')).toBe('dark');
    expect(hostFromTeamsContext({})).toEqual(expect.objectContaining({ kind: 'teams-personal', theme: 'default', clientName: 'Teams' }));
  });

  it('treats a Teams client that cannot give its context as a personal app in the default theme', async () => {
    expect(await detectHost(teamsSdks(new Error('not supported')))).toEqual({ kind: 'teams-personal', theme: 'default', clientName: 'Teams', configuring: false });
  });

  it('follows theme changes with one registration, and registers nothing outside Teams', () => {
    const sdks = teamsSdks({});
    const seen: string[] = [];
    expect(followTeamsTheme(sdks, (t) => seen.push(t))).toBe(true);
    sdks.switchTheme('dark');
    sdks.switchTheme('contrast');
    sdks.switchTheme('glass');
    expect(seen).toEqual(['dark', 'contrast', 'default']);
    expect(sdks.handlers).toBe(1);
    expect(followTeamsTheme({}, () => undefined)).toBe(false);
  });
});
