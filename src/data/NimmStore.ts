/**
 * Everything the web parts need from SharePoint, behind one interface, so components depend on
 * this and never on PnPjs (a UI test can hand them a fake). Every method rejects only with a
 * StoreError whose message can be shown as is.
 */
import type { Model } from '../nimm/model/schema';
import type {
  AssessmentSummary,
  AssessmentView,
  CurrentUser,
  EvidenceItem,
  EvidenceLink,
  EvidenceUpload,
  Listed,
  ModelVersionSummary,
  NewAssessment,
  ProgressHandler,
  ResponseEdit,
  RoadmapAction,
  RoadmapActionSave,
  SaveResponseResult,
  SchemaReport,
  SiteOwner,
  StoredModel
} from './types';

export interface NimmStore {
  /** The model in force (the newest 'published' version), or null when none has been published. */
  getPublishedModel(): Promise<StoredModel | null>;
  /** Every model version on the site, newest first, drafts and failed attempts included; damaged items are reported. */
  listModelVersions(): Promise<Listed<ModelVersionSummary>>;
  /** Every assessment, newest first; damaged items are reported, not dropped silently. */
  listAssessments(): Promise<Listed<AssessmentSummary>>;
  /** Starts an assessment against the published model (or the version given). */
  createAssessment(input: NewAssessment): Promise<AssessmentSummary>;
  /** Marks an assessment closed (read-only from then on in the UI). */
  closeAssessment(id: number): Promise<void>;
  /** Model, assessment, all its responses and the user's rights, in at most two round trips. */
  loadAssessmentView(assessmentId: number): Promise<AssessmentView>;
  /**
   * Saves one capability's response without losing anyone's work: a concurrent change to other
   * fields is merged; a concurrent change to the same field comes back as a conflict to resolve.
   */
  saveResponse(assessmentId: number, edit: ResponseEdit): Promise<SaveResponseResult>;
  /** Evidence of an assessment, optionally for one capability; damaged items are reported. */
  listEvidence(assessmentId: number, capability?: string): Promise<Listed<EvidenceItem>>;
  /** Uploads a file into the evidence library with its assessment, capability and criterion. */
  uploadEvidence(upload: EvidenceUpload): Promise<EvidenceItem>;
  /** Records a web address as evidence; only http and https addresses are accepted. */
  linkEvidence(link: EvidenceLink): Promise<EvidenceItem>;
  /** Roadmap actions of an assessment, by phase; damaged items are reported. */
  listRoadmapActions(assessmentId: number): Promise<Listed<RoadmapAction>>;
  /** Adds or updates a roadmap action (an update fails with 'conflict' if it changed meanwhile). */
  saveRoadmapAction(action: RoadmapActionSave): Promise<RoadmapAction>;
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
}
