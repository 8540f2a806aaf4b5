/**
 * One NimmStore per page and site, shared by every NIMM web part on that page.
 *
 * Several web parts on one page (the guide, set-up, an assessment, a dashboard) each ask for the
 * published model, the model versions and who the user is. Without sharing, a page view downloads
 * the model once per web part. PageStore keeps the answer to those reads for the life of the page
 * (a read that fails is not kept, so a retry asks again), and when one web part changes something
 * (set-up, publishing, a save) it forgets what that change touches and tells the others, so that
 * a guide never says "no model published" right after set-up published one.
 */
import type { Model } from '../../nimm/model/schema';
import type { NimmStore } from '../NimmStore';
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
} from '../types';

/** What a change on the site touched; readers say which ones they depend on. */
export type StoreTopic = 'site' | 'model' | 'assessments' | 'responses' | 'evidence' | 'roadmap' | 'workshop' | 'profiles';

/** Told which topics changed. */
export type ChangeListener = (topics: StoreTopic[]) => void;

/** A NimmStore that can tell its readers when something changed. */
export interface ObservableStore extends NimmStore {
  /** Calls the listener after each change; returns the function that stops it. */
  subscribe(listener: ChangeListener): () => void;
}

/** True when the store can tell its readers about changes. */
export function isObservable(store: NimmStore): store is ObservableStore {
  return typeof (store as Partial<ObservableStore>).subscribe === 'function';
}

/** Which cached reads each topic makes stale. */
const CACHED_BY_TOPIC: Record<StoreTopic, string[]> = {
  site: ['publishedModel', 'modelVersions', 'assessments'],
  model: ['publishedModel', 'modelVersions'],
  assessments: ['assessments'],
  responses: [],
  evidence: [],
  roadmap: [],
  workshop: [],
  profiles: []
};

/** What starting an assessment changes: a re-assessment also writes the responses it copies. */
function startTopics(input: NewAssessment): StoreTopic[] {
  return input.previousAssessmentId ? ['assessments', 'responses'] : ['assessments'];
}

/** The shared store of a page; see the file comment. */
export class PageStore implements ObservableStore {
  private readonly inner: NimmStore;
  private readonly reads = new Map<string, Promise<unknown>>();
  private readonly listeners = new Set<ChangeListener>();

  public constructor(inner: NimmStore) {
    this.inner = inner;
  }

  public subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Forgets what the topics touch and tells every reader on the page. */
  public changed(topics: StoreTopic[]): void {
    for (const topic of topics) for (const key of CACHED_BY_TOPIC[topic]) this.reads.delete(key);
    Array.from(this.listeners).forEach((listener) => listener(topics));
  }

  private cached<T>(key: string, read: () => Promise<T>): Promise<T> {
    const kept = this.reads.get(key) as Promise<T> | undefined;
    if (kept) return kept;
    const pending = read();
    this.reads.set(key, pending);
    // A failure is not kept: the next reader (a retry) asks SharePoint again.
    pending.catch(() => {
      if (this.reads.get(key) === pending) this.reads.delete(key);
    });
    return pending;
  }

  /** Runs a write, then (whether it worked or not: a failed publish still leaves a trace) reports the change. */
  private async writes<T>(topics: StoreTopic[], write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } finally {
      this.changed(topics);
    }
  }

  public getPublishedModel(): Promise<StoredModel | null> {
    return this.cached('publishedModel', () => this.inner.getPublishedModel());
  }

  public listModelVersions(): Promise<Listed<ModelVersionSummary>> {
    return this.cached('modelVersions', () => this.inner.listModelVersions());
  }

  public listAssessments(): Promise<Listed<AssessmentSummary>> {
    return this.cached('assessments', () => this.inner.listAssessments());
  }

  public getCurrentUser(): Promise<CurrentUser> {
    return this.cached('currentUser', () => this.inner.getCurrentUser());
  }

  public getSiteOwners(): Promise<SiteOwner[]> {
    return this.cached('siteOwners', () => this.inner.getSiteOwners());
  }

  public loadAssessmentView(assessmentId: number): Promise<AssessmentView> {
    return this.inner.loadAssessmentView(assessmentId);
  }

  public listEvidence(assessmentId: number, capability?: string): Promise<Listed<EvidenceItem>> {
    return this.inner.listEvidence(assessmentId, capability);
  }

  public listRoadmapActions(assessmentId: number): Promise<Listed<RoadmapAction>> {
    return this.inner.listRoadmapActions(assessmentId);
  }

  public listResponseHistory(itemId: number): Promise<Listed<ResponseVersion>> {
    return this.inner.listResponseHistory(itemId);
  }

  public searchPeople(query: string, top?: number): Promise<SitePerson[]> {
    return this.inner.searchPeople(query, top);
  }

  public listLibraryDocuments(query: string, top?: number): Promise<Listed<LibraryDocument>> {
    return this.inner.listLibraryDocuments(query, top);
  }

  public createAssessment(input: NewAssessment): Promise<AssessmentSummary> {
    return this.writes(startTopics(input), () => this.inner.createAssessment(input));
  }

  public startAssessment(input: NewAssessment): Promise<StartedAssessment> {
    return this.writes(startTopics(input), () => this.inner.startAssessment(input));
  }

  public closeAssessment(id: number): Promise<void> {
    return this.writes(['assessments'], () => this.inner.closeAssessment(id));
  }

  public saveBudgetSplit(split: BudgetSplitSave): Promise<AssessmentSummary> {
    return this.writes(['assessments'], () => this.inner.saveBudgetSplit(split));
  }

  public loadDashboard(options?: DashboardOptions): Promise<DashboardView> {
    return this.inner.loadDashboard(options);
  }

  public loadSiteSummary(): Promise<SiteSummary> {
    return this.inner.loadSiteSummary();
  }

  public saveResponse(assessmentId: number, edit: ResponseEdit): Promise<SaveResponseResult> {
    return this.writes(['responses'], () => this.inner.saveResponse(assessmentId, edit));
  }

  public uploadEvidence(upload: EvidenceUpload): Promise<EvidenceItem> {
    return this.writes(['evidence'], () => this.inner.uploadEvidence(upload));
  }

  public linkEvidence(link: EvidenceLink): Promise<EvidenceItem> {
    return this.writes(['evidence'], () => this.inner.linkEvidence(link));
  }

  public linkExistingDocument(link: ExistingDocumentLink): Promise<EvidenceItem> {
    return this.writes(['evidence'], () => this.inner.linkExistingDocument(link));
  }

  public saveRoadmapAction(action: RoadmapActionSave): Promise<RoadmapAction> {
    return this.writes(['roadmap'], () => this.inner.saveRoadmapAction(action));
  }

  public loadRoadmap(options?: RoadmapLoadOptions): Promise<RoadmapView> {
    return this.inner.loadRoadmap(options);
  }

  public saveRoadmapPlan(save: RoadmapSave): Promise<RoadmapSaveResult> {
    return this.writes(['roadmap'], () => this.inner.saveRoadmapPlan(save));
  }

  public saveLocalProfile(profile: LocalProfileSave): Promise<LocalProfile> {
    return this.writes(['profiles'], () => this.inner.saveLocalProfile(profile));
  }

  public deleteLocalProfile(profile: { itemId: number; etag: string; name: string }): Promise<void> {
    return this.writes(['profiles'], () => this.inner.deleteLocalProfile(profile));
  }

  public getLocalProfileEditors(): Promise<LocalProfileEditors | null> {
    return this.inner.getLocalProfileEditors();
  }

  public setLocalProfileEditors(editors: LocalProfileEditors): Promise<string[]> {
    return this.writes(['profiles'], () => this.inner.setLocalProfileEditors(editors));
  }

  public loadWorkshop(assessmentId: number, capability: string): Promise<WorkshopView> {
    return this.inner.loadWorkshop(assessmentId, capability);
  }

  public saveWorkshopScores(assessmentId: number, capability: string, scores: WorkshopScoreChanges): Promise<WorkshopScores> {
    return this.writes(['workshop'], () => this.inner.saveWorkshopScores(assessmentId, capability, scores));
  }

  public revealWorkshop(assessmentId: number, capability: string, revealed: boolean): Promise<WorkshopView> {
    return this.writes(['workshop'], () => this.inner.revealWorkshop(assessmentId, capability, revealed));
  }

  public ensureSchema(onProgress?: ProgressHandler): Promise<SchemaReport> {
    return this.writes(['site'], () => this.inner.ensureSchema(onProgress));
  }

  public publishModel(model: Model, onProgress?: ProgressHandler): Promise<ModelVersionSummary> {
    return this.writes(['model'], () => this.inner.publishModel(model, onProgress));
  }

  public publishDefaultModel(onProgress?: ProgressHandler): Promise<ModelVersionSummary> {
    return this.writes(['model'], () => this.inner.publishDefaultModel(onProgress));
  }
}

/** The page's stores, one per site address. */
const pageStores = new Map<string, PageStore>();

/**
 * The shared store for a site on this page: the first web part to ask creates it, the others get
 * the same one (and so the same cached reads and change notices).
 */
export function pageStoreFor(siteUrl: string, create: () => NimmStore): PageStore {
  const key = siteUrl.replace(/\/+$/, '').toLowerCase();
  let store = pageStores.get(key);
  if (!store) {
    store = new PageStore(create());
    pageStores.set(key, store);
  }
  return store;
}
