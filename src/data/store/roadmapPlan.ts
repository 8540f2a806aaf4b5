/**
 * The roadmap web part's data: loading an assessment's plan in two round trips, and saving a whole
 * plan (its settings item and every action it adds or changes) in as few $batch requests as
 * SharePoint allows.
 *
 * Loading:
 *  1. one $batch: every assessment, the current user and their rights, every plan (one small
 *     item per assessment: the settings), and the site's local profiles with the user's rights on
 *     their list;
 *  2. one $batch: the chosen assessment's model version (header, profiles, capabilities), its
 *     responses and its actions, and, when it has no plan yet, the actions of the newest earlier
 *     plan of the same scope, which the page offers to carry forward.
 *
 * Saving sends the settings item first (when it is new or changed), then the actions, in $batch
 * requests of at most 100 parts (SharePoint's limit), and ends the last one with two reads: the
 * plan and every action of the assessment as now stored. A plan of up to 98 writes is one round
 * trip; 125 writes are two. Every update carries the ETag it was loaded with:
 *  - SharePoint does not run the parts after a failed one (sp/largeRead.ts, isSkippedBatchPart),
 *    so after a refusal the parts not run are sent again in the next $batch;
 *  - an action someone else changed meanwhile (412) is not overwritten: it comes back as a
 *    conflict with both versions, and the rest is saved;
 *  - settings someone else changed meanwhile (412), or a first plan someone else saved at the same
 *    moment (the unique plan key), stop the save there: the actions were planned from settings that
 *    are no longer the site's, and in the second case the other person's actions are already
 *    there. Nothing after it is written; the page shows both versions;
 *  - any other refusal stops the save there too, and says what was not saved and why.
 */
import { DataStrings, formatString } from '../../loc/strings';
import { StoreError } from '../errors';
import { ASSESSMENT_SELECT, mapAssessment } from '../mappers/assessment';
import { describeIssues, mapItems, type RawItem } from '../mappers/common';
import { mapResponse, RESPONSE_SELECT } from '../mappers/response';
import { mapRoadmapAction, roadmapDraftSchema, roadmapToItem, ROADMAP_SELECT } from '../mappers/roadmapAction';
import { isKeyedPlan, mapRoadmapPlan, PLAN_SELECT, planSaveSchema, planToItem } from '../mappers/roadmapPlan';
import { MAX_BATCH } from '../publish/writeBatched';
import { F, LISTS } from '../schema/names';
import { finishRead, type ItemQuery } from '../sp/largeRead';
import { MAX_PAGE, readPage, readRemainingPages, type Page, type SPFI } from '../sp/pnp';
import { queueCurrentUser } from '../sp/users';
import { toStoreError } from '../sp/toStoreError';
import type {
  AssessmentSummary,
  DataIssue,
  RoadmapAction,
  RoadmapActionSave,
  RoadmapConflict,
  RoadmapLoadOptions,
  RoadmapPlan,
  RoadmapPlanSave,
  RoadmapSave,
  RoadmapSaveResult,
  RoadmapView
} from '../types';
import { oneResponsePerCapability } from './assessmentView';
import { dashboardAssessments } from './dashboard';
import { finishLocalProfiles, queueLocalProfileReads } from './localProfiles';
import { finishModelReads, queueModelReads, silence } from './modelReads';

/** Earlier assessments of the same scope searched for a plan to carry forward. */
const EARLIER_SEARCHED = 10;

function actionsQuery(assessmentId: number): ItemQuery {
  return { list: LISTS.roadmapActions, select: ROADMAP_SELECT, filter: `${F.assessmentId} eq ${assessmentId}` };
}

function responsesQuery(assessmentId: number): ItemQuery {
  return { list: LISTS.responses, select: RESPONSE_SELECT, filter: `${F.assessmentId} eq ${assessmentId}` };
}

function planQuery(assessmentId: number): ItemQuery {
  return { list: LISTS.roadmapPlans, select: PLAN_SELECT, filter: `${F.assessmentId} eq ${assessmentId}` };
}

function queue(batched: SPFI, q: ItemQuery): Promise<Page<RawItem>> {
  return readPage<RawItem>(batched.web.lists.getByTitle(q.list).items.select(...q.select).filter(q.filter).top(MAX_PAGE));
}

/** Plans by assessment; a second plan of an assessment (left by a race before the key was unique) is reported. */
function plansByAssessment(items: RawItem[], issues: DataIssue[]): Map<number, RoadmapPlan> {
  const mapped = mapItems(LISTS.roadmapPlans, items.filter(isKeyedPlan), mapRoadmapPlan);
  issues.push(...mapped.issues);
  for (const item of items) {
    if (!isKeyedPlan(item)) issues.push({ list: LISTS.roadmapPlans, itemId: Number(item.Id), problem: formatString(DataStrings.Roadmap.SecondPlan, String(item[F.assessmentId])) });
  }
  const plans = new Map<number, RoadmapPlan>();
  for (const plan of mapped.items) plans.set(plan.assessmentId, plan);
  return plans;
}

/** Actions by phase, then in the order they were added. */
function byPhase(actions: RoadmapAction[]): RoadmapAction[] {
  return actions.sort((a, b) => (a.phase ?? Number.MAX_SAFE_INTEGER) - (b.phase ?? Number.MAX_SAFE_INTEGER) || a.itemId - b.itemId);
}

/** Loads what the roadmap web part shows; see the file comment. */
export async function loadRoadmap(sp: SPFI, options: RoadmapLoadOptions = {}): Promise<RoadmapView> {
  const [first, executeFirst] = sp.batched();
  const reads = {
    assessments: readPage<RawItem>(first.web.lists.getByTitle(LISTS.assessments).items.select(...ASSESSMENT_SELECT).orderBy('Id', false).top(MAX_PAGE)),
    user: queueCurrentUser(first),
    // Last: on a site set up before schema version 6 the list is missing, which spoils no other part.
    plans: readPage<RawItem>(first.web.lists.getByTitle(LISTS.roadmapPlans).items.select(...PLAN_SELECT).orderBy('Id', true).top(MAX_PAGE))
  };
  // After the plans: on a site set up before schema version 7 these fail alone, and are reported.
  const localReads = queueLocalProfileReads(first);
  silence(reads);
  silence(localReads);
  let action: string = DataStrings.Actions.ListAssessments;
  let list: string | undefined = LISTS.assessments;
  try {
    await executeFirst();
    const listed = mapItems(LISTS.assessments, await readRemainingPages<RawItem>(sp, await reads.assessments), mapAssessment);
    const issues: DataIssue[] = [...listed.issues];
    action = DataStrings.Actions.WhoAreYou;
    list = undefined;
    const user = await reads.user;
    action = DataStrings.Actions.ReadRoadmapPlans;
    list = LISTS.roadmapPlans;
    const plans = plansByAssessment(await readRemainingPages<RawItem>(sp, await reads.plans), issues);
    action = DataStrings.Actions.ReadLocalProfiles;
    list = LISTS.localProfiles;
    const localProfiles = await finishLocalProfiles(sp, localReads, issues);

    const chosen = dashboardAssessments(listed.items, { assessmentId: options.assessmentId, history: EARLIER_SEARCHED });
    if (chosen.length === 0) {
      if (options.assessmentId !== undefined && listed.items.length > 0) {
        throw new StoreError('not-found', formatString(DataStrings.Roadmap.NoSuchAssessment, options.assessmentId), { list: LISTS.assessments, itemId: options.assessmentId });
      }
      return { user, assessments: listed.items, assessment: null, model: null, modelVersion: null, responses: [], plan: null, actions: [], earlier: null, carriedTo: null, localProfiles, issues };
    }
    const shown = chosen[0];
    const plan = plans.get(shown.id) ?? null;
    const earlierAssessment = plan === null ? chosen.slice(1).find((a) => plans.has(a.id)) ?? null : null;
    let carriedTo: AssessmentSummary | null = null;
    plans.forEach((p) => {
      if (p.carriedFrom === shown.id && p.assessmentId !== shown.id) carriedTo = listed.items.find((a) => a.id === p.assessmentId) ?? carriedTo;
    });

    // The second round trip: the model, the responses and the actions, in one batch.
    const [second, executeSecond] = sp.batched();
    const modelReads = queueModelReads(second, shown.modelVersionId);
    const actionRead = queue(second, actionsQuery(shown.id));
    const earlierRead = earlierAssessment ? queue(second, actionsQuery(earlierAssessment.id)) : null;
    // Last: the one read that can pass 5,000 items on a large model.
    const responseRead = queue(second, responsesQuery(shown.id));
    silence(modelReads);
    silence({ actionRead, earlierRead, responseRead });
    action = formatString(DataStrings.Actions.LoadAssessment, shown.id);
    list = LISTS.responses;
    await executeSecond();

    action = formatString(DataStrings.Actions.ReadModelVersion, shown.modelVersionId);
    list = LISTS.modelVersions;
    const stored = await finishModelReads(sp, shown.modelVersionId, modelReads);
    action = formatString(DataStrings.Actions.ReadAssessmentResponses, shown.id);
    list = LISTS.responses;
    const mappedResponses = mapItems(LISTS.responses, await finishRead(sp, responsesQuery(shown.id), responseRead), mapResponse);
    const one = oneResponsePerCapability(mappedResponses.items, new Set(stored.model.capabilities.map((c) => c.key)));
    issues.push(...mappedResponses.issues, ...one.issues, ...stored.issues);
    action = formatString(DataStrings.Actions.ReadRoadmap, shown.id);
    list = LISTS.roadmapActions;
    const actions = mapItems(LISTS.roadmapActions, await finishRead(sp, actionsQuery(shown.id), actionRead), mapRoadmapAction);
    issues.push(...actions.issues);
    let earlier: RoadmapView['earlier'] = null;
    if (earlierAssessment && earlierRead) {
      const carried = mapItems(LISTS.roadmapActions, await finishRead(sp, actionsQuery(earlierAssessment.id), earlierRead), mapRoadmapAction);
      issues.push(...carried.issues);
      earlier = { assessment: earlierAssessment, plan: plans.get(earlierAssessment.id)!, actions: byPhase(carried.items) };
    }
    return {
      user,
      assessments: listed.items,
      assessment: shown,
      model: stored.model,
      modelVersion: stored.modelVersion,
      responses: one.responses,
      plan,
      actions: byPhase(actions.items),
      earlier,
      carriedTo,
      localProfiles,
      issues
    };
  } catch (error) {
    throw toStoreError(error, { action, list });
  }
}

/** One write of a save, sent on whichever batch it goes out in. */
interface Write {
  kind: 'plan' | 'action';
  title: string;
  plan?: RoadmapPlanSave;
  action?: RoadmapActionSave;
  send: (batched: SPFI) => Promise<unknown>;
}

/** The status of a failed part, or undefined. */
function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown })?.status;
  return typeof status === 'number' ? status : undefined;
}

/** Checks the whole save before anything is written: a plan is saved entire or not started. */
function checkSave(save: RoadmapSave): void {
  const words = DataStrings.Roadmap;
  if (save.plan) {
    const parsed = planSaveSchema.safeParse(save.plan);
    if (!parsed.success) throw new StoreError('invalid-data', formatString(words.InvalidPlan, describeIssues(parsed.error.issues)), { unsaved: save });
    if (save.plan.assessmentId !== save.assessmentId) throw new StoreError('invalid-data', formatString(words.InvalidPlan, words.OtherAssessment), { unsaved: save });
    if (save.plan.itemId !== undefined && !hasEtag(save.plan.etag)) throw new StoreError('invalid-data', words.PlanNoEtag, { list: LISTS.roadmapPlans, itemId: save.plan.itemId, unsaved: save });
  }
  for (const action of save.actions) {
    const parsed = roadmapDraftSchema.safeParse(action);
    if (!parsed.success) throw new StoreError('invalid-data', formatString(words.Invalid, describeIssues(parsed.error.issues)), { unsaved: save });
    if (action.assessmentId !== save.assessmentId) throw new StoreError('invalid-data', formatString(words.Invalid, words.OtherAssessment), { unsaved: save });
    if (action.itemId !== undefined && !hasEtag(action.etag)) {
      throw new StoreError('invalid-data', formatString(words.NoEtag, action.title), { list: LISTS.roadmapActions, itemId: action.itemId, unsaved: save });
    }
  }
}

function hasEtag(etag: string | undefined): boolean {
  return typeof etag === 'string' && etag.trim() !== '' && etag.trim() !== '*';
}

/** The writes of a save, settings first. */
function writesOf(save: RoadmapSave): Write[] {
  const writes: Write[] = [];
  const plan = save.plan;
  if (plan) {
    const fields = planToItem(plan, formatString(DataStrings.ItemText.PlanTitle, plan.assessmentId));
    const itemId = plan.itemId;
    writes.push({
      kind: 'plan',
      title: DataStrings.Roadmap.PlanSettings,
      plan,
      send: (b) => {
        const items = b.web.lists.getByTitle(LISTS.roadmapPlans).items;
        return itemId === undefined ? items.add(fields) : items.getById(itemId).update(fields, plan.etag);
      }
    });
  }
  for (const action of save.actions) {
    const fields = roadmapToItem(roadmapDraftSchema.parse(action));
    const itemId = action.itemId;
    writes.push({
      kind: 'action',
      title: action.title,
      action,
      send: (b) => {
        const items = b.web.lists.getByTitle(LISTS.roadmapActions).items;
        return itemId === undefined ? items.add(fields) : items.getById(itemId).update(fields, action.etag);
      }
    });
  }
  return writes;
}

/** The reads a save ends with: the plan, the assessment's actions, and any other action in conflict. */
interface ReadBack {
  plan: Promise<Page<RawItem>>;
  actions: Promise<Page<RawItem>>;
  others: Promise<RawItem[]> | null;
}

function queueReadBack(batched: SPFI, assessmentId: number, otherIds: number[]): ReadBack {
  const reads: ReadBack = {
    plan: queue(batched, planQuery(assessmentId)),
    actions: queue(batched, actionsQuery(assessmentId)),
    // An action carried forward whose move was refused is still on the earlier assessment.
    others:
      otherIds.length === 0
        ? null
        : (batched.web.lists
            .getByTitle(LISTS.roadmapActions)
            .items.select(...ROADMAP_SELECT)
            .filter(otherIds.map((id) => `Id eq ${id}`).join(' or '))
            .top(otherIds.length)() as Promise<RawItem[]>)
  };
  silence(reads);
  return reads;
}

/** The reads that end a save, as a round trip of their own (after a refusal stopped the last batch). */
async function readOnly(sp: SPFI, save: RoadmapSave, refused: { write: Write }[], context: { action: string; list: string; unsaved: unknown }): Promise<ReadBack> {
  const [reader, executeReads] = sp.batched();
  const reads = queueReadBack(reader, save.assessmentId, refused.map((r) => r.write.action?.itemId).filter((id): id is number => id !== undefined));
  try {
    await executeReads();
  } catch (error) {
    throw toStoreError(error, context);
  }
  return reads;
}

/** Saves a plan; see the file comment. */
export async function saveRoadmapPlan(sp: SPFI, save: RoadmapSave): Promise<RoadmapSaveResult> {
  checkSave(save);
  const context = { action: formatString(DataStrings.Actions.SaveRoadmapPlan, save.assessmentId), list: LISTS.roadmapActions, unsaved: save };
  let pending = writesOf(save);
  let saved = 0;
  const refused: { write: Write; error: unknown }[] = [];
  let failed: RoadmapSaveResult['failed'] = null;
  let readBack: ReadBack | null = null;
  while (readBack === null) {
    // The reads that end the save go in the last batch: two, and a third once there are conflicts.
    const otherIds = refused.map((r) => r.write.action?.itemId).filter((id): id is number => id !== undefined);
    const readParts = otherIds.length > 0 ? 3 : 2;
    const last = pending.length + readParts <= MAX_BATCH;
    const sending = pending.slice(0, last ? pending.length : MAX_BATCH);
    const later = pending.slice(sending.length);
    const [batched, execute] = sp.batched({ maxRequests: MAX_BATCH });
    const outcomes = sending.map((w) => w.send(batched).then(() => null, (error: unknown) => ({ error })));
    const reads = last ? queueReadBack(batched, save.assessmentId, otherIds) : null;
    try {
      await execute();
    } catch (error) {
      // The $batch itself failed (after PnPjs's retries): none of it was answered.
      throw toStoreError(error, context);
    }
    const answers = await Promise.all(outcomes);
    const firstFailure = answers.findIndex((a) => a !== null);
    if (firstFailure === -1) {
      saved += sending.length;
      pending = later;
      readBack = reads;
      if (readBack === null && pending.length === 0) readBack = await readOnly(sp, save, refused, context);
      continue;
    }
    saved += firstFailure;
    const write = sending[firstFailure];
    const error = (answers[firstFailure] as { error: unknown }).error;
    // The parts after it were not run (or ran and failed after it): they go out again.
    const notRun = sending.slice(firstFailure + 1).filter((_w, i) => answers[firstFailure + 1 + i] !== null);
    saved += sending.length - firstFailure - 1 - notRun.length;
    const conflict = statusOf(error) === 412 || toStoreError(error, context).reason === 'duplicate';
    if (conflict) refused.push({ write, error });
    if (!conflict || write.kind === 'plan') {
      const message = conflict ? DataStrings.Roadmap.PlanChangedMeanwhile : toStoreError(error, { ...context, itemId: write.action?.itemId ?? write.plan?.itemId }).message;
      const titles = (conflict ? [] : [write.title]).concat(notRun.map((w) => w.title), later.map((w) => w.title));
      if (saved === 0 && !conflict) throw toStoreError(error, { ...context, itemId: write.action?.itemId ?? write.plan?.itemId });
      failed = titles.length > 0 ? { titles, message } : null;
      pending = [];
    } else {
      pending = notRun.concat(later);
    }
    // Only the reads are left.
    if (pending.length === 0) readBack = await readOnly(sp, save, refused, context);
  }

  try {
    const issues: DataIssue[] = [];
    const planItems = await finishRead(sp, planQuery(save.assessmentId), readBack.plan);
    const plan = plansByAssessment(planItems, issues).get(save.assessmentId) ?? null;
    const mapped = mapItems(LISTS.roadmapActions, await finishRead(sp, actionsQuery(save.assessmentId), readBack.actions), mapRoadmapAction);
    issues.push(...mapped.issues);
    const others = readBack.others ? mapItems(LISTS.roadmapActions, await readBack.others, mapRoadmapAction).items : [];
    const conflicts: RoadmapConflict[] = refused.map(({ write }) => {
      if (write.kind === 'plan') return { kind: 'plan', mine: write.plan!, theirs: plan };
      const mine = write.action!;
      const theirs = mine.itemId === undefined ? null : mapped.items.concat(others).find((a) => a.itemId === mine.itemId) ?? null;
      return { kind: 'action', mine, theirs };
    });
    return { plan, actions: byPhase(mapped.items), saved, conflicts, failed, issues };
  } catch (error) {
    throw toStoreError(error, { ...context, action: formatString(DataStrings.Actions.ReadRoadmap, save.assessmentId), unsaved: undefined });
  }
}
