import * as React from 'react';
import {
  DefaultButton,
  Dialog,
  DialogFooter,
  DialogType,
  Dropdown,
  type IDropdownOption,
  MessageBar,
  MessageBarType,
  mergeStyleSets,
  PrimaryButton,
  Stack,
  Text
} from '@fluentui/react';
import type { NimmStore } from '../../../src/data';
import { ModelGuideApp } from '../../../src/components/modelGuide/ModelGuideApp';
import { SiteSetupApp } from '../../../src/components/siteSetup/SiteSetupApp';
import { AssessmentApp } from '../../../src/components/assessment/AssessmentApp';
import { DashboardApp } from '../../../src/components/dashboard/DashboardApp';
import { RoadmapApp } from '../../../src/components/roadmap/RoadmapApp';
import { formatString, WorkbenchStrings as strings } from '../../../src/loc/strings';
import { hostTheme } from '../../../src/components/shell/hostTheme';
import type { HostInfo } from '../../../src/components/shell/host';
import { type HostChoice, readHostChoice, writeHostChoice } from './hostChoice';
import type { WorkbenchPageContext } from '../page';
import { WebPartZone } from './WebPartZone';
// Only the constant: the simulator's types module has no Node code, so it bundles for the browser.
import { USER_COOKIE } from '../../sp-simulator/types';

/** The host the apps are told they are in, for the workbench's "Shown as" choice (a channel tab for Teams). */
function teamsHost(choice: HostChoice): HostInfo {
  if (choice === 'sharepoint') return { kind: 'sharepoint' };
  return { kind: 'teams-tab', theme: choice === 'teams-dark' ? 'dark' : choice === 'teams-contrast' ? 'contrast' : 'default', clientName: 'Teams', configuring: false };
}

const classes = mergeStyleSets({
  bar: { background: '#005eb8', color: '#ffffff', padding: '8px 16px' },
  barTitle: { color: '#ffffff', fontWeight: 600 },
  barText: { color: '#ffffff', overflowWrap: 'anywhere' },
  canvas: { maxWidth: 1200, margin: '0 auto', padding: '16px' },
  // No fixed minimum wider than a 320px screen: the bar wraps to one column at 400% zoom.
  switcher: { minWidth: 'min(220px, 100%)', maxWidth: '100%', selectors: { label: { color: '#ffffff' } } },
  controls: { maxWidth: '100%' },
  reason: { color: '#ffffff', maxWidth: '28em', margin: 0 }
});

/** The class the reset dialog's Cancel button carries, so the dialog can put focus on it first. */
const CANCEL_CLASS = 'nimm-workbench-reset-cancel';

// Blocking (no dismissing by a stray click outside), and Cancel focused first: the safe choice
// is the one Enter takes.
const resetModalProps = { isBlocking: true, firstFocusableSelector: CANCEL_CLASS };
const resetDialogContent = { type: DialogType.normal, title: strings.ResetDialogTitle, subText: strings.ResetDialogText };

export interface IWorkbenchProps {
  context: WorkbenchPageContext;
  store: NimmStore;
  /** A store for another trust's site (the dashboard's across-sites view). */
  storeForSite?: (siteUrl: string) => NimmStore;
}

type ResetState = { status: 'idle' | 'asking' | 'working' | 'failed' } | { status: 'refused'; message: string };

/**
 * The local workbench page: a bar that says where you are and who you are signed in as (with a
 * switcher between the simulated site's owner, member and visitor), and the suite's web parts
 * below it, each in its own zone as on a SharePoint page.
 */
export const Workbench: React.FC<IWorkbenchProps> = ({ context, store, storeForSite }) => {
  const [reset, setReset] = React.useState<ResetState>({ status: 'idle' });
  // Where the web parts are shown: a SharePoint page, or Teams in one of its three themes. The apps
  // get the theme the web part shell would give them there (hostTheme), and the canvas is painted
  // as Teams paints behind a tab. Kept in the address (?nimmHost=), so a reload or a test keeps it.
  const [host, setHost] = React.useState<HostChoice>(() => readHostChoice(window.location.search));
  const theme = host === 'sharepoint' ? undefined : hostTheme({ host: 'teams', teamsTheme: host.replace('teams-', '') });
  const hostOptions: IDropdownOption[] = [
    { key: 'sharepoint', text: strings.HostSharePoint },
    { key: 'teams-default', text: strings.HostTeamsDefault },
    { key: 'teams-dark', text: strings.HostTeamsDark },
    { key: 'teams-contrast', text: strings.HostTeamsContrast }
  ];
  const chooseHost = (choice: HostChoice): void => {
    setHost(choice);
    window.history.replaceState(null, '', writeHostChoice(window.location.href, choice));
  };
  // ?nimmOnly=<web part> shows that web part alone (setup, assessment, dashboard, roadmap, guide), so
  // what one web part costs a page can be measured on its own (tools/bench/screens.ts).
  const only = new URLSearchParams(window.location.search).get('nimmOnly');
  const shows = (key: string): boolean => !only || only === key;
  const canvasStyle: React.CSSProperties | undefined = host === 'teams-dark' ? { background: '#1f1f1f' } : host === 'teams-contrast' ? { background: '#000000' } : host === 'teams-default' ? { background: '#f5f5f5' } : undefined;
  // Choosing someone in the list only chooses: the page reloads when the person confirms with
  // Switch user. A Dropdown changes its value on each arrow key, so switching on change reloaded
  // the page as soon as a keyboard user moved through the list (WCAG 3.2.2, on input).
  const [chosen, setChosen] = React.useState(context.userLogin);
  const options: IDropdownOption[] = context.users.map((u) => ({ key: u.login, text: formatString(strings.UserOption, u.title, u.role) }));
  const me = context.users.find((u) => u.login === context.userLogin);
  const isOwner = !!me && me.role === 'owner';
  const reasonId = 'nimm-workbench-reset-reason';
  const hintId = 'nimm-workbench-switch-hint';
  const hostHintId = 'nimm-workbench-host-hint';

  const switchUser = (): void => {
    if (chosen === context.userLogin) return;
    document.cookie = `${USER_COOKIE}=${encodeURIComponent(chosen)}; path=/; SameSite=Lax`;
    // A new page gives the new user's page context and form digest, as signing in again would.
    window.location.reload();
  };

  const resetDemo = (): void => {
    setReset({ status: 'working' });
    fetch('/workbench/reset', { method: 'POST' })
      .then(async (r) => {
        if (r.status === 403) {
          setReset({ status: 'refused', message: (await r.text()).trim() });
          return;
        }
        if (!r.ok) throw new Error(String(r.status));
        window.location.reload();
      })
      .catch(() => setReset({ status: 'failed' }));
  };

  return (
    <>
      <header className={classes.bar}>
        <Stack horizontal wrap verticalAlign="end" horizontalAlign="space-between" tokens={{ childrenGap: 12 }}>
          <Stack className={classes.controls}>
            <Text as="h1" variant="large" className={classes.barTitle}>
              {strings.PageTitle}
            </Text>
            <Text className={classes.barText}>{formatString(strings.SiteLine, context.webAbsoluteUrl)}</Text>
          </Stack>
          <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 12 }} className={classes.controls}>
            <Dropdown
              label={strings.SignedInAs}
              className={classes.switcher}
              options={options}
              selectedKey={chosen}
              aria-describedby={hintId}
              onChange={(_e, option) => option && setChosen(String(option.key))}
            />
            <DefaultButton text={strings.SwitchUser} disabled={chosen === context.userLogin} onClick={switchUser} />
            <Dropdown
              label={strings.ShownAs}
              className={classes.switcher}
              options={hostOptions}
              selectedKey={host}
              aria-describedby={hostHintId}
              onChange={(_e, option) => option && chooseHost(option.key as HostChoice)}
            />
            <DefaultButton
              text={reset.status === 'working' ? strings.Resetting : strings.ResetButton}
              disabled={!isOwner || reset.status === 'working'}
              // Still reachable by Tab when disabled for a visitor or member, so the reason is heard.
              allowDisabledFocus={!isOwner}
              aria-describedby={isOwner ? undefined : reasonId}
              onClick={() => setReset({ status: 'asking' })}
            />
          </Stack>
        </Stack>
        {/* The switcher's description for screen readers: choosing alone changes nothing. Sighted
            people see the Switch user button beside it. */}
        <span id={hintId} hidden>
          {strings.SwitchUserHint}
        </span>
        <span id={hostHintId} hidden>
          {strings.ShownAsHint}
        </span>
        {!isOwner && (
          <p id={reasonId} className={classes.reason}>
            {strings.ResetOwnersOnly}
          </p>
        )}
      </header>
      <Dialog
        hidden={reset.status !== 'asking'}
        onDismiss={() => setReset({ status: 'idle' })}
        dialogContentProps={resetDialogContent}
        modalProps={resetModalProps}
      >
        <DialogFooter>
          {/* Cancel is the emphasised, focused default; deleting is the deliberate second choice. */}
          <DefaultButton text={strings.ResetDialogConfirm} onClick={resetDemo} />
          <PrimaryButton className={CANCEL_CLASS} text={strings.ResetDialogCancel} onClick={() => setReset({ status: 'idle' })} />
        </DialogFooter>
      </Dialog>
      <main className={classes.canvas} style={canvasStyle}>
        {reset.status === 'failed' && <MessageBar messageBarType={MessageBarType.error}>{strings.ResetFailed}</MessageBar>}
        {reset.status === 'refused' && (
          <MessageBar messageBarType={MessageBarType.error}>{formatString(strings.ResetRefused, reset.message)}</MessageBar>
        )}
        {shows('setup') && (
          <WebPartZone dark={host === 'teams-dark' || host === 'teams-contrast'} title={strings.SetUpWebPart}>
            <SiteSetupApp store={store} theme={theme} />
          </WebPartZone>
        )}
        {shows('assessment') && (
          <WebPartZone dark={host === 'teams-dark' || host === 'teams-contrast'} title={strings.AssessmentWebPart}>
            <AssessmentApp store={store} siteUrl={context.webAbsoluteUrl} theme={theme} />
          </WebPartZone>
        )}
        {shows('dashboard') && (
          <WebPartZone dark={host === 'teams-dark' || host === 'teams-contrast'} title={strings.DashboardWebPart}>
            <DashboardApp
              store={store}
              siteUrl={context.webAbsoluteUrl}
              theme={theme}
              host={teamsHost(host)}
              otherSites={context.otherSites ?? []}
              storeForSite={storeForSite}
            />
          </WebPartZone>
        )}
        {shows('roadmap') && (
          <WebPartZone dark={host === 'teams-dark' || host === 'teams-contrast'} title={strings.RoadmapWebPart}>
            <RoadmapApp store={store} siteUrl={context.webAbsoluteUrl} theme={theme} host={teamsHost(host)} />
          </WebPartZone>
        )}
        {shows('guide') && (
          <WebPartZone dark={host === 'teams-dark' || host === 'teams-contrast'} title={strings.GuideWebPart}>
            <ModelGuideApp store={store} theme={theme} />
          </WebPartZone>
        )}
      </main>
    </>
  );
};
