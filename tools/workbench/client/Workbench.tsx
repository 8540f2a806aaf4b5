import * as React from 'react';
import { DefaultButton, Dropdown, MessageBar, MessageBarType, Stack, Text, type IDropdownOption, mergeStyleSets } from '@fluentui/react';
import type { NimmStore } from '../../../src/data';
import { ModelGuideApp } from '../../../src/components/modelGuide/ModelGuideApp';
import { SiteSetupApp } from '../../../src/components/siteSetup/SiteSetupApp';
import type { WorkbenchPageContext } from '../page';
import { WebPartZone } from './WebPartZone';
// Only the constant: the simulator's types module has no Node code, so it bundles for the browser.
import { USER_COOKIE } from '../../sp-simulator/types';


const classes = mergeStyleSets({
  bar: { background: '#005eb8', color: '#ffffff', padding: '8px 16px' },
  barTitle: { color: '#ffffff', fontWeight: 600 },
  barText: { color: '#ffffff' },
  canvas: { maxWidth: 1200, margin: '0 auto', padding: '16px' },
  switcher: { minWidth: 220, selectors: { label: { color: '#ffffff' } } }
});

export interface IWorkbenchProps {
  context: WorkbenchPageContext;
  store: NimmStore;
}

/**
 * The local workbench page: a bar that says where you are and who you are signed in as (with a
 * switcher between the simulated site's owner, member and visitor), and the suite's web parts
 * below it, each in its own zone as on a SharePoint page.
 */
export const Workbench: React.FC<IWorkbenchProps> = ({ context, store }) => {
  const [resetState, setResetState] = React.useState<'idle' | 'working' | 'failed'>('idle');
  const options: IDropdownOption[] = context.users.map((u) => ({ key: u.login, text: `${u.title} (site ${u.role})` }));

  const switchUser = (login: string): void => {
    document.cookie = `${USER_COOKIE}=${encodeURIComponent(login)}; path=/; SameSite=Lax`;
    // A new page gives the new user's page context and form digest, as signing in again would.
    window.location.reload();
  };

  const resetDemo = (): void => {
    setResetState('working');
    fetch('/workbench/reset', { method: 'POST' })
      .then((r) => {
        if (!r.ok) throw new Error(String(r.status));
        window.location.reload();
      })
      .catch(() => setResetState('failed'));
  };

  return (
    <>
      <header className={classes.bar}>
        <Stack horizontal wrap verticalAlign="end" horizontalAlign="space-between" tokens={{ childrenGap: 12 }}>
          <Stack>
            <Text as="h1" variant="large" className={classes.barTitle}>NIMM Assessment Suite: local workbench</Text>
            <Text className={classes.barText}>Simulated SharePoint site {context.webAbsoluteUrl}</Text>
          </Stack>
          <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 12 }}>
            <Dropdown
              label="Signed in as"
              className={classes.switcher}
              options={options}
              selectedKey={context.userLogin}
              onChange={(_e, option) => option && option.key !== context.userLogin && switchUser(String(option.key))}
            />
            <DefaultButton text={resetState === 'working' ? 'Resetting\u2026' : 'Reset demo data'} disabled={resetState === 'working'} onClick={resetDemo} />
          </Stack>
        </Stack>
      </header>
      <main className={classes.canvas}>
        {resetState === 'failed' && (
          <MessageBar messageBarType={MessageBarType.error}>The demo data could not be reset. Check the terminal running npm start.</MessageBar>
        )}
        <WebPartZone title="NIMM site set-up">
          <SiteSetupApp store={store} />
        </WebPartZone>
        <WebPartZone title="NIMM model guide">
          <ModelGuideApp store={store} />
        </WebPartZone>
      </main>
    </>
  );
};
