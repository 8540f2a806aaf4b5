/** Reading where a site stands with NIMM: who is looking, whether the lists exist, what model is in force. */
import { isStoreError } from '../../data/errors';
import type { NimmStore } from '../../data/NimmStore';
import type { CurrentUser, DataIssue, Listed, ModelVersionSummary, SiteOwner, StoredModel } from '../../data/types';

/** Whether the NIMM lists are on the site. */
export type ListsState =
  | { kind: 'found' }
  /** The store said 'not-set-up'. `reason` is set when lists exist but need an upgrade. */
  | { kind: 'missing'; reason?: string; message: string };

/** Everything the set-up screen shows about the site. */
export interface ISiteStatus {
  user: CurrentUser;
  lists: ListsState;
  /** The model in force, or null when none is (or the lists are missing). */
  published: StoredModel | null;
  /** Every model version, newest first; empty when the lists are missing. */
  versions: ModelVersionSummary[];
  /** Model version items that could not be read. */
  versionIssues: DataIssue[];
  /** The site's owners, read only for people who cannot set up; null when not read or unreadable. */
  owners: SiteOwner[] | null;
}

/**
 * Reads the site's status. The user and the published model are read together; a 'not-set-up'
 * failure of the model read is an answer ("the lists are not there yet"), not an error. Only the
 * owners list may fail quietly: the screen can still say "ask a site owner" without names.
 */
export async function readSiteStatus(store: NimmStore): Promise<ISiteStatus> {
  const [user, model] = await Promise.all([
    store.getCurrentUser(),
    store.getPublishedModel().then(
      (published) => ({ lists: { kind: 'found' } as ListsState, published }),
      (error: unknown) => {
        if (isStoreError(error) && error.kind === 'not-set-up') {
          return { lists: { kind: 'missing', reason: error.reason, message: error.message } as ListsState, published: null };
        }
        throw error;
      }
    )
  ]);
  const [versions, owners] = await Promise.all([
    model.lists.kind === 'found' ? store.listModelVersions() : Promise.resolve<Listed<ModelVersionSummary>>({ items: [], issues: [] }),
    user.can.setUp ? Promise.resolve(null) : store.getSiteOwners().catch(() => null)
  ]);
  return { user, lists: model.lists, published: model.published, versions: versions.items, versionIssues: versions.issues, owners };
}
