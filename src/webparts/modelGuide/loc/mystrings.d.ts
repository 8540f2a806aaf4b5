/** The web part's own strings: its property pane only. Everything its app shows is in src/loc/strings.ts. */
declare interface IModelGuideWebPartStrings {
  PropertyPaneDescription: string;
  BasicGroupName: string;
  TitleFieldLabel: string;
  SiteUrlFieldLabel: string;
  SiteUrlFieldDescription: string;
}

declare module 'ModelGuideWebPartStrings' {
  const strings: IModelGuideWebPartStrings;
  export = strings;
}
