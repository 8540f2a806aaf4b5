import type { PartialTheme } from '@fluentui/react';
import type { Model } from '../../nimm/model/schema';

/** A model to show and, optionally, a plain notice about where it came from. */
export interface IGuideModelSource {
  model: Model;
  notice?: string;
}

export interface IModelGuideAppProps {
  /** Heading shown above the guide; the default title is used when empty. */
  title?: string;
  /** The site's (or section's) theme; when given, the guide's Fluent ThemeProvider applies it. */
  theme?: PartialTheme;
  /**
   * Reads the model to show. It may be slow or fail (it reads from SharePoint). It can return the
   * model alone, or with a notice for readers (e.g. that the site has no published model yet).
   */
  loadModel: () => Promise<Model | IGuideModelSource>;
  /** Outline level of the guide's title; 2 by default, under the page's own h1. */
  headingLevel?: number;
}
