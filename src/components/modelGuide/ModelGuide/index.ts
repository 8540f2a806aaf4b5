export { ModelGuide } from './ModelGuide';
export type { IModelGuideProps } from './IModelGuideProps';
