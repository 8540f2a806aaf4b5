/**
 * Every string the suite's screens show, in UK English, in one place (as
 * @pnp/spfx-controls-react keeps its ControlStrings): components import their group from here,
 * never from a web part. A web part's own SPFx loc file keeps only its manifest and property pane
 * strings. Templates use {0}, {1} ... filled by formatString.
 *
 * A plain TypeScript module rather than an SPFx localised resource, because the same strings
 * serve the SharePoint bundle, the local workbench, Node tests and the data layer, and the suite
 * ships in UK English only. Translating it later means making this an SPFx localizedResources
 * module with one file per locale (see docs/contributing.md).
 */

export { fillTemplate, formatString } from './format';

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
  DateLocale: 'en-GB'
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
  OwnerWithoutName: 'Site owner'

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
  RestoredDrafts: 'Changes you made earlier in this browser were not saved then; they have been put back and are being sent now.'
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
  AssessmentWebPart: 'NIMM assessment'
};
