/** Listing, starting and closing assessments. */
import { StoreError } from '../errors';
import { ASSESSMENT_SELECT, assessmentToItem, mapAssessment, newAssessmentSchema } from '../mappers/assessment';
import { describeIssues, mapItems, RawItem, toDateColumn } from '../mappers/common';
import { mapModelVersion, MODEL_VERSION_SELECT, newestPublished } from '../mappers/modelVersion';
import { assessmentStatusSchema } from '../schema/choices';
import { F, LISTS } from '../schema/names';
import { MAX_PAGE, readAll, type SPFI } from '../sp/pnp';
import { toStoreError } from '../sp/toStoreError';
import type { AssessmentSummary, Listed, ModelVersionSummary, NewAssessment } from '../types';
import { readPublishedVersions } from './modelReads';

/** Every assessment, newest first; damaged items are skipped and reported. */
export async function listAssessments(sp: SPFI): Promise<Listed<AssessmentSummary>> {
  try {
    // Ordering by Id needs no index: it is the list's own key, so this works past 5,000 items.
    const items = await readAll<RawItem>(sp, sp.web.lists.getByTitle(LISTS.assessments).items.select(...ASSESSMENT_SELECT).orderBy('Id', false).top(MAX_PAGE));
    return mapItems(LISTS.assessments, items, mapAssessment);
  } catch (error) {
    throw toStoreError(error, { action: 'list the assessments', list: LISTS.assessments });
  }
}

async function modelVersionFor(sp: SPFI, id: number | undefined): Promise<ModelVersionSummary> {
  if (id === undefined) {
    const current = newestPublished(await readPublishedVersions(sp));
    if (current === null) {
      throw new StoreError('not-set-up', 'No model has been published on this site yet, so an assessment cannot start. A site owner needs to publish one (the default NHS model can be published in one step).');
    }
    return current;
  }
  try {
    const mapped = mapModelVersion(await sp.web.lists.getByTitle(LISTS.modelVersions).items.getById(id).select(...MODEL_VERSION_SELECT)());
    if (!mapped.ok) throw new StoreError('invalid-data', `Model version ${id} is damaged: ${mapped.problem}.`, { list: LISTS.modelVersions, itemId: id });
    if (mapped.value.status !== 'published' && mapped.value.status !== 'retired') {
      throw new StoreError('invalid-data', `Model version ${id} was never published (it is ${mapped.value.status}), so it cannot be assessed against.`, { list: LISTS.modelVersions, itemId: id });
    }
    return mapped.value;
  } catch (error) {
    throw toStoreError(error, { action: `find model version ${id}`, list: LISTS.modelVersions, itemId: id });
  }
}

/** Starts an assessment against the published model, or the model version given. */
export async function createAssessment(sp: SPFI, input: NewAssessment): Promise<AssessmentSummary> {
  const parsed = newAssessmentSchema.safeParse(input);
  if (!parsed.success) {
    throw new StoreError('invalid-data', `The assessment could not be started: ${describeIssues(parsed.error.issues)}.`, { unsaved: input });
  }
  const version = await modelVersionFor(sp, parsed.data.modelVersionId);
  const today = new Date().toISOString().slice(0, 10);
  try {
    const created = await sp.web.lists.getByTitle(LISTS.assessments).items.add(assessmentToItem(parsed.data, { id: version.id, modelKey: version.modelKey, version: version.version }, today));
    const mapped = mapAssessment(created);
    if (!mapped.ok) throw new StoreError('invalid-data', `The assessment was created but reads back wrongly: ${mapped.problem}.`, { list: LISTS.assessments, itemId: (created as RawItem).Id as number });
    return mapped.value;
  } catch (error) {
    throw toStoreError(error, { action: `start the assessment "${input.title}"`, list: LISTS.assessments, unsaved: input });
  }
}

/** Marks an assessment closed. Closing twice is harmless, so no ETag check. */
export async function closeAssessment(sp: SPFI, id: number): Promise<void> {
  try {
    await sp.web.lists.getByTitle(LISTS.assessments).items.getById(id).update({ [F.status]: assessmentStatusSchema.enum.closed, [F.closedDate]: toDateColumn(new Date().toISOString()) });
  } catch (error) {
    throw toStoreError(error, { action: `close assessment ${id}`, list: LISTS.assessments, itemId: id });
  }
}
