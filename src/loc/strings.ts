/**
 * Every string the suite's screens show, in UK English, in one place (as
 * @pnp/spfx-controls-react keeps its ControlStrings): components import their group from here,
 * never from a web part. A web part's own SPFx loc file keeps only its manifest and property pane
 * strings. Templates use {0}, {1} ... filled by formatString. The data layer's messages (StoreError
 * messages, data problems, set-up and publishing reports) are DataStrings, kept in dataStrings.ts
 * and exported from here with the rest.
 *
 * A plain TypeScript module rather than an SPFx localised resource, because the same strings
 * serve the SharePoint bundle, the local workbench, Node tests and the data layer, and the suite
 * ships in UK English only. Translating it later means making this an SPFx localizedResources
 * module with one file per locale (see docs/contributing.md).
 */

export { fillTemplate, formatString } from './format';
export { DataStrings } from './dataStrings';

/**
 * What the dashboard and roadmap web parts show before their screens have loaded. Their screens'
 * own words (DashboardStrings in dashboardStrings.ts, RoadmapStrings in roadmapStrings.ts) are
 * imported from those files directly, by the screens only, so that they load with the screens'
 * lazy chunk rather than with every page (about 14 KB gzip); each starts with these.
 */
export const DashboardAppStrings = {
  DefaultTitle: 'NIMM dashboard',
  Loading: 'Loading the dashboard\u2026'
};

export const RoadmapAppStrings = {
  DefaultTitle: 'NIMM roadmap',
  Loading: 'Loading the roadmap\u2026'
};

/** Shared by every app: loading, failure, retry, data problems. */
export const ShellStrings = {
  Loading: 'Loading\u2026',
  RetryButton: 'Try again',
  UnexpectedError: 'Something unexpected went wrong. Try again; if it keeps happening, tell your IT service desk.',
  ErrorHint: 'If it keeps happening, tell your site owner.',
  IssuesReaderOne: 'One item on this site could not be read, so something may be missing here. A site owner can see which and put it right.',
  IssuesReaderMany: '{0} items on this site could not be read, so some things may be missing here. A site owner can see which and put them right.',
  IssuesOwnerIntro: 'These items could not be read, usually because someone edited them by hand in the list. Open the list, correct or delete the item, and reload:',
  IssueWithItem: '{0}, item {1}: {2}',
  IssueWithoutItem: '{0}: {1}',
  ShowIssues: 'Show which items',
  HideIssues: 'Hide the list',
  DateLocale: 'en-GB',
  /** An assessment in a chooser: {0} title, {1} scope, {2} date. */
  AssessmentOption: '{0} ({1}, {2})',
  SiteAddressHeading: 'Which site holds your NIMM assessment?',
  SiteAddressIntro: 'The NIMM apps in Teams read your trust\u2019s assessment from a SharePoint site. Paste that site\u2019s address once; this app remembers it.',
  SiteAddressLabel: 'NIMM site address',
  SiteAddressHint: 'For example https://yourtrust.sharepoint.com/sites/nimm. A page address from that site works too.',
  SiteAddressUse: 'Use this site',
  SiteAddressChange: 'Change site',
  /** {0} the site address in force. */
  SiteAddressInForce: 'NIMM site: {0}',
  SiteAddressEmpty: 'Enter the address of the SharePoint site that holds the NIMM lists.',
  /** {0} what was typed. */
  SiteAddressNotAddress: '"{0}" is not a web address. Copy the address from the browser while on the NIMM site.',
  SiteAddressNotHttps: 'The address must start with https://.',
  /** {0} the tenant's host name. */
  SiteAddressOtherTenant: 'The site must be in your organisation\u2019s SharePoint ({0}); sites of other organisations cannot be read from here.'
};

/** The model guide. */
export const GuideStrings = {
  DefaultTitle: 'NIMM model guide',
  LoadingLabel: 'Loading the model\u2026',
  NoPublishedModelNotice: 'This site has not published a model yet, so the guide shows the default NHS model that comes with the suite. A site owner can publish a model with the NIMM site set-up web part.',
  LoadErrorMessage: 'The model could not be loaded.',

  ModelNameAndVersion: '{0}, version {1}',
  LevelsHeading: 'Maturity levels',
  LevelWithName: 'Level {0}: {1}',
  LevelWithoutName: 'Level {0}',
  LevelInSentence: 'level {0} ({1})',
  LevelInSentenceWithoutName: 'level {0}',

  FiltersLabel: 'Find a capability',
  SearchLabel: 'Search capabilities',
  // Short enough to show whole in the search box's narrowest width; the label above says what it is.
  SearchPlaceholder: 'Search names and criteria',
  ClearSearch: 'Clear search',
  CategoryFilterLabel: 'Category',
  AllCategories: 'All categories',
  AspectFilterLabel: 'Technical or business',
  AllAspects: 'Technical and business',
  AspectTechnical: 'Technical',
  AspectBusiness: 'Business',
  FoundationOnlyLabel: 'Foundation capabilities only',
  ClearFilters: 'Clear search and filters',
  MatchCountNone: 'No capabilities match',
  MatchCountOne: '1 capability matches',
  MatchCountMany: '{0} capabilities match',
  MatchCountWithLinkedOne: '{0}, and 1 more is shown because you followed a link to it',
  MatchCountWithLinkedMany: '{0}, and {1} more are shown because you followed links to them',
  NoMatches: 'No capabilities match your search and filters. Try fewer or shorter words, or clear the filters.',
  NoCapabilities: 'This model has no capabilities yet.',

  UnknownCategory: 'Other capabilities',
  CategoryAspectTechnical: 'Technical category',
  CategoryAspectBusiness: 'Business category',
  FoundationBadge: 'Foundation',
  FoundationDetail: 'Foundation capability: start here',
  OwnerRole: 'Owner role: {0}',
  LevelOneNoCriteria: 'This is the starting point, so it has no criteria.',
  CriteriaIntro: 'To reach this level, every criterion below must be met, unless it does not apply.',
  NoCriteria: 'The model gives no criteria for this level.',
  UnknownPerspective: 'Other criteria ({0})',
  Guidance: 'Guidance: {0}',
  DependsOnHeading: 'Depends on',
  DependsOnNone: 'This capability does not depend on any other.',
  DependsOnItem: 'At {0} needs {1} at {2} or above.',
  NeededByHeading: 'Needed by',
  NeededByNone: 'No other capability depends on this one.',
  /** {3} holds the further levels of a capability that needs this at several (NeededByAlso...), or nothing. */
  NeededByItem: '{0} needs this at {1} or above to reach its {2}{3}.',
  NeededByAlso: ', at {0} to reach its {1}',
  NeededByAlsoLast: ', and at {0} to reach its {1}',
  UnknownCapability: '{0} (not in this model)',

  SkipToCapabilities: 'Skip to capabilities',
  CapabilitiesLabel: 'Capabilities',
  FoundationCapabilityName: '{0}, foundation capability',
  CopyLink: 'Copy link',
  CopyLinkTo: 'Copy link to {0}',
  LinkCopied: 'Link copied',
  LinkFieldLabel: 'Link to {0}',
  LinkFieldHint: 'The link could not be copied for you. It is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.'

};

/** Site set-up and publishing. */
export const SetUpStrings = {
  DefaultTitle: 'NIMM site set-up',
  LoadingLabel: 'Checking how NIMM is set up on this site\u2026',
  LoadErrorMessage: 'The set-up of this site could not be checked.',

  StatusHeading: 'This site',
  ListsLabel: 'NIMM lists',
  ListsSetUpWithVersion: 'Set up, schema version {0}',
  ListsFound: 'Set up (lists found)',
  ListsNotSetUp: 'Not set up yet',
  ListsNeedUpgrade: 'Found, but they need upgrading: {0}',
  PublishedModelLabel: 'Published model',
  PublishedModelValue: '{0}, version {1}, with {2}',
  NoPublishedModel: 'None published yet',
  CapabilitiesOne: '1 capability',
  CapabilitiesMany: '{0} capabilities',

  VersionsHeading: 'Model versions on this site',
  VersionItem: '{0}, version {1}: {2}',
  VersionStatusWithDate: '{0} on {1}',
  VersionStatusInForce: 'published and in force',
  VersionStatusPublished: 'published',
  VersionStatusRetired: 'retired',
  VersionStatusDraft: 'draft, not in use',
  VersionStatusFailed: 'publishing did not finish, not in use',
  VersionsMore: 'and {0} older versions',
  FailedAttempts: 'Unfinished attempts to publish: {0}. They are not versions and are not in use; the next successful publish removes them.',

  IssuesHeading: 'Problems found in the data',

  ActionsHeading: 'Set-up',
  SetUpIntroNew: 'Set-up creates the NIMM lists and the evidence library on this site, then publishes the default NHS model so that assessments can start.',
  SetUpIntroExisting: 'Checking adds anything missing from the lists, for example after an update of the suite, and changes nothing else. It is safe to run at any time.',
  SetUpButton: 'Set up this site',
  CheckButton: 'Check and upgrade set-up',
  PublishButton: 'Publish the default NHS model',
  PublishDialogTitle: 'Publish the default NHS model?',
  PublishDialogText: 'This creates a new model version. New assessments will use it; existing assessments keep the version they started with.',
  PublishDialogConfirm: 'Publish',
  PublishDialogCancel: 'Cancel',

  ProgressSchema: 'Setting up the NIMM lists',
  ProgressPublish: 'Publishing the default NHS model',
  ProgressStep: 'Step {0} of {1}: {2}',
  ProgressStarting: 'Starting\u2026',

  SetUpDone: 'Set-up finished.',
  SchemaVersionNew: 'The lists are now at schema version {0}.',
  SchemaVersionUpgraded: 'The lists were upgraded from schema version {0} to {1}.',
  SchemaVersionSame: 'The lists are at schema version {0}.',
  ChangesIntro: 'What changed:',
  NoChanges: 'Nothing needed changing: the lists were already up to date.',
  PublishedSummary: 'Published {0}, version {1}, with {2}.',
  ModelAlreadyPublished: 'A model was already published, so it was left as it is.',
  PublishDone: 'The default NHS model was published.',
  PublishNewAssessments: 'New assessments will use it; existing assessments keep the version they started with.',

  SetUpFailed: 'Set-up did not finish.',
  SetUpSafeToRetry: 'It is safe to run set-up again: it only adds what is missing.',
  PublishFailed: 'The model was not published.',
  PreviousModelInForce: 'The previous published model, {0} version {1}, is still in force.',
  NoPreviousModel: 'No model was published before this attempt, so assessments cannot start until one is.',

  OwnersOnly: 'Only site owners can set up NIMM on this site. Ask one of them:',
  SetUpOwnersOnly: 'This site is set up. Only site owners can change its set-up or publish a model; ask one of them if something needs changing:',
  SetUpOwnersOnlyUnknown: 'This site is set up. Only site owners can change its set-up or publish a model; ask one of the site\u2019s owners if something needs changing.',
  OwnersOnlyUnknown: 'Only site owners can set up NIMM on this site. Ask one of the site\u2019s owners.',
  OwnerWithoutName: 'Site owner',

  LocalProfilesHeading: 'This site\u2019s own profiles',
  LocalProfilesIntro: 'Besides the published model\u2019s profiles, a site can keep its own, for example a service profile a deployment group builds in the roadmap web part for the levels its programme needs.',
  LocalProfilesLoading: 'Reading who may change them\u2026',
  LocalProfilesMissing: 'The list for them is added by set-up: run \u201cCheck and upgrade set-up\u201d above.',
  LocalProfilesChoiceLabel: 'Who may create and change this site\u2019s own profiles',
  LocalProfilesChoiceMembers: 'Site members and owners',
  LocalProfilesChoiceOwners: 'Site owners only',
  LocalProfilesSave: 'Save the choice',
  LocalProfilesSaving: 'Saving\u2026',
  LocalProfilesNowOwners: 'Only site owners may now create and change this site\u2019s own profiles. SharePoint refuses anyone else\u2019s change; everyone can still read them and plan to them.',
  LocalProfilesNowMembers: 'Site members and owners may now create and change this site\u2019s own profiles.',
  LocalProfilesNotChanged: 'The choice was not saved.',
  LocalProfilesOwnersNow: 'Only site owners may create and change this site\u2019s own profiles; everyone can plan to them.',
  LocalProfilesMembersNow: 'Site members and owners may create and change this site\u2019s own profiles.'

};

/** The assessment web part. */
export const AssessmentStrings = {
  DefaultTitle: 'NIMM assessment',
  LoadingAssessments: 'Loading the assessments\u2026',
  LoadAssessmentsFailed: 'The assessments could not be loaded.',
  LoadingAssessment: 'Loading the assessment\u2026',
  LoadAssessmentFailed: 'The assessment could not be opened.',

  ListHeading: 'Assessments on this site',
  NoAssessments: 'No assessment has been started on this site yet.',
  NoAssessmentsAskOwner: 'No assessment has been started on this site yet. A site owner can start one.',
  NotSetUp: 'NIMM is not set up on this site yet, so no assessment can start. A site owner can set it up with the NIMM site set-up web part.',
  AssessmentItem: '{0} ({1})',
  AssessmentFacts: 'Started {0}; model {1}, version {2}',
  AssessmentDue: 'due {0}',
  StatusOpen: 'open',
  StatusClosed: 'closed',
  OpenButton: 'Open',
  OpenAssessmentLabel: 'Open {0}',
  StartButton: 'Start an assessment',
  BackToList: 'All assessments',

  NewHeading: 'Start an assessment',
  TitleLabel: 'Title',
  TitlePlaceholder: 'For example: Infrastructure assessment 2027',
  ScopeLabel: 'Scope',
  ScopeDescription: 'What is assessed: the whole trust, a site, or a shared service.',
  ScopeDefault: 'Trust-wide',
  TargetProfileLabel: 'Target profile',
  NoTargetProfile: 'No target profile',
  LeadLabel: 'Lead',
  FacilitatorLabel: 'Facilitator',
  StartDateLabel: 'Start date',
  CapabilitiesLabel: 'Capabilities to assess',
  ScopeAll: 'All capabilities ({0})',
  ScopeFoundation: 'The foundation capabilities ({0})',
  ScopeProfile: 'The capabilities the target profile sets ({0})',
  ScopeHandPicked: 'Capabilities I choose',
  ScopeAdvice: 'The NIMM advice is to assess a prioritised subset first.',
  PreviousLabel: 'Start from the answers of',
  StartFresh: 'Nothing: start with no answers',
  CreateButton: 'Start the assessment',
  CancelButton: 'Cancel',
  Creating: 'Starting the assessment\u2026',
  TitleRequired: 'Give the assessment a title.',

  ProgressSummary: '{0} of {1} capabilities complete ({2} agreed or not applicable); {3} of {4} criteria answered',
  ProgressLabel: 'Assessment progress',
  FiltersHeading: 'Find capabilities',
  SearchLabel: 'Search capabilities',
  SearchPlaceholder: 'Search, for example EPR or backup',
  StatusFilterLabel: 'Status',
  AllStatuses: 'Any status',
  CategoryFilterLabel: 'Category',
  AllCategories: 'All categories',
  MineOnly: 'Mine only',
  FoundationOnly: 'Foundation only',
  MatchCount: '{0} of {1} capabilities shown',
  NoMatch: 'No capability matches. Try fewer words or clear the filters.',
  MatchedInCriteria: 'matched in its criteria',

  Status_not_started: 'Not started',
  Status_in_progress: 'In progress',
  Status_ready_for_review: 'Ready for review',
  Status_agreed: 'Agreed',
  Status_not_applicable: 'Not applicable',

  CapabilityRow: '{0}: {1}, level {2}',
  CapabilityRowNoLevel: '{0}: {1}',
  OwnerText: 'Owner: {0}',
  FoundationBadge: 'Foundation',
  LevelText: 'Level {0}',
  NotApplicableLevel: 'not applicable',

  ReadOnlyVisitor: 'You can read this assessment but not change it: your access to this site is read-only. Ask a site owner if you need to contribute.',
  ReadOnlyClosed: 'This assessment is closed, so it can no longer be changed.',
  ReadOnlyAgreed: 'This capability has been agreed, so its answers are locked. Reopen it to change them.',

  CloseCapability: 'Close this capability',
  LevelsHeading: 'Levels',
  LevelWithName: 'Level {0}: {1}',
  CriteriaHeading: 'Criteria',
  CriteriaForLevel: 'Level {0}: {1}',
  Answer_met: 'Met',
  'Answer_partial': 'Partly met',
  'Answer_not-met': 'Not met',
  'Answer_n/a': 'Does not apply',
  AnswerGroupLabel: 'Answer for: {0}',
  ClearAnswer: 'Clear answer',
  AddNote: 'Add a note',
  NoteLabel: 'Note on: {0}',
  GuidanceLabel: 'Guidance: {0}',
  NoCriteria: 'The model gives no criteria for this level.',

  ExplainHeading: 'Where this capability stands',
  ComputedLevel: 'From the answers: level {0}',
  EffectiveLevel: 'Counts as: level {0}',
  AgreedLevelShown: 'Agreed: level {0}',
  HeldBackHeading: 'What holds it back',
  NothingHoldsBack: 'No dependency holds it back.',
  OpenCapability: 'Open {0}',
  NextLevelHeading: 'To reach level {0}{1}',
  NextLevelTop: 'This capability is at the highest level.',

  AgreeHeading: 'Agreed level',
  AgreedLevelLabel: 'Level the team agrees',
  UseComputed: 'The level from the answers',
  RationaleLabel: 'Why the team agrees this level',
  RationaleRequired: 'Say why the team agrees a level that differs from the answers (level {0}).',
  ImprovementIdeasLabel: 'Improvement ideas',
  NotApplicableLabel: 'This capability does not apply here',
  OwnerLabel: 'Capability owner',

  MarkInProgress: 'Mark in progress',
  MarkReady: 'Ready for review',
  Agree: 'Agree',
  Reopen: 'Reopen',

  SaveSaving: 'Saving\u2026',
  SaveSaved: 'All changes saved',
  SaveSavedAt: 'Saved at {0}',
  SaveMerged: 'Saved, together with changes someone else made meanwhile',
  SaveWaiting: 'Not saved yet: {0} Your changes are kept in this browser and will be sent automatically.',
  SaveFailed: 'Not saved: {0}',
  SavePending: 'Changes not saved yet',
  SaveNow: 'Save now',
  ConflictHeading: 'Someone else changed the same answers',
  ConflictIntro: 'Choose which to keep for each. Nothing is lost until you choose.',
  ConflictMine: 'Keep mine: {0}',
  ConflictTheirs: 'Keep theirs: {0}',
  ConflictSave: 'Save my choices',
  Unanswered: 'no answer',
  RestoredDrafts: 'Changes you made earlier in this browser were not saved then; they have been put back and are being sent now.',

  // The IT budget split (run versus improve), recorded with the assessment.
  BudgetHeading: 'IT budget split',
  /** {0} year, {1} run share, {2} improve share. */
  BudgetSummary: '{0}: {1}% on running the organisation, {2}% on improving it.',
  /** {0} year, {1} run amount, {2} improve amount, {3} run share, {4} improve share. */
  BudgetSummaryAmounts: '{0}: {1} on running the organisation ({3}%), {2} on improving it ({4}%).',
  BudgetNone: 'No IT budget split has been recorded with this assessment yet.',
  BudgetNoYear: 'A budget split is recorded but without a financial year.',
  /** {0} year. */
  BudgetYearOnly: '{0}: no figures recorded yet.',
  BudgetIntro: 'Record how the IT budget for the year splits between running the organisation (maintenance and infrastructure) and improving it. The dashboard compares it with the 70/30 benchmark: 70% on running, 30% on improving.',
  BudgetYearLabel: 'Financial year',
  BudgetYearDescription: 'For example 2026/27 (April 2026 to March 2027).',
  BudgetModeLabel: 'Give the split as',
  BudgetModeAmounts: 'Amounts in pounds',
  BudgetModePercent: 'The share on running, in per cent',
  BudgetRunLabel: 'Run: amount spent running the organisation (\u00a3)',
  BudgetImproveLabel: 'Improve: amount spent improving it (\u00a3)',
  BudgetAmountDescription: 'For example \u00a37,200,000 or 7200000.',
  BudgetRunPercentLabel: 'Share on running the organisation (%)',
  BudgetRunPercentDescription: 'For example 72. The rest is the share on improving it.',
  BudgetYearInvalid: 'Write the financial year like 2026/27 (April 2026 to March 2027): the second year is the one after the first.',
  BudgetRunRequired: 'Give the amount spent running the organisation.',
  BudgetImproveRequired: 'Give the amount spent improving it.',
  /** {0} what was typed. */
  BudgetAmountInvalid: '\u2018{0}\u2019 is not an amount in pounds. Write it with figures only, for example 7,200,000 or \u00a37,200,000.',
  BudgetAmountsZero: 'The run and improve amounts cannot both be 0: there would be no split to record.',
  BudgetPercentRequired: 'Give the share on running, from 0 to 100.',
  /** {0} what was typed. */
  BudgetPercentInvalid: '\u2018{0}\u2019 is not a share from 0 to 100. Write a number, for example 72.',
  BudgetFixFields: 'The budget split was not saved: correct the fields marked.',
  /** {0} improve share. */
  BudgetPreviewBelowOne: 'This gives {0}% on improving: 1 point below the 30% improvement share of the 70/30 benchmark.',
  /** {0} improve share, {1} points. */
  BudgetPreviewBelow: 'This gives {0}% on improving: {1} points below the 30% improvement share of the 70/30 benchmark.',
  /** {0} improve share. */
  BudgetPreviewAt: 'This gives {0}% on improving: in line with the 70/30 benchmark.',
  /** {0} improve share. */
  BudgetPreviewAboveOne: 'This gives {0}% on improving: 1 point above the 30% improvement share of the 70/30 benchmark.',
  /** {0} improve share, {1} points. */
  BudgetPreviewAbove: 'This gives {0}% on improving: {1} points above the 30% improvement share of the 70/30 benchmark.',
  BudgetPreviewNone: 'The share on improving is worked out when the figures are complete.',
  BudgetSave: 'Save the budget split',
  BudgetSaving: 'Saving the budget split\u2026',
  /** {0} year. */
  BudgetSaved: 'The budget split for {0} is saved. The dashboard shows it against the 70/30 benchmark.',
  BudgetConflict: 'Someone else changed this assessment after you opened it, so your figures were not saved. They are still in the form: check what is recorded now (below), then save again to replace it, or change your figures first.',
  /** {0} the figures recorded now (BudgetSummary or BudgetSummaryAmounts, or BudgetNone). */
  BudgetRecordedNow: 'Recorded now: {0}',
  BudgetReadOnlyVisitor: 'You can read the budget split but not change it: your access to this site is read-only. Ask a site owner if you need to record it.',
  BudgetReadOnlyClosed: 'This assessment is closed, so its budget split can no longer be changed.'
};

/**
 * The local workbench page (npm start): a developer's tool, but read by people testing the suite
 * with screen readers and at 400% zoom, so it keeps to the same rules.
 */
export const WorkbenchStrings = {
  PageTitle: 'NIMM Assessment Suite: local workbench',
  SiteLine: 'Simulated SharePoint site {0}',
  UserOption: '{0} (site {1})',
  SignedInAs: 'Signed in as',
  SwitchUser: 'Switch user',
  SwitchUserHint: 'Choose someone, then Switch user: the page reloads as them.',
  ResetButton: 'Reset demo data',
  Resetting: 'Resetting\u2026',
  ResetOwnersOnly: 'Only the site owner can reset the demo data. Switch to the owner to reset it.',
  ResetDialogTitle: 'Reset the demo data?',
  ResetDialogText: 'This deletes everything on the simulated site and seeds the demo data again: the NIMM lists, the published model and the demo trust\u2019s assessment. Anything you changed is lost.',
  ResetDialogConfirm: 'Delete and reseed',
  ResetDialogCancel: 'Cancel',
  ResetFailed: 'The demo data could not be reset. Check the terminal running npm start.',
  ResetRefused: 'The demo data was not reset: {0}',
  WebPartLabel: 'Web part: {0}',
  SetUpWebPart: 'NIMM site set-up',
  GuideWebPart: 'NIMM model guide',
  AssessmentWebPart: 'NIMM assessment',
  DashboardWebPart: 'NIMM dashboard',
  RoadmapWebPart: 'NIMM roadmap',
  ShownAs: 'Shown as',
  ShownAsHint: 'Shows the web parts as they look on a SharePoint page or in a Teams theme; nothing else changes.',
  HostSharePoint: 'SharePoint page',
  HostTeamsDefault: 'Teams, default theme',
  HostTeamsDark: 'Teams, dark theme',
  HostTeamsContrast: 'Teams, high contrast'
};

/** A capability's owner and reviewer, its review (ready, agreed or sent back) and its history. */
export const ReviewStrings = {
  ReviewerLabel: 'Reviewer',
  PeopleHeader: 'People on this site',
  PeopleFound: 'People found. Use the up and down arrow keys to choose one, then press Enter.',
  PeopleNone: 'Nobody on this site matches. Check the spelling, or try part of their e-mail address.',
  PeopleSearching: 'Searching this site\u2019s people\u2026',
  RemovePerson: 'Remove',
  SearchFailed: 'This site\u2019s people could not be searched: {0} Type the name instead.',
  TypedNameLabel: '{0} (type the name)',
  SearchAgain: 'Search the site\u2019s people again',

  ReviewHeading: 'Review',
  StatusLine: 'Status: {0}',
  ReviewIntro: 'When the answers and the agreed level are ready, mark the capability ready for review. The reviewer, or a site owner, then agrees it or sends it back.',
  WaitingForReviewer: 'Waiting for {0} to review it.',
  WaitingForSiteOwner: 'No reviewer is named, so a site owner reviews it.',
  SentBackHeading: 'Sent back for more work',
  SentBackHint: 'This stays here until the capability is marked ready for review again.',
  AgreedByOn: 'Agreed by {0} on {1}.',
  AgreedOn: 'Agreed on {0}.',
  AgreedBy: 'Agreed by {0}.',
  AgreedUnknown: 'Agreed.',
  LockedHint: 'Its answers are locked. Reopen it to change them; it will then need to be reviewed again.',
  SendBack: 'Send back',
  SendBackCommentLabel: 'What needs more work',
  SendBackCommentHint: 'The capability\u2019s owner sees this until they mark it ready for review again.',
  SendBackCommentRequired: 'Say what needs more work, so the owner knows what to change.',
  SendBackConfirm: 'Send back with this comment',
  SendBackCancel: 'Cancel',
  MayNotReviewNotReviewer: 'Only {0}, the named reviewer, or a site owner can agree this capability or send it back.',
  MayNotReviewNoReviewer: 'No reviewer is named, so only a site owner can agree this capability or send it back. Name a reviewer above if someone else should review it.',
  MayNotReviewOwnWork: 'You are both the owner and the reviewer of this capability, so someone else needs to agree it: name another reviewer, or ask a site owner.',

  ShowHistory: 'Show history',
  HistoryTitle: 'History of {0}',
  HistoryClose: 'Close the history',
  LoadingHistory: 'Loading the history\u2026',
  HistoryFailed: 'The history could not be loaded.',
  HistoryIntro: 'Every saved version, newest first, with what changed from the version before.',
  HistoryNone: 'SharePoint has no versions of this capability\u2019s response to show.',
  VersionHeading: 'Version {0}',
  VersionCurrent: 'Version {0} (the current one)',
  SavedWhenBy: 'Saved on {0} by {1}.',
  SavedBy: 'Saved by {0}; SharePoint did not record when.',
  WhoUnknown: 'someone this site no longer lists',
  DateAtTime: '{0} at {1}',
  VersionFacts: 'Status: {0}. Agreed level: {1}.',
  NoAgreedLevel: 'none, so the level from the answers counts',
  LevelInWords: 'level {0} ({1})',
  LevelNumber: 'level {0}',
  ChangesHeading: 'What changed',
  ChangeFirst: 'First saved.',
  ChangeOldestKept: 'The oldest version SharePoint still keeps: earlier ones have been removed.',
  ChangeStatus: 'Status changed from {0} to {1}.',
  ChangeAgreedSet: 'Agreed level set to {0}.',
  ChangeAgreedChanged: 'Agreed level changed from {0} to {1}.',
  ChangeAgreedCleared: 'Agreed level cleared, so the level from the answers counts.',
  ChangeRationaleAdded: 'Rationale written: \u201c{0}\u201d',
  ChangeRationaleChanged: 'Rationale changed to: \u201c{0}\u201d',
  ChangeRationaleRemoved: 'Rationale removed.',
  ChangeAnswerAdded: 'Answered \u201c{0}\u201d: {1}.',
  ChangeAnswerChanged: 'Answer to \u201c{0}\u201d changed from {1} to {2}.',
  ChangeAnswerCleared: 'Answer to \u201c{0}\u201d cleared (it was {1}).',
  ChangeNote: 'Note changed on \u201c{0}\u201d.',
  ChangeNothingTracked: 'No change to the answers, notes, status, agreed level or rationale: something else changed, such as the owner, the reviewer or the improvement ideas.',
  VersionDamaged: 'Part of this version could not be read, so what changed may be incomplete: {0}'
};

/**
 * Evidence for a capability or one of its criteria, in the assessment web part: the list, and
 * adding a file, a web address or a document already on the site.
 */
export const EvidenceStrings = {
  Heading: 'Evidence',
  Intro: 'Files and links that show how this capability works in practice. Files go into the site\u2019s evidence library.',
  Loading: 'Loading the evidence\u2026',
  LoadFailed: 'The evidence could not be loaded.',
  None: 'No evidence has been added for this capability yet.',
  ExpiredOne: '1 piece of evidence has expired. Refresh it or add newer evidence.',
  ExpiredMany: '{0} pieces of evidence have expired. Refresh them or add newer evidence.',

  KindFile: 'file',
  KindLink: 'web link',
  KindSiteDocument: 'document on this site',
  OpensInNewTab: '(opens in a new tab)',
  NotOpenable: 'Not shown as a link, because its address is neither a web address nor an address on this site: {0}',
  ForText: 'For: {0}',
  WholeCapability: 'The whole capability',
  CriterionOption: 'Level {0}: {1}',
  UnknownCriterion: 'a criterion no longer in the model ({0})',
  DescriptionText: 'Description: {0}',
  ChangedOn: 'Last changed on {0}',
  ExpiresOn: 'Expires on {0}',
  ExpiredOn: 'Expired on {0}: refresh it',

  AddHeading: 'Add evidence',
  HowLabel: 'How to add it',
  HowFile: 'Upload a file',
  HowLink: 'Link a web address',
  HowDocument: 'Choose a document on this site',
  CriterionLabel: 'Evidence for',
  DescriptionLabel: 'Description',
  DescriptionHint: 'What it shows, in a sentence or two.',
  ExpiresLabel: 'Expiry date (optional)',
  ExpiresHint: 'When it should be refreshed, for example when a certificate runs out or a policy is due for review.',

  FileLabel: 'File',
  ChooseFile: 'Choose a file',
  ChooseAnotherFile: 'Choose another file',
  NoFileChosen: 'No file chosen',
  FileChosen: 'Chosen: {0} ({1})',
  FileRequired: 'Choose a file to upload first.',
  UploadButton: 'Upload the file',
  Uploading: 'Uploading {0}',
  Uploaded: 'Uploaded {0}',
  SizeMegabytes: '{0} MB of {1} MB',
  SizeKilobytes: '{0} KB of {1} KB',
  FileSizeMegabytes: '{0} MB',
  FileSizeKilobytes: '{0} KB',

  LinkTitleLabel: 'Name of the link (optional)',
  LinkTitleHint: 'Shown in the list of evidence. Leave it empty to use the name of the website.',
  LinkUrlLabel: 'Web address',
  LinkUrlPlaceholder: 'https://',
  LinkUrlRequired: 'Enter the web address, starting with https:// or http://.',
  LinkButton: 'Add the link',

  SearchLabel: 'Search this site\u2019s documents',
  SearchPlaceholder: 'Part of the file name',
  SearchHint: 'Choose a document to add it as evidence, with what you entered above. It stays in its own library.',
  Searching: 'Searching\u2026',
  DocumentsNone: 'No document on this site matches. Try part of the file name.',
  DocumentsOne: '1 document found.',
  DocumentsMany: '{0} documents found.',
  DocumentsNotSearched: 'Some libraries could not be searched:',
  ChooseDocument: 'Add {0} from {1} as evidence',
  DocumentFacts: 'In {0}',
  DocumentFactsChanged: 'In {0}, changed on {1}',

  Adding: 'Adding the evidence\u2026',
  Added: '\u201c{0}\u201d was added as evidence.'
};

/**
 * Workshop mode on a capability: everyone scores each perspective on their own, the facilitator
 * reveals the scores, the team discusses the spread and agrees a level.
 */
export const WorkshopStrings = {
  Heading: 'Workshop',
  ToggleLabel: 'Workshop mode',
  ToggleHint: 'Turn this on when the team scores this capability together in a facilitated session.',
  Intro: 'Everyone scores each perspective on their own first. Nobody sees anyone else\u2019s scores until the facilitator reveals them, so the first view spoken does not set the level.',
  PhasesHeading: 'How the session runs',
  PhaseOpenName: 'Open.',
  PhaseOpen: 'Talk about what the team does today, one perspective at a time. Then each person scores each perspective below, on their own.',
  PhaseControlName: 'Control.',
  PhaseControl: 'The facilitator reveals the scores. Talk through the perspectives where scores are 2 levels or more apart, and write down improvement ideas as they come up.',
  PhaseConfirmName: 'Confirmation.',
  PhaseConfirm: 'Agree the level the team owns and say why. Agree which improvement ideas to take forward.',
  FacilitatorNamed: 'Facilitator: {0}. The facilitator or a site owner reveals the scores.',
  NoFacilitator: 'This assessment names no facilitator, so a site owner reveals the scores.',
  Loading: 'Loading the workshop scores\u2026',
  LoadFailed: 'The workshop scores could not be loaded.',

  YourScoresHeading: 'Your scores',
  YourScoresHint: 'Choose a level for each perspective, or leave it blank. Each choice is saved straight away.',
  ReadOnly: 'You can follow this workshop but not score in it.',
  NotScored: 'Not scored',
  LevelOption: 'Level {0}: {1}',
  LevelOptionNoName: 'Level {0}',
  SavePending: 'Your scores are not saved yet',
  Saving: 'Saving your scores\u2026',
  Saved: 'Your scores are saved',
  SaveFailed: 'Your scores were not saved: {0}',
  SaveAgain: 'Save again',

  ScoredNone: 'Nobody has scored yet.',
  ScoredOne: '1 person has scored: {0}.',
  ScoredMany: '{0} people have scored: {1}.',
  Hidden: 'Scores are hidden until the facilitator reveals them.',
  RevealedBy: '{0} has revealed the scores.',
  Revealed: 'The scores have been revealed.',
  RevealButton: 'Reveal scores',
  HideButton: 'Hide scores again',
  Working: 'Please wait\u2026',
  Refresh: 'Check for new scores',

  TableCaption: 'Everyone\u2019s scores for {0}',
  ParticipantColumn: 'Person',
  You: '{0} (you)',
  NotScoredCell: 'not scored',
  LowestRow: 'Lowest',
  HighestRow: 'Highest',
  MedianRow: 'Median',
  SuggestedRow: 'Suggested level',
  DiscussRow: 'Discuss?',
  Discuss: 'Scores differ by 2 levels or more: discuss',
  NoNeedToDiscuss: 'No',
  NobodyScoredCell: 'none',
  NobodyRevealed: 'Nobody has scored yet, so there is nothing to compare.',

  ToDiscussHeading: 'Perspectives to discuss',
  ToDiscussItem: '{0}: from level {1} ({2}) to level {3} ({4}). Ask them first.',
  NothingToDiscuss: 'No perspective has scores 2 levels or more apart.',
  SuggestedHeading: 'Suggested consensus',
  SuggestedLevel: 'Suggested level for the capability: {0}.',
  SuggestedWhy: 'It is the lowest of the perspectives\u2019 suggested levels (each the middle score, rounded down), because a level has to hold in every perspective. It is a starting point: the team still agrees the level.',
  UseSuggested: 'Use the suggested consensus level',
  AlreadyAgreed: 'The agreed level below is already {0}.',
  UsedSuggested: 'The agreed level below is now {0}. It is saved with the capability\u2019s answers; say why the team agrees it if it differs from the answers.',
  AgreedLocked: 'The agreed level cannot be changed while this capability is agreed. Reopen it to change the level.',
  IdeasReminder: 'Write the improvement ideas from the discussion in \u201cImprovement ideas\u201d below, so that they feed the roadmap.',
  LevelInText: 'level {0} ({1})',
  LevelInTextNoName: 'level {0}'
};
