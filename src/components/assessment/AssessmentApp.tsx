import * as React from 'react';
import { type PartialTheme, Spinner, SpinnerSize } from '@fluentui/react';
import type { NimmStore } from '../../data/NimmStore';
import { AssessmentStrings as strings } from '../../loc/strings';
import { NimmAppShell } from '../shell';

export interface IAssessmentAppProps {
  /** The site's store. Pass the same one on every render. */
  store: NimmStore;
  /** Heading shown above the assessment; the default title is used when empty. */
  title?: string;
  /** The host's theme (SharePoint site or section, or Teams); see shell/hostTheme.ts. */
  theme?: PartialTheme;
  /** Outline level of the title; 2 by default, under the page's own h1. */
  headingLevel?: number;
  /** The site's address: unsent edits kept in the browser are kept per site. */
  siteUrl?: string;
}

// The screens are most of the web part's weight and only this web part needs them: they load as
// their own chunk when it is shown, so a page with only the guide never downloads them.
const AssessmentScreens = React.lazy(() => import(/* webpackChunkName: 'nimm-assessment' */ './AssessmentScreens'));

/** The assessment web part's app: the site's assessments, and one assessment capability by capability. */
export const AssessmentApp: React.FC<IAssessmentAppProps> = ({ store, title, theme, headingLevel = 2, siteUrl }) => (
  <NimmAppShell store={store} theme={theme} title={title} defaultTitle={strings.DefaultTitle} headingLevel={headingLevel} siteUrl={siteUrl}>
    <React.Suspense fallback={<Spinner size={SpinnerSize.large} label={strings.LoadingAssessments} ariaLabel={strings.LoadingAssessments} />}>
      <AssessmentScreens headingLevel={headingLevel} />
    </React.Suspense>
  </NimmAppShell>
);
