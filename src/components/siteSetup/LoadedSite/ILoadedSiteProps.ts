import type { NimmStore } from '../../../data/NimmStore';
import type { ISetUpClassNames } from '../siteSetup.styles';
import type { ISiteStatus } from '../siteStatus';

export interface ILoadedSiteProps {
  site: ISiteStatus;
  store: NimmStore;
  /** Reads the site's status again after an owner's action. */
  refresh: () => Promise<void>;
  /** Outline level of the screen's section headings. */
  headingLevel: number;
  classNames: ISetUpClassNames;
}
