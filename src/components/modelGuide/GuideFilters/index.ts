export { GuideFilters } from './GuideFilters';
export type { IGuideFiltersProps } from './IGuideFiltersProps';
