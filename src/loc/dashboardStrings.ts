/**
 * The dashboard web part's words (UK English). Part of the suite's strings module: import them
 * directly from this file, from the screens (lazy) only; the words shown before they load are DashboardAppStrings in './strings'. Templates use numbered placeholders ({0}, {1}) filled
 * by formatString.
 */
import { DashboardAppStrings } from './strings';

export const DashboardStrings = {
  ...DashboardAppStrings,
  LoadFailed: 'The dashboard could not be loaded.',
  NoAssessments: 'No assessment has been started on this site yet, so there is nothing to show. Start one in the NIMM assessment web part.',
  ChooseAssessment: 'Assessment shown',
  /** {0} title, {1} scope, {2} date. */
  ViewsLabel: 'Dashboard views',
  MoreViews: 'More views',

  // Overview
  OverviewTab: 'Overview',
  HeadlineHeading: 'Where the organisation stands',
  /** {0} level number, {1} level name. */
  OrganisationLevel: 'Level {0}: {1}',
  OrganisationLevelNone: 'No level yet',
  /** {0} the score to one decimal place. */
  OrganisationScore: 'Score {0}',
  LevelLabel: 'Organisation level',
  ScoreLabel: 'Organisation score',
  ProgressLabel: 'Assessment progress',
  /** {0} complete, {1} in scope. */
  ProgressText: '{0} of {1} capabilities complete',
  /** {0} status in words, {1} date. */
  StatusLine: 'Status: {0}. Started {1}.',
  StatusOpen: 'open',
  StatusClosed: 'closed',
  StatusDraft: 'draft',
  FoundationHeading: 'Foundation capabilities',
  HeatmapHeading: 'Levels by category and capability',
  HeatmapIntro: 'Each capability shows the level it counts at (its effective level). A capability held back by another it depends on is marked, and says by what.',
  /** {0} aspect name. */
  HeatmapCaption: '{0}: levels by category',
  CategoryColumn: 'Category',
  CategoryLevelColumn: 'Category level',
  CapabilitiesColumn: 'Capabilities and their levels',
  /** {0} level number. */
  LevelShort: 'L{0}',
  /** {0} level number, {1} level name. */
  LevelLong: 'Level {0}, {1}',
  NotAssessedShort: 'not assessed',
  NotApplicableShort: 'n/a',
  HeldBackMark: 'held back',
  FoundationMark: 'foundation',
  /** {0} capability name, {1} level text, {2} marks such as held back. */
  CellLabel: '{0}: {1}{2}',
  DetailHeading: 'Why it is at this level',
  /** {0} capability name. */
  OpenCapabilityDetail: 'Why {0} is at this level',
  CloseDetail: 'Close',
  NothingHoldsBack: 'No dependency holds it back.',
  /** {0} capability name. */
  GoToCapability: 'Show {0}',
  AgreedDiffers: 'The team agreed a level that differs from the one the answers give.',
  /** {0} percentage. */
  ProgressToNext: '{0}% of the way to the next level.',
  Legend: 'Key',

  // Perspectives
  PerspectivesTab: 'Perspectives',
  PerspectivesHeading: 'Which perspectives pull each category down',
  PerspectivesIntro: 'A perspective pulls a category down when, in at least one of its capabilities, it is the lowest and another perspective is higher.',
  PerspectiveColumn: 'Perspective',
  PerspectiveLevelColumn: 'Level',
  PullsDownColumn: 'Pulls the category down',
  /** {0} number of capabilities. */
  HoldsBackCount: 'Yes, in {0}',
  No: 'No',
  NoPerspectiveData: 'No capability in this category has been assessed yet.',

  // Export and print
  ExportExcel: 'Download as Excel',
  Exporting: 'Preparing the workbook\u2026',
  ExportFailed: 'The workbook could not be made: {0}',
  PrintBoardPaper: 'Print a board paper',
  PrintInTeams: 'Printing is not available inside the Teams app. Open this page in your browser to print it.',
  OpenInBrowser: 'Open in browser',
  ActionsLabel: 'Download or print the dashboard',
  /** {0} the file name. */
  Exported: 'Downloaded {0}.',
  /** Fills ExportFailed. */
  ExportLoadFailed: 'the part of the dashboard that writes workbooks did not load. Check your connection, then try again.',
  /** Fills ExportFailed. */
  ExportWriteFailed: 'something went wrong while writing it. Try again; if it keeps happening, tell your IT service desk.',
  /** {0} assessment title, {1} date (YYYY-MM-DD). Characters a file name cannot hold are taken out. */
  WorkbookFileName: 'NIMM {0} {1}',

  // The workbook (sheet names: at most 31 characters, none of [ ] / \ : * ?)
  SheetSummary: 'Summary',
  SheetCapabilities: 'Capabilities',
  SheetGaps: 'Gaps',
  SheetEvidence: 'Evidence',
  SheetTrends: 'Trends',
  ItemColumn: 'Item',
  ValueColumn: 'Value',
  AssessmentRow: 'Assessment',
  ScopeRow: 'Scope',
  StatusRow: 'Status',
  StartedRow: 'Started',
  ModelRow: 'Model',
  ModelVersionRow: 'Model version',
  RuleRow: 'How the level is worked out',
  CoverageRow: 'What is counted',
  FoundationLevelRow: 'Foundation level',
  ComparedWithRow: 'Target compared with',
  ExportedRow: 'Exported',
  FoundationColumn: 'Foundation',
  StatusColumn: 'Status',
  ReviewStageColumn: 'Review stage',
  ComputedLevelColumn: 'Level from the answers',
  AgreedLevelColumn: 'Agreed level',
  AssessedLevelColumn: 'Assessed level',
  EffectiveLevelColumn: 'Effective level',
  HeldBackByColumn: 'Held back by',
  /** {0} capability name, {1} the level it needs to be at, {2} the level it is at. */
  HeldBackByItem: '{0} (needs level {1}, is at {2})',
  StatusAssessed: 'assessed',
  StatusNotApplicable: 'not applicable',
  Yes: 'Yes',
  NextLevelColumn: 'Next level',
  StillToMeetColumn: 'Criteria still to meet',
  FirstToMeetColumn: 'First criteria to meet',
  /** {0} profile key. */
  NoSuchProfile: 'The model has no profile \u201c{0}\u201d to compare with.',
  CriterionColumn: 'Criterion',
  NameColumn: 'Name',
  DescriptionColumn: 'Description',
  KindColumn: 'Kind',
  AddressColumn: 'Address',
  ReviewColumn: 'Review',
  LastChangedColumn: 'Last changed',
  ExpiresColumn: 'Expires',
  ExpiredColumn: 'Expired',
  EvidenceNotReviewed: 'not reviewed',
  EvidenceAccepted: 'accepted',
  EvidenceRejected: 'rejected',
  NoEvidenceFiled: 'No evidence has been filed for this assessment yet.',

  // The board paper (printed only)
  /** {0} assessment title. */
  BoardPaperTitle: 'Infrastructure maturity: {0}',
  /** {0} date printed, {1} model name, {2} model version. */
  BoardPaperPrinted: 'Printed on {0}. Measured against the {1}, version {2}.',
  BoardPaperSummaryHeading: 'Summary',
  BoardPaperHeatmapHeading: 'Levels by category',
  /** {0} profile name. */
  BoardPaperGapsHeading: 'Gaps against {0}',
  BoardPaperGapsIntro: 'Capabilities below their target, furthest first. The level shown is the effective level: the one a capability counts at once its dependencies are taken into account.',
  /** {0} profile name. */
  BoardPaperNoGaps: 'Every target of {0} is met.',
  /** {0} level number. */
  BoardPaperToMeetOne: '1 criterion for level {0}',
  /** {0} number of criteria, {1} level number. */
  BoardPaperToMeetMany: '{0} criteria for level {1}',
  BoardPaperDependenciesFirst: 'Its dependencies first',
  /** {0} capability name. */
  BoardPaperNotAssessedOne: 'Not assessed yet, so counted at level 1 against its target: {0}.',
  /** {0} number of capabilities, {1} their names. */
  BoardPaperNotAssessedMany: 'Not assessed yet, so counted at level 1 against their targets ({0} capabilities): {1}.',

  // Shared by the views below
  CapabilityColumn: 'Capability',
  NotInModelShort: 'not in the model',
  /** Between the parts of a list written in a sentence ("6 capabilities up, 1 down"). */
  ListSeparator: ', ',
  OpensInNewTab: '(opens in a new tab)',

  // Against a target
  ProfileTab: 'Against a target',
  ProfileHeading: 'How close the organisation is to a target',
  ChooseProfile: 'Profile to compare with',
  /** {0} profile name, {1} its kind in words. */
  ProfileOption: '{0} ({1})',
  ProfileKindTarget: 'target',
  ProfileKindService: 'service',
  ProfileKindEntitlement: 'entitlement',
  NoProfiles: 'This version of the model has no profiles to compare with. A model maintainer can add target, service and entitlement profiles to it.',
  /** {0} where the thresholds come from. */
  LocalSettingsNote: 'Where these thresholds come from: {0}',
  LocalProfilesGroup: 'This site\u2019s own profiles',
  /** {0} the profile's name, {1} its kind (Kind...). */
  LocalProfileOption: '{0} ({1}, this site)',
  LocalProfileNote: 'This is one of this site\u2019s own profiles, built in the roadmap web part, not one of the published model\u2019s.',
  /** {0} the capability keys, joined. */
  LocalProfileNotInModel: 'Left out, because this version of the model has no such capability: {0}.',
  ReadinessLabel: 'Readiness',
  /** {0} percentage. */
  ReadinessValue: '{0}% ready',
  TargetsMetLabel: 'Targets met',
  /** {0} met, {1} counted. */
  TargetsMetValue: '{0} of {1}',
  /** {0} profile name. */
  GapsCaption: '{0}: gaps by capability',
  GapsIntro: 'Capabilities furthest from their target come first. The level now is the effective level: the one a capability counts at once its dependencies are taken into account.',
  CurrentLevelColumn: 'Level now',
  TargetColumn: 'Target',
  GapColumn: 'Gap',
  NextColumn: 'What it needs next',
  GapNone: 'None: met',
  GapOne: '1 level',
  /** {0} number of levels. */
  GapMany: '{0} levels',
  NextMet: 'Nothing: the target is met.',
  /** {0} level number. */
  NextCriteria: 'Still to meet for level {0}:',
  /** {0} criterion text. */
  CriterionPartly: '{0} (partly met)',
  /** {0} criterion text. */
  CriterionNotMet: '{0} (not met)',
  /** {0} criterion text. */
  CriterionUnanswered: '{0} (not answered yet)',
  LeftOutHeading: 'Left out as not applicable',
  /** {0} profile name. */
  ChecklistCaption: '{0}: checklist',
  ChecklistIntro: 'The entitlement is met when every line is met. Each line lists the evidence filed for it, so the request can be put together from here.',
  NeedsColumn: 'Needs',
  ResultColumn: 'Met or not',
  EvidenceColumn: 'Evidence',
  /** {0} level number. */
  LevelOrAbove: 'Level {0} or above',
  ResultMet: 'Met',
  ResultNotMet: 'Not met',
  ResultLeftOut: 'Left out: not applicable here',
  NoEvidence: 'No evidence filed.',
  NoCurrentEvidence: 'No current evidence: all of it has expired.',
  /** {0} date. */
  EvidenceExpiredOn: 'expired on {0}',
  /** {0} date. */
  EvidenceExpiresOn: 'valid until {0}',
  EvidenceNotOpenable: '(its address cannot be opened from here)',

  // Trends
  TrendsTab: 'Trends',
  TrendsHeading: 'How the organisation has moved between rounds',
  /** {0} the scope. */
  TrendsOneRound: 'Trends need a second assessment of the same scope ({0}). Once another round is assessed, this view shows how each capability has moved.',
  RoundsCaption: 'Organisation level and score by round',
  RoundColumn: 'Round',
  StartedColumn: 'Started',
  ModelVersionColumn: 'Model version',
  OrganisationLevelColumn: 'Organisation level',
  OrganisationScoreColumn: 'Organisation score',
  AssessedColumn: 'Capabilities assessed',
  NoScore: 'none',
  /** {0} the points, e.g. "2021: 1.9, 2022: 2.1". */
  ScoreChartLabel: 'Line chart of the organisation score by round: {0}. The same figures are in the table above.',
  /** {0} round, {1} score. */
  ScoreChartPoint: '{0}: {1}',
  TrendTableCaption: 'Effective level of each capability by round',
  SinceColumn: 'Since the previous round',
  ChangedOnly: 'Show only capabilities that moved since the previous round',
  /** {0} level before, {1} level now. */
  TrendUp: 'Up from L{0} to L{1}',
  /** {0} level before, {1} level now. */
  TrendDown: 'Down from L{0} to L{1}',
  TrendSame: 'No change',
  TrendNew: 'Newly assessed',
  TrendNotAssessed: 'Not assessed this round',
  TrendNotApplicable: 'Newly not applicable',
  TrendRemoved: 'No longer in the model',
  TrendNone: 'Nothing to compare',
  /** {0} previous round, {1} the moves, e.g. "6 capabilities up, 1 down, 3 newly assessed". */
  TrendSummary: 'Since the {0} round: {1}.',
  /** {0} previous round. */
  TrendSummaryNothing: 'Since the {0} round: no capability was assessed in both rounds, so there is nothing to compare.',
  CountCapabilitiesOne: '1 capability',
  /** {0} number. */
  CountCapabilitiesMany: '{0} capabilities',
  /** {0} a number, or a number of capabilities. */
  MovedUp: '{0} up',
  MovedDown: '{0} down',
  MovedSame: '{0} unchanged',
  MovedNew: '{0} newly assessed',
  MovedNotAssessed: '{0} no longer assessed',
  MovedNotApplicable: '{0} newly marked not applicable',
  MovedRemoved: '{0} no longer in the model',
  ModelChangesHeading: 'Where the model changed between rounds',
  ModelUnchanged: 'Every round used the same version of the model, so the levels compare like for like.',
  /** {0} earlier round, {1} later round, {2} earlier version, {3} later version. */
  ModelChangeBetween: 'Between the {0} and {1} rounds the model went from version {2} to version {3}.',
  ModelChangeNothing: 'No capability changed between these versions.',

  // Provider and customer
  CompareTab: 'Provider and customer',
  CompareHeading: 'A shared service provider and its customer',
  CompareIntro: 'Compare a shared service provider\u2019s assessment with a customer\u2019s, capability by capability. Where the customer is below the provider, changes the provider makes can land badly: mind the gap.',
  ChooseOther: 'Assessment to compare with',
  NoOtherScope: 'No assessment of another scope is on this site yet. Start one (for example of a customer trust) in the NIMM assessment web part, then compare the two here.',
  SwapRoles: 'Show the assessment shown above as the customer',
  /** {0} provider title and scope, {1} customer title and scope. */
  RolesLine: 'Provider: {0}. Customer: {1}.',
  /** {0} title, {1} scope. */
  SideName: '{0} ({1})',
  LoadingOther: 'Loading the assessment to compare with\u2026',
  LoadOtherFailed: 'The assessment to compare with could not be loaded.',
  CompareCaption: 'Provider and customer by capability, gaps first',
  ProviderColumn: 'Provider',
  CustomerColumn: 'Customer',
  ComparisonColumn: 'Comparison',
  MindTheGapOne: 'Mind the gap: the customer is 1 level below',
  /** {0} number of levels. */
  MindTheGapMany: 'Mind the gap: the customer is {0} levels below',
  SameLevel: 'Same level',
  NotCompared: 'Not compared: not assessed on both sides',
  ProviderBelowHeading: 'Where the provider is below the customer',
  ProviderBelowCaption: 'Capabilities where the provider is below the customer',
  ProviderBelowOne: 'The provider is 1 level below',
  /** {0} number of levels. */
  ProviderBelowMany: 'The provider is {0} levels below',
  NoProviderBelow: 'The provider is not below the customer in any capability both have assessed.',
  NotInItsModel: 'not in its model',
  CompareNotesHeading: 'Notes on this comparison',

  // Run versus improve
  BudgetTab: 'Run versus improve',
  BudgetHeading: 'Run versus improve: the IT budget against the 70/30 benchmark',
  BudgetIntro: 'How the IT budget splits between running the organisation (maintenance and infrastructure) and improving it. The benchmark is 70% on running and 30% on improving.',
  /** {0} scope. */
  BudgetNone: 'No IT budget split has been recorded for {0} yet. To record one, open the assessment in the NIMM assessment web part, choose “IT budget split”, and give the financial year with the run and improve amounts or the share on running.',
  /** {0} the year shown. */
  BudgetNotShownYear: 'The assessment shown has no budget split that could be read, so the latest year recorded, {0}, is shown.',
  /** {0} year. */
  BudgetYearHeading: '{0} against the benchmark',
  /** {0} year, {1} run share, {2} improve share. */
  BudgetBarLabel: '{0}: {1}% on running the organisation, {2}% on improving it. Benchmark: 70% on running, 30% on improving.',
  BudgetBenchmarkName: '70/30 benchmark',
  /** {0} run share. */
  BudgetBarRun: 'Run {0}%',
  /** {0} improve share. */
  BudgetBarImprove: 'Improve {0}%',
  BudgetTableCaption: 'The IT budget split by year',
  BudgetYearColumn: 'Year',
  BudgetRunColumn: 'Run',
  BudgetImproveColumn: 'Improve',
  BudgetShareColumn: 'Improve share',
  BudgetAgainstColumn: 'Against 30%',
  /** {0} amount, {1} share. */
  BudgetAmountCell: '{0} ({1}%)',
  /** {0} share. */
  BudgetShareCell: '{0}%',
  BudgetBelowOne: '1 point below',
  /** {0} points. */
  BudgetBelowMany: '{0} points below',
  BudgetAt: 'In line',
  BudgetAboveOne: '1 point above',
  /** {0} points. */
  BudgetAboveMany: '{0} points above',
  BudgetProblemsHeading: 'Records that could not be read',
  BudgetProblemsIntro: 'These budget splits are left out above. Correct them in the NIMM assessment web part, on the assessment named.',
  /** {0} assessment title, {1} what is wrong. */
  BudgetProblem: '{0}: {1}',

  // Across sites
  SitesTab: 'Across sites',
  SitesHeading: 'How the sites compare',
  SitesIntro: 'Each row is one NIMM site, read where it is with your own access: nothing is copied between sites. Each shows its newest assessment, scored against the model version it used. A site that cannot be read says why, and the others are shown.',
  SitesNotConfigured: 'No other NIMM sites are listed for this view. To compare sites, such as the trusts of an integrated care system, edit this web part and put each site\u2019s address, one per line, in \u201cOther NIMM sites to compare (across sites)\u201d. Each viewer sees the sites they have access to.',
  SitesCaption: 'NIMM results by site',
  SiteColumn: 'Site',
  SitesAssessmentColumn: 'Newest assessment',
  SitesLevelColumn: 'Organisation level',
  SitesScoreColumn: 'Score',
  SitesProgressColumn: 'Progress',
  SitesFoundationColumn: 'Foundation capabilities',
  ThisSite: '(this site)',
  /** {0} site title or address. */
  SitesLoading: 'Loading {0}\u2026',
  /** {0} title, {1} date. */
  SitesAssessmentLine: '{0}, started {1}',
  /** {0} model name, {1} version. */
  SitesModelLine: 'Model: {0} {1}',
  SitesNoAssessment: 'No assessment yet',
  /** {0} level number, {1} level name. */
  SitesLevel: 'Level {0}, {1}',
  SitesNotAssessed: 'Not assessed',
  /** {0} the score to one decimal place. */
  SitesScore: '{0}',
  SitesNoScore: 'none',
  /** {0} complete, {1} in scope, {2} percentage. */
  SitesProgress: '{0} of {1} complete ({2}%)',
  SitesIssuesOne: '1 item on this site could not be read: its own dashboard says which.',
  /** {0} number of items. */
  SitesIssuesMany: '{0} items on this site could not be read: its own dashboard says which.',
  SitesNotInModel: 'Not in its model',
  SitesForbidden: 'No access',
  SitesNotSetUp: 'Not a NIMM site',
  SitesNotFound: 'No site at this address',
  SitesUnreachable: 'Unreachable',
  SitesFailed: 'Could not be read',
  /** {0} site address. */
  SitesRetry: 'Try again to read {0}'
};
