import type { ISiteStatus } from '../siteStatus';

export interface ISiteStatusSummaryProps {
  site: ISiteStatus;
  /** The schema version set-up reported in this session, or null: reading it costs a request. */
  schemaVersion: number | null;
  /** Outline level of the summary's heading. */
  headingLevel: number;
}
