import * as React from 'react';
import { type PartialTheme, Spinner, SpinnerSize } from '@fluentui/react';
import type { NimmStore } from '../../data/NimmStore';
import { DashboardAppStrings as strings } from '../../loc/strings';
import { NimmAppShell } from '../shell';
import type { HostInfo } from '../shell/host';

export interface IDashboardAppProps {
  /** The NIMM site's store. Pass the same one on every render. */
  store: NimmStore;
  /** Heading shown above the dashboard; the default title is used when empty. */
  title?: string;
  /** The host's theme (SharePoint site or section, or Teams); see shell/hostTheme.ts. */
  theme?: PartialTheme;
  /** Outline level of the title; 2 by default, under the page's own h1. */
  headingLevel?: number;
  /** The NIMM site's address. */
  siteUrl?: string;
  /** Where the web part is shown: printing differs inside the Teams app. */
  host?: HostInfo;
  /** Other trusts' NIMM sites to show side by side (the across-sites view), from the property pane. */
  otherSites?: string[];
  /** Opens another store for one of `otherSites` (the web part binds PnPjs to that address). */
  storeForSite?: (siteUrl: string) => NimmStore;
}

// Views, tables and sums are most of the web part's weight and only this web part needs them:
// they load as their own chunk when it is shown.
const DashboardScreens = React.lazy(() => import(/* webpackChunkName: 'nimm-dashboard' */ './DashboardScreens'));

/** The dashboard web part's app: where the organisation stands, why, and against what. */
export const DashboardApp: React.FC<IDashboardAppProps> = ({ store, title, theme, headingLevel = 2, siteUrl, host, otherSites, storeForSite }) => (
  <NimmAppShell store={store} theme={theme} title={title} defaultTitle={strings.DefaultTitle} headingLevel={headingLevel} siteUrl={siteUrl}>
    <React.Suspense fallback={<Spinner size={SpinnerSize.large} label={strings.Loading} ariaLabel={strings.Loading} />}>
      <DashboardScreens headingLevel={headingLevel} host={host ?? { kind: 'sharepoint' }} siteUrl={siteUrl ?? ''} otherSites={otherSites ?? []} storeForSite={storeForSite} />
    </React.Suspense>
  </NimmAppShell>
);
