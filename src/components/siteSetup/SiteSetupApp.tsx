import * as React from 'react';
import { ThemeProvider } from '@fluentui/react';
import type { ISiteSetupAppProps } from './ISiteSetupAppProps';
import { SiteSetupScreen } from './SiteSetupScreen';
import { useSiteStatus } from './useSiteStatus';

/** Reads where the site stands with NIMM, then lets an owner set it up, or tells others whom to ask. */
export const SiteSetupApp: React.FC<ISiteSetupAppProps> = ({ store, title, theme, headingLevel = 2 }) => {
  const { state, retry, refresh } = useSiteStatus(store);

  // Always the same wrapper, so a theme arriving after the first render (SPFx reports it through
  // onThemeChanged) does not remount the screen and lose a running set-up's progress. With no
  // theme the provider passes the surrounding theme through and paints nothing itself.
  return (
    <ThemeProvider theme={theme} applyTo={theme ? 'element' : 'none'}>
      <SiteSetupScreen store={store} status={state} onRetry={retry} refresh={refresh} title={title} headingLevel={headingLevel} />
    </ThemeProvider>
  );
};
