import * as React from 'react';
import { SetUpStrings as strings } from '../../loc/strings';
import { DataView, NimmAppShell, useStoreData } from '../shell';
import type { ISiteSetupAppProps } from './ISiteSetupAppProps';
import { LoadedSite } from './LoadedSite';
import { readSiteStatus } from './siteStatus';

const SetUpBody: React.FC<{ headingLevel: number }> = ({ headingLevel }) => {
  // Another web part on the page (or this one) setting up or publishing changes what is shown.
  const { state, retry, refresh } = useStoreData(readSiteStatus, { refreshOn: ['site', 'model'] });
  return (
    <DataView state={state} onRetry={retry} loadingLabel={strings.LoadingLabel} failedLabel={strings.LoadErrorMessage}>
      {(site) => <LoadedSite site={site} refresh={refresh} headingLevel={headingLevel + 1} />}
    </DataView>
  );
};

/** Reads where the site stands with NIMM, then lets an owner set it up, or tells others whom to ask. */
export const SiteSetupApp: React.FC<ISiteSetupAppProps> = ({ store, title, theme, headingLevel = 2 }) => (
  <NimmAppShell store={store} theme={theme} title={title} defaultTitle={strings.DefaultTitle} headingLevel={headingLevel}>
    <SetUpBody headingLevel={headingLevel} />
  </NimmAppShell>
);
