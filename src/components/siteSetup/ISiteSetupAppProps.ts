import type { PartialTheme } from '@fluentui/react';
import type { NimmStore } from '../../data/NimmStore';

export interface ISiteSetupAppProps {
  /** The site's store. Read once on mount (and on retry), so pass the same one on every render. */
  store: NimmStore;
  /** Heading shown above set-up; the default title is used when empty. */
  title?: string;
  /** The site's (or section's) theme; when given, Fluent's ThemeProvider applies it. */
  theme?: PartialTheme;
  /** Outline level of the title; 2 by default, under the page's own h1. */
  headingLevel?: number;
}
