export { SiteSetupScreen } from './SiteSetupScreen';
export type { ISiteSetupScreenProps } from './ISiteSetupScreenProps';
