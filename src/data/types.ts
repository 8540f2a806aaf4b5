/**
 * Plain data the store hands to web parts and takes from them. No PnPjs or SharePoint types
 * leak through here: a web part (or a fake store in a UI test) sees only these shapes.
 */
import type { AssessmentScope } from '../nimm/assessment/scope';
import type { Answer, Model } from '../nimm/model/schema';
import type { AssessmentStatus, EvidenceReviewStatus, ModelVersionStatus, ResponseStatus, RoadmapActionStatus } from './schema/choices';
import type { ResponseDraft, ResponseRecordField } from './schema/responseDraft';

// Choice values and the response draft are each defined once, as zod schemas (schema/choices.ts,
// schema/responseDraft.ts); their types are inferred there and are part of this surface.
export type { AssessmentStatus, EvidenceReviewStatus, ModelVersionStatus, ResponseDraft, ResponseRecordField, ResponseStatus, RoadmapActionStatus };
// Which capabilities an assessment round covers: the domain's own type (src/nimm/assessment/scope.ts).
export type { AssessmentScope };

/** A problem with one list item that was skipped, or read only in part (usually a hand edit). */
export interface DataIssue {
  /** Title of the list or library the item is in. */
  list: string;
  /** The item's id, or null when the problem is not about one item. */
  itemId: number | null;
  /** A plain sentence saying what is wrong. */
  problem: string;
}

/** What a list read returns: the items that could be read, and a DataIssue for each one skipped. */
export interface Listed<T> {
  items: T[];
  issues: DataIssue[];
}

/** Step-by-step progress of a long operation (set-up, publishing). */
export interface Progress {
  /** 1-based number of the step now running. */
  step: number;
  /** How many steps there are in all. */
  total: number;
  /** What is happening, in plain words. */
  message: string;
}

/** Receives progress reports. */
export type ProgressHandler = (progress: Progress) => void;

/** The three kinds of people on a site, by what SharePoint lets them do. */
export type Role = 'owner' | 'member' | 'visitor';

/** What the signed-in user may do with the suite. */
export interface UserRights {
  /** Create or upgrade the NIMM lists (site owners). */
  setUp: boolean;
  /** Publish a model (site owners). */
  publish: boolean;
  /** Create and change assessments, answers, evidence and actions (members and owners). */
  edit: boolean;
  /** See everything (everyone with access to the site). */
  read: boolean;
}

/** The signed-in user. */
export interface CurrentUser {
  id: number;
  title: string;
  email: string;
  loginName: string;
  role: Role;
  can: UserRights;
}

/** A site owner, named when someone else is told who can do something. */
export interface SiteOwner {
  id: number;
  title: string;
  email: string;
}

/** One model version item (the model's header, without capabilities). */
export interface ModelVersionSummary {
  /** Item id in "NIMM Model Versions"; assessments, capabilities and profiles refer to it. */
  id: number;
  modelKey: string;
  version: string;
  name: string;
  status: ModelVersionStatus;
  capabilityCount: number;
  profileCount: number;
  publishedAt: string | null;
}

/** A model as read from the site, with anything skipped on the way. */
export interface StoredModel {
  modelVersion: ModelVersionSummary;
  model: Model;
  issues: DataIssue[];
}

/** An assessment's own item (its metadata, not its responses). */
export interface AssessmentSummary {
  id: number;
  etag: string;
  title: string;
  scope: string;
  status: AssessmentStatus;
  modelVersionId: number;
  modelKey: string;
  modelVersion: string;
  targetProfile: string | null;
  lead: string;
  facilitator: string;
  startDate: string | null;
  closedDate: string | null;
  /** Share of the budget for running services (the rest is for improvement), 0 to 100. */
  runBudgetPercent: number | null;
  /** YYYY-MM-DD by which the round should be finished, or null. */
  dueDate: string | null;
  /** The capabilities this round covers; all of them on assessments made before schema version 3. */
  inScope: AssessmentScope;
  /** The assessment this one re-assesses (its responses were the starting point), or null. */
  previousAssessmentId: number | null;
  /** The financial year the budget split is for ("2026/27"), or null when none was recorded. */
  budgetYear: string | null;
  /** The year's IT budget for running services, in pounds, or null. */
  runBudget: number | null;
  /** The year's IT budget for improving them, in pounds, or null. */
  improveBudget: number | null;
  created: string | null;
  modified: string | null;
}

/** The IT budget split to record with an assessment (NimmStore.saveBudgetSplit). */
export interface BudgetSplitSave {
  assessmentId: number;
  /** The ETag the assessment was loaded with. */
  etag: string;
  /** The financial year, written like 2026/27. */
  year: string;
  /** Amounts in pounds; give both, or neither and the run share instead. */
  runBudget?: number | null;
  improveBudget?: number | null;
  /** The run share in per cent, 0 to 100; worked out from the amounts when they are given. */
  runBudgetPercent?: number | null;
}

/** What it takes to start an assessment. */
export interface NewAssessment {
  title: string;
  scope: string;
  targetProfile?: string | null;
  lead?: string;
  facilitator?: string;
  /** YYYY-MM-DD or ISO date-time; today when left out. */
  startDate?: string;
  runBudgetPercent?: number | null;
  /** The model version to assess against; the published one when left out. */
  modelVersionId?: number;
  /** YYYY-MM-DD (or ISO date-time) by which the round should be finished. */
  dueDate?: string | null;
  /** The capabilities this round covers; all of them when left out. */
  inScope?: AssessmentScope;
  /**
   * An earlier assessment to start from: its responses for the capabilities in scope are copied
   * in (answers, notes, rationale, improvement ideas, owner), to be reviewed rather than retyped.
   */
  previousAssessmentId?: number | null;
}

/** An assessment just started, and what was copied into it from the previous one. */
export interface StartedAssessment {
  assessment: AssessmentSummary;
  /** Responses copied from the previous assessment (0 when there was none). */
  copied: number;
  /**
   * Criteria answered or annotated in a copied response that the new model version no longer
   * has: their answers and notes were left out (counted once per criterion and capability).
   */
  dropped: number;
  /**
   * Responses of the previous assessment not copied: their capability is out of this round's
   * scope or no longer in the model, or nothing in them was left to copy.
   */
  skipped: number;
  /** Responses of the previous assessment that could not be read, or only in part. */
  issues: DataIssue[];
}

/**
 * Parts of a stored response that could not be read (a hand edit, an older version's bug). The
 * response shows everything else; a save keeps these parts exactly as stored until the user
 * answers or changes them, so a save never writes less than was read without saying so.
 */
export interface DamagedParts {
  /** What could not be read, one plain sentence each, naming the column or criterion. */
  problems: string[];
  /**
   * Entries of a record field (answers, notes) whose stored value is not valid, by field and then
   * criterion key, exactly as stored (e.g. an answer that is not one of the four answers).
   */
  entries: Partial<Record<ResponseRecordField, Record<string, unknown>>>;
  /** A record field's column text when it is not a JSON object at all (none of its entries could be read). */
  texts: Partial<Record<ResponseRecordField, string>>;
  /** Columns whose stored value could not be read, by internal name, as stored; shown as empty. */
  columns: Record<string, unknown>;
}

/** Another item holding a response for the same capability (made by an older version of the suite). */
export interface DuplicateResponse {
  itemId: number;
  etag: string;
}

/** A response as stored, with what is needed to save it safely again. */
export interface StoredResponse extends ResponseDraft {
  itemId: number;
  /** The item's ETag when read: sent back in IF-Match so a concurrent change is noticed. */
  etag: string;
  assessmentId: number;
  capability: string;
  modified: string | null;
  /**
   * Who agreed the level (their display name), set by the store when the status becomes
   * 'agreed' and cleared when it is reopened; '' when not agreed or not known.
   */
  agreedBy: string;
  /** When it was agreed (ISO date-time), or null. */
  agreedAt: string | null;
  /** Parts that could not be read; absent when the whole item was read. */
  damaged?: DamagedParts;
  /**
   * Further items for the same capability, whose content is shown merged into this one; the next
   * successful save writes the merged content here and moves them to the site's recycle bin.
   */
  duplicates?: DuplicateResponse[];
}

/** One edit to save: the response as the user loaded it (null if there was none) and the draft. */
export interface ResponseEdit {
  capability: string;
  base: StoredResponse | null;
  draft: ResponseDraft;
}

/** A field of a response: a scalar field, or a record field (answers, notes) edited criterion by criterion. */
export type ResponseField = keyof ResponseDraft;

/** The same field (or a record field's criterion) changed differently by the user and by someone else. */
export interface FieldConflict {
  field: ResponseField;
  /** The criterion key, when field is a record field ('answers', 'notes'). */
  criterion?: string;
  /** The value when the user loaded the response. */
  base: unknown;
  /** The user's value. */
  mine: unknown;
  /** The other person's value, now stored. */
  theirs: unknown;
}

/** The outcome of saving a response. `notices` say what a save replaced that could not be read. */
export type SaveResponseResult =
  | { status: 'saved'; response: StoredResponse; notices: string[] }
  /** Someone else had saved other fields meanwhile; both edits were combined and saved. */
  | { status: 'merged'; response: StoredResponse; mergedFrom: StoredResponse; notices: string[] }
  /**
   * Both changed the same field or criterion. Nothing was saved. `merged` holds everything that
   * could be combined, with the user's value in each conflicting place; `draft` is the user's
   * draft untouched. Save again with `base: latest` once the user has chosen.
   */
  | { status: 'conflict'; latest: StoredResponse; conflicts: FieldConflict[]; merged: ResponseDraft; draft: ResponseDraft };

/** Everything the assessment web part needs to show one assessment. */
export interface AssessmentView {
  model: Model;
  modelVersion: ModelVersionSummary;
  assessment: AssessmentSummary;
  responses: StoredResponse[];
  user: CurrentUser;
  rights: UserRights;
  issues: DataIssue[];
}

/** One assessment as the dashboard compares it: with its own model version and responses. */
export interface DashboardEntry {
  assessment: AssessmentSummary;
  model: Model;
  modelVersion: ModelVersionSummary;
  responses: StoredResponse[];
}

export interface DashboardOptions {
  /** The assessment to show; the newest one when left out. */
  assessmentId?: number;
  /** How many earlier assessments of the same scope to load for trends (default 5, at most 10). */
  history?: number;
}

/** What the dashboard shows (NimmStore.loadDashboard). */
export interface DashboardView {
  user: CurrentUser;
  /** Every assessment on the site, newest first (to choose another, or a customer to compare). */
  assessments: AssessmentSummary[];
  /** The assessment shown first, then earlier ones of the same scope, newest first; empty when the site has none. */
  entries: DashboardEntry[];
  /** The evidence of the assessment shown. */
  evidence: EvidenceItem[];
  /** The site's own profiles (schema version 7), offered beside the model's. */
  localProfiles: LocalProfiles;
  /** Damaged items and unreadable earlier model versions, reported rather than hidden. */
  issues: DataIssue[];
}

/** A category's level in a site's newest assessment (NimmStore.loadSiteSummary). */
export interface SiteCategoryLevel {
  /** The category's key in the model. */
  category: string;
  name: string;
  /** The model's aspect ('technical' or 'business'); null for a category the model does not list. */
  aspect: string | null;
  /** Rule 6 over the category's assessed capabilities; null when none is assessed. */
  level: number | null;
  /** The model's name for that level ("Controlled"), or null. */
  levelName: string | null;
}

/**
 * One NIMM site's results as the dashboard's across-sites view compares them: the site, and its
 * newest assessment (by start date, then item id, as the dashboard picks it) scored against its
 * own model version. Everything but the site is null (or empty) when the site has no assessment.
 */
export interface SiteSummary {
  /** The site's address (the web's absolute URL, as SharePoint gives it). */
  siteUrl: string;
  /** The site's title. */
  title: string;
  /** The newest assessment, or null when the site has none. */
  assessment: AssessmentSummary | null;
  /** The model the assessment was made against. */
  model: { key: string; version: string; name: string } | null;
  /** The model's levels, lowest first, to name and colour a level. */
  levels: Array<{ level: number; name: string }>;
  /** The organisation's level (rule 6): the lowest effective level of the assessed capabilities. */
  level: number | null;
  levelName: string | null;
  /** The organisation's score (rule 6): the mean effective level of the assessed capabilities. */
  score: number | null;
  /** How far the round has got: capabilities complete (agreed or not applicable) of those in scope. */
  progress: { complete: number; capabilities: number; percentComplete: number | null } | null;
  /** Each category's level, in model order (technical first, then business and management). */
  categories: SiteCategoryLevel[];
  /** Rule 6 over the foundation capabilities alone. */
  foundation: { level: number | null; levelName: string | null } | null;
  /** Damaged items read on the way, reported rather than hidden. */
  issues: DataIssue[];
}

/** A piece of evidence: an uploaded file, or a link (stored as a .url file, as SharePoint does). */
export interface EvidenceItem {
  itemId: number;
  etag: string;
  assessmentId: number;
  capability: string;
  criterion: string | null;
  kind: 'file' | 'link';
  /** File name in the library. */
  name: string;
  /** Server-relative URL of the file, or the external address for a link. */
  url: string;
  description: string;
  expires: string | null;
  reviewStatus: EvidenceReviewStatus;
  modified: string | null;
}

/** Where a piece of evidence belongs and what it says about itself. */
export interface EvidenceTarget {
  assessmentId: number;
  capability: string;
  criterion?: string | null;
  description?: string;
  /** YYYY-MM-DD or ISO date-time after which the evidence should be refreshed. */
  expires?: string | null;
}

/** How far an upload has got. */
export interface UploadProgress {
  sentBytes: number;
  totalBytes: number;
}

/** Receives upload progress (large files are sent in chunks, with a report after each). */
export type UploadProgressHandler = (progress: UploadProgress) => void;

/** A file to upload as evidence. */
export interface EvidenceUpload extends EvidenceTarget {
  fileName: string;
  content: ArrayBuffer | Uint8Array | Blob;
  /** Called as the file goes up; large files report after each 10 MB chunk. */
  onProgress?: UploadProgressHandler;
}

/** A document already in one of this site's libraries, to record as evidence (as a link to it). */
export interface ExistingDocumentLink extends EvidenceTarget {
  /** The document's server-relative URL (e.g. /sites/nimm/Policies/Change policy.docx); its absolute URL on this site is accepted too. */
  serverRelativeUrl: string;
}

/** A document in one of the site's libraries, as offered by a picker. */
export interface LibraryDocument {
  /** File name, e.g. "Change policy.docx". */
  name: string;
  serverRelativeUrl: string;
  /** Title of the library it is in. */
  library: string;
  /** Size in bytes, or null when SharePoint did not say. */
  size: number | null;
  modified: string | null;
}

/** A web address to record as evidence (http or https only). */
export interface EvidenceLink extends EvidenceTarget {
  /** A short name for the link; becomes the .url file's name. */
  title: string;
  url: string;
}

/** A planned step on the roadmap, as edited. */
export interface RoadmapActionDraft {
  assessmentId: number;
  capability: string;
  title: string;
  fromLevel: number;
  toLevel: number;
  phase: number | null;
  owner: string;
  dueDate: string | null;
  status: RoadmapActionStatus;
  estimateDays: number | null;
  estimateCost: number | null;
  notes: string;
  /**
   * Schema version 6. The plan's step this action is ("capability:level", stepKey in src/nimm), or
   * null for an action added by hand, which a re-plan leaves alone. Left out, a save keeps what is stored.
   */
  stepKey?: string | null;
  /** The owner's sign-in name when chosen with the people picker ('' when typed by hand). */
  ownerLogin?: string;
  /** YYYY-MM-DD the work starts (its phase's first day), or null. */
  startDate?: string | null;
  /** The assessment's improvement ideas for the capability, copied in when the step was planned. */
  improvementIdeas?: string;
}

/** A stored roadmap action. */
export interface RoadmapAction extends RoadmapActionDraft {
  itemId: number;
  etag: string;
  stepKey: string | null;
  ownerLogin: string;
  startDate: string | null;
  improvementIdeas: string;
  /** When it was last changed (ISO date-time), or null. */
  modified: string | null;
}

/** What a phase's capacity is counted in: steps, or effort in person-days. */
export type RoadmapCapacityUnit = 'steps' | 'days';

/** A roadmap plan's settings: what the roadmap web part plans from (rule 10 of docs/scoring.md). */
export interface RoadmapPlanSettings {
  /** The goal: a profile key of the assessment's model. */
  profile: string;
  /** The most work one phase may hold, in `capacityUnit`; null for no limit (rule 8). */
  capacity: number | null;
  capacityUnit: RoadmapCapacityUnit;
  /** How long a phase is, in months (1, 3, 6 or 12). */
  phaseMonths: number;
  /** YYYY-MM-DD the first phase starts. */
  startDate: string;
  /** Person-days a step not yet estimated counts for when capacity is in person-days. */
  defaultEffortDays: number;
  /** The assessment whose plan this one was carried forward from, or null. */
  carriedFrom: number | null;
  /**
   * With the goal CUSTOM_GOAL ("custom"): the levels picked by hand, by capability key. Null for
   * a profile's goal.
   */
  customTargets: Record<string, number> | null;
  /**
   * Steps held back by hand: the first phase each may go in, by step ("capability:level"), rule
   * 10's "held steps" (schema version 7; inside the settings JSON). Left out or empty: none.
   */
  holds?: Record<string, number>;
}

/** The goal key of a plan whose target levels were picked by hand (RoadmapPlanSettings.customTargets). */
export const CUSTOM_GOAL = 'custom';

/** The kinds a local profile may be. */
export type LocalProfileKind = 'service' | 'target';

/**
 * A profile kept on the site (list "NIMM Local Profiles", schema version 7): a deployment group's
 * service profile, say. Its targets are by capability key, so it outlives model versions.
 */
export interface LocalProfile {
  itemId: number;
  etag: string;
  /** Always starts "local-", apart from the published model's keys. */
  key: string;
  name: string;
  /** 'entitlement' only when someone set it so by hand; the suite saves 'service' or 'target'. */
  kind: LocalProfileKind | 'entitlement';
  description: string;
  targets: Record<string, number>;
  /** The key of the profile it was started from, or null when built from scratch. */
  basedOn: string | null;
  modified: string | null;
}

/** A local profile to save: new when itemId is left out; an update needs the etag it was loaded with. */
export interface LocalProfileSave {
  itemId?: number;
  etag?: string;
  key: string;
  name: string;
  kind: LocalProfileKind;
  description: string;
  targets: Record<string, number>;
  basedOn: string | null;
}

/**
 * Who may create and change local profiles, the site owner's choice: 'members' while the list
 * shares the site's permissions; 'owners' once set-up gave it its own (owners Full Control,
 * everyone else Read). SharePoint enforces it.
 */
export type LocalProfileEditors = 'members' | 'owners';

/** The local profiles of a site and what the signed-in user may do with them. */
export interface LocalProfiles {
  profiles: LocalProfile[];
  editors: LocalProfileEditors;
  /** Whether SharePoint lets the signed-in user add and change items in the list. */
  canChange: boolean;
  /** False on a site set up before schema version 7 (the list is missing: an owner runs set-up). */
  available: boolean;
}

/** A stored plan (list "NIMM Roadmap Plans", one item per assessment). */
export interface RoadmapPlan extends RoadmapPlanSettings {
  itemId: number;
  etag: string;
  assessmentId: number;
  modified: string | null;
}

/** A plan's settings to save: new when itemId is left out; an update needs the etag it was loaded with. */
export type RoadmapPlanSave = RoadmapPlanSettings & { assessmentId: number; itemId?: number; etag?: string };

/** A roadmap plan to save in one go (NimmStore.saveRoadmapPlan). */
export interface RoadmapSave {
  assessmentId: number;
  /** The settings; left out when they have not changed (an existing plan is then not written). */
  plan?: RoadmapPlanSave;
  /** Actions to add (no itemId) or update (with itemId and the etag each was loaded with). */
  actions: RoadmapActionSave[];
}

/** Something saved meanwhile by someone else: what this save had, and what is stored now. */
export type RoadmapConflict =
  | { kind: 'plan'; mine: RoadmapPlanSave; theirs: RoadmapPlan | null }
  /** `theirs` is null when the action is no longer there (deleted in the list). */
  | { kind: 'action'; mine: RoadmapActionSave; theirs: RoadmapAction | null };

/** What saving a plan came to; everything not listed in `conflicts` or `failed` was saved. */
export interface RoadmapSaveResult {
  /** The plan as stored now (null when there is none). */
  plan: RoadmapPlan | null;
  /** Every action of the assessment as stored now. */
  actions: RoadmapAction[];
  /** How many writes went through. */
  saved: number;
  /** Writes refused because someone else had changed (or added) the same item meanwhile: both versions. */
  conflicts: RoadmapConflict[];
  /** Writes refused for another reason, or not tried after it: their titles and one message. */
  failed: { titles: string[]; message: string } | null;
  /** Damaged items met when reading back. */
  issues: DataIssue[];
}

/** What the roadmap web part shows (NimmStore.loadRoadmap). */
export interface RoadmapView {
  user: CurrentUser;
  /** Every assessment on the site, newest first. */
  assessments: AssessmentSummary[];
  /** The assessment planned for (the newest unless another was asked for); null when the site has none. */
  assessment: AssessmentSummary | null;
  /** Its model (null with no assessment). */
  model: Model | null;
  modelVersion: ModelVersionSummary | null;
  responses: StoredResponse[];
  /** Its saved plan, or null. */
  plan: RoadmapPlan | null;
  /** Its actions (those of its plan and any added by hand). */
  actions: RoadmapAction[];
  /**
   * With no plan of its own: the newest earlier assessment of the same scope with a plan, that
   * plan and its actions, to carry forward (saving moves the actions here). Null otherwise.
   */
  earlier: { assessment: AssessmentSummary; plan: RoadmapPlan; actions: RoadmapAction[] } | null;
  /** A later assessment this plan was carried forward to (the plan is then read-only here), or null. */
  carriedTo: AssessmentSummary | null;
  /** The site's own profiles, listed apart from the model's. */
  localProfiles: LocalProfiles;
  issues: DataIssue[];
}

export interface RoadmapLoadOptions {
  /** The assessment to plan for; the newest one when left out. */
  assessmentId?: number;
}

/** A roadmap action to save: new when itemId is left out; an update needs the etag it was loaded with, and is saved only if it still matches. */
export type RoadmapActionSave = RoadmapActionDraft & { itemId?: number; etag?: string };

/** One version of a response from SharePoint's version history, as it stood then. */
export interface ResponseVersion {
  /** SharePoint's version label, e.g. "3.0". */
  label: string;
  /** Whether this is the version in force now. */
  isCurrent: boolean;
  /** When this version was saved (ISO date-time), or null when SharePoint did not say. */
  when: string | null;
  /** Who saved it (display name); '' when not known (for example a person since removed from the site). */
  by: string;
  status: ResponseStatus;
  agreedLevel: number | null;
  rationale: string;
  answers: Record<string, Answer>;
  notes: Record<string, string>;
  /** What could not be read in this version (shown as empty), one sentence each; empty when all was read. */
  problems: string[];
}

/** A person who can be named as an owner or reviewer: a user of this site. */
export interface SitePerson {
  id: number;
  title: string;
  email: string;
  loginName: string;
}

/** What ensureSchema did. */
export interface SchemaReport {
  /** Schema version recorded on the site before, or null on a site never set up. */
  fromVersion: number | null;
  toVersion: number;
  /** One plain sentence per change made; empty when the site was already up to date. */
  changes: string[];
}

/**
 * Workshop mode: one participant's own scores for one capability, as stored (list "NIMM Workshop
 * Scores", one item per assessment, capability and participant).
 */
export interface WorkshopScores {
  itemId: number;
  /** The item's ETag when read: a save sends it back so another tab's change is never overwritten unseen. */
  etag: string;
  /** The participant's sign-in name (claims login), which identifies them. */
  login: string;
  /** Their display name when they last saved (the login when none was known). */
  name: string;
  /** Perspective key to the level they gave it (1 to the capability's top level); a perspective not scored is absent. */
  scores: Record<string, number>;
  /** When they last changed a score (ISO date-time), or null. */
  modified: string | null;
}

/**
 * Changes to the signed-in user's workshop scores: a level sets that perspective's score, null
 * clears it, and perspectives left out keep what is stored (so two tabs changing different
 * perspectives both keep their change).
 */
export type WorkshopScoreChanges = Record<string, number | null>;

/** A capability's workshop as the signed-in user may see it. */
export interface WorkshopView {
  assessmentId: number;
  capability: string;
  /** The signed-in user's own scores, or null before they have saved any. */
  mine: WorkshopScores | null;
  /** Whether the facilitator has revealed everyone's scores for this capability. */
  revealed: boolean;
  /** Who last revealed (or hid) the scores, and when; '' and null when nobody has yet. */
  revealedBy: string;
  revealedAt: string | null;
  /** The assessment's facilitator as named on it; '' when it names none. */
  facilitator: string;
  /** Whether the signed-in user may reveal or hide the scores: the facilitator, or a site owner. */
  canReveal: boolean;
  /** Names of everyone who has scored at least one perspective, the user included: names only, never scores. */
  scoredBy: string[];
  /**
   * Everyone's scores (the user's included) once revealed, or at any time for the facilitator and
   * site owners; null for anyone else before the reveal. The page hides them; SharePoint does not
   * (members can read the list), see docs/sharepoint-site.md.
   */
  everyone: WorkshopScores[] | null;
  /** Items that could not be read, or only in part. */
  issues: DataIssue[];
}
