/**
 * Loading one assessment for the assessment web part in at most two round trips, however many
 * capabilities the model has:
 *  1. one $batch: the assessment item, all its responses (filtered on the indexed assessment
 *     id, 5,000 a page), the current user and their effective permissions;
 *  2. one $batch: the model version's header, capabilities and profiles (filtered on the
 *     indexed model version id), which needs the model version id from the first.
 * Only past 5,000 responses or capabilities does paging add round trips.
 */
import { StoreError } from '../errors';
import { ASSESSMENT_SELECT, mapAssessment } from '../mappers/assessment';
import { mapItems, RawItem } from '../mappers/common';
import { mapResponse, RESPONSE_SELECT } from '../mappers/response';
import { F, LISTS } from '../schema/names';
import { MAX_PAGE, readPage, readRemainingPages, type SPFI } from '../sp/pnp';
import { currentUserFrom, USER_SELECT } from '../sp/rights';
import { toStoreError } from '../sp/toStoreError';
import type { AssessmentView, DataIssue, StoredResponse } from '../types';
import { finishModelReads, queueModelReads, silence } from './modelReads';

/** Loads the assessment, its responses, its model and the user's rights. */
export async function loadAssessmentView(sp: SPFI, assessmentId: number): Promise<AssessmentView> {
  const [first, executeFirst] = sp.batched();
  const lists = first.web.lists;
  const reads = {
    assessment: lists.getByTitle(LISTS.assessments).items.getById(assessmentId).select(...ASSESSMENT_SELECT)() as Promise<RawItem>,
    responses: readPage<RawItem>(lists.getByTitle(LISTS.responses).items.select(...RESPONSE_SELECT).filter(`${F.assessmentId} eq ${assessmentId}`).top(MAX_PAGE)),
    user: first.web.currentUser.select(...USER_SELECT)() as Promise<unknown>,
    perms: first.web.getCurrentUserEffectivePermissions() as Promise<unknown>
  };
  silence(reads);
  try {
    await executeFirst();
  } catch (error) {
    throw toStoreError(error, { action: 'load the assessment', list: LISTS.assessments, itemId: assessmentId });
  }

  let action = `load assessment ${assessmentId}`;
  let list: string = LISTS.assessments;
  let itemId: number | undefined = assessmentId;
  try {
    const assessmentItem = await reads.assessment;
    const assessment = mapAssessment(assessmentItem);
    if (!assessment.ok) {
      throw new StoreError('invalid-data', `Assessment ${assessmentId} (list "${LISTS.assessments}", item ${assessmentId}) is damaged and cannot be opened: ${assessment.problem}.`, { list, itemId });
    }
    const versionId = assessment.value.modelVersionId;

    // The second round trip is queued before waiting on the rest of the first one's answers.
    const [second, executeSecond] = sp.batched();
    const modelReads = queueModelReads(second, versionId);
    silence(modelReads);
    const secondDone = executeSecond();
    secondDone.catch(() => undefined);

    action = 'find out who you are and what you may do on this site';
    list = '';
    itemId = undefined;
    const user = currentUserFrom(await reads.user, await reads.perms);

    action = `read the responses of assessment ${assessmentId}`;
    list = LISTS.responses;
    const responseItems = await readRemainingPages(sp, await reads.responses);
    const mapped = mapItems(LISTS.responses, responseItems, mapResponse);

    action = `read model version ${versionId}`;
    list = LISTS.modelVersions;
    itemId = versionId;
    await secondDone;
    const stored = await finishModelReads(sp, versionId, modelReads);

    const known = new Set(stored.model.capabilities.map((c) => c.key));
    const { responses, issues } = oneResponsePerCapability(mapped.values, known);
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

/**
 * Keeps one response per capability. Two people can create the same capability's response at
 * the same moment; the first one created (lowest id) is used and the other is reported, so its
 * content can be recovered from the list by hand.
 */
function oneResponsePerCapability(responses: StoredResponse[], known: Set<string>): { responses: StoredResponse[]; issues: DataIssue[] } {
  const byCapability = new Map<string, StoredResponse>();
  const issues: DataIssue[] = [];
  for (const r of responses.slice().sort((a, b) => a.itemId - b.itemId)) {
    if (!known.has(r.capability)) {
      issues.push({ list: LISTS.responses, itemId: r.itemId, problem: `it answers capability "${r.capability}", which this assessment's model does not have` });
      continue;
    }
    const kept = byCapability.get(r.capability);
    if (kept) {
      issues.push({ list: LISTS.responses, itemId: r.itemId, problem: `it is a second response for capability "${r.capability}"; item ${kept.itemId} is used instead` });
      continue;
    }
    byCapability.set(r.capability, r);
  }
  return { responses: Array.from(byCapability.values()), issues };
}
