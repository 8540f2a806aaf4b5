/** The web part's own strings: its property pane only. Everything its app shows is in src/loc/strings.ts. */
declare interface IDashboardWebPartStrings {
  PropertyPaneDescription: string;
  BasicGroupName: string;
  TitleFieldLabel: string;
  SiteUrlFieldLabel: string;
  SiteUrlFieldDescription: string;
  OtherSitesFieldLabel: string;
  OtherSitesFieldDescription: string;
}

declare module 'DashboardWebPartStrings' {
  const strings: IDashboardWebPartStrings;
  export = strings;
}
