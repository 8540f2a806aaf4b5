import type { SiteOwner } from '../../../data/types';
import type { ISetUpClassNames } from '../siteSetup.styles';

export interface IOwnersMessageProps {
  /** The site's owners; null when they could not be read. */
  owners: SiteOwner[] | null;
  classNames: ISetUpClassNames;
}
