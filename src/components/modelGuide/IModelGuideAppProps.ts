import type { PartialTheme } from '@fluentui/react';
import type { NimmStore } from '../../data/NimmStore';

export interface IModelGuideAppProps {
  /** The site's store. Pass the same one on every render. */
  store: NimmStore;
  /** Heading shown above the guide; the default title is used when empty. */
  title?: string;
  /** The host's theme (SharePoint site or section, or Teams); see shell/hostTheme.ts. */
  theme?: PartialTheme;
  /** Outline level of the guide's title; 2 by default, under the page's own h1. */
  headingLevel?: number;
  /**
   * The web part's instance id (SPFx's this.instanceId). Links to a capability then name this
   * guide, so two guides on one page each answer their own; without it, the first guide answers.
   */
  instanceId?: string;
}
