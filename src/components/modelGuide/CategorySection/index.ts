export { CategorySection } from './CategorySection';
export type { ICategorySectionProps } from './ICategorySectionProps';
