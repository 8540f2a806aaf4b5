import type { NimmStore } from '../../data/NimmStore';
import { isStoreError } from '../../data/errors';
import type { DataIssue } from '../../data/types';
import type { Model } from '../../nimm/model/schema';

/** The model the guide shows, where it came from, and who is reading. */
export interface IGuideSource {
  model: Model;
  /** True when the site has no published model and the guide shows the default NHS model. */
  isDefault: boolean;
  /** Parts of the published model that could not be read. */
  issues: DataIssue[];
  /** Whether the reader can put damaged items right (site owners). */
  canFix: boolean;
}

/**
 * The site's published model, read through the store. A site that has no NIMM lists or no
 * published model yet still gets a useful guide: the default NHS model, said to be so.
 */
export async function loadSiteModel(store: NimmStore): Promise<IGuideSource> {
  // Who is reading only decides how much detail a data problem gets: it must never stop the guide.
  const canFix = store.getCurrentUser().then((u) => u.can.setUp, () => false);
  try {
    const published = await store.getPublishedModel();
    if (published) return { model: published.model, isDefault: false, issues: published.issues, canFix: await canFix };
  } catch (error) {
    if (!(isStoreError(error) && error.kind === 'not-set-up')) throw error;
  }
  // Loaded on demand (its own chunk): a site with a published model never downloads it.
  const { getDefaultModel } = await import(/* webpackChunkName: 'nimm-default-model' */ '../../nimm/defaultModel');
  return { model: getDefaultModel(), isDefault: true, issues: [], canFix: await canFix };
}
