/**
 * Everything the web parts need from SharePoint, behind one interface, so components depend on
 * this and never on PnPjs (a UI test can hand them a fake). Every method rejects only with a
 * StoreError whose message can be shown as is.
 */
import type { Model } from '../nimm/model/schema';
import type {
  AssessmentSummary,
  AssessmentView,
  BudgetSplitSave,
  DashboardOptions,
  DashboardView,
  CurrentUser,
  EvidenceItem,
  EvidenceLink,
  EvidenceUpload,
  ExistingDocumentLink,
  LibraryDocument,
  Listed,
  ModelVersionSummary,
  NewAssessment,
  ProgressHandler,
  ResponseEdit,
  RoadmapAction,
  RoadmapActionSave,
  RoadmapLoadOptions,
  RoadmapSave,
  RoadmapSaveResult,
  RoadmapView,
  ResponseVersion,
  SaveResponseResult,
  SchemaReport,
  SiteOwner,
  SitePerson,
  SiteSummary,
  StartedAssessment,
  StoredModel,
  WorkshopScoreChanges,
  WorkshopScores,
  WorkshopView,
  LocalProfile,
  LocalProfileEditors,
  LocalProfileSave
} from './types';

export interface NimmStore {
  /** The model in force (the newest 'published' version), or null when none has been published. */
  getPublishedModel(): Promise<StoredModel | null>;
  /** Every model version on the site, newest first, drafts and failed attempts included; damaged items are reported. */
  listModelVersions(): Promise<Listed<ModelVersionSummary>>;
  /** Every assessment, newest first; damaged items are reported, not dropped silently. */
  listAssessments(): Promise<Listed<AssessmentSummary>>;
  /** Starts an assessment against the published model (or the version given); see startAssessment. */
  createAssessment(input: NewAssessment): Promise<AssessmentSummary>;
  /**
   * Starts an assessment against the published model (or the version given), with its due date
   * and the capabilities in scope. With `previousAssessmentId` it is a re-assessment: that
   * assessment's responses for capabilities in scope that the model version still has are copied
   * in (answers and notes to criteria it still has, whether it applies, rationale, improvement
   * ideas, owner; 'in-progress' when answered, agreed level cleared), and the result says how
   * many were copied, skipped and left out. Rejects with 'invalid-data' (a bad title, date or
   * scope, an unknown profile, a previous assessment of another model), 'not-found' (no such
   * previous assessment), 'not-set-up' (no published model); a copy that fails part-way is taken
   * out again and rejected with what failed.
   */
  startAssessment(input: NewAssessment): Promise<StartedAssessment>;
  /** Marks an assessment closed (read-only from then on in the UI). */
  closeAssessment(id: number): Promise<void>;
  /**
   * Records the IT budget split with an assessment (financial year; run and improve amounts in
   * pounds, or the run share in per cent), sent with the ETag it was loaded with. Rejects with
   * 'invalid-data' (a bad year, amount or share), 'conflict' (changed meanwhile), 'forbidden'.
   */
  saveBudgetSplit(split: BudgetSplitSave): Promise<AssessmentSummary>;
  /**
   * What the dashboard shows, in two round trips: every assessment, the user, and for the
   * assessment asked for (the newest by default) and up to `history` earlier ones of the same scope
   * their model versions and responses, plus the shown one's evidence. Damaged items are reported.
   */
  loadDashboard(options?: DashboardOptions): Promise<DashboardView>;
  /**
   * This site's results for the dashboard's across-sites view (another trust's site is read through
   * its own store): the site's title and newest assessment, scored against its model version, in
   * one round trip when the assessment uses the default NHS model shipped with the suite (two
   * otherwise). Rejects with 'forbidden' (the signed-in user has no access to the site),
   * 'not-set-up' (no NIMM lists there), 'not-found' (no site at the address), 'network' (the
   * address does not answer), each message naming the site.
   */
  loadSiteSummary(): Promise<SiteSummary>;
  /** Model, assessment, all its responses and the user's rights, in at most two round trips. */
  loadAssessmentView(assessmentId: number): Promise<AssessmentView>;
  /**
   * Saves one capability's response without losing anyone's work: a concurrent change to other
   * fields (or other criteria's answers and notes) is merged; a concurrent change to the same
   * field comes back as a conflict to resolve. An agreed response is locked: any change but
   * reopening it (status back to 'in-progress', nothing else changed) is refused with a
   * 'conflict' StoreError whose reason is 'locked', judged on the response as stored when saving,
   * not only as the user loaded it. Making a response 'agreed' records who and when
   * (StoredResponse.agreedBy, agreedAt); reopening clears them.
   */
  saveResponse(assessmentId: number, edit: ResponseEdit): Promise<SaveResponseResult>;
  /**
   * SharePoint's version history of a response item, newest first: who saved each version, when,
   * and its answers, notes, status, agreed level and rationale. A version damaged in part is shown
   * with what could be read and reported in `issues`. Rejects with 'not-found' when the item is
   * gone, 'forbidden' without read access.
   */
  listResponseHistory(itemId: number): Promise<Listed<ResponseVersion>>;
  /**
   * People of this site (not groups) whose name or e-mail address contains the query, those
   * starting with it first, at most `top` (default 10, at most 50), for owner and reviewer
   * pickers. An empty query finds nobody.
   */
  searchPeople(query: string, top?: number): Promise<SitePerson[]>;
  /** Evidence of an assessment, optionally for one capability; damaged items are reported. */
  listEvidence(assessmentId: number, capability?: string): Promise<Listed<EvidenceItem>>;
  /** Uploads a file into the evidence library with its assessment, capability and criterion. */
  uploadEvidence(upload: EvidenceUpload): Promise<EvidenceItem>;
  /** Records a web address as evidence; only http and https addresses are accepted. */
  linkEvidence(link: EvidenceLink): Promise<EvidenceItem>;
  /**
   * Records a document already in one of this site's libraries as evidence: a link to it in the
   * evidence library (the document stays where it is). Rejects with 'invalid-data' for an address
   * that is not on this site or a link file, 'not-found' when the document is not there.
   */
  linkExistingDocument(link: ExistingDocumentLink): Promise<EvidenceItem>;
  /**
   * Documents in the top folders of this site's document libraries (not the evidence library)
   * whose name contains the query, by name, at most `top` (default 20, at most 100), for a
   * picker; a library SharePoint would not search is reported in `issues`.
   */
  listLibraryDocuments(query: string, top?: number): Promise<Listed<LibraryDocument>>;
  /** Roadmap actions of an assessment, by phase; damaged items are reported. */
  listRoadmapActions(assessmentId: number): Promise<Listed<RoadmapAction>>;
  /** Adds or updates a roadmap action (an update fails with 'conflict' if it changed meanwhile). */
  saveRoadmapAction(action: RoadmapActionSave): Promise<RoadmapAction>;
  /**
   * What the roadmap web part shows, in two round trips: every assessment, the user, and for the
   * assessment asked for (the newest by default) its model, responses, saved plan and actions;
   * with no plan of its own, the newest earlier plan of the same scope to carry forward. Rejects
   * with 'not-found' (no such assessment), 'not-set-up' (lists older than schema version 6).
   */
  loadRoadmap(options?: RoadmapLoadOptions): Promise<RoadmapView>;
  /**
   * Saves a roadmap plan: its settings (when given) and the actions to add or update, in $batch
   * requests of at most 100 parts, and reads the plan back (one round trip for up to 97 writes).
   * Updates carry their ETags: an action changed meanwhile comes back in `conflicts` with both
   * versions and the rest is saved; settings changed meanwhile, or a first plan saved by someone
   * else at the same moment, stop the save there (`conflicts` and `failed` say so). Rejects with
   * 'invalid-data' (a bad setting or action: nothing is written), 'forbidden' (visitors), or the
   * kind of any failure before anything was saved.
   */
  saveRoadmapPlan(save: RoadmapSave): Promise<RoadmapSaveResult>;
  /**
   * Adds a local profile (schema version 7), or changes one still as it was loaded. Rejects with
   * 'invalid-data' (nothing written), 'conflict' (the key is taken, or someone changed it
   * meanwhile), 'forbidden' (the site owner keeps local profiles to owners, or a visitor).
   */
  saveLocalProfile(profile: LocalProfileSave): Promise<LocalProfile>;
  /** Moves a local profile to the recycle bin, if it is still as it was loaded ('conflict' if not). */
  deleteLocalProfile(profile: { itemId: number; etag: string; name: string }): Promise<void>;
  /** Who may create and change local profiles now; null when the list is not on the site yet. */
  getLocalProfileEditors(): Promise<LocalProfileEditors | null>;
  /** Sets who may create and change local profiles, in SharePoint's permissions (site owners only). Returns the changes made. */
  setLocalProfileEditors(editors: LocalProfileEditors): Promise<string[]>;
  /** The signed-in user and what they may do. */
  getCurrentUser(): Promise<CurrentUser>;
  /** The site's owners, to tell other people whom to ask. */
  getSiteOwners(): Promise<SiteOwner[]>;
  /** Creates or upgrades the NIMM lists (site owners only); safe to run again. */
  ensureSchema(onProgress?: ProgressHandler): Promise<SchemaReport>;
  /** Validates and publishes a model as the new version in force (site owners only). */
  publishModel(model: Model, onProgress?: ProgressHandler): Promise<ModelVersionSummary>;
  /** Publishes the default NHS model shipped with the suite. */
  publishDefaultModel(onProgress?: ProgressHandler): Promise<ModelVersionSummary>;
  /**
   * Workshop mode: a capability's workshop as the signed-in user may see it: their own scores,
   * whether the scores are revealed, who has scored, and everyone's scores only once revealed (or
   * at any time for the assessment's facilitator and site owners). The hiding is the store's and
   * the page's, not SharePoint's: members can read the list through REST. Rejects with
   * 'not-found' (no such assessment), 'not-set-up' (the site's lists predate workshop mode: a site
   * owner runs set-up), 'invalid-data' (a bad capability key).
   */
  loadWorkshop(assessmentId: number, capability: string): Promise<WorkshopView>;
  /**
   * Saves the signed-in user's own workshop scores for a capability: each perspective given gets
   * that level (null clears it); the others keep what is stored. One item per participant however
   * many saves run at once, written with its ETag, so a save from another tab is never overwritten
   * unseen. Rejects with 'invalid-data' (a level that is not a whole number from 1), 'forbidden'
   * (visitors), 'conflict' (it kept changing during the save).
   */
  saveWorkshopScores(assessmentId: number, capability: string, scores: WorkshopScoreChanges): Promise<WorkshopScores>;
  /**
   * Reveals (true) or hides again (false) everyone's workshop scores for a capability, and returns
   * the workshop as it now stands. Only the assessment's facilitator (as named on it) or a site
   * owner may: anyone else gets a 'forbidden' StoreError saying whom to ask.
   */
  revealWorkshop(assessmentId: number, capability: string, revealed: boolean): Promise<WorkshopView>;
}
