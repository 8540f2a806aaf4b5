/** Roadmap actions of an assessment. */
import { DataStrings, formatString } from '../../loc/strings';
import { StoreError } from '../errors';
import { describeIssues, mapItems, RawItem } from '../mappers/common';
import { mapRoadmapAction, roadmapDraftSchema, roadmapToItem, ROADMAP_SELECT } from '../mappers/roadmapAction';
import { F, LISTS } from '../schema/names';
import { readMatching } from '../sp/largeRead';
import type { SPFI } from '../sp/pnp';
import { toStoreError } from '../sp/toStoreError';
import type { Listed, RoadmapAction, RoadmapActionSave } from '../types';

/** Actions of an assessment, by phase then creation order; damaged items are skipped and reported. */
export async function listRoadmapActions(sp: SPFI, assessmentId: number): Promise<Listed<RoadmapAction>> {
  try {
    const items = await readMatching(sp, { list: LISTS.roadmapActions, select: ROADMAP_SELECT, filter: `${F.assessmentId} eq ${assessmentId}` });
    const { items: values, issues } = mapItems(LISTS.roadmapActions, items, mapRoadmapAction);
    const byPhase = values.sort((a, b) => (a.phase ?? Number.MAX_SAFE_INTEGER) - (b.phase ?? Number.MAX_SAFE_INTEGER) || a.itemId - b.itemId);
    return { items: byPhase, issues };
  } catch (error) {
    throw toStoreError(error, { action: formatString(DataStrings.Actions.ReadRoadmap, assessmentId), list: LISTS.roadmapActions });
  }
}

/**
 * Adds an action, or updates one. An update sends the ETag it was loaded with, so a change made
 * meanwhile by someone else comes back as a 'conflict' StoreError instead of being overwritten.
 */
export async function saveRoadmapAction(sp: SPFI, action: RoadmapActionSave): Promise<RoadmapAction> {
  const parsed = roadmapDraftSchema.safeParse(action);
  if (!parsed.success) {
    throw new StoreError('invalid-data', formatString(DataStrings.Roadmap.Invalid, describeIssues(parsed.error.issues)), { unsaved: action });
  }
  // An update without the ETag it was loaded with would overwrite whatever is there now.
  if (action.itemId !== undefined && (typeof action.etag !== 'string' || action.etag.trim() === '' || action.etag.trim() === '*')) {
    throw new StoreError('invalid-data', formatString(DataStrings.Roadmap.NoEtag, parsed.data.title), {
      list: LISTS.roadmapActions,
      itemId: action.itemId,
      unsaved: action
    });
  }
  const fields = roadmapToItem(parsed.data);
  const list = sp.web.lists.getByTitle(LISTS.roadmapActions);
  const context = { action: formatString(DataStrings.Actions.SaveRoadmapAction, parsed.data.title), list: LISTS.roadmapActions, itemId: action.itemId, unsaved: action };
  try {
    let raw: RawItem;
    if (action.itemId === undefined) {
      raw = await list.items.add(fields);
    } else {
      await list.items.getById(action.itemId).update(fields, action.etag);
      raw = await list.items.getById(action.itemId).select(...ROADMAP_SELECT)();
    }
    const mapped = mapRoadmapAction(raw);
    if (!mapped.ok) throw new StoreError('invalid-data', formatString(DataStrings.Roadmap.ReadBackWrongly, mapped.problem), { list: LISTS.roadmapActions, itemId: Number(raw.Id) });
    return mapped.value;
  } catch (error) {
    throw toStoreError(error, context);
  }
}
