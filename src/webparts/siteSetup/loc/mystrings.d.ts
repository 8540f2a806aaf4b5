/** The web part's own strings: its property pane only. Everything its app shows is in src/loc/strings.ts. */
declare interface ISiteSetupWebPartStrings {
  PropertyPaneDescription: string;
  BasicGroupName: string;
  TitleFieldLabel: string;
  SiteUrlFieldLabel: string;
  SiteUrlFieldDescription: string;
}

declare module 'SiteSetupWebPartStrings' {
  const strings: ISiteSetupWebPartStrings;
  export = strings;
}
