import type { SiteOwner } from '../../../data/types';

export interface IOwnersMessageProps {
  /** The site's owners; null when they could not be read. */
  owners: SiteOwner[] | null;
  /** True when the site is already set up: the message is then about changing set-up. */
  isSetUp: boolean;
}
