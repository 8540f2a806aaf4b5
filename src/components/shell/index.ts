export { NimmAppShell, type INimmAppShellProps } from './NimmAppShell';
export { DataView, type IDataViewProps } from './DataView';
export { DataIssuesNotice, issueText, type IDataIssuesNoticeProps } from './DataIssuesNotice';
export { useStoreData, type DataState, type IStoreData, type IStoreDataOptions } from './useStoreData';
export { SiteUrlContext, StoreContext, useSiteUrl, useStore } from './StoreContext';
export { errorText } from './errorText';
export { hostTheme, type HostThemeInput } from './hostTheme';
export { dateText, timeText } from './dates';
export { detectHost, followTeamsTheme, hostFromTeamsContext, teamsThemeName, type HostInfo, type SdksLike, type TeamsContextLike, type TeamsThemeName } from './host';
