export { SetUpProgress } from './SetUpProgress';
export type { ISetUpProgressProps } from './ISetUpProgressProps';
