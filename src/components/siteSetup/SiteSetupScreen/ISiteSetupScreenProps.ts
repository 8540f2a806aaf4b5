import type { NimmStore } from '../../../data/NimmStore';
import type { SiteStatusState } from '../useSiteStatus';

export interface ISiteSetupScreenProps {
  store: NimmStore;
  /** Where reading the site's status has got to. */
  status: SiteStatusState;
  /** Reads the status again after a failure. */
  onRetry: () => void;
  /** Reads the status again quietly after an owner's action. */
  refresh: () => Promise<void>;
  /** Heading shown at the top; the default title when empty. */
  title?: string;
  /** Outline level of the title. */
  headingLevel: number;
}
