import type { ISiteStatus } from '../siteStatus';

export interface ILoadedSiteProps {
  site: ISiteStatus;
  /** Reads the site's status again after an owner's action. */
  refresh: () => Promise<void>;
  /** Outline level of the screen's section headings. */
  headingLevel: number;
}
