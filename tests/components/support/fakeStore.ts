/**
 * A hand-written NimmStore for UI tests: an in-memory site whose answers and failures a test sets
 * up directly. It keeps only what the set-up screen uses; every other method rejects, so a
 * component that starts calling one shows up as a failing test rather than as silent success.
 */
import type { Model } from '../../../src/nimm/model/schema';
import type { NimmStore } from '../../../src/data/NimmStore';
import { StoreError } from '../../../src/data/errors';
import type {
  AssessmentSummary,
  AssessmentView,
  BudgetSplitSave,
  DashboardView,
  CurrentUser,
  DataIssue,
  EvidenceItem,
  LibraryDocument,
  LocalProfile,
  LocalProfileEditors,
  LocalProfileSave,
  Listed,
  ModelVersionSummary,
  ProgressHandler,
  Role,
  ResponseVersion,
  RoadmapAction,
  RoadmapLoadOptions,
  RoadmapSave,
  RoadmapSaveResult,
  RoadmapView,
  SaveResponseResult,
  SchemaReport,
  SiteOwner,
  SitePerson,
  SiteSummary,
  StartedAssessment,
  StoredModel,
  WorkshopScoreChanges,
  WorkshopScores,
  WorkshopView
} from '../../../src/data/types';
import { guideModel } from '../fixtures/guideModel';

/** The store methods a test can make fail or hold back. */
export type FakeMethod = 'getCurrentUser' | 'getPublishedModel' | 'listModelVersions' | 'getSiteOwners' | 'ensureSchema' | 'publishDefaultModel';

/** A promise the test settles when it chooses, to look at the screen while a call is under way. */
export interface Gate {
  promise: Promise<void>;
  open: () => void;
}

export function gate(): Gate {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

export function userWithRole(role: Role, title = 'Alex Example'): CurrentUser {
  const owner = role === 'owner';
  return {
    id: 7,
    title,
    email: 'alex.example@nhs.example',
    loginName: 'i:0#.f|membership|alex.example@nhs.example',
    role,
    can: { setUp: owner, publish: owner, edit: role !== 'visitor', read: true }
  };
}

export function versionOf(model: Model, id: number, status: ModelVersionSummary['status'] = 'published'): ModelVersionSummary {
  return {
    id,
    modelKey: model.key,
    version: model.version,
    name: model.name,
    status,
    capabilityCount: model.capabilities.length,
    profileCount: model.profiles.length,
    publishedAt: status === 'published' || status === 'retired' ? '2025-03-04T10:00:00Z' : null
  };
}

function unused(method: string): Promise<never> {
  return Promise.reject(new StoreError('not-found', `The fake store does not do ${method}.`));
}

export class FakeStore implements NimmStore {
  /** The signed-in user. */
  public user: CurrentUser = userWithRole('owner');
  /** The site's owners. */
  public owners: SiteOwner[] = [];
  /** Whether the NIMM lists exist. */
  public listsExist = true;
  /** Schema version recorded on the site (null before the first set-up). */
  public schemaVersion: number | null = 3;
  /** The model the site's published version holds, and its id; none when null. */
  public publishedModel: Model | null = null;
  public publishedId = 1;
  /** Items skipped while reading the model. */
  public issues: DataIssue[] = [];
  /** Every model version, newest first. */
  public versions: ModelVersionSummary[] = [];
  /** Model version items the fake reports as damaged. */
  public versionIssues: DataIssue[] = [];
  /** What ensureSchema reports it changed. */
  public schemaChanges: string[] = [];
  /** The model publishDefaultModel publishes. */
  public defaultModel: Model = { ...guideModel(), key: 'nhs-default', name: 'Default NHS model', version: '2.0' };
  /** Every call, by method name, in order. */
  public readonly calls: FakeMethod[] = [];

  private readonly failures = new Map<FakeMethod, { error: unknown; times: number }>();
  private readonly gates = new Map<FakeMethod, Gate>();

  /** Makes a method fail with `error` for its next `times` calls (every call by default). */
  public fail(method: FakeMethod, error: unknown, times = Number.POSITIVE_INFINITY): this {
    this.failures.set(method, { error, times });
    return this;
  }

  /** Holds a method back (after it has reported its first progress step) until the gate opens. */
  public hold(method: FakeMethod): Gate {
    const g = gate();
    this.gates.set(method, g);
    return g;
  }

  /** Publishes `model` as the version in force, as if an owner had done so before. */
  public withPublished(model: Model = guideModel(), id = 1): this {
    this.publishedModel = model;
    this.publishedId = id;
    this.versions = [versionOf(model, id), ...this.versions];
    return this;
  }

  public getCurrentUser(): Promise<CurrentUser> {
    return this.run('getCurrentUser', () => this.user);
  }

  public getSiteOwners(): Promise<SiteOwner[]> {
    return this.run('getSiteOwners', () => this.owners);
  }

  public getPublishedModel(): Promise<StoredModel | null> {
    return this.run('getPublishedModel', () => {
      this.requireLists();
      if (!this.publishedModel) return null;
      const modelVersion = this.versions.find((v) => v.id === this.publishedId) ?? versionOf(this.publishedModel, this.publishedId);
      return { modelVersion, model: this.publishedModel, issues: this.issues };
    });
  }

  public listModelVersions(): Promise<Listed<ModelVersionSummary>> {
    return this.run('listModelVersions', () => {
      this.requireLists();
      return { items: this.versions, issues: this.versionIssues };
    });
  }

  public ensureSchema(onProgress: ProgressHandler = () => undefined): Promise<SchemaReport> {
    return this.run(
      'ensureSchema',
      () => {
        onProgress({ step: 2, total: 3, message: 'Creating "NIMM Capabilities"' });
        onProgress({ step: 3, total: 3, message: 'Recording the schema version' });
        const fromVersion = this.listsExist ? this.schemaVersion : null;
        this.listsExist = true;
        this.schemaVersion = 3;
        return { fromVersion, toVersion: 3, changes: this.schemaChanges };
      },
      () => onProgress({ step: 1, total: 3, message: 'Checking that you are a site owner' })
    );
  }

  public publishDefaultModel(onProgress: ProgressHandler = () => undefined): Promise<ModelVersionSummary> {
    return this.run(
      'publishDefaultModel',
      () => {
        onProgress({ step: 2, total: 2, message: 'Publishing the new version' });
        this.requireLists();
        const id = Math.max(0, ...this.versions.map((v) => v.id)) + 1;
        const published = versionOf(this.defaultModel, id);
        this.versions = [published, ...this.versions.map((v) => (v.status === 'published' ? { ...v, status: 'retired' as const } : v))];
        this.publishedModel = this.defaultModel;
        this.publishedId = id;
        return published;
      },
      () => onProgress({ step: 1, total: 2, message: `Writing model "${this.defaultModel.name}" version ${this.defaultModel.version} as a draft` })
    );
  }

  public publishModel(): Promise<ModelVersionSummary> {
    return unused('publishModel');
  }
  public listAssessments(): Promise<Listed<AssessmentSummary>> {
    return unused('listAssessments');
  }
  public createAssessment(): Promise<AssessmentSummary> {
    return unused('createAssessment');
  }
  public startAssessment(): Promise<StartedAssessment> {
    return unused('startAssessment');
  }
  public closeAssessment(): Promise<void> {
    return unused('closeAssessment');
  }
  public loadAssessmentView(): Promise<AssessmentView> {
    return unused('loadAssessmentView');
  }
  // With its parameter, so a test's subclass can answer it (tests/components/budget.test.tsx).
  public saveBudgetSplit(_split: BudgetSplitSave): Promise<AssessmentSummary> {
    return unused('saveBudgetSplit');
  }
  public loadDashboard(): Promise<DashboardView> {
    return unused('loadDashboard');
  }
  public loadSiteSummary(): Promise<SiteSummary> {
    return unused('loadSiteSummary');
  }
  public saveResponse(): Promise<SaveResponseResult> {
    return unused('saveResponse');
  }
  public listEvidence(): Promise<Listed<EvidenceItem>> {
    return unused('listEvidence');
  }
  public uploadEvidence(): Promise<EvidenceItem> {
    return unused('uploadEvidence');
  }
  public linkEvidence(): Promise<EvidenceItem> {
    return unused('linkEvidence');
  }
  public listResponseHistory(): Promise<Listed<ResponseVersion>> {
    return unused('listResponseHistory');
  }
  public searchPeople(): Promise<SitePerson[]> {
    return unused('searchPeople');
  }
  public linkExistingDocument(): Promise<EvidenceItem> {
    return unused('linkExistingDocument');
  }
  public listLibraryDocuments(): Promise<Listed<LibraryDocument>> {
    return unused('listLibraryDocuments');
  }
  public listRoadmapActions(): Promise<Listed<RoadmapAction>> {
    return unused('listRoadmapActions');
  }
  public saveRoadmapAction(): Promise<RoadmapAction> {
    return unused('saveRoadmapAction');
  }
  // With their parameters, so a test's subclass can answer them (tests/components/roadmap.test.tsx).
  public loadRoadmap(_options?: RoadmapLoadOptions): Promise<RoadmapView> {
    return unused('loadRoadmap');
  }
  public saveRoadmapPlan(_save: RoadmapSave): Promise<RoadmapSaveResult> {
    return unused('saveRoadmapPlan');
  }
  public saveLocalProfile(_profile: LocalProfileSave): Promise<LocalProfile> {
    return unused('saveLocalProfile');
  }
  public deleteLocalProfile(_profile: { itemId: number; etag: string; name: string }): Promise<void> {
    return unused('deleteLocalProfile');
  }
  /** Who may change local profiles on the fake site; null as on a site before schema version 7. */
  public localProfileEditors: LocalProfileEditors | null = 'members';
  public getLocalProfileEditors(): Promise<LocalProfileEditors | null> {
    return Promise.resolve(this.localProfileEditors);
  }
  public setLocalProfileEditors(editors: LocalProfileEditors): Promise<string[]> {
    const changed = this.localProfileEditors !== editors;
    this.localProfileEditors = editors;
    return Promise.resolve(changed ? [`Now ${editors}`] : []);
  }
  // With their parameters, so a test's subclass can answer them (tests/components/workshop.test.tsx).
  public loadWorkshop(_assessmentId: number, _capability: string): Promise<WorkshopView> {
    return unused('loadWorkshop');
  }
  public saveWorkshopScores(_assessmentId: number, _capability: string, _scores: WorkshopScoreChanges): Promise<WorkshopScores> {
    return unused('saveWorkshopScores');
  }
  public revealWorkshop(_assessmentId: number, _capability: string, _revealed: boolean): Promise<WorkshopView> {
    return unused('revealWorkshop');
  }

  private requireLists(): void {
    if (!this.listsExist) {
      throw new StoreError('not-set-up', 'Could not read the published model: the list "NIMM Model Versions" does not exist on this site. A site owner needs to run set-up first.', { status: 404 });
    }
  }

  /**
   * Records the call, then (asynchronously, as a real store is) runs `start`, waits for the
   * method's gate if one is set, and fails if told to, or returns what `body` gives.
   */
  private async run<T>(method: FakeMethod, body: () => T, start: () => void = () => undefined): Promise<T> {
    this.calls.push(method);
    await Promise.resolve();
    start();
    const held = this.gates.get(method);
    if (held) {
      this.gates.delete(method);
      await held.promise;
    }
    const failure = this.failures.get(method);
    if (failure && failure.times > 0) {
      failure.times -= 1;
      throw failure.error;
    }
    return body();
  }
}

/** A site with the local profiles list and none in it, where members may add some. */
export const NO_LOCAL_PROFILES = { profiles: [], editors: 'members' as const, canChange: true, available: true };
