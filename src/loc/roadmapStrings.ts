/**
 * The roadmap web part's words (UK English). Part of the suite's strings module: import them from
 * './strings' like every other group. Templates use numbered placeholders ({0}, {1}) filled by
 * formatString; a sentence whose words change with a number has a template per case.
 */
import { RoadmapAppStrings } from './strings';

export const RoadmapStrings = {
  ...RoadmapAppStrings,
  LoadFailed: 'The roadmap could not be loaded.',
  NoAssessments: 'No assessment has been started on this site yet, so there is nothing to plan from. Start one in the NIMM assessment web part.',
  ProfileMissing: 'The goal saved with this plan is not a profile of the model or of this site any more (it may have been withdrawn or deleted). Choose another goal above.',
  ChooseAssessment: 'Assessment planned from',
  /** {0} title, {1} scope, {2} date. */
  ViewsLabel: 'Roadmap views',
  /** The button that lists the tabs that do not fit (narrow screens). */
  MoreViews: 'More views',

  // Goal and capacity
  SettingsHeading: 'Goal and capacity',
  ProfileLabel: 'Goal',
  // Holding a step back by hand (rule 10, "held steps")
  HoldBack: 'Hold back a phase',
  /** {0} the step's title, {1} the phase it would go to. */
  HoldBackNamed: 'Hold back {0} to phase {1}',
  LetGo: 'Stop holding back',
  /** {0} the step's title. */
  LetGoNamed: 'Stop holding back {0}',
  /** {0} the phase. */
  HeldTo: 'Held back to phase {0} by hand: what waits on it waits longer.',
  /** {0} the phase held to, {1} the phase it is in (later, because of what it waits on or the capacity). */
  HeldToLater: 'Held back to phase {0} by hand; it is in phase {1} because of what it waits on or the capacity.',
  /** {0} the step's title, {1} the phase, {2} its start, {3} its end. Announced after a move. */
  MovedTo: '{0} is now in phase {1} ({2} to {3}).',
  /** {0} the step's title. Announced when a hold did not move it (it waits on something later). */
  StaysIn: '{0} stays in phase {1}: it waits on other steps, or the phase is full.',
  PhaseEmpty: 'No steps in this phase: a step held back by hand is planned later.',
  /** {0} how many steps are held back. */
  HoldsLine: '{0} held back by hand',
  FieldHolds: 'Steps held back by hand',
  HoldsNone: 'none',
  /** {0} the step's title, {1} the phase. */
  HoldLine: '{0} to phase {1}',
  GoalGroupModel: 'Profiles of the published model',
  GoalGroupLocal: 'This site\u2019s own profiles',
  GoalGroupCustom: 'Your own levels',
  CustomGoalOption: 'Levels I pick (a custom goal)',
  CustomGoalName: 'Levels picked by hand',
  /** {0} the goal's entry in the list, {1} its levels (GoalLevelLine), joined. */
  GoalWithLevels: '{0}: {1}',
  /** {0} the capability's name, {1} the level. */
  GoalLevelLine: '{0} level {1}',
  /** {0} the kind of profile (ProfileKind...), {1} its name. A local profile in the goal list. */
  LocalProfileOption: '{0}: {1} (this site)',
  /** {0} how many capabilities have a target. */
  GoalSummaryOne: 'The goal sets a level for 1 capability.',
  GoalSummaryMany: 'The goal sets levels for {0} capabilities.',
  /** {0} the capability keys, joined. Targets of a local profile or custom goal this model version lacks. */
  GoalNotInModel: 'Not planned, because this version of the model has no such capability: {0}. The levels stay with the profile for a model version that has them.',
  /** {0} the capability names, joined. */
  GoalCapped: 'Planned to the model\u2019s top level, as the goal asks for more: {0}.',
  EditCustomGoal: 'Pick the levels',
  EditLocalProfile: 'Edit this site profile',
  NewLocalProfile: 'New site profile',
  /** {0} the name of whoever may change them: shown when the user may not create local profiles. */
  LocalProfilesOwnersOnly: 'Only site owners may create and change this site\u2019s own profiles: a site owner chose so on the site set-up web part. You can still plan to a custom goal.',
  LocalProfilesUnavailable: 'This site has no list for its own profiles yet: a site owner adds it by running set-up on the site set-up web part.',
  /** {0} the local profile's name, {1} the date it was last changed. */
  LocalProfileAbout: '\u201c{0}\u201d is this site\u2019s own profile, last changed {1}.',
  /** {0} the name of the profile it started from. */
  LocalProfileBasedOn: 'It started from \u201c{0}\u201d.',

  // The goal editor (a panel)
  GoalEditorCustomTitle: 'Pick the levels to plan to',
  GoalEditorNewTitle: 'New site profile',
  /** {0} the profile's name. */
  GoalEditorEditTitle: 'Edit \u201c{0}\u201d',
  GoalEditorIntro: 'Choose a target level for each capability the goal covers; leave the others at \u201cNo target\u201d. The plan and its readiness follow these levels.',
  GoalEditorLocalIntro: 'A site profile is kept on this site, apart from the published model\u2019s profiles, with its levels by capability, so it still applies when a new version of the model is published. A deployment group (an EPR programme, say) builds one for the levels its service needs.',
  GoalNameLabel: 'Name',
  GoalNameHint: 'For example \u201cEPR go-live\u201d.',
  GoalNameMissing: 'Enter a name for the profile.',
  /** {0} the most characters. */
  GoalNameTooLong: 'Use at most {0} characters.',
  GoalKindLabel: 'Kind of profile',
  GoalKindService: 'Service: the levels a service or programme needs',
  GoalKindTarget: 'Target: a maturity target for the trust',
  GoalDescriptionLabel: 'What it is for (optional)',
  GoalStartFromLabel: 'Start from',
  GoalStartFromScratch: 'Nothing: from scratch',
  GoalStartFromButton: 'Copy its levels',
  /** {0} the profile's name. Said after the copy. */
  GoalCopied: 'Copied the levels of \u201c{0}\u201d. Change any of them below.',
  GoalFilterLabel: 'Find a capability',
  GoalNoTarget: 'No target',
  /** {0} the level number, {1} its name. */
  GoalLevelOption: 'Level {0}: {1}',
  /** {0} the level number. */
  GoalLevelOptionBare: 'Level {0}',
  /** {0} the capability's name. The level field's accessible name. */
  GoalLevelFor: 'Target level for {0}',
  /** {0} the assessed level now. */
  GoalAssessedNow: 'now level {0}',
  GoalAssessedNotApplicable: 'not applicable',
  GoalAssessedNone: 'not yet assessed',
  /** {0} how many shown, {1} how many in all. */
  GoalFilterCount: 'Showing {0} of {1} capabilities.',
  GoalNoMatch: 'No capability matches that. Clear the search to see them all.',
  GoalNoTargets: 'Pick a target level for at least one capability.',
  GoalCaption: 'Capabilities and the level the goal sets for each',
  GoalColumnCapability: 'Capability',
  GoalColumnNow: 'Now',
  GoalColumnTarget: 'Target level',
  GoalApply: 'Plan to these levels',
  GoalSaveToSite: 'Save as a site profile',
  GoalSaveNew: 'Save the profile',
  GoalSaveChanges: 'Save the changes',
  GoalSaving: 'Saving\u2026',
  GoalDelete: 'Delete the profile',
  GoalDeleteConfirm: 'Delete it: plans using it will ask for another goal',
  GoalDeleting: 'Deleting\u2026',
  GoalCancel: 'Cancel',
  GoalClose: 'Close',
  /** {0} the profile's name. */
  GoalSaved: 'Saved \u201c{0}\u201d to this site. It is now the goal of this plan.',
  /** {0} the profile's name. */
  GoalDeleted: 'Deleted \u201c{0}\u201d: it is in the site\u2019s recycle bin, where a site owner can restore it.',
  GoalSaveFailed: 'The profile was not saved. Nothing you entered is lost.',
  GoalDeleteFailed: 'The profile was not deleted.',
  /** {0} the kind of profile (ProfileKind...), {1} its name. */
  ProfileOption: '{0}: {1}',
  ProfileKindTarget: 'Target',
  ProfileKindService: 'Service',
  ProfileKindEntitlement: 'Entitlement',
  CapacityUnitLabel: 'Count each phase\u2019s capacity in',
  CapacityUnitSteps: 'Steps',
  CapacityUnitDays: 'Person-days of effort',
  CapacityStepsLabel: 'Steps the team can take on in a phase',
  CapacityDaysLabel: 'Person-days the team has in a phase',
  CapacityHint: 'Leave it empty for no limit: each step then goes in the earliest phase its dependencies allow.',
  CapacityInvalid: 'Enter a number above 0, or leave it empty for no limit.',
  PhaseLengthLabel: 'Length of a phase',
  PhaseMonths1: '1 month',
  PhaseMonths3: '3 months (a quarter)',
  PhaseMonths6: '6 months',
  PhaseMonths12: '12 months (a year)',
  StartDateLabel: 'First phase starts on',
  StartDateInvalid: 'Enter the date the first phase starts.',
  DefaultEffortLabel: 'Person-days for a step not yet estimated',
  DefaultEffortInvalid: 'Enter a number of 0 or more.',
  /** {0} what (a field's name), {1} its value. A plan's setting, shown to people who cannot change it. */
  SettingLine: '{0}: {1}',
  SettingsKeptNote: 'The plan is worked out again in this page as you change anything; nothing is saved until you save the plan.',

  // What the plan comes to
  SummaryHeading: 'The plan in brief',
  SummaryNothing: 'The assessment already meets this profile as far as the model allows: there is no step to plan.',
  /** {0} the first day, {1} the last day. */
  SummaryOneStep: '1 step in 1 phase, from {0} to {1}.',
  /** {0} how many steps, {1} the first day, {2} the last day. */
  SummaryOnePhase: '{0} steps in 1 phase, from {1} to {2}.',
  /** {0} how many steps, {1} how many phases, {2} the first day, {3} the last day. */
  SummaryMany: '{0} steps in {1} phases, from {2} to {3}.',
  /** {0} per cent, {1} targets met, {2} targets counted. */
  ReadinessNow: 'Readiness now: {0}% ({1} of {2} targets met).',
  ReadinessAlready: 'Readiness is already 100%.',
  /** {0} the phase number, {1} a Quarter, {2} the phase's last day. */
  ReadinessReaches: 'Readiness reaches 100% at the end of phase {0}, in {1} (by {2}).',
  /** {0} per cent, {1} targets met, {2} targets counted, {3} UnreachableOne or UnreachableMany. */
  ReadinessAtMost: 'Readiness reaches at most {0}% ({1} of {2} targets met): {3}. The Readiness tab says why.',
  UnreachableOne: '1 target cannot be reached',
  /** {0} how many. */
  UnreachableMany: '{0} targets cannot be reached',
  /** {0} the quarter's name (QuarterNames), {1} the year. */
  Quarter: 'the {0} quarter of {1}',
  QuarterNames: ['first', 'second', 'third', 'fourth'],

  // Where the plan comes from, and who may change it
  NewPlan: 'This assessment has no saved plan yet. The plan below is worked out from the model and the answers; save it to make its steps roadmap actions on the site.',
  /** {0} the earlier assessment's title, {1} how many actions. */
  CarryForward: 'This assessment has no saved plan yet, so the plan below continues the one saved for \u201c{0}\u201d ({1} actions). Saving moves those actions here, keeping their owners, notes and status; steps no longer needed are marked obsolete, and those this assessment shows reached are marked done.',
  ReadOnlyVisitor: 'You can look at this plan but not change it, because you have read-only access to this site. To plan, ask a site owner to give you edit access.',
  /** {0} the later assessment's title. */
  ReadOnlyCarried: 'This plan was carried forward to the newer assessment \u201c{0}\u201d, so it is shown here read-only. Plan from the newer assessment instead.',
  /** {0} the later assessment's title. */
  OpenNewer: 'Open the plan of \u201c{0}\u201d',

  // Saving
  SaveHeading: 'Save the plan',
  SaveButton: 'Save the plan',
  Saving: 'Saving the plan\u2026',
  /** {0} the clauses below, joined by SaveClauseSeparator. */
  SavePreview: 'Saving will {0}.',
  SaveClauseSeparator: ', ',
  SaveUpToDate: 'The plan on the site is up to date.',
  SaveSettingsClause: 'save the goal and capacity',
  SaveAddOne: 'add 1 action',
  /** {0} how many. */
  SaveAddMany: 'add {0} actions',
  SaveUpdateOne: 'update 1 action',
  /** {0} how many. */
  SaveUpdateMany: 'update {0} actions',
  SaveObsoleteOne: 'mark 1 action obsolete',
  /** {0} how many. */
  SaveObsoleteMany: 'mark {0} actions obsolete',
  SaveDoneOne: 'mark 1 action done',
  /** {0} how many. */
  SaveDoneMany: 'mark {0} actions done',
  SavedNothing: 'Nothing needed saving.',
  SavedOne: 'The plan is saved: 1 change written.',
  /** {0} how many. */
  SavedMany: 'The plan is saved: {0} changes written.',
  /** {0} how many were written. */
  SavedWithConflicts: 'Part of the plan is saved ({0} changes written). Someone else changed some of the same things meanwhile: see below.',
  SaveFailed: 'The plan could not be saved.',
  /** {0} the titles of what was not saved, {1} why. */
  NotSaved: 'Not saved: {0}. {1}',

  // Phase board
  BoardTab: 'Phase board',
  BoardHeading: 'Phases and their steps',
  BoardIntro: 'Each phase lists the steps the team takes on in it, in the order to start them. Under each step: the criteria still to meet, what it waits on and what waits on it.',
  PhasesLabel: 'Phases',
  /** {0} the phase number, {1} its first day, {2} its last day. */
  PhaseHeading: 'Phase {0}: {1} to {2}',
  PhaseStepsOne: '1 step',
  /** {0} how many. */
  PhaseStepsMany: '{0} steps',
  /** {0} person-days. */
  PhaseEffort: 'effort {0} person-days',
  /** {0} person-days, {1} how many steps not estimated, {2} the days each counts for. */
  PhaseEffortGuessed: 'effort {0} person-days, of which {1} steps not yet estimated count {2} each',
  /** {0} used, {1} the capacity in words (CapacityValue). */
  PhaseCapacity: 'capacity used: {0} of {1}',
  /** {0} used, {1} the capacity in words (CapacityValue). */
  PhaseOverCapacity: 'one step bigger than the capacity has this phase to itself ({0} of {1})',
  /** Joins the facts about a phase or a step. */
  FactSeparator: ', ',
  /** {0} a remark put after something, in brackets. Starts with a space. */
  Aside: ' ({0})',
  /** {0} the phase number. */
  StepsOfPhase: 'Steps of phase {0}',
  /** {0} the capability's name, {1} the level. */
  StepTitle: 'Raise {0} to level {1}',
  /** {0} the level, {1} its name. */
  LevelNamed: 'Level {0}, {1}',
  OwnerLabel: 'Owner',
  OwnerNone: 'no owner yet',
  StatusLabel: 'Status',
  StatusPlanned: 'Planned',
  StatusInProgress: 'In progress',
  StatusDone: 'Done',
  StatusDropped: 'Dropped',
  StatusObsolete: 'Obsolete (no longer needed)',
  EffortLabel: 'Effort',
  /** {0} person-days. */
  EffortDays: '{0} person-days',
  /** {0} the default person-days. */
  EffortGuessed: 'not estimated (counts as {0} person-days)',
  NotEstimated: 'not estimated',
  CostLabel: 'Cost',
  /** {0} the amount in pounds, grouped ("12,500"). */
  CostPounds: '\u00a3{0}',
  /** {0} the due date. */
  Overdue: 'Overdue: due by {0}',
  NotSavedYet: 'Not saved yet',
  ChangedNotSaved: 'Changed, not saved yet',
  /** {0} how many, {1} the level. */
  WorkToDoOne: 'Work to do: 1 criterion of level {1} not yet met',
  /** {0} how many, {1} the level. */
  WorkToDoMany: 'Work to do: {0} criteria of level {1} not yet met',
  /** {0} the level. */
  WorkToDoNone: 'Every criterion of level {0} is met; the level counts once the team agrees it and what it builds on is reached.',
  /** {0} the criterion's text, {1} its answer (AnswerPartial ...). */
  CriterionLine: '{0} ({1})',
  AnswerPartial: 'partly met',
  AnswerNotMet: 'not met',
  AnswerNone: 'not answered yet',
  WaitsOnLabel: 'Waits on',
  WaitsOnNothing: 'Nothing in this plan: it can start at once.',
  WaitedOnByLabel: 'Needed before',
  WaitedOnByNothing: 'No later step waits on it.',
  /** {0} a step's title, {1} its phase. The button that moves to that step. */
  StepLink: '{0} (phase {1})',
  IdeasLabel: 'Improvement ideas from the assessment',
  NotesLabel: 'Notes',
  EditStep: 'Edit step',
  /** {0} the step's title. The edit button's accessible name. */
  EditStepNamed: 'Edit {0}',

  // Editing a step
  PanelTitle: 'Edit step',
  PanelIntro: 'Your changes are kept on this page and go to the site when you save the plan.',
  PanelCloseLabel: 'Close without keeping the changes',
  EffortFieldLabel: 'Effort (person-days)',
  CostFieldLabel: 'Cost (\u00a3)',
  AmountHint: 'Leave it empty if not yet estimated.',
  AmountInvalid: 'Enter a number of 0 or more, or leave it empty.',
  KeepChanges: 'Keep the changes',
  Cancel: 'Cancel',

  // Readiness
  ReadinessTab: 'Readiness',
  ReadinessHeading: 'Profile readiness after each phase',
  /** {0} the profile's name. */
  ReadinessCaption: 'Readiness for \u201c{0}\u201d now and after each phase',
  WhenColumn: 'When',
  TargetsMetColumn: 'Targets met',
  ReadinessColumn: 'Readiness',
  NowRow: 'Now',
  /** {0} the phase number, {1} its last day. */
  AfterPhaseRow: 'After phase {0} (by {1})',
  /** {0} met, {1} counted. */
  TargetsMet: '{0} of {1}',
  /** {0} per cent. */
  Percent: '{0}%',
  UnreachableHeading: 'Targets the plan cannot reach',
  UnreachableNone: 'Every target of this profile can be reached: the plan reaches each of them.',
  UnreachableIntro: 'No amount of work reaches these targets with this model. The steps towards them that can be taken are still planned.',
  /** {0} the capability's name, {1} the target level, {2} why. */
  UnreachableLine: '{0}, level {1}: {2}',

  // Saved actions
  ActionsTab: 'Saved actions',
  ActionsHeading: 'Roadmap actions on the site',
  ActionsNone: 'No roadmap actions are saved for this assessment yet. Save the plan to make its steps actions.',
  /** {0} the assessment's title. */
  ActionsCaption: 'Roadmap actions of \u201c{0}\u201d',
  ActionColumn: 'Action',
  PhaseColumn: 'Phase',
  DatesColumn: 'Dates',
  OwnerColumn: 'Owner',
  StatusColumn: 'Status',
  EffortColumn: 'Effort',
  CostColumn: 'Cost',
  /** {0} first day, {1} last day. */
  DateRange: '{0} to {1}',
  /** {0} the due date. */
  DueOnly: 'due by {0}',
  NoDates: 'no dates',
  NoPhase: 'none',
  AddedByHand: 'added by hand',
  OverdueOne: '1 action is overdue.',
  /** {0} how many. */
  OverdueMany: '{0} actions are overdue.',
  NoneOverdue: 'No action is overdue.',
  /** {0} the level. */
  WillBeDone: 'will be marked done when you save: the assessment shows level {0} reached',
  WillBeObsolete: 'will be marked obsolete when you save: the plan no longer needs it',

  // Conflicts
  ConflictsHeading: 'Changed by someone else while you were planning',
  ConflictsIntro: 'These were changed on the site after you opened the plan, so yours was not saved over theirs. Compare the two versions and choose which to keep.',
  ConflictPlanHeading: 'The goal and capacity',
  ConflictGone: 'Someone has deleted this action from the list since you opened the plan.',
  ConflictNoPlan: 'The plan\u2019s settings could not be read back from the site.',
  FieldColumn: 'What',
  YoursColumn: 'Yours',
  TheirsColumn: 'On the site now',
  KeepTheirs: 'Keep theirs',
  UseMine: 'Use mine',
  AddMineAgain: 'Add mine again',
  EmptyValue: '(empty)',
  FieldTitle: 'Action',
  FieldPhase: 'Phase',
  FieldStart: 'Starts',
  FieldDue: 'Due by',
  FieldOwner: 'Owner',
  FieldStatus: 'Status',
  FieldEffort: 'Effort (person-days)',
  FieldCost: 'Cost (\u00a3)',
  FieldNotes: 'Notes',
  FieldProfile: 'Goal',
  FieldCapacity: 'Capacity per phase',
  FieldPhaseLength: 'Length of a phase (months)',
  FieldStartDate: 'First phase starts on',
  FieldUnit: 'Capacity counted in',
  /** {0} how many steps or person-days, {1} the unit's name. */
  CapacityValue: '{0} {1}',
  NoLimit: 'no limit',
  UnitSteps: 'steps',
  UnitStep: 'step',
  UnitDays: 'person-days',
  UnitDay: 'person-day',
  ResolveFailed: 'That could not be saved.',

  // What if (rule 9, and a step slipping)
  WhatIfTab: 'What if',
  WhatIfHeading: 'What if a capability reached a level',
  WhatIfIntro: 'Choose a capability and a level to see what else would move if the team agreed that level (rule 9). Nothing is saved.',
  WhatIfCapabilityLabel: 'Capability',
  WhatIfLevelLabel: 'Level',
  /** {0} level number, {1} its name. */
  WhatIfLevelOption: 'Level {0}: {1}',
  WhatIfChooseCapability: 'Choose a capability to see its effects.',
  /** {0} capability, {1} its level now, {2} the level chosen. */
  WhatIfSummary: '{0} assessed at level {2} instead of {1}.',
  WhatIfNoEffect: 'No other capability and no profile would move.',
  WhatIfCapabilitiesCaption: 'Capabilities whose effective level would move',
  WhatIfNoCapabilities: 'No other capability\u2019s effective level would move.',
  WhatIfProfilesCaption: 'Profiles whose readiness would move',
  WhatIfNoProfiles: 'No profile\u2019s readiness would move.',
  ColumnCapability: 'Capability',
  ColumnLevelBefore: 'Level before',
  ColumnLevelAfter: 'Level after',
  ColumnEffect: 'Effect',
  ColumnProfile: 'Profile',
  ColumnReadinessBefore: 'Readiness before',
  ColumnReadinessAfter: 'Readiness after',
  EffectPrimary: 'Primary (depends on it directly)',
  EffectSecondary: 'Secondary (through other capabilities)',
  NotApplicableLevel: 'Not applicable',
  /** {0} readiness as a percentage, {1} "met" or "not met". */
  ReadinessWithMet: '{0} ({1})',
  ProfileMet: 'met',
  ProfileNotMet: 'not met',
  NeighbourhoodHeading: 'What it needs and what needs it',
  /** {0} capability, {1} what it needs, {2} what needs it. */
  NeighbourhoodAlt: '{0} needs {1}. Needed by {2}.',
  /** {0} capability, {1} what needs it (no needs of its own). */
  NeighbourhoodAltNeedsNothing: '{0} needs no other capability. Needed by {1}.',
  NeighbourhoodNothing: 'nothing',
  NeighbourhoodNeeds: 'It needs',
  NeighbourhoodNeededBy: 'Needed by',
  /** {0} capability, {1} minimum level, {2} from which of its own levels. */
  NeighbourhoodNeedLine: '{0} at level {1} or above (from its level {2})',
  /** {0} capability, {1} minimum level, {2} from which of that capability's levels. */
  NeighbourhoodNeededLine: '{0}, from its level {2}, needs level {1}',
  NeighbourhoodNone: 'None.',
  /** {0} how many more are not drawn. */
  NeighbourhoodMore: 'and {0} more',
  SlipHeading: 'What if a step slips',
  SlipIntro: 'Choose a step of the plan and how many phases it is held back. The steps that wait on it move with it; other steps keep their phases.',
  SlipStepLabel: 'Step',
  SlipPhasesLabel: 'Held back by',
  /** {0} number of phases. */
  SlipPhasesOption: '{0} phases',
  SlipOnePhase: '1 phase',
  /** {0} step title, {1} phase. */
  SlipStepOption: '{0} (phase {1})',
  SlipNoSteps: 'The plan has no steps to hold back.',
  SlipMovedCaption: 'Steps that would move',
  /** {0} the phase and its load (SlipOverPhase), {1} the capacity in words. */
  SlipOverOne: 'A slip does not fill the phases again, so {0} would then hold more than the capacity of {1}: that work would have to wait, or the team take on more then.',
  /** {0} the phases and their loads (SlipOverPhase), joined, {1} the capacity in words. */
  SlipOverMany: 'A slip does not fill the phases again, so these phases would then hold more than the capacity of {1}: {0}. That work would have to wait, or the team take on more then.',
  /** {0} the phase number, {1} its load in words (CapacityValue). */
  SlipOverPhase: 'phase {0} ({1})',
  /** {0} step title, {1} phase before, {2} its end date, {3} phase after, {4} its end date. */
  SlipMovedLine: '{0}: from phase {1} (ends {2}) to phase {3} (ends {4})',
  /** {0} last phase, {1} its end date, {2} the phase before, {3} its end date. */
  SlipFinishLater: 'The plan would then finish in phase {0}, on {1}, instead of phase {2}, on {3}.',
  /** {0} last phase, {1} its end date. */
  SlipFinishSame: 'The plan would still finish in phase {0}, on {1}.',

  // Budget
  BudgetTab: 'Budget',
  BudgetHeading: 'Costs against the improve budget',
  BudgetIntro: 'Estimated costs of the plan\u2019s steps, by phase and by financial year (April to March). A phase across 31 March is shared between the years by its days.',
  BudgetPhasesCaption: 'Costs by phase',
  BudgetYearsCaption: 'Costs by financial year',
  ColumnPhase: 'Phase',
  ColumnDates: 'Dates',
  ColumnCost: 'Estimated cost',
  ColumnUncosted: 'Steps not costed',
  ColumnYear: 'Financial year',
  ColumnPhases: 'Phases',
  /** {0} phase number. */
  PhaseNumber: 'Phase {0}',
  TotalRow: 'Total',
  /** {0} amount, {1} year, {2} the improve budget, {3} share as a percentage. */
  BudgetAgainst: '{0} planned in {1} against an improve budget of {2} ({3}).',
  /** {0} amount, {1} year, {2} the year the improve budget is recorded for, {3} that budget. */
  BudgetOtherYear: '{0} planned in {1}. The improve budget recorded ({3}) is for {2}.',
  /** {0} amount, {1} year, {2} the run share as a percentage. */
  BudgetAmountsNeeded: '{0} planned in {1}. Only the share of the IT budget spent running services is recorded ({2}%): the improve budget in pounds is needed to set the plan against it.',
  /** {0} amount, {1} year. */
  BudgetNone: '{0} planned in {1}. No improve budget is recorded with the assessment.',
  /** {0} how many steps. */
  BudgetUncostedMany: '{0} steps have no cost estimate and are not counted.',
  BudgetUncostedOne: '1 step has no cost estimate and is not counted.',
  BudgetNoPhases: 'The plan has no phases, so there are no costs.',

  // Export and print
  PlanActionsLabel: 'Export and print the plan',
  ExportExcel: 'Export to Excel',
  Exporting: 'Making the workbook\u2026',
  /** {0} file name. */
  Exported: 'Downloaded {0}.',
  /** {0} what went wrong. */
  ExportFailed: 'The workbook could not be made: {0}',
  ExportLoadFailed: 'the part of the page that writes workbooks did not load. Check the connection and try again.',
  ExportWriteFailed: 'the browser did not accept the file. Try again, or try another browser.',
  CloseMessage: 'Close',
  PrintPaper: 'Print a board paper',
  PrintInTeams: 'Printing is not available inside Teams. Open the roadmap in a browser to print it.',
  OpenInBrowser: 'Open in browser',
  OpensInNewTab: '(opens in a new tab)',
  /** {0} assessment title, {1} date. */
  WorkbookFileName: 'NIMM roadmap {0} {1}',
  SheetSteps: 'Steps',
  SheetPhases: 'Phases',
  SheetCosts: 'Costs by year',
  ColumnStarts: 'Starts',
  ColumnEnds: 'Ends',
  ColumnFromLevel: 'From level',
  ColumnToLevel: 'To level',
  ColumnStep: 'Step',
  ColumnOwner: 'Owner',
  ColumnStatus: 'Status',
  ColumnEffortDays: 'Effort (person-days)',
  ColumnCostPounds: 'Cost (\u00a3)',
  ColumnNotes: 'Notes',
  ColumnSteps: 'Steps',
  ColumnSentence: 'Against the improve budget',
  /** {0} assessment title. */
  PaperTitle: 'Roadmap: {0}',
  /** {0} goal, {1} date. */
  PaperSubtitle: 'Goal: {0}. Printed {1}.',
  PaperStepsHeading: 'Steps by phase',
  PaperBudgetHeading: 'Costs',
  /** {0} phase number, {1} its dates. */
  PaperPhase: 'Phase {0}, {1}',
  /** {0} amount. */
  TotalLine: 'Total estimated cost: {0}.'
};
