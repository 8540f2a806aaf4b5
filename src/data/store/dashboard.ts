/**
 * Loading what the dashboard shows in two round trips, however many past assessments it compares:
 *  1. one $batch: every assessment (newest first), the current user and their rights, and the
 *     site's own profiles (schema version 7) with the user's rights on their list;
 *  2. one $batch: the responses of the assessment shown and of up to `history` earlier ones of
 *     the same scope (one query each, filtered on the indexed assessment id), each distinct model
 *     version they were made against (header, profiles, capabilities), and the evidence of the
 *     assessment shown.
 * Reads that can meet the list view threshold (responses, capabilities, evidence) are answered
 * again in id windows if SharePoint refuses them (sp/largeRead.ts); only then are there more trips.
 * A damaged assessment or response is reported and the rest is shown.
 */
import { DataStrings, formatString } from '../../loc/strings';
import { ASSESSMENT_SELECT, mapAssessment } from '../mappers/assessment';
import { EVIDENCE_SELECT, mapEvidence } from '../mappers/evidence';
import { mapItems, RawItem } from '../mappers/common';
import { mapResponse, RESPONSE_SELECT } from '../mappers/response';
import { F, LISTS } from '../schema/names';
import { finishRead, type ItemQuery } from '../sp/largeRead';
import { MAX_PAGE, readPage, readRemainingPages, type Page, type SPFI } from '../sp/pnp';
import { queueCurrentUser } from '../sp/users';
import { toStoreError } from '../sp/toStoreError';
import type { AssessmentSummary, DashboardEntry, DashboardOptions, DashboardView, DataIssue, StoredModel } from '../types';
import { oneResponsePerCapability } from './assessmentView';
import { finishLocalProfiles, queueLocalProfileReads } from './localProfiles';
import { finishModelReads, queueModelReads, silence, type ModelReads } from './modelReads';

/** Earlier assessments of the same scope compared with the one shown, unless asked otherwise. */
export const DEFAULT_HISTORY = 5;

/** When an assessment was made: its start date, or when the item was created. */
function madeOn(a: AssessmentSummary): string {
  return (a.startDate ?? a.created ?? '').slice(0, 10);
}

/**
 * The assessments a dashboard compares: the one shown first (the newest unless another is asked
 * for), then earlier ones of the same scope, newest first. Newest goes by start date, then by item
 * id: a trust that types in last year's results after starting this year's still sees this year's
 * first.
 */
export function dashboardAssessments(all: AssessmentSummary[], options: DashboardOptions = {}): AssessmentSummary[] {
  const history = Math.max(0, Math.min(10, Math.floor(options.history ?? DEFAULT_HISTORY)));
  const newestFirst = all.slice().sort((a, b) => (madeOn(a) === madeOn(b) ? b.id - a.id : madeOn(a) < madeOn(b) ? 1 : -1));
  const shown = options.assessmentId !== undefined ? newestFirst.find((a) => a.id === options.assessmentId) : newestFirst[0];
  if (!shown) return [];
  const scope = shown.scope.trim().toLowerCase();
  const position = newestFirst.indexOf(shown);
  const earlier = newestFirst.filter((a, i) => i > position && a.scope.trim().toLowerCase() === scope).slice(0, history);
  return [shown, ...earlier];
}

function responsesQuery(assessmentId: number): ItemQuery {
  return { list: LISTS.responses, select: RESPONSE_SELECT, filter: `${F.assessmentId} eq ${assessmentId}` };
}

function evidenceQuery(assessmentId: number): ItemQuery {
  return { list: LISTS.evidence, select: EVIDENCE_SELECT, filter: `${F.assessmentId} eq ${assessmentId}` };
}

/** Loads the dashboard's data; see the file comment. `assessments` is empty when the site has none. */
export async function loadDashboard(sp: SPFI, options: DashboardOptions = {}): Promise<DashboardView> {
  const [first, executeFirst] = sp.batched();
  const reads = {
    assessments: readPage<RawItem>(first.web.lists.getByTitle(LISTS.assessments).items.select(...ASSESSMENT_SELECT).orderBy('Id', false).top(MAX_PAGE)),
    user: queueCurrentUser(first)
  };
  // Last: on a site set up before schema version 7 these fail alone, and are reported.
  const localReads = queueLocalProfileReads(first);
  silence(reads);
  silence(localReads);
  let action: string = DataStrings.Actions.ListAssessments;
  let list: string | undefined = LISTS.assessments;
  try {
    await executeFirst();
    // Past 5,000 assessments (unheard of) the rest come page by page.
    const items = await readRemainingPages<RawItem>(sp, await reads.assessments);
    const listed = mapItems(LISTS.assessments, items, mapAssessment);
    action = DataStrings.Actions.WhoAreYou;
    list = undefined;
    const user = await reads.user;
    action = DataStrings.Actions.ReadLocalProfiles;
    list = LISTS.localProfiles;
    const issues: DataIssue[] = [...listed.issues];
    const localProfiles = await finishLocalProfiles(sp, localReads, issues);
    const chosen = dashboardAssessments(listed.items, options);
    if (chosen.length === 0) {
      return { user, assessments: listed.items, entries: [], evidence: [], localProfiles, issues };
    }

    // The second round trip: everything the chosen assessments need, in one batch.
    const [second, executeSecond] = sp.batched();
    const lists = second.web.lists;
    const versionIds = chosen.map((a) => a.modelVersionId).filter((id, i, all) => all.indexOf(id) === i);
    const modelReads = new Map<number, ModelReads>();
    versionIds.forEach((id) => modelReads.set(id, queueModelReads(second, id)));
    const responseReads = chosen.map((a) => readPage<RawItem>(lists.getByTitle(LISTS.responses).items.select(...RESPONSE_SELECT).filter(responsesQuery(a.id).filter).top(MAX_PAGE)));
    const evidenceRead: Promise<Page<RawItem>> = readPage<RawItem>(lists.getByTitle(LISTS.evidence).items.select(...EVIDENCE_SELECT).filter(evidenceQuery(chosen[0].id).filter).top(MAX_PAGE));
    modelReads.forEach((r) => silence(r));
    silence(responseReads);
    silence({ evidenceRead });
    action = formatString(DataStrings.Actions.LoadAssessment, chosen[0].id);
    list = LISTS.responses;
    await executeSecond();

    const models = new Map<number, StoredModel>();
    for (const id of versionIds) {
      action = formatString(DataStrings.Actions.ReadModelVersion, id);
      list = LISTS.modelVersions;
      try {
        models.set(id, await finishModelReads(sp, id, modelReads.get(id)!));
      } catch (error) {
        // An earlier assessment's model that cannot be read costs its trend point, not the dashboard.
        if (id === chosen[0].modelVersionId) throw error;
        issues.push({ list: LISTS.modelVersions, itemId: id, problem: toStoreError(error, { action, list }).message });
      }
    }
    const entries: DashboardEntry[] = [];
    for (let i = 0; i < chosen.length; i++) {
      const assessment = chosen[i];
      const stored = models.get(assessment.modelVersionId);
      if (!stored) continue;
      action = formatString(DataStrings.Actions.ReadAssessmentResponses, assessment.id);
      list = LISTS.responses;
      const mapped = mapItems(LISTS.responses, await finishRead(sp, responsesQuery(assessment.id), responseReads[i]), mapResponse);
      const known = new Set(stored.model.capabilities.map((c) => c.key));
      const one = oneResponsePerCapability(mapped.items, known);
      issues.push(...mapped.issues, ...one.issues, ...(i === 0 ? stored.issues : []));
      entries.push({ assessment, model: stored.model, modelVersion: stored.modelVersion, responses: one.responses });
    }
    action = formatString(DataStrings.Actions.ListEvidence, chosen[0].id);
    list = LISTS.evidence;
    const evidence = mapItems(LISTS.evidence, await finishRead(sp, evidenceQuery(chosen[0].id), evidenceRead), mapEvidence);
    issues.push(...evidence.issues);
    return { user, assessments: listed.items, entries, evidence: evidence.items, localProfiles, issues };
  } catch (error) {
    throw toStoreError(error, { action, list });
  }
}
