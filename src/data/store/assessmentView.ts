/**
 * Loading one assessment for the assessment web part in at most two round trips, however many
 * capabilities the model has:
 *  1. one $batch: the assessment item, the current user and their effective permissions, then
 *     all its responses (filtered on the indexed assessment id, 5,000 a page);
 *  2. one $batch: the model version's header, profiles and capabilities (filtered on the
 *     indexed model version id), which needs the model version id from the first.
 * The reads that could meet the list view threshold come last in each batch: SharePoint Online
 * does not run the parts after a failed one (pnp/pnpjs#1275), and a threshold refusal is answered
 * by reading again in id windows (sp/largeRead.ts). Only past 5,000 responses or capabilities do
 * paging or windows add round trips.
 */
import { DataStrings, formatString } from '../../loc/strings';
import { StoreError } from '../errors';
import { ASSESSMENT_SELECT, mapAssessment } from '../mappers/assessment';
import { mapItems, RawItem } from '../mappers/common';
import { draftOf, mapResponse, RESPONSE_SELECT } from '../mappers/response';
import { F, LISTS } from '../schema/names';
import { RESPONSE_RECORD_FIELDS, RESPONSE_SCALAR_FIELDS, recordOf } from '../schema/responseDraft';
import { finishRead, type ItemQuery } from '../sp/largeRead';
import { MAX_PAGE, readPage, type SPFI } from '../sp/pnp';
import { queueCurrentUser } from '../sp/users';
import { toStoreError } from '../sp/toStoreError';
import type { AssessmentView, DataIssue, StoredResponse } from '../types';
import { finishModelReads, queueModelReads, silence } from './modelReads';

/** Loads the assessment, its responses, its model and the user's rights. */
export async function loadAssessmentView(sp: SPFI, assessmentId: number): Promise<AssessmentView> {
  const [first, executeFirst] = sp.batched();
  const lists = first.web.lists;
  const responsesQuery: ItemQuery = { list: LISTS.responses, select: RESPONSE_SELECT, filter: `${F.assessmentId} eq ${assessmentId}` };
  const reads = {
    assessment: lists.getByTitle(LISTS.assessments).items.getById(assessmentId).select(...ASSESSMENT_SELECT)() as Promise<RawItem>,
    user: queueCurrentUser(first),
    responses: readPage<RawItem>(lists.getByTitle(LISTS.responses).items.select(...RESPONSE_SELECT).filter(responsesQuery.filter).top(MAX_PAGE))
  };
  silence(reads);
  try {
    await executeFirst();
  } catch (error) {
    throw toStoreError(error, { action: DataStrings.Actions.LoadTheAssessment, list: LISTS.assessments, itemId: assessmentId });
  }

  let action = formatString(DataStrings.Actions.LoadAssessment, assessmentId);
  let list: string = LISTS.assessments;
  let itemId: number | undefined = assessmentId;
  try {
    const assessmentItem = await reads.assessment;
    const assessment = mapAssessment(assessmentItem);
    if (!assessment.ok) {
      throw new StoreError('invalid-data', formatString(DataStrings.Assessments.Damaged, assessmentId, LISTS.assessments, assessment.problem), { list, itemId });
    }
    const versionId = assessment.value.modelVersionId;

    // The second round trip is queued before waiting on the rest of the first one's answers.
    const [second, executeSecond] = sp.batched();
    const modelReads = queueModelReads(second, versionId);
    silence(modelReads);
    const secondDone = executeSecond();
    secondDone.catch(() => undefined);

    action = DataStrings.Actions.WhoAreYou;
    list = '';
    itemId = undefined;
    const user = await reads.user;

    action = formatString(DataStrings.Actions.ReadAssessmentResponses, assessmentId);
    list = LISTS.responses;
    const responseItems = await finishRead(sp, responsesQuery, reads.responses);
    const mapped = mapItems(LISTS.responses, responseItems, mapResponse);

    action = formatString(DataStrings.Actions.ReadModelVersion, versionId);
    list = LISTS.modelVersions;
    itemId = versionId;
    await secondDone;
    const stored = await finishModelReads(sp, versionId, modelReads);

    const known = new Set(stored.model.capabilities.map((c) => c.key));
    const { responses, issues } = oneResponsePerCapability(mapped.items, known);
    return {
      model: stored.model,
      modelVersion: stored.modelVersion,
      assessment: assessment.value,
      responses,
      user,
      rights: user.can,
      issues: [...mapped.issues, ...issues, ...stored.issues]
    };
  } catch (error) {
    throw toStoreError(error, { action, list: list || undefined, itemId });
  }
}

/** True when a value is what a response nobody has touched holds there. */
function isEmpty(value: unknown): boolean {
  return value === null || value === '' || value === false || value === 'not-started';
}

/**
 * Folds a duplicate into the kept response: its answers to criteria the kept one has not
 * answered, and its values where the kept one has none. Nothing either holds is hidden.
 */
function foldIn(kept: StoredResponse, duplicate: StoredResponse): StoredResponse {
  const draft = draftOf(kept);
  const theirs = draftOf(duplicate);
  const merged: Record<string, unknown> = { ...kept };
  // Record fields (answers, notes) entry by entry; the kept response's own entries win.
  for (const field of RESPONSE_RECORD_FIELDS) merged[field] = { ...recordOf(theirs, field), ...recordOf(draft, field) };
  for (const field of RESPONSE_SCALAR_FIELDS) {
    if (isEmpty(merged[field]) && !isEmpty(theirs[field])) merged[field] = theirs[field];
  }
  const result = merged as unknown as StoredResponse;
  result.duplicates = [...(kept.duplicates ?? []), { itemId: duplicate.itemId, etag: duplicate.etag }];
  return result;
}

/**
 * One response per capability. SharePoint keeps the response key unique, but versions before
 * that could leave two items for a capability when two people saved it first at the same moment.
 * Both are shown as one (the oldest, which set-up gave the key, takes the other's content)
 * and the duplicate is reported; the next save of that capability stores the merged content and
 * moves the duplicate to the recycle bin. Responses damaged in part are shown with what could be
 * read, and each unreadable part is reported.
 */
export function oneResponsePerCapability(responses: StoredResponse[], known: Set<string>): { responses: StoredResponse[]; issues: DataIssue[] } {
  const byCapability = new Map<string, StoredResponse>();
  const issues: DataIssue[] = [];
  for (const r of responses.slice().sort((a, b) => a.itemId - b.itemId)) {
    for (const problem of r.damaged?.problems ?? []) issues.push({ list: LISTS.responses, itemId: r.itemId, problem });
    if (!known.has(r.capability)) {
      issues.push({ list: LISTS.responses, itemId: r.itemId, problem: formatString(DataStrings.Responses.UnknownCapability, r.capability) });
      continue;
    }
    const kept = byCapability.get(r.capability);
    if (!kept) {
      byCapability.set(r.capability, r);
      continue;
    }
    byCapability.set(r.capability, foldIn(kept, r));
    issues.push({
      list: LISTS.responses,
      itemId: r.itemId,
      problem: formatString(DataStrings.Responses.SecondResponse, r.capability, kept.itemId)
    });
  }
  return { responses: Array.from(byCapability.values()), issues };
}
