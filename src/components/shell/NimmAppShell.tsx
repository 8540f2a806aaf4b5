import * as React from 'react';
import { type PartialTheme, ThemeProvider, useTheme } from '@fluentui/react';
import type { NimmStore } from '../../data/NimmStore';
import { Heading } from '../shared/Heading';
import { getShellClassNames } from './shell.styles';
import { SiteUrlContext, StoreContext } from './StoreContext';

export interface INimmAppShellProps {
  /** The site's store; components below reach it with useStore(). Pass the same one on every render. */
  store: NimmStore;
  /** The theme of the host: the SharePoint site or section, or Teams (see hostTheme.ts). */
  theme?: PartialTheme;
  /** The heading the page author chose; `defaultTitle` when empty. */
  title?: string;
  defaultTitle: string;
  /** Outline level of the title; 2 by default, under the page's own h1. */
  headingLevel?: number;
  /** The site's address (the web part's page context); keys what the browser keeps for this site. */
  siteUrl?: string;
  children?: React.ReactNode;
}

const Body: React.FC<{ title: string; headingLevel: number }> = ({ title, headingLevel, children }) => {
  const classNames = getShellClassNames(useTheme());
  return (
    <div className={classNames.root}>
      <Heading level={headingLevel} className={classNames.title}>
        {title}
      </Heading>
      {children}
    </div>
  );
};

/**
 * What every NIMM web part's app is built from: the host's theme, the store in context, and the
 * app's titled frame. Always the same wrapper, so a theme arriving after the first render (SPFx
 * reports it through onThemeChanged; Teams when the user switches theme) restyles the app without
 * remounting it and losing what the person was doing. With no theme the provider passes the
 * surrounding theme through and paints nothing itself.
 */
export const NimmAppShell: React.FC<INimmAppShellProps> = ({ store, theme, title, defaultTitle, headingLevel = 2, siteUrl = '', children }) => (
  <ThemeProvider theme={theme} applyTo={theme ? 'element' : 'none'}>
    <StoreContext.Provider value={store}>
      <SiteUrlContext.Provider value={siteUrl}>
        <Body title={title && title.trim() ? title : defaultTitle} headingLevel={headingLevel}>
          {children}
        </Body>
      </SiteUrlContext.Provider>
    </StoreContext.Provider>
  </ThemeProvider>
);
