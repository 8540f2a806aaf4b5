export { SiteStatusSummary } from './SiteStatusSummary';
export type { ISiteStatusSummaryProps } from './ISiteStatusSummaryProps';
