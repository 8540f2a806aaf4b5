/**
 * The NimmStore on SharePoint Online, through PnPjs v4. It takes an SPFI so the caller decides
 * how to reach SharePoint: the web part passes `spfi().using(SPFx(this.context))`; tests and
 * the local workbench pass one pointed at the SharePoint simulator.
 *
 * Throttling: SPFx() and SPBrowser() in PnPjs 4.21 install BrowserFetchWithRetry, which waits
 * as long as any Retry-After asks. The store puts ResilientFetch in its place (same 3 attempts,
 * but a wait longer than a few seconds is handed back as a StoreError 'throttled' carrying the
 * wait, and an expired form digest is renewed once); see sp/resilientFetch.ts.
 */
import type { Model } from '../nimm/model/schema';
import type { NimmStore } from './NimmStore';
import { publishModel } from './publish/publishModel';
import { ensureSchema } from './schema/ensureSchema';
// Loads every PnPjs feature the store uses, whatever the caller imported.
import './sp/pnp';
import type { SPFI } from './sp/pnp';
import { resilient, type ResilienceOptions } from './sp/resilientFetch';
import { readCurrentUser, readSiteOwners } from './sp/users';
import { loadAssessmentView } from './store/assessmentView';
import { closeAssessment, createAssessment, listAssessments, saveBudgetSplit, startAssessment } from './store/assessments';
import { loadDashboard } from './store/dashboard';
import { linkEvidence, listEvidence, uploadEvidence } from './store/evidence';
import { listResponseHistory } from './store/history';
import { getPublishedModel, listModelVersions } from './store/modelReads';
import { searchPeople } from './store/people';
import { listRoadmapActions, saveRoadmapAction } from './store/roadmap';
import { deleteLocalProfile, readLocalProfileEditors, saveLocalProfile, setLocalProfileEditors } from './store/localProfiles';
import { loadRoadmap, saveRoadmapPlan } from './store/roadmapPlan';
import { saveResponse } from './store/saveResponse';
import { linkExistingDocument, listLibraryDocuments } from './store/siteDocuments';
import { loadSiteSummary } from './store/siteSummary';
import { loadWorkshop, revealWorkshop, saveWorkshopScores } from './store/workshop';
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

/** NimmStore backed by a SharePoint site's NIMM lists. */
export class SharePointStore implements NimmStore {
  private readonly sp: SPFI;

  /**
   * @param sp A PnPjs v4 SPFI for the site that holds (or will hold) the NIMM lists.
   * @param resilience How long a request may wait out throttling before it is handed back.
   */
  public constructor(sp: SPFI, resilience: ResilienceOptions = {}) {
    this.sp = resilient(sp, resilience);
  }

  public getPublishedModel(): Promise<StoredModel | null> {
    return getPublishedModel(this.sp);
  }

  public listModelVersions(): Promise<Listed<ModelVersionSummary>> {
    return listModelVersions(this.sp);
  }

  public listAssessments(): Promise<Listed<AssessmentSummary>> {
    return listAssessments(this.sp);
  }

  public createAssessment(input: NewAssessment): Promise<AssessmentSummary> {
    return createAssessment(this.sp, input);
  }

  public startAssessment(input: NewAssessment): Promise<StartedAssessment> {
    return startAssessment(this.sp, input);
  }

  public closeAssessment(id: number): Promise<void> {
    return closeAssessment(this.sp, id);
  }

  public loadAssessmentView(assessmentId: number): Promise<AssessmentView> {
    return loadAssessmentView(this.sp, assessmentId);
  }

  public saveBudgetSplit(split: BudgetSplitSave): Promise<AssessmentSummary> {
    return saveBudgetSplit(this.sp, split);
  }

  public loadDashboard(options?: DashboardOptions): Promise<DashboardView> {
    return loadDashboard(this.sp, options);
  }

  public loadSiteSummary(): Promise<SiteSummary> {
    return loadSiteSummary(this.sp);
  }

  public saveResponse(assessmentId: number, edit: ResponseEdit): Promise<SaveResponseResult> {
    return saveResponse(this.sp, assessmentId, edit);
  }

  public listResponseHistory(itemId: number): Promise<Listed<ResponseVersion>> {
    return listResponseHistory(this.sp, itemId);
  }

  public searchPeople(query: string, top?: number): Promise<SitePerson[]> {
    return searchPeople(this.sp, query, top);
  }

  public listEvidence(assessmentId: number, capability?: string): Promise<Listed<EvidenceItem>> {
    return listEvidence(this.sp, assessmentId, capability);
  }

  public uploadEvidence(upload: EvidenceUpload): Promise<EvidenceItem> {
    return uploadEvidence(this.sp, upload);
  }

  public linkEvidence(link: EvidenceLink): Promise<EvidenceItem> {
    return linkEvidence(this.sp, link);
  }

  public linkExistingDocument(link: ExistingDocumentLink): Promise<EvidenceItem> {
    return linkExistingDocument(this.sp, link);
  }

  public listLibraryDocuments(query: string, top?: number): Promise<Listed<LibraryDocument>> {
    return listLibraryDocuments(this.sp, query, top);
  }

  public listRoadmapActions(assessmentId: number): Promise<Listed<RoadmapAction>> {
    return listRoadmapActions(this.sp, assessmentId);
  }

  public saveRoadmapAction(action: RoadmapActionSave): Promise<RoadmapAction> {
    return saveRoadmapAction(this.sp, action);
  }

  public loadRoadmap(options?: RoadmapLoadOptions): Promise<RoadmapView> {
    return loadRoadmap(this.sp, options);
  }

  public saveRoadmapPlan(save: RoadmapSave): Promise<RoadmapSaveResult> {
    return saveRoadmapPlan(this.sp, save);
  }

  public saveLocalProfile(profile: LocalProfileSave): Promise<LocalProfile> {
    return saveLocalProfile(this.sp, profile);
  }

  public deleteLocalProfile(profile: { itemId: number; etag: string; name: string }): Promise<void> {
    return deleteLocalProfile(this.sp, profile);
  }

  public getLocalProfileEditors(): Promise<LocalProfileEditors | null> {
    return readLocalProfileEditors(this.sp);
  }

  public setLocalProfileEditors(editors: LocalProfileEditors): Promise<string[]> {
    return setLocalProfileEditors(this.sp, editors);
  }

  public getCurrentUser(): Promise<CurrentUser> {
    return readCurrentUser(this.sp);
  }

  public getSiteOwners(): Promise<SiteOwner[]> {
    return readSiteOwners(this.sp);
  }

  public ensureSchema(onProgress?: ProgressHandler): Promise<SchemaReport> {
    return ensureSchema(this.sp, onProgress);
  }

  public publishModel(model: Model, onProgress?: ProgressHandler): Promise<ModelVersionSummary> {
    return publishModel(this.sp, model, onProgress);
  }

  public loadWorkshop(assessmentId: number, capability: string): Promise<WorkshopView> {
    return loadWorkshop(this.sp, assessmentId, capability);
  }

  public saveWorkshopScores(assessmentId: number, capability: string, scores: WorkshopScoreChanges): Promise<WorkshopScores> {
    return saveWorkshopScores(this.sp, assessmentId, capability, scores);
  }

  public revealWorkshop(assessmentId: number, capability: string, revealed: boolean): Promise<WorkshopView> {
    return revealWorkshop(this.sp, assessmentId, capability, revealed);
  }

  public async publishDefaultModel(onProgress?: ProgressHandler): Promise<ModelVersionSummary> {
    // The default model's text is most of the suite's weight, and only set-up needs it here:
    // it loads as its own chunk when first asked for, not with every page.
    const { getDefaultModel } = await import(/* webpackChunkName: 'nimm-default-model' */ '../nimm/defaultModel');
    return publishModel(this.sp, getDefaultModel(), onProgress);
  }
}
