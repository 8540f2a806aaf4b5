/** Listing, starting (afresh or from an earlier assessment) and closing assessments. */
import { capabilitiesInScope } from '../../nimm/assessment/scope';
import type { Model } from '../../nimm/model/schema';
import { DataStrings, formatString } from '../../loc/strings';
import { StoreError } from '../errors';
import { ASSESSMENT_SELECT, assessmentToItem, mapAssessment, newAssessmentSchema } from '../mappers/assessment';
import { describeIssues, mapItems, RawItem, toDateColumn } from '../mappers/common';
import { mapModelVersion, MODEL_VERSION_SELECT, newestPublished } from '../mappers/modelVersion';
import { mapResponse, RESPONSE_SELECT, responseToItem } from '../mappers/response';
import { emptyDraft, sameDraft } from '../merge/mergeResponse';
import { addItemsBatched, deleteItemsBatched, type PendingAdd } from '../publish/writeBatched';
import { assessmentStatusSchema } from '../schema/choices';
import { F, LISTS } from '../schema/names';
import { RESPONSE_RECORD_FIELDS, recordOf, setRecord } from '../schema/responseDraft';
import { finishRead, readMatching, type ItemQuery } from '../sp/largeRead';
import { MAX_PAGE, readAll, readPage, type SPFI } from '../sp/pnp';
import { toStoreError } from '../sp/toStoreError';
import { parseFinancialYear } from '../../nimm/dashboard/budgetSplit';
import type { AssessmentSummary, BudgetSplitSave, DataIssue, Listed, ModelVersionSummary, NewAssessment, ResponseDraft, StartedAssessment, StoredResponse } from '../types';
import { oneResponsePerCapability } from './assessmentView';
import { finishModelReads, queueModelReads, readPublishedVersions, silence } from './modelReads';

/** Every assessment, newest first; damaged items are skipped and reported. */
export async function listAssessments(sp: SPFI): Promise<Listed<AssessmentSummary>> {
  try {
    // Ordering by Id needs no index: it is the list's own key, so this works past 5,000 items.
    const items = await readAll<RawItem>(sp, sp.web.lists.getByTitle(LISTS.assessments).items.select(...ASSESSMENT_SELECT).orderBy('Id', false).top(MAX_PAGE));
    return mapItems(LISTS.assessments, items, mapAssessment);
  } catch (error) {
    throw toStoreError(error, { action: DataStrings.Actions.ListAssessments, list: LISTS.assessments });
  }
}

async function modelVersionFor(sp: SPFI, id: number | undefined): Promise<ModelVersionSummary> {
  if (id === undefined) {
    const current = newestPublished(await readPublishedVersions(sp));
    if (current === null) {
      throw new StoreError('not-set-up', DataStrings.Assessments.NoPublishedModel);
    }
    return current;
  }
  try {
    const mapped = mapModelVersion(await sp.web.lists.getByTitle(LISTS.modelVersions).items.getById(id).select(...MODEL_VERSION_SELECT)());
    if (!mapped.ok) throw new StoreError('invalid-data', formatString(DataStrings.Assessments.VersionDamaged, id, mapped.problem), { list: LISTS.modelVersions, itemId: id });
    if (mapped.value.status !== 'published' && mapped.value.status !== 'retired') {
      throw new StoreError('invalid-data', formatString(DataStrings.Assessments.VersionNotPublished, id, mapped.value.status), { list: LISTS.modelVersions, itemId: id });
    }
    return mapped.value;
  } catch (error) {
    throw toStoreError(error, { action: formatString(DataStrings.Actions.FindModelVersion, id), list: LISTS.modelVersions, itemId: id });
  }
}

/** What the new assessment starts from: its model, and the previous assessment with its responses. */
interface StartingPoint {
  model: Model;
  previous: AssessmentSummary | null;
  responses: StoredResponse[];
  issues: DataIssue[];
}

/**
 * Reads the model version and (when given) the previous assessment and all its responses, in one
 * $batch; the responses, the read that can meet the list view threshold, go last (see
 * sp/largeRead.ts).
 */
async function readStartingPoint(sp: SPFI, versionId: number, previousId: number | null): Promise<StartingPoint> {
  const [batched, execute] = sp.batched();
  const responsesQuery: ItemQuery = { list: LISTS.responses, select: RESPONSE_SELECT, filter: `${F.assessmentId} eq ${previousId ?? 0}` };
  // In this order: a part after a failed one is not run, and only the last two can fail on size.
  const previous = previousId === null ? null : (batched.web.lists.getByTitle(LISTS.assessments).items.getById(previousId).select(...ASSESSMENT_SELECT)() as Promise<RawItem>);
  const modelReads = queueModelReads(batched, versionId);
  const reads = {
    previous,
    responses: previousId === null ? null : readPage<RawItem>(batched.web.lists.getByTitle(LISTS.responses).items.select(...RESPONSE_SELECT).filter(responsesQuery.filter).top(MAX_PAGE))
  };
  silence(modelReads);
  silence(reads);
  let action = DataStrings.Actions.ReadAssessmentToStartFrom;
  let list: string = LISTS.assessments;
  try {
    await execute();
    let previous: AssessmentSummary | null = null;
    if (reads.previous !== null) {
      const mapped = mapAssessment(await reads.previous);
      if (!mapped.ok) throw new StoreError('invalid-data', formatString(DataStrings.Assessments.PreviousDamaged, LISTS.assessments, String(previousId), mapped.problem), { list, itemId: previousId ?? undefined });
      previous = mapped.value;
    }
    action = formatString(DataStrings.Actions.ReadModelVersion, versionId);
    list = LISTS.modelVersions;
    const stored = await finishModelReads(sp, versionId, modelReads);
    if (reads.responses === null) return { model: stored.model, previous, responses: [], issues: [] };
    action = formatString(DataStrings.Actions.ReadAssessmentResponses, String(previousId));
    list = LISTS.responses;
    const mapped = mapItems(LISTS.responses, await finishRead(sp, responsesQuery, reads.responses), mapResponse);
    // Every capability counts as known here: one out of the new model is skipped, not a problem.
    const { responses, issues } = oneResponsePerCapability(mapped.items, new Set(mapped.items.map((r) => r.capability)));
    return { model: stored.model, previous, responses, issues: [...mapped.issues, ...issues] };
  } catch (error) {
    throw toStoreError(error, { action, list, itemId: list === LISTS.assessments ? previousId ?? undefined : undefined });
  }
}

/** A previous response as the starting point of the new one, and how many criteria it left out. */
interface Carried {
  capability: string;
  draft: ResponseDraft;
  dropped: number;
}

/**
 * The part of a previous response a re-assessment starts from: each criterion's answer and note
 * (every record field of the draft) for criteria the capability still has, whether it applies,
 * the rationale, improvement ideas and owner. It is 'in-progress' when anything was answered (to
 * be reviewed), else 'not-started'; the agreed level, review and agreement are not carried over.
 */
function carryOver(previous: StoredResponse, criteria: Set<string>): Carried {
  const draft = emptyDraft();
  const droppedKeys = new Set<string>();
  for (const field of RESPONSE_RECORD_FIELDS) {
    const entries: Record<string, unknown> = {};
    const old = recordOf(previous, field);
    for (const key of Object.keys(old)) {
      if (criteria.has(key)) entries[key] = old[key];
      else droppedKeys.add(key);
    }
    setRecord(draft, field, entries);
  }
  Object.assign(draft, {
    notApplicable: previous.notApplicable,
    rationale: previous.rationale,
    improvementIdeas: previous.improvementIdeas,
    owner: previous.owner,
    ownerLogin: previous.ownerLogin
  });
  const answered = previous.notApplicable || Object.keys(draft.answers).length > 0;
  draft.status = answered ? 'in-progress' : 'not-started';
  return { capability: previous.capability, draft, dropped: droppedKeys.size };
}

/** What to copy into the new assessment: one draft per capability in scope that the model still has. */
function planCopies(model: Model, inScope: string[], responses: StoredResponse[]): { copies: Carried[]; dropped: number; skipped: number } {
  const wanted = new Set(inScope);
  const criteriaOf = new Map(model.capabilities.map((c) => [c.key, new Set(c.levels.flatMap((l) => l.criteria.map((k) => k.key)))]));
  const copies: Carried[] = [];
  let dropped = 0;
  let skipped = 0;
  for (const response of responses.slice().sort((a, b) => a.itemId - b.itemId)) {
    const criteria = criteriaOf.get(response.capability);
    if (!wanted.has(response.capability) || criteria === undefined) {
      skipped += 1;
      continue;
    }
    const carried = carryOver(response, criteria);
    dropped += carried.dropped;
    // Nothing left to start from (the response was empty, or answered only criteria since removed).
    if (sameDraft(carried.draft, emptyDraft())) skipped += 1;
    else copies.push(carried);
  }
  return { copies, dropped, skipped };
}

/**
 * Takes a half-copied assessment out again (its copied responses, then the assessment, to the
 * recycle bin). Best effort: true when all of it went.
 */
async function removeHalfStarted(sp: SPFI, assessmentId: number): Promise<boolean> {
  try {
    const items = await readMatching(sp, { list: LISTS.responses, select: ['Id'], filter: `${F.assessmentId} eq ${assessmentId}` });
    const ids = items.map((i) => Number(i.Id));
    const removed = await deleteItemsBatched(sp, LISTS.responses, ids);
    await sp.web.lists.getByTitle(LISTS.assessments).items.getById(assessmentId).recycle();
    return removed === ids.length;
  } catch {
    return false;
  }
}

/**
 * Starts an assessment against the published model, or the model version given. With
 * `previousAssessmentId`, that assessment's responses for the capabilities in scope that the
 * model version still has are copied in (see carryOver), in $batch requests of at most 100; a
 * copy that fails part-way is taken out again, assessment and all, so it can simply be retried.
 */
export async function startAssessment(sp: SPFI, input: NewAssessment): Promise<StartedAssessment> {
  const parsed = newAssessmentSchema.safeParse(input);
  if (!parsed.success) {
    throw new StoreError('invalid-data', formatString(DataStrings.Assessments.NotStarted, describeIssues(parsed.error.issues)), { unsaved: input });
  }
  const data = parsed.data;
  const version = await modelVersionFor(sp, data.modelVersionId);
  const previousId = data.previousAssessmentId ?? null;
  const scope = data.inScope ?? { kind: 'all' };
  const namedProfile = scope.kind === 'profile' && typeof scope.profile === 'string';
  let plan: { copies: Carried[]; dropped: number; skipped: number } = { copies: [], dropped: 0, skipped: 0 };
  let issues: DataIssue[] = [];
  let previousTitle = '';
  if (previousId !== null || namedProfile) {
    const start = await readStartingPoint(sp, version.id, previousId);
    let inScope: string[];
    try {
      inScope = capabilitiesInScope(start.model, scope);
    } catch (error) {
      throw new StoreError('invalid-data', formatString(DataStrings.Assessments.BadScope, (error as Error).message), { cause: error, unsaved: input });
    }
    if (start.previous !== null) {
      if (start.previous.modelKey !== version.modelKey) {
        throw new StoreError('invalid-data', formatString(DataStrings.Assessments.OtherModel, start.previous.title, start.previous.modelKey), { list: LISTS.assessments, itemId: start.previous.id, unsaved: input });
      }
      previousTitle = start.previous.title;
      plan = planCopies(start.model, inScope, start.responses);
      issues = start.issues;
    }
  }

  const today = new Date().toISOString().slice(0, 10);
  let fields: Record<string, unknown>;
  try {
    fields = assessmentToItem(data, { id: version.id, modelKey: version.modelKey, version: version.version }, today);
  } catch (error) {
    throw new StoreError('invalid-data', (error as Error).message, { cause: error, list: LISTS.assessments, unsaved: input });
  }
  let assessment: AssessmentSummary;
  try {
    const created = await sp.web.lists.getByTitle(LISTS.assessments).items.add(fields);
    const mapped = mapAssessment(created);
    if (!mapped.ok) throw new StoreError('invalid-data', formatString(DataStrings.Assessments.ReadBackWrongly, mapped.problem), { list: LISTS.assessments, itemId: (created as RawItem).Id as number });
    assessment = mapped.value;
  } catch (error) {
    throw toStoreError(error, { action: formatString(DataStrings.Actions.StartAssessment, input.title), list: LISTS.assessments, unsaved: input });
  }
  if (plan.copies.length === 0) return { assessment, copied: 0, dropped: plan.dropped, skipped: plan.skipped, issues };

  let pending: PendingAdd[];
  try {
    pending = plan.copies.map((c) => ({ label: c.capability, fields: responseToItem(assessment.id, c.capability, c.draft).fields }));
  } catch (error) {
    await removeHalfStarted(sp, assessment.id);
    throw new StoreError('invalid-data', formatString(DataStrings.Assessments.NotStartedBecause, (error as Error).message), { cause: error, unsaved: input });
  }
  const outcome = await addItemsBatched(sp, LISTS.responses, pending);
  if (outcome.failed.length > 0) {
    const failure = toStoreError(outcome.failed[0].error, { action: formatString(DataStrings.Actions.CopyResponses, previousTitle), list: LISTS.responses });
    const removed = await removeHalfStarted(sp, assessment.id);
    const after = removed ? DataStrings.Assessments.CopyRemoved : formatString(DataStrings.Assessments.CopyLeft, assessment.title, LISTS.assessments, assessment.id);
    throw new StoreError(failure.kind, `${failure.message}${after}`, { cause: failure, list: LISTS.responses, status: failure.status, reason: failure.reason, retryAfterSeconds: failure.retryAfterSeconds, unsaved: input });
  }
  return { assessment, copied: outcome.added, dropped: plan.dropped, skipped: plan.skipped, issues };
}

/** Starts an assessment (see startAssessment) and returns only the assessment. */
export async function createAssessment(sp: SPFI, input: NewAssessment): Promise<AssessmentSummary> {
  return (await startAssessment(sp, input)).assessment;
}

/** Marks an assessment closed. Closing twice is harmless, so no ETag check. */
export async function closeAssessment(sp: SPFI, id: number): Promise<void> {
  try {
    await sp.web.lists.getByTitle(LISTS.assessments).items.getById(id).update({ [F.status]: assessmentStatusSchema.enum.closed, [F.closedDate]: toDateColumn(new Date().toISOString()) });
  } catch (error) {
    throw toStoreError(error, { action: formatString(DataStrings.Actions.CloseAssessment, id), list: LISTS.assessments, itemId: id });
  }
}

/**
 * Records the IT budget split with an assessment: the financial year and either the run and improve
 * amounts in pounds or the run share in per cent (amounts win: the share is worked out from them).
 * Sent with the ETag the assessment was loaded with, so a change made meanwhile comes back as a
 * 'conflict' instead of being overwritten. Rejects with 'invalid-data' for a year not written like
 * 2026/27 or a negative amount or share, before anything is sent.
 */
export async function saveBudgetSplit(sp: SPFI, split: BudgetSplitSave): Promise<AssessmentSummary> {
  const problems: string[] = [];
  const year = parseFinancialYear(split.year);
  if (typeof year === 'string') problems.push(year);
  const amount = (value: number | null | undefined, label: string): number | null => {
    if (value === null || value === undefined) return null;
    if (!Number.isFinite(value) || value < 0) problems.push(formatString(DataStrings.Assessments.BudgetAmountInvalid, label));
    return value;
  };
  const run = amount(split.runBudget, DataStrings.Assessments.BudgetRunLabel);
  const improve = amount(split.improveBudget, DataStrings.Assessments.BudgetImproveLabel);
  let percent = split.runBudgetPercent ?? null;
  if (percent !== null && (!Number.isFinite(percent) || percent < 0 || percent > 100)) problems.push(DataStrings.Assessments.BudgetPercentInvalid);
  if ((run === null) !== (improve === null)) problems.push(DataStrings.Assessments.BudgetBothAmounts);
  if (run !== null && improve !== null) percent = run + improve > 0 ? Math.round((run / (run + improve)) * 1000) / 10 : null;
  if (!split.etag || split.etag.trim() === '' || split.etag.trim() === '*') problems.push(DataStrings.Assessments.BudgetNoEtag);
  if (problems.length > 0) {
    throw new StoreError('invalid-data', formatString(DataStrings.Assessments.BudgetInvalid, problems.join(' ')), { list: LISTS.assessments, itemId: split.assessmentId, unsaved: split });
  }
  const context = { action: formatString(DataStrings.Actions.SaveBudget, split.assessmentId), list: LISTS.assessments, itemId: split.assessmentId, unsaved: split };
  try {
    const item = sp.web.lists.getByTitle(LISTS.assessments).items.getById(split.assessmentId);
    await item.update({ [F.budgetYear]: typeof year === 'string' ? null : year.year, [F.runBudget]: run, [F.improveBudget]: improve, [F.runBudgetPercent]: percent }, split.etag);
    const mapped = mapAssessment(await item.select(...ASSESSMENT_SELECT)());
    if (!mapped.ok) throw new StoreError('invalid-data', formatString(DataStrings.Assessments.Damaged, split.assessmentId, LISTS.assessments, mapped.problem), { list: LISTS.assessments, itemId: split.assessmentId });
    return mapped.value;
  } catch (error) {
    throw toStoreError(error, context);
  }
}
