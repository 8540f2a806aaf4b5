import * as React from 'react';
import { type PartialTheme, Spinner, SpinnerSize } from '@fluentui/react';
import type { NimmStore } from '../../data/NimmStore';
import { RoadmapAppStrings as strings } from '../../loc/strings';
import { NimmAppShell } from '../shell';
import type { HostInfo } from '../shell/host';

export interface IRoadmapAppProps {
  /** The NIMM site's store. Pass the same one on every render. */
  store: NimmStore;
  /** Heading shown above the roadmap; the default title is used when empty. */
  title?: string;
  /** The host's theme (SharePoint site or section, or Teams); see shell/hostTheme.ts. */
  theme?: PartialTheme;
  /** Outline level of the title; 2 by default, under the page's own h1. */
  headingLevel?: number;
  /** The NIMM site's address. */
  siteUrl?: string;
  /** Where the web part runs (SharePoint, or Teams, where printing is blocked). */
  host?: HostInfo;
}

// The planner, its board and the engine's roadmap are most of the web part's weight and only this
// web part needs them: they load as their own chunk when it is shown.
const RoadmapScreens = React.lazy(() => import(/* webpackChunkName: 'nimm-roadmap' */ './RoadmapScreens'));

/** The roadmap web part's app: choose a goal, make the plan doable, understand it, save it as the plan. */
export const RoadmapApp: React.FC<IRoadmapAppProps> = ({ store, title, theme, headingLevel = 2, siteUrl, host }) => (
  <NimmAppShell store={store} theme={theme} title={title} defaultTitle={strings.DefaultTitle} headingLevel={headingLevel} siteUrl={siteUrl}>
    <React.Suspense fallback={<Spinner size={SpinnerSize.large} label={strings.Loading} ariaLabel={strings.Loading} />}>
      <RoadmapScreens headingLevel={headingLevel} host={host ?? { kind: 'sharepoint' }} />
    </React.Suspense>
  </NimmAppShell>
);
