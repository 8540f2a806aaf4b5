/**
 * The dashboard web part's words (UK English). Part of the suite's strings module: import them
 * from './strings' like every other group. Templates use numbered placeholders ({0}, {1}) filled
 * by formatString.
 */
export const DashboardStrings = {
  DefaultTitle: 'NIMM dashboard',
  Loading: 'Loading the dashboard\u2026',
  LoadFailed: 'The dashboard could not be loaded.',
  NoAssessments: 'No assessment has been started on this site yet, so there is nothing to show. Start one in the NIMM assessment web part.',
  ChooseAssessment: 'Assessment shown',
  /** {0} title, {1} scope, {2} date. */
  AssessmentOption: '{0} ({1}, {2})',
  ViewsLabel: 'Dashboard views',

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
  OpenInBrowser: 'Open in browser'
};
