declare interface IModelGuideWebPartStrings {
  PropertyPaneDescription: string;
  BasicGroupName: string;
  TitleFieldLabel: string;

  DefaultTitle: string;
  LoadingLabel: string;
  LoadErrorMessage: string;
  LoadErrorHint: string;
  NoPublishedModelNotice: string;
  SkippedItemsNotice: string;
  RetryButton: string;

  ModelNameAndVersion: string;
  LevelsHeading: string;
  LevelWithName: string;
  LevelWithoutName: string;
  LevelInSentence: string;
  LevelInSentenceWithoutName: string;

  FiltersLabel: string;
  SearchLabel: string;
  SearchPlaceholder: string;
  ClearSearch: string;
  CategoryFilterLabel: string;
  AllCategories: string;
  AspectFilterLabel: string;
  AllAspects: string;
  AspectTechnical: string;
  AspectBusiness: string;
  FoundationOnlyLabel: string;
  ClearFilters: string;
  MatchCountNone: string;
  MatchCountOne: string;
  MatchCountMany: string;
  NoMatches: string;
  NoCapabilities: string;

  UnknownCategory: string;
  CategoryAspectTechnical: string;
  CategoryAspectBusiness: string;
  FoundationBadge: string;
  FoundationDetail: string;
  OwnerRole: string;
  LevelOneNoCriteria: string;
  CriteriaIntro: string;
  NoCriteria: string;
  UnknownPerspective: string;
  Guidance: string;
  DependsOnHeading: string;
  DependsOnNone: string;
  DependsOnItem: string;
  NeededByHeading: string;
  NeededByNone: string;
  NeededByItem: string;
  UnknownCapability: string;
}

declare module 'ModelGuideWebPartStrings' {
  const strings: IModelGuideWebPartStrings;
  export = strings;
}
