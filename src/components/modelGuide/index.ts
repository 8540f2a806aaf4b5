export { ModelGuideApp } from './ModelGuideApp';
export type { IModelGuideAppProps } from './IModelGuideAppProps';
export { ModelGuide } from './ModelGuide';
export type { IModelGuideProps } from './ModelGuide';
