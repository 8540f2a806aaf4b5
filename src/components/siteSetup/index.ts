export { SiteSetupApp } from './SiteSetupApp';
export type { ISiteSetupAppProps } from './ISiteSetupAppProps';
