import type { PartialTheme } from '@fluentui/react';
import type { Model } from '../../nimm/model/schema';

export interface IModelGuideAppProps {
  /** Heading shown above the guide; the default title is used when empty. */
  title?: string;
  /** The site's (or section's) theme; when given, the guide's Fluent ThemeProvider applies it. */
  theme?: PartialTheme;
  /** Reads the model to show. It may be slow or fail (it will read from SharePoint). */
  loadModel: () => Promise<Model>;
  /** Outline level of the guide's title; 2 by default, under the page's own h1. */
  headingLevel?: number;
}
