/**
 * The NimmStore on SharePoint Online, through PnPjs v4. It takes an SPFI so the caller decides
 * how to reach SharePoint: the web part passes `spfi().using(SPFx(this.context))`; tests and
 * the local workbench pass one pointed at the SharePoint simulator.
 *
 * Throttling: both SPFx() and SPBrowser() in PnPjs 4.21 install BrowserFetchWithRetry (3
 * attempts in all, honouring Retry-After on 429/503/504; checked in
 * @pnp/sp/behaviors/spfx.js and spbrowser.js), so nothing is added here; what still fails after
 * that reaches the caller as a StoreError 'throttled' or 'unavailable'.
 */
import type { Model } from '../nimm/model/schema';
import type { NimmStore } from './NimmStore';
import { publishModel } from './publish/publishModel';
import { ensureSchema } from './schema/ensureSchema';
// Loads every PnPjs feature the store uses, whatever the caller imported.
import './sp/pnp';
import type { SPFI } from './sp/pnp';
import { readCurrentUser, readSiteOwners } from './sp/users';
import { loadAssessmentView } from './store/assessmentView';
import { closeAssessment, createAssessment, listAssessments } from './store/assessments';
import { linkEvidence, listEvidence, uploadEvidence } from './store/evidence';
import { getPublishedModel, listModelVersions } from './store/modelReads';
import { listRoadmapActions, saveRoadmapAction } from './store/roadmap';
import { saveResponse } from './store/saveResponse';
import type {
  AssessmentSummary,
  AssessmentView,
  CurrentUser,
  EvidenceItem,
  EvidenceLink,
  EvidenceUpload,
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

/** NimmStore backed by a SharePoint site's NIMM lists. */
export class SharePointStore implements NimmStore {
  private readonly sp: SPFI;

  /** @param sp A PnPjs v4 SPFI for the site that holds (or will hold) the NIMM lists. */
  public constructor(sp: SPFI) {
    this.sp = sp;
  }

  public getPublishedModel(): Promise<StoredModel | null> {
    return getPublishedModel(this.sp);
  }

  public listModelVersions(): Promise<ModelVersionSummary[]> {
    return listModelVersions(this.sp);
  }

  public listAssessments(): Promise<AssessmentSummary[]> {
    return listAssessments(this.sp);
  }

  public createAssessment(input: NewAssessment): Promise<AssessmentSummary> {
    return createAssessment(this.sp, input);
  }

  public closeAssessment(id: number): Promise<void> {
    return closeAssessment(this.sp, id);
  }

  public loadAssessmentView(assessmentId: number): Promise<AssessmentView> {
    return loadAssessmentView(this.sp, assessmentId);
  }

  public saveResponse(assessmentId: number, edit: ResponseEdit): Promise<SaveResponseResult> {
    return saveResponse(this.sp, assessmentId, edit);
  }

  public listEvidence(assessmentId: number, capability?: string): Promise<EvidenceItem[]> {
    return listEvidence(this.sp, assessmentId, capability);
  }

  public uploadEvidence(upload: EvidenceUpload): Promise<EvidenceItem> {
    return uploadEvidence(this.sp, upload);
  }

  public linkEvidence(link: EvidenceLink): Promise<EvidenceItem> {
    return linkEvidence(this.sp, link);
  }

  public listRoadmapActions(assessmentId: number): Promise<RoadmapAction[]> {
    return listRoadmapActions(this.sp, assessmentId);
  }

  public saveRoadmapAction(action: RoadmapActionSave): Promise<RoadmapAction> {
    return saveRoadmapAction(this.sp, action);
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

  public async publishDefaultModel(onProgress?: ProgressHandler): Promise<ModelVersionSummary> {
    // The default model's text is most of the suite's weight, and only set-up needs it here:
    // it loads as its own chunk when first asked for, not with every page.
    const { getDefaultModel } = await import(/* webpackChunkName: 'nimm-default-model' */ '../nimm/defaultModel');
    return publishModel(this.sp, getDefaultModel(), onProgress);
  }
}
