/**
 * The data layer's words (src/data): the messages of StoreErrors, the problems reported about
 * damaged items (DataIssue), the notices a save hands back, what set-up and publishing report, and
 * the plain-words text written into items. Re-exported by strings.ts, beside the screens' groups.
 *
 * Templates use {0}, {1} ... filled by formatString (src/loc/format.ts); the comment on each says
 * what goes where when the name does not. Many messages end in a sentence of their own chosen by
 * the code (a place, "Your changes have been kept on this page."): those go in as a placeholder
 * with no space before it, because the piece carries its own leading space or is empty.
 *
 * What is not here, on purpose: list titles and column internal names (schema/names.ts), the
 * columns' display names and the lists' descriptions (schema/lists.ts and the mappers' column
 * names: they are what SharePoint shows, fixed when a site is set up), error kinds and reasons,
 * and text only ever kept as a StoreError's `cause` for logs.
 */
export const DataStrings = {
  /** Pieces several messages share. */
  Common: {
    /** Joins the items of a list of names or values: "a", "b", "c". */
    ListSeparator: ', ',
    /** Joins clauses that each say something whole: one problem per column, one change per step. */
    ClauseSeparator: '; ',
    /** A name or value quoted inside a sentence. */
    Quoted: '"{0}"',
    /** A problem of a thing: {0} the thing (a column, a model path), {1} the problem. */
    Problem: '{0}: {1}',
    /** The opening of every "only site owners" step of set-up and publishing. */
    CheckingSiteOwner: 'Checking that you are a site owner',
    /** Added to a failure when what the user was saving is handed back on the error. */
    ChangesKept: ' Your changes have been kept on this page.'
  },

  /**
   * What the user was doing when a request failed, as a verb phrase: it completes "Could not ...",
   * "You do not have permission to ...", "so we could not ..." in the Errors group.
   */
  Actions: {
    WhoAreYou: 'find out who you are and what you may do on this site',
    ReadSiteOwners: 'read the list of site owners',
    ReadSiteLists: 'read the lists already on this site',
    /** {0} the list title. */
    SetUpList: 'set up the list "{0}"',
    /** {0} the settings list's title. */
    RecordSchemaVersion: 'record the schema version in "{0}"',
    /** {0} what was typed. */
    SearchPeople: 'search this site\'s people for "{0}"',
    FindLibraries: 'find this site\'s document libraries',
    /** {0} the library. */
    SearchLibrary: 'search "{0}"',
    SearchLibraries: 'search this site\'s document libraries',
    FindSiteAddress: 'find the address of this site',
    /** {0} the document's server-relative address. */
    FindDocument: 'find the document "{0}"',
    /** {0} the item ID of the response. */
    ReadResponseHistory: 'read the history of response {0}',
    ListAssessments: 'list the assessments',
    /** {0} the item ID of the model version. */
    FindModelVersion: 'find model version {0}',
    ReadAssessmentToStartFrom: 'read the assessment to start from',
    /** {0} the item ID of the model version. */
    ReadModelVersion: 'read model version {0}',
    /** {0} the assessment's item ID. */
    ReadAssessmentResponses: 'read the responses of assessment {0}',
    /** {0} the assessment's title. */
    StartAssessment: 'start the assessment "{0}"',
    /** {0} the title of the assessment copied from. */
    CopyResponses: 'copy the responses of "{0}" into the new assessment',
    /** {0} the assessment's item ID. */
    CloseAssessment: 'close assessment {0}',
    /** {0} the assessment's item ID. */
    SaveBudget: 'record the budget split of assessment {0}',
    LoadTheAssessment: 'load the assessment',
    /** {0} the assessment's item ID. */
    LoadAssessment: 'load assessment {0}',
    /** {0} the site's address. */
    ReadSiteSummary: 'read the NIMM results of {0}',
    /** {0} the assessment's item ID. */
    ListEvidence: 'list the evidence of assessment {0}',
    /** {0} the file name. */
    UploadFile: 'upload "{0}"',
    /** {0} the file name. */
    TagFile: 'tag "{0}" with its assessment and capability',
    /** {0} the file name. */
    ReadBackFile: 'read back "{0}"',
    /** {0} the assessment's item ID. */
    ReadRoadmap: 'read the roadmap of assessment {0}',
    /** {0} the action's title. */
    SaveRoadmapAction: 'save the roadmap action "{0}"',
    ReadRoadmapPlans: 'read the roadmap plans',
    /** {0} the assessment's item ID. */
    SaveRoadmapPlan: 'save the roadmap plan of assessment {0}',
    /** {0} the capability key. */
    SaveAnswers: 'save your answers for "{0}"',
    ReadModelProfiles: 'read the profiles of the model',
    ReadModelCapabilities: 'read the capabilities of the model',
    ReadModelVersions: 'read the model versions',
    FindPublishedModel: 'find the published model',
    ReadPublishedModel: 'read the published model',
    /** {0} the capability key. */
    ReadWorkshopScores: 'read the workshop scores for "{0}"',
    /** {0} the capability key. */
    SaveWorkshopScores: 'save your workshop scores for "{0}"',
    /** {0} the capability key. */
    RevealWorkshopScores: 'reveal the workshop scores for "{0}"',
    /** {0} the capability key. */
    HideWorkshopScores: 'hide the workshop scores for "{0}"',
    /** {0} the model versions list's title. */
    ReadModelVersionsIn: 'read the model versions in "{0}"',
    /** {0} the model versions list's title. */
    CreateDraftModelVersion: 'create the draft model version in "{0}"',
    /** {0} what failed, as Publish.CapabilityLabel or Publish.ProfileLabel. */
    SavePart: 'save {0}',
    /** {0} the model versions list's title. */
    MarkPublished: 'mark the new model version as published in "{0}"',
    ReadLocalProfiles: 'read this site\'s local profiles',
    /** {0} the profile's name. */
    SaveLocalProfile: 'save the local profile "{0}"',
    /** {0} the profile's name. */
    DeleteLocalProfile: 'delete the local profile "{0}"',
    /** {0} the list title. */
    SetLocalProfileEditors: 'change who may edit "{0}"'
  },

  /**
   * StoreError messages for a request SharePoint refused or never answered (sp/toStoreError.ts).
   * {0} is always the action (Actions group). A "place" is PlaceList or PlaceListItem, or empty
   * when the list is not known; "kept" is Common.ChangesKept, or empty when nothing was being saved.
   */
  Errors: {
    /** {0} the list title. Starts with a space: it follows the action directly. */
    PlaceList: ' (list "{0}")',
    /** {0} the list title, {1} the item ID. Starts with a space, as PlaceList. */
    PlaceListItem: ' (list "{0}", item {1})',
    /** {1} place. The user or the browser stopped the request. */
    Cancelled: 'The request to {0} was cancelled{1}.',
    /** {1} place, {2} kept. */
    Offline: 'Could not reach SharePoint to {0}{1}. Check your connection and try again.{2}',
    /**
     * {1} place, {2} kept. The page's form digest expired; said so the user does not think they
     * lack rights (the store has already asked for a fresh one and tried again).
     */
    SecurityToken: 'SharePoint did not accept this page\'s security token, so we could not {0}{1}. Reload the page and try again.{2}',
    /** {1} place, {2} kept. */
    Forbidden: 'You do not have permission to {0}{1}. Site visitors can read but not change anything; ask a site owner for access if you need it.{2}',
    /** {1} the list title. */
    ListMissing: 'Could not {0}: the list "{1}" does not exist on this site. A site owner needs to run set-up first.',
    /** {1} the item ID, {2} the list title. */
    ItemGone: 'Could not {0}: item {1} is no longer in the list "{2}". Someone may have deleted it; reload the page.',
    /** {1} place, {2} kept. SharePoint answered 412: the ETag sent no longer matches. */
    ChangedMeanwhile: 'Could not {0}{1}: someone else changed it after you opened it. Reload to see their changes.{2}',
    /** {0} the wait (Waits group), {1} the action, {2} place, {3} kept. */
    ThrottledFor: 'SharePoint is busy and asked us to wait {0} before trying again, so we could not {1}{2} yet.{3}',
    /** {1} place, {2} kept. */
    Throttled: 'SharePoint is busy and asked us to slow down, so we could not {0}{1} after several tries. Wait a minute and try again.{2}',
    /** {1} place, {2} kept. */
    Unavailable: 'SharePoint is not available at the moment, so we could not {0}{1} after several tries. Try again shortly.{2}',
    /** {1} place, {2} kept. A unique column (a response key) already holds the value. */
    Duplicate: 'Could not {0}{1}: an item with the same key is already there (someone may have created it at the same moment).{2}',
    /**
     * {1} the list title. Not worded as "a column is not indexed": an indexed column matching more
     * than 5,000 items is refused just the same.
     */
    ListViewThreshold: 'Could not {0}: the list "{1}" has more than 5,000 items and SharePoint refused the query (its list view threshold). If this keeps happening, a site owner can run set-up again, which restores any index of the suite\'s that was removed.',
    /** {1} place, {2} SharePoint's own message naming the column. */
    MissingColumn: 'Could not {0}{1}: a column the suite needs is missing ({2}). A site owner needs to run set-up to upgrade the lists.',
    /** {1} place, {2} SharePoint's own sentence saying what already exists. */
    AlreadyExists: 'Could not {0}{1}: {2} Choose another name and try again.',
    /** {1} place, {2} the HTTP status, {3} kept. */
    ServerError: 'SharePoint had a problem and could not {0}{1} (error {2}). Try again shortly.{3}',
    /** {1} place, {2} the HTTP status, {3} kept. */
    Refused: 'SharePoint refused to {0}{1} (error {2}).{3}',
    /** {1} place, {2} the HTTP status, {3} SharePoint's message, {4} kept. */
    RefusedSaying: 'SharePoint refused to {0}{1} (error {2}: {3}).{4}'
  },

  /** A wait SharePoint asked for, as people say it: completes Errors.ThrottledFor. */
  Waits: {
    SecondsOne: '1 second',
    /** {0} the seconds (under 90). */
    SecondsMany: '{0} seconds',
    MinutesOne: 'about 1 minute',
    /** {0} the minutes, rounded. */
    MinutesMany: 'about {0} minutes'
  },

  /** Whom to ask when only a site owner may do something (sp/users.ts). */
  Owners: {
    /** {0} what to ask for, as a verb phrase. When the owners' names cannot be read. */
    AskAnyOwner: 'Ask one of this site\'s owners to {0}.',
    /** {0} the owners' names, {1} what to ask for, as a verb phrase. */
    AskNamedOwners: 'Ask a site owner ({0}) to {1}.',
    /** {0} the first three owners' names, when there are more. */
    NamesAndOthers: '{0} and others'
  },

  /** Set-up (schema/ensureSchema.ts, ensureList.ts, permissions.ts, the unique keys). Each change is one sentence, shown as a list. */
  SetUp: {
    /** {0} AskNamedOwners or AskAnyOwner, asking to RunSetUp. */
    OnlyOwners: 'Only site owners can set up the NIMM lists on this site. {0}',
    /** Completes "Ask a site owner to ...". */
    RunSetUp: 'run set-up',
    ReadingLists: 'Reading the lists already on this site',
    /** {0} the list title. */
    LeftAsItIs: 'Left "{0}" as it is',
    /** {0} the site's schema version, {1} this suite's. */
    NewerSchema: 'Nothing changed: this site\'s lists are at schema version {0}, newer than this version of the suite ({1}).',
    /** {0} the list title. */
    UpToDate: '"{0}" is up to date',
    /** {0} the schema version. */
    RecordedVersion: 'Recorded schema version {0}',
    /** {0} the schema version. */
    VersionAlreadyRecorded: 'Schema version {0} was already recorded',
    /** {0} the list title, {1} the column's internal name, {2} the type found, {3} the type needed. */
    WrongColumnType: 'The list "{0}" has a column "{1}" of type {2}, but the suite needs type {3}. Someone may have created it by hand; rename or remove that column, then run set-up again.',
    /** What a list is, for WrongKind and Created. */
    KindLibrary: 'a document library',
    KindList: 'a list',
    /** {0} the list title, {1} what it is (KindLibrary or KindList), {2} what the suite needs. */
    WrongKind: '"{0}" already exists on this site but is {1}, not {2}. Rename it, then run set-up again.',
    /** {0} KindLibrary or KindList, {1} the list title. */
    Created: 'Created {0} "{1}"',
    /** {0} the list title. */
    VersioningOn: 'Turned on version history for "{0}"',
    /** {0} the list title, {1} the column's display name. */
    AddedColumn: 'Added a column to "{0}": {1}',
    /** {0} how many, {1} the list title, {2} the columns' display names. */
    AddedColumns: 'Added {0} columns to "{1}": {2}',
    /** {0} the columns' display names, each quoted, {1} the list title. */
    Indexed: 'Indexed {0} in "{1}"',
    /** {0} the list title. The list now has permissions of its own (owners only). */
    OwnPermissions: '"{0}" no longer inherits the site\'s permissions',
    /** {0} the owners group, {1} the list title. */
    OwnersFullControl: 'Gave "{0}" full control of "{1}"',
    /** {0} a group or person, {1} the list title, {2} the permission levels taken away. */
    MadeReadOnly: 'Made "{0}" read-only on "{1}" (removed {2})',
    /** {0} a group or person, {1} the list title. */
    GaveRead: 'Gave "{0}" read access to "{1}"',
    /** {0} the principal's ID. A group or person SharePoint gave no name for. */
    UnnamedPrincipal: 'principal {0}',
    /** {0} the Responses list's title. */
    ResponseKeysGivenOne: 'Gave 1 response its key in "{0}"',
    /** {0} how many, {1} the Responses list's title. */
    ResponseKeysGivenMany: 'Gave {0} responses their key in "{1}"',
    /** {0} the Responses list's title. "Response key" is the column's display name. */
    ResponseKeyEnforced: 'Made "{0}" refuse a second response for the same capability (unique "Response key")',
    /** {0} the Workshop Scores list's title. */
    WorkshopKeysGivenOne: 'Gave 1 workshop item its key in "{0}"',
    /** {0} how many, {1} the Workshop Scores list's title. */
    WorkshopKeysGivenMany: 'Gave {0} workshop items their key in "{1}"',
    /** {0} the Workshop Scores list's title. "Workshop key" is the column's display name. */
    WorkshopKeyEnforced: 'Made "{0}" keep one item per participant and capability (unique "Workshop key")',
    /** {0} the choice, quoted, {1} the column's display name, {2} the list title. */
    AddedChoice: 'Added the choice {0} to "{1}" in "{2}"',
    /** {0} the choices, each quoted, {1} the column's display name, {2} the list title. */
    AddedChoices: 'Added the choices {0} to "{1}" in "{2}"',
    /** {0} the Roadmap Plans list's title. */
    PlanKeysGivenOne: 'Gave 1 roadmap plan its key in "{0}"',
    /** {0} how many, {1} the Roadmap Plans list's title. */
    PlanKeysGivenMany: 'Gave {0} roadmap plans their key in "{1}"',
    /** {0} the Roadmap Plans list's title. "Plan key" is the column's display name. */
    PlanKeyEnforced: 'Made "{0}" keep one plan per assessment (unique "Plan key")',
    /** {0} the list title. */
    LocalProfileKeysGivenOne: 'Gave 1 local profile its key in "{0}"',
    /** {0} how many, {1} the list title. */
    LocalProfileKeysGivenMany: 'Gave {0} local profiles their key in "{1}"',
    /** {0} the list title. */
    LocalProfileKeyEnforced: 'Made "{0}" keep one profile per key (unique "Profile key")'
  },

  /** Publishing a model (publish/publishModel.ts) and checking it fits SharePoint (mappers/modelParts.ts). */
  Publish: {
    /** {0} the problems, each as Common.Problem (path: message), separated by spaces. */
    InvalidOne: 'The model was not published because it has 1 problem. {0}',
    /** {0} how many, {1} the first three problems, as InvalidOne. */
    InvalidMany: 'The model was not published because it has {0} problems. {1}',
    /** {0} why (a sentence from TooLongAsJson or TooLongText). */
    CannotStore: 'The model cannot be stored in SharePoint: {0}',
    /** {0} the capability key; names a part in SavePart and PartsNotSaved. */
    CapabilityLabel: 'capability "{0}"',
    /** {0} the profile key. */
    ProfileLabel: 'profile "{0}"',
    /** {0} AskNamedOwners or AskAnyOwner, asking to PublishIt. */
    OnlyOwners: 'Only site owners can publish a model. {0}',
    /** Completes "Ask a site owner to ...". */
    PublishIt: 'publish it',
    ReadingVersions: 'Reading the model versions on this site',
    /** {0} the model's name, {1} its version. */
    WritingDraft: 'Writing model "{0}" version {1} as a draft',
    PublishingVersion: 'Publishing the new version',
    /** {0} the model's name, {1} its version, {2} a version to use instead. */
    AlreadyInForce: '{0} version {1} is already the model in force on this site, so it was not published again. To publish changes, give the model a new version (for example {2}) and publish that.',
    /** {0} the model's name, {1} its version, {2} a version to use instead. */
    AlreadyReplaced: '{0} version {1} was published on this site before and has since been replaced, so it was not published again. To publish changes, give the model a new version (for example {2}) and publish that.',
    /**
     * {0} the failure's own message. Components look for "still in force" to tell a failed
     * publish that left the previous model in place (SetUpOutcome).
     */
    NotPublished: '{0} The model was not published; the previous published model is still in force.',
    /** {0} the model's name, {1} its version. */
    PreviousInForce: 'The previous published model ({0} {1}) is still in force.',
    NoneInForce: 'No model has been published on this site yet.',
    /** The parts of a model written list by list, with the words for each. */
    Capabilities: {
      /** {0} the list title. */
      Write: 'write the capabilities to "{0}"',
      /** {0} how many are written so far, {1} how many in all. */
      Wrote: 'Wrote {0} of {1} capabilities',
      /** {0} how many failed, {1} how many in all, {2} the list title, {3} the first that failed, {4} why, {5} PreviousInForce or NoneInForce. */
      NotSaved: 'Publishing stopped: {0} of {1} capabilities could not be saved to "{2}" (first: {3}). {4} {5}',
      /** {0} the list title. */
      Check: 'check the capabilities written to "{0}"',
      /** {0} the list title, {1} how many it holds, {2} how many were written, {3} PreviousInForce or NoneInForce. */
      Missing: 'Publishing stopped: "{0}" holds {1} of the {2} capabilities written. {3}'
    },
    Profiles: {
      /** {0} the list title. */
      Write: 'write the profiles to "{0}"',
      /** {0} how many are written so far, {1} how many in all. */
      Wrote: 'Wrote {0} of {1} profiles',
      /** As Capabilities.NotSaved. */
      NotSaved: 'Publishing stopped: {0} of {1} profiles could not be saved to "{2}" (first: {3}). {4} {5}',
      /** {0} the list title. */
      Check: 'check the profiles written to "{0}"',
      /** As Capabilities.Missing. */
      Missing: 'Publishing stopped: "{0}" holds {1} of the {2} profiles written. {3}'
    },
    /** {0} what is too long (the subjects below), {1} its length, {2} the limit. */
    TooLongAsJson: '{0} is {1} characters long as JSON; SharePoint keeps at most {2} in one column. Shorten its descriptors or guidance.',
    /** {0} what is too long (the subjects below), {1} its length, {2} the limit. */
    TooLongText: '{0} is {1} characters long; SharePoint keeps at most {2} in a single line of text. Use a shorter key.',
    /** Subjects of TooLongAsJson and TooLongText. {0} the capability's name. */
    CapabilityKeySubject: 'The key of capability "{0}"',
    /** {0} the capability key. */
    CategoryKeySubject: 'The category key of capability "{0}"',
    /** {0} the capability key. */
    CapabilitySubject: 'Capability "{0}"',
    /** {0} the profile's name. */
    ProfileKeySubject: 'The key of profile "{0}"',
    /** {0} the profile key. */
    ProfileSubject: 'Profile "{0}"',
    ModelKeySubject: 'The model key',
    ModelVersionSubject: 'The model version',
    /** {0} the model key. */
    HeaderSubject: 'The header of model "{0}"'
  },

  /** Reading models back (store/modelReads.ts, mappers/modelParts.ts). */
  Models: {
    /** {0} the list title, {1} the item ID, {2} the problem. */
    VersionDamaged: 'The model version (list "{0}", item {1}) is damaged and cannot be used: {2}.',
    /** {0} the model version's item ID, {1} the problem. */
    CannotRebuild: 'Model version {0} cannot be rebuilt from its items: {1}.',
    UnknownProblem: 'unknown problem',
    /** {0} the model version's item ID. A DataIssue, so it starts in lower case. */
    CapabilityMissing: 'model version {0} should have 1 capability but it was not found',
    /** {0} the model version's item ID, {1} how many it should have. */
    CapabilitiesFoundOne: 'model version {0} should have {1} capabilities but only 1 was found',
    /** {0} the model version's item ID, {1} how many it should have, {2} how many were found. */
    CapabilitiesFoundMany: 'model version {0} should have {1} capabilities but only {2} were found',
    /** {0} the key column's value, {1} the key in the JSON. */
    KeyMismatch: 'the key column says "{0}" but the JSON is for "{1}"'
  },

  /** Starting and closing assessments (store/assessments.ts, mappers/assessment.ts). */
  Assessments: {
    /** {0} every problem found, each a sentence. */
    BudgetInvalid: 'The budget split was not saved: {0}',
    /** {0} BudgetRunLabel or BudgetImproveLabel. */
    BudgetAmountInvalid: 'The {0} must be an amount in pounds, 0 or more.',
    BudgetRunLabel: 'run budget',
    BudgetImproveLabel: 'improve budget',
    BudgetPercentInvalid: 'The run share must be a percentage from 0 to 100.',
    BudgetBothAmounts: 'Give both the run and the improve amounts, or neither (and the run share instead).',
    BudgetNoEtag: 'The assessment must be loaded first, so that a change someone made meanwhile is not overwritten.',
    NoPublishedModel: 'No model has been published on this site yet, so an assessment cannot start. A site owner needs to publish one (the default NHS model can be published in one step).',
    /** {0} the model version's item ID, {1} the problem. */
    VersionDamaged: 'Model version {0} is damaged: {1}.',
    /** {0} the model version's item ID, {1} its status. */
    VersionNotPublished: 'Model version {0} was never published (it is {1}), so it cannot be assessed against.',
    /** {0} the list title, {1} the item ID, {2} the problem. */
    PreviousDamaged: 'The assessment to start from (list "{0}", item {1}) is damaged and cannot be copied: {2}.',
    /** {0} what is wrong: the input's problems, each as Common.Problem. */
    NotStarted: 'The assessment could not be started: {0}.',
    /** {0} why the scope does not fit the model (a sentence of the domain's). */
    BadScope: 'The assessment could not be started: {0} Choose one of the model\'s profiles.',
    /** {0} the previous assessment's title, {1} its model key. */
    OtherModel: 'The assessment could not be started from "{0}": it assessed another model ("{1}"), so its answers do not carry over. Start afresh instead.',
    /** {0} the problem. */
    ReadBackWrongly: 'The assessment was created but reads back wrongly: {0}.',
    /** {0} why (a sentence of its own). */
    NotStartedBecause: 'The assessment was not started: {0}',
    /** Follows the copy's failure message. */
    CopyRemoved: ' Nothing was started: the part-copied assessment was removed again, so you can simply try again.',
    /** Follows the copy's failure message. {0} the assessment's title, {1} the list title, {2} the item ID. */
    CopyLeft: ' The part-copied assessment "{0}" (list "{1}", item {2}) may still be there; delete it before trying again.',
    /** {0} the assessment's title, {1} the scope's length, {2} the limit. */
    ScopeTooLong: 'The capabilities in scope of "{0}" would take {1} characters; SharePoint keeps at most {2}. Choose a profile of the model or fewer capabilities.',
    /** {0} the assessment's item ID, {1} the list title, {2} the problem. */
    Damaged: 'Assessment {0} (list "{1}", item {0}) is damaged and cannot be opened: {2}.'
  },

  /** Responses: reading (mappers/response.ts, store/assessmentView.ts), saving (store/saveResponse.ts), history. */
  Responses: {
    /** {0} the capability key. A DataIssue about a response item, so it starts in lower case. */
    UnknownCapability: 'it answers capability "{0}", which this assessment\'s model does not have',
    /** {0} the capability key, {1} the item ID of the response it is shown with. */
    SecondResponse: 'it is a second response for capability "{0}", left by an earlier version of the suite; its answers are shown together with item {1}\'s, and it moves to the site\'s recycle bin when the capability is next saved',
    /** {0} the column's display name, {1} the value as stored, {2} what is wrong with it. */
    UnreadableColumn: 'column "{0}" holds {1}, which {2}; it is shown as empty and kept as it is until someone changes it',
    /** {0} the column's display name, {1} the capability key. */
    ColumnReplaced: 'The stored "{0}" of "{1}" could not be read, so your value replaced it.',
    /** {0} what would be too long (a ContentName or a column's display name in lower case), {1} the capability key, {2} its length, {3} the limit. */
    TooLong: 'The {0} for "{1}" would be {2} characters long; SharePoint keeps at most {3}.',
    /** Content names for TooLong of the columns the store sets itself. */
    ResponseKeyContent: 'response key',
    AgreedByContent: 'name of who agreed it',
    /**
     * Per record field (one value per criterion): what a problem with it says. {0} is the column's
     * display name, {1} the criteria with their values, {2} what a valid entry is (Expected).
     */
    Answers: {
      Content: 'answers',
      /** {0} the valid answers. */
      Expected: 'one of {0}',
      InvalidJson: 'column "{0}" does not hold valid JSON (it may have been edited by hand), so none of its answers could be read',
      BadOne: 'column "{0}": the answer to criterion {1} is not {2}; the other answers are shown',
      BadMany: 'column "{0}": the answers to criteria {1} are not {2}; the other answers are shown',
      /** {0} the capability key. */
      Replaced: 'The stored answers for "{0}" could not be read, so your answers replaced them; the old text is in the item\'s version history.'
    },
    Notes: {
      Content: 'notes',
      Expected: 'text',
      InvalidJson: 'column "{0}" does not hold valid JSON (it may have been edited by hand), so none of its notes could be read',
      BadOne: 'column "{0}": the note on criterion {1} is not {2}; the other notes are shown',
      BadMany: 'column "{0}": the notes on criteria {1} are not {2}; the other notes are shown',
      /** {0} the capability key. */
      Replaced: 'The stored notes for "{0}" could not be read, so your notes replaced them; the old text is in the item\'s version history.'
    },
    /** {0} the capability key, {1} the assessment's item ID. */
    InvalidTarget: 'Cannot save a response for capability "{0}" of assessment {1}: that is not a valid assessment and capability.',
    /** {0} the capability key, {1} the draft's problems. */
    InvalidDraft: 'Your answers for "{0}" could not be saved: {1}.',
    /**
     * An agreed response is locked. {0} the capability key, {1} the list title, {2} the item ID;
     * the By and On forms add {3} who agreed it and/or {3}/{4} the day (as "4 March 2026").
     */
    Locked: 'Your changes were not saved: the response for "{0}" (list "{1}", item {2}) was agreed; reopen it to change it. Your changes have been kept on this page.',
    LockedBy: 'Your changes were not saved: the response for "{0}" (list "{1}", item {2}) was agreed by {3}; reopen it to change it. Your changes have been kept on this page.',
    LockedOn: 'Your changes were not saved: the response for "{0}" (list "{1}", item {2}) was agreed on {3}; reopen it to change it. Your changes have been kept on this page.',
    LockedByOn: 'Your changes were not saved: the response for "{0}" (list "{1}", item {2}) was agreed by {3} on {4}; reopen it to change it. Your changes have been kept on this page.',
    /** {0} the list title, {1} the item ID, {2} the problem. */
    TooDamagedToSave: 'The saved response (list "{0}", item {1}) is too damaged to save over: {2}. A site owner can repair or delete that item.',
    /** {0} the capability key. */
    DeletedMeanwhile: 'Your answers for "{0}" could not be saved: someone deleted the saved response while you were working. Save again to store your answers afresh; they have been kept on this page.',
    /** {0} the capability key. */
    KeepsChanging: 'Your answers for "{0}" could not be saved because others keep changing the same response. Reload it to see their changes; your own changes have been kept on this page.',
    /** {0} the value given as an item ID. */
    NoSuchResponse: 'There is no response {0} to show the history of: a response is named by its item ID, a whole number from 1.',
    VersionWithoutLabel: 'a version of this response came without a version label, so it is left out of its history',
    /** {0} SharePoint's version label ("3.0"), {1} the problem. */
    VersionProblem: 'version {0}: {1}'
  },

  /** Evidence (store/evidence.ts, mappers/evidence.ts). */
  Evidence: {
    /** {0} the capability key, {1} the assessment's item ID. */
    InvalidTarget: 'Evidence must belong to an assessment and a capability; "{0}" of assessment {1} is not valid.',
    CapabilityKeyLabel: 'capability key',
    CriterionKeyLabel: 'criterion key',
    /** {0} CapabilityKeyLabel or CriterionKeyLabel, {1} its length, {2} the limit. */
    KeyTooLong: 'The evidence\'s {0} is {1} characters long; SharePoint keeps at most {2} in that column.',
    /** {0} the file name. The characters listed are those SharePoint Online refuses. */
    BadFileName: '"{0}" cannot be used as a file name in SharePoint. Use a name of up to 250 characters without " * : < > ? / \\ |, not starting with ~$ and not ending with a full stop.',
    /** {0} the file name. */
    NoUploadAddress: '"{0}" could not be uploaded: SharePoint did not say where it put it.',
    /** {0} the file name, {1} the problem. */
    ReadBackWrongly: '"{0}" was uploaded but reads back wrongly: {1}.',
    ControlCharacter: 'That address contains a line break, tab or other control character, which a web address cannot hold. Copy the address again from the browser\'s address bar.',
    /** {0} the address as given. */
    NotWebAddress: '"{0}" is not a web address the suite can link to. Evidence links must start with http:// or https:// (for example https://intranet.example.nhs.uk/policy).',
    /** A DataIssue about an evidence item. "Link address" is the column's display name. */
    LinkColumnNotWeb: 'column "Link address" holds an address that does not start with http:// or https://'
  },

  /** Documents already on the site (store/siteDocuments.ts) and people (store/people.ts). */
  Documents: {
    AtLeastOneDocument: 'Ask for at least one document.',
    AtLeastOnePerson: 'Ask for at least one person.',
    /** A DataIssue about a library, so it starts in lower case and leaves the library to the screen. */
    LibraryTooLarge: 'it holds more files in one folder than SharePoint lets the suite search (its list view threshold of 5,000), so it was not searched; open the library to find the document there',
    /** {0} why (a StoreError's message). */
    LibraryNotSearched: 'it could not be searched: {0}',
    /** {0} the address as given. */
    NotOnSite: '"{0}" is not a document on this site, so it cannot be linked as one. Choose a document from this site\'s libraries, or record the address as a web link instead.',
    /** {0} the server-relative address. */
    NotThere: 'There is no document at "{0}" on this site; it may have been moved, renamed or deleted. Search for it again.',
    /** {0} the file name. */
    IsLinkFile: '"{0}" is itself a link, not a document. Link to the page or document it points at instead.'
  },

  /** Roadmap actions (store/roadmap.ts). */
  Roadmap: {
    /** {0} the action's problems, each as Common.Problem. */
    Invalid: 'The roadmap action could not be saved: {0}.',
    /** {0} the action's title. An update must carry the ETag it was loaded with. */
    NoEtag: 'The roadmap action "{0}" could not be saved: it must be saved with the version it was loaded with (its ETag), so that nobody\'s change is overwritten unseen. Reload the roadmap and make the change again.',
    /** {0} the problem. */
    ReadBackWrongly: 'The roadmap action was saved but reads back wrongly: {0}.',
    /** A plan's start date or an action's date that is not written YYYY-MM-DD. */
    NotADate: 'must be a date written YYYY-MM-DD',
    BadPhaseLength: 'must be 1, 3, 6 or 12 months',
    NotAProfileKey: 'must be the key of a profile of the model',
    CapacityAboveZero: 'must be more than 0, or left empty for no limit',
    NotACapabilityKey: 'names something that is not a capability key',
    CustomGoalEmpty: 'a goal picked by hand needs at least one capability with a target level',
    NotAStepKey: 'names something that is not a step ("capability:level")',
    HoldPhase: 'must hold a step back to phase 2 or later',
    /** {0} the plan's problems, each as Common.Problem. */
    InvalidPlan: 'The roadmap plan could not be saved: {0}.',
    /** Completes Invalid or InvalidPlan. */
    OtherAssessment: 'it belongs to another assessment than the plan being saved',
    PlanNoEtag: 'The roadmap plan could not be saved: it must be saved with the version it was loaded with (its ETag), so that nobody\'s change is overwritten unseen. Reload the roadmap and make the change again.',
    /** {0} the assessment's item ID. A plan item SharePoint's unique key would now refuse. */
    SecondPlan: 'This is a second plan for assessment {0}, left out: the first one is used. Delete this item once you have checked it holds nothing you need.',
    /** {0} the assessment's item ID asked for in the page address. */
    NoSuchAssessment: 'There is no assessment {0} on this site: it may have been deleted, or the link is wrong. Choose another assessment.',
    /** How the plan's settings are named in a list of what was not saved. */
    PlanSettings: 'The plan\'s settings',
    /** Why the rest of a save was not written after the settings met someone else's change. */
    PlanChangedMeanwhile: 'Someone else saved this plan after you opened it, so nothing more of yours was saved: your steps were planned from settings that are no longer the ones on the site. Compare the two versions, choose, then save again.'
  },

  /** Local profiles (store/localProfiles.ts, mappers/localProfile.ts). */
  LocalProfiles: {
    NotACapabilityKey: 'names something that is not a capability key',
    LevelWhole: 'must be a whole level',
    LevelRange: 'must be a level from 1 to 9',
    NoName: 'needs a name',
    NameTooLong: 'must be at most 120 characters',
    NotAKey: 'must be a profile key: lower-case letters and digits in words joined by "-"',
    NotLocalKey: 'must start "local-", which keeps it apart from the published model\'s profiles',
    NoTargets: 'needs at least one capability with a target level',
    /** {0} the profile's problems, each as Common.Problem. */
    Invalid: 'The local profile could not be saved: {0}.',
    /** {0} the profile's name. */
    NoEtag: 'The local profile "{0}" could not be saved: it must be saved with the version it was loaded with (its ETag), so that nobody\'s change is overwritten unseen. Reload the page and make the change again.',
    /** {0} the profile's name, {1} its key. */
    Duplicate: 'There is already a local profile with the key "{1}" on this site, so "{0}" was not saved. Give it another name, or open that profile and change it instead. Nothing you entered is lost.',
    /** {0} the profile's name. */
    ChangedMeanwhile: 'Someone else changed or deleted the local profile "{0}" after you opened it, so your change was not saved. Nothing you entered is lost: reload the page to see their version, then make your change again.',
    /** {0} the problem. */
    ReadBackWrongly: 'The local profile was saved but reads back wrongly: {0}.',
    /** {0} the list's title. */
    Missing: 'The list "{0}" is not on this site yet, so there are no local profiles. A site owner adds it by running set-up on the site set-up web part.',
    /** {0} the profile key. A second item with a key SharePoint's unique key would now refuse. */
    SecondProfile: 'This is a second local profile with the key "{0}", left out: the first one is used. Delete this item once you have checked it holds nothing you need.',
    /** {0} the list's title. A change reported by setLocalProfileEditors. */
    OpenedToMembers: 'Let site members create and change local profiles ("{0}" shares the site\'s permissions again)'
  },

  /** Workshop mode (store/workshop.ts, mappers/workshopScore.ts). */
  Workshop: {
    /** {0} the capability key, {1} the assessment's item ID. */
    InvalidTarget: 'There is no workshop for capability "{0}" of assessment {1}: that is not a valid assessment and capability.',
    /** Completes SecondItem: what a second item holds. */
    TheRevealState: 'the reveal state',
    /** {0} the participant's name. */
    ScoresOf: '{0}\'s scores',
    /** {0} TheRevealState or ScoresOf, {1} the capability key, {2} the item ID of the item used. */
    SecondItem: 'it is a second item holding {0} for capability "{1}"; item {2} is used and this one is left out (a site owner can delete it)',
    /** {0} the assessment's item ID, {1} the list title, {2} the problem. */
    AssessmentDamaged: 'Assessment {0} (list "{1}", item {0}) is damaged, so its workshop cannot be opened: {2}.',
    /** {0} the capability key. */
    NoScores: 'Your workshop scores for "{0}" could not be saved: no scores were given.',
    /** {0} the capability key, {1} the perspective key, quoted. */
    BadLevelOne: 'Your workshop scores for "{0}" could not be saved: the score for {1} must be a level from 1, or blank.',
    /** {0} the capability key, {1} the perspective keys, quoted. */
    BadLevelMany: 'Your workshop scores for "{0}" could not be saved: the scores for {1} must each be a level from 1, or blank.',
    /** {0} the list title, {1} the item ID, {2} the problem. */
    TooDamagedToSave: 'The workshop item (list "{0}", item {1}) is too damaged to save over: {2}. A site owner can repair or delete it.',
    WhoAreYouUnknown: 'Your workshop scores could not be saved: SharePoint did not say who you are. Reload the page and try again.',
    /** {0} the capability key, {1} the limit. The key is "<assessment>/<capability>/<login>". */
    KeyTooLong: 'Your workshop scores for "{0}" could not be saved: the capability key and your sign-in name together are longer than SharePoint keeps ({1} characters).',
    ReadBackWrongly: 'Your workshop scores were saved but read back wrongly. Reload the page to see them.',
    /** {0} the problem. */
    ReadBackWronglyBecause: 'Your workshop scores were saved but read back wrongly: {0}. Reload the page to see them.',
    /** {0} the capability key. */
    KeepsChanging: 'Your workshop scores for "{0}" could not be saved because they keep being changed at the same moment, perhaps in another tab. Reload the page and score again.',
    /** {0} the facilitator as named on the assessment (twice). */
    FacilitatorRevealsOnly: 'Only the facilitator of this assessment ({0}) or a site owner can reveal the workshop scores. Ask {0} to reveal them when the team is ready.',
    /** {0} the facilitator as named on the assessment (twice). */
    FacilitatorHidesOnly: 'Only the facilitator of this assessment ({0}) or a site owner can hide the workshop scores. Ask {0} to hide them when the team is ready.',
    /** {0} AskNamedOwners or AskAnyOwner, asking to RevealThem. */
    OwnerRevealsOnly: 'Only a site owner can reveal the workshop scores, because this assessment names no facilitator. {0}',
    /** {0} AskNamedOwners or AskAnyOwner, asking to HideThem. */
    OwnerHidesOnly: 'Only a site owner can hide the workshop scores, because this assessment names no facilitator. {0}',
    /** Completes "Ask a site owner to ...". */
    RevealThem: 'reveal them when the team is ready',
    HideThem: 'hide them when the team is ready',
    /** {0} the capability key. */
    RevealRaced: 'The workshop scores for "{0}" could not be revealed because someone else keeps changing them at the same moment. Try again.',
    /** {0} the capability key. */
    HideRaced: 'The workshop scores for "{0}" could not be hidden because someone else keeps changing them at the same moment. Try again.',
    /** A DataIssue about a workshop item. "Scores (JSON)" is the column's display name. */
    ScoresInvalidJson: 'column "Scores (JSON)" does not hold valid JSON (it may have been edited by hand), so none of its scores could be read',
    /** {0} the perspective key, quoted. */
    ScoreBadOne: 'column "Scores (JSON)": the score for {0} is not a level from 1; the other scores are shown',
    /** {0} the perspective keys, quoted. */
    ScoreBadMany: 'column "Scores (JSON)": the scores for {0} are not a level from 1; the other scores are shown'
  },

  /**
   * What is wrong with an item read from a list (mappers/common.ts) or a value checked before it
   * is saved (the mappers' zod schemas). These follow a column's name ("column "Status": ..."), so
   * most start in lower case and have no full stop: the sentence around them ends it.
   */
  Items: {
    /** The subject of a problem that is not about one column. */
    TheItem: 'the item',
    /** {0} the column's display name (or internal name). */
    Column: 'column "{0}"',
    /** {0} the column's display name, {1} where inside its JSON ("levels.2.key"). */
    ColumnAt: 'column "{0}" at {1}',
    /** {0} the column's display name. */
    ColumnEmpty: 'column "{0}" is empty',
    /** {0} the column's display name. */
    ColumnNotJson: 'column "{0}" does not hold valid JSON (it may have been edited by hand)',
    NoEtag: 'the item came without an ETag, so it cannot be saved safely',
    IsNotCapabilityKey: 'is not a capability key',
    IsNotProfileKey: 'is not a profile key',
    MustBeCapabilityKey: 'must be a capability key',
    NeedsTitle: 'needs a title',
    IsEmpty: 'is empty',
    MustBePercent: 'must be between 0 and 100',
    MustBeItemId: 'must be an item ID (a whole number from 1)',
    MustNotBeNegative: 'must be 0 or more',
    MustBeWholeFromOne: 'must be a whole number from 1',
    ScopeNotReadable: 'does not hold a valid list of the capabilities in scope (it may have been edited by hand)',
    /**
     * Checks of a new assessment. Whole phrases, as they are shown after the field's name
     * ("column "title": An assessment needs a title."); no full stop, the message adds it.
     */
    AssessmentNeedsTitle: 'An assessment needs a title',
    AssessmentTitleTooLong: 'The title can be at most 255 characters',
    AssessmentScopeTooLong: 'The scope can be at most 255 characters',
    AssessmentDueDate: 'The due date must be a date (YYYY-MM-DD)',
    AssessmentPreviousId: 'The previous assessment must be given by its ID'
  },

  /** Plain words the suite writes into list items, where people browsing the list read them. */
  ItemText: {
    /**
     * The title of a publish that failed, so in the list it never passes for a version. {0} the
     * model's name, {1} its version, {2} when (YYYY-MM-DD hh:mm, UTC).
     */
    FailedAttemptTitle: 'Failed attempt to publish {0} {1} ({2} UTC)',
    /** {0} the capability key. The title of a capability's reveal item (workshop mode). */
    RevealItemTitle: '{0}: whether the scores are revealed',
    /** {0} the assessment's item ID. The title of a roadmap plan's item. */
    PlanTitle: 'Roadmap plan of assessment {0}'
  },

  /**
   * Why another trust's NIMM site could not be read for the dashboard's across-sites view
   * (store/siteSummary.ts). {0} is always the site's address; each says what to do next.
   */
  Sites: {
    /** The signed-in user has no access to the site (SharePoint answered 401 or 403). */
    Forbidden: 'You do not have access to the NIMM site {0}, so its results cannot be shown. Ask one of its site owners for access, or take it out of this web part\'s settings.',
    /** The site is there but holds none of the suite's lists. */
    NotSetUp: '{0} is not set up as a NIMM site: it has none of the NIMM lists. A site owner there needs to run set-up, or check the address in this web part\'s settings.',
    /** Nothing at the address (SharePoint answered 404 for the site itself). */
    NotFound: 'There is no SharePoint site at {0}. Check the address in this web part\'s settings.',
    /** No answer at all: a wrong host name, no network, or the server is down. */
    Unreachable: 'Could not reach {0}. Check the address in this web part\'s settings and your connection, then try again.',
    /** {1} the store's own message for any other failure. */
    Failed: '{0}: {1}'
  }
};
