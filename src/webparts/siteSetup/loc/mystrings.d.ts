declare interface ISiteSetupWebPartStrings {
  PropertyPaneDescription: string;
  BasicGroupName: string;
  TitleFieldLabel: string;

  DefaultTitle: string;
  DateLocale: string;
  LoadingLabel: string;
  LoadErrorMessage: string;
  RetryButton: string;
  UnexpectedError: string;

  StatusHeading: string;
  ListsLabel: string;
  ListsSetUpWithVersion: string;
  ListsFound: string;
  ListsNotSetUp: string;
  ListsNeedUpgrade: string;
  PublishedModelLabel: string;
  PublishedModelValue: string;
  NoPublishedModel: string;
  CapabilitiesOne: string;
  CapabilitiesMany: string;

  VersionsHeading: string;
  VersionItem: string;
  VersionStatusWithDate: string;
  VersionStatusInForce: string;
  VersionStatusPublished: string;
  VersionStatusRetired: string;
  VersionStatusDraft: string;
  VersionStatusFailed: string;
  VersionsMore: string;
  FailedAttempts: string;

  IssuesHeading: string;
  IssuesIntro: string;
  IssueWithItem: string;
  IssueWithoutItem: string;

  ActionsHeading: string;
  SetUpIntroNew: string;
  SetUpIntroExisting: string;
  SetUpButton: string;
  CheckButton: string;
  PublishButton: string;
  PublishDialogTitle: string;
  PublishDialogText: string;
  PublishDialogConfirm: string;
  PublishDialogCancel: string;

  ProgressSchema: string;
  ProgressPublish: string;
  ProgressStep: string;
  ProgressStarting: string;

  SetUpDone: string;
  SchemaVersionNew: string;
  SchemaVersionUpgraded: string;
  SchemaVersionSame: string;
  ChangesIntro: string;
  NoChanges: string;
  PublishedSummary: string;
  ModelAlreadyPublished: string;
  PublishDone: string;
  PublishNewAssessments: string;

  SetUpFailed: string;
  SetUpSafeToRetry: string;
  PublishFailed: string;
  PreviousModelInForce: string;
  NoPreviousModel: string;

  OwnersOnly: string;
  OwnersOnlyUnknown: string;
  OwnerWithoutName: string;
}

declare module 'SiteSetupWebPartStrings' {
  const strings: ISiteSetupWebPartStrings;
  export = strings;
}
