import { GuideStrings as strings } from '../../loc/strings';
import type { NimmStore } from '../../data/NimmStore';
import { isStoreError } from '../../data/errors';
import type { IGuideModelSource } from './IModelGuideAppProps';

/**
 * The model the guide shows: the site's published model, read through the store. A site that
 * has no NIMM lists or no published model yet still gets a useful guide: the default NHS model,
 * with a notice saying so. Items skipped on the way (hand-edited list items) are named.
 */
export async function loadSiteModel(store: NimmStore): Promise<IGuideModelSource> {
  try {
    const published = await store.getPublishedModel();
    if (published) {
      const skipped = published.issues.map((i) => `${i.list}${i.itemId === null ? '' : `, item ${i.itemId}`}: ${i.problem}`);
      return { model: published.model, notice: skipped.length ? `${strings.SkippedItemsNotice} ${skipped.join(' ')}` : undefined };
    }
  } catch (error) {
    if (!(isStoreError(error) && error.kind === 'not-set-up')) throw error;
  }
  // Loaded on demand (its own chunk): a site with a published model never downloads it.
  const { getDefaultModel } = await import(/* webpackChunkName: 'nimm-default-model' */ '../../nimm/defaultModel');
  return { model: getDefaultModel(), notice: strings.NoPublishedModelNotice };
}
