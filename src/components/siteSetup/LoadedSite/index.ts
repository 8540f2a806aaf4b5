export { LoadedSite } from './LoadedSite';
export type { ILoadedSiteProps } from './ILoadedSiteProps';
