/** The web part's own strings: its property pane only. Everything its app shows is in src/loc/strings.ts. */
declare interface IRoadmapWebPartStrings {
  PropertyPaneDescription: string;
  BasicGroupName: string;
  TitleFieldLabel: string;
  SiteUrlFieldLabel: string;
  SiteUrlFieldDescription: string;
}

declare module 'RoadmapWebPartStrings' {
  const strings: IRoadmapWebPartStrings;
  export = strings;
}
