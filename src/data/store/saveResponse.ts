/**
 * Saving one capability's response safely under concurrent editing.
 *
 * - A first save adds the item. The response key column is unique (SharePoint enforces it), so
 *   when two people save the same capability for the first time at the same moment, the second
 *   add is refused; that save reads the item the first one made and merges into it. There is
 *   never a second, hidden response.
 * - A later save sends a MERGE with the ETag the user loaded in IF-Match. SharePoint answers 412
 *   if someone saved in between; the save then reads the item as it now stands, merges criterion
 *   by criterion, and either saves the merge or hands back a true conflict.
 *
 * Every request goes on its own. SharePoint Online answers every $batch part after a failed one
 * with 500 (pnp/pnpjs#1275), so a read queued behind a MERGE that may meet 412 could never come
 * back; the read after a 412 is a request of its own.
 *
 * Round trips: first save 1; plain save 1; save merged over another's change 3 (MERGE 412, GET,
 * MERGE); true conflict 2 (MERGE 412, GET). Duplicates left by older versions add one each.
 */
import { KEY_PATTERN } from '../../nimm/model/schema';
import { StoreError } from '../errors';
import { describeIssues, RawItem } from '../mappers/common';
import { draftOf, mapResponse, RESPONSE_SELECT, responseKey, responseToItem, type ResponseWrite } from '../mappers/response';
import { mergeResponse, sameDraft } from '../merge/mergeResponse';
import { F, LISTS } from '../schema/names';
import { responseDraftSchema } from '../schema/responseDraft';
import { etagOf, odataString, type SPFI } from '../sp/pnp';
import { toStoreError, type ErrorContext } from '../sp/toStoreError';
import type { ResponseDraft, ResponseEdit, SaveResponseResult, StoredResponse } from '../types';

/** How many times a merged save is retried when yet another person saves in between. */
const MAX_MERGE_ROUNDS = 3;

/** What a single write came to: the new ETag, someone else's newer version, or no item any more. */
type Outcome = { kind: 'written'; etag: string | null } | { kind: 'changed' } | { kind: 'gone' };

function statusOf(error: unknown): number | undefined {
  return (error as { status?: number })?.status;
}

async function update(sp: SPFI, itemId: number, etag: string, fields: Record<string, unknown>): Promise<Outcome> {
  try {
    const result = await sp.web.lists.getByTitle(LISTS.responses).items.getById(itemId).update(fields, etag);
    return { kind: 'written', etag: (result as { etag?: string } | undefined)?.etag ?? null };
  } catch (error) {
    if (statusOf(error) === 412) return { kind: 'changed' };
    if (statusOf(error) === 404) return { kind: 'gone' };
    throw error;
  }
}

/** The response item by id, or null when it has been deleted. */
async function readById(sp: SPFI, itemId: number): Promise<RawItem | null> {
  try {
    return (await sp.web.lists.getByTitle(LISTS.responses).items.getById(itemId).select(...RESPONSE_SELECT)()) as RawItem;
  } catch (error) {
    if (statusOf(error) === 404) return null;
    throw error;
  }
}

/** The response item holding the key, found through the key's unique index. */
async function readByKey(sp: SPFI, assessmentId: number, capability: string): Promise<RawItem | null> {
  const items: RawItem[] = await sp.web.lists
    .getByTitle(LISTS.responses)
    .items.select(...RESPONSE_SELECT)
    .filter(`${F.responseKey} eq ${odataString(responseKey(assessmentId, capability))}`)
    .top(1)();
  return items[0] ?? null;
}

function checkEdit(assessmentId: number, edit: ResponseEdit): ResponseDraft {
  if (!Number.isInteger(assessmentId) || assessmentId < 1 || !KEY_PATTERN.test(edit.capability)) {
    throw new StoreError('invalid-data', `Cannot save a response for capability "${edit.capability}" of assessment ${assessmentId}: that is not a valid assessment and capability.`, { unsaved: edit.draft });
  }
  const parsed = responseDraftSchema.safeParse(edit.draft);
  if (!parsed.success) {
    throw new StoreError('invalid-data', `Your answers for "${edit.capability}" could not be saved: ${describeIssues(parsed.error.issues)}.`, { unsaved: edit.draft });
  }
  return parsed.data;
}

/** The write for a draft over a stored response; a too-long column is the user's to fix. */
function writeFor(assessmentId: number, capability: string, draft: ResponseDraft, stored: StoredResponse | null, unsaved: ResponseDraft): ResponseWrite {
  try {
    return responseToItem(assessmentId, capability, draft, stored);
  } catch (error) {
    throw new StoreError('invalid-data', (error as Error).message, { cause: error, list: LISTS.responses, unsaved });
  }
}

/** The stored response in a raw item; one whose identity is unreadable cannot be merged into. */
function stored(raw: RawItem, unsaved: ResponseDraft): StoredResponse {
  const mapped = mapResponse(raw);
  if (mapped.ok) return mapped.value;
  throw new StoreError('invalid-data', `The saved response (list "${LISTS.responses}", item ${String(raw.Id)}) is too damaged to save over: ${mapped.problem}. A site owner can repair or delete that item.`, {
    list: LISTS.responses,
    itemId: typeof raw.Id === 'number' ? raw.Id : undefined,
    unsaved
  });
}

/** The response as just written. */
function written(assessmentId: number, capability: string, itemId: number, etag: string, draft: ResponseDraft, write: ResponseWrite): StoredResponse {
  const response: StoredResponse = { ...draft, answers: { ...draft.answers }, itemId, etag, assessmentId, capability, modified: null };
  if (write.kept) response.damaged = write.kept;
  return response;
}

/**
 * Moves duplicates an older version made to the recycle bin once their content is saved in the
 * kept item. Best effort: a duplicate left behind is reported again on the next load.
 */
async function retireDuplicates(sp: SPFI, base: StoredResponse | null): Promise<void> {
  for (const duplicate of base?.duplicates ?? []) {
    await sp.web.lists.getByTitle(LISTS.responses).items.getById(duplicate.itemId).recycle().catch(() => undefined);
  }
}

/** Saves a response; see SaveResponseResult for the three outcomes. */
export async function saveResponse(sp: SPFI, assessmentId: number, edit: ResponseEdit): Promise<SaveResponseResult> {
  const draft = checkEdit(assessmentId, edit);
  const { capability, base } = edit;
  const context: ErrorContext = { action: `save your answers for "${capability}"`, list: LISTS.responses, itemId: base?.itemId, unsaved: edit.draft };
  try {
    if (base !== null) {
      const write = writeFor(assessmentId, capability, draft, base, edit.draft);
      const outcome = await update(sp, base.itemId, base.etag, write.fields);
      if (outcome.kind === 'written') {
        await retireDuplicates(sp, base);
        return { status: 'saved', response: written(assessmentId, capability, base.itemId, outcome.etag ?? base.etag, draft, write), notices: write.notices };
      }
      const latest = outcome.kind === 'changed' ? await readById(sp, base.itemId) : null;
      if (latest !== null) return await mergeAndSave(sp, assessmentId, capability, base, draft, stored(latest, edit.draft), edit.draft);
      // Someone deleted the response meanwhile: save it afresh, from nothing.
    }
    return await create(sp, assessmentId, capability, draft, edit.draft);
  } catch (error) {
    throw toStoreError(error, context);
  }
}

/** Adds the response; if the key is taken (a simultaneous first save), merges into that item. */
async function create(sp: SPFI, assessmentId: number, capability: string, draft: ResponseDraft, original: ResponseDraft): Promise<SaveResponseResult> {
  const write = writeFor(assessmentId, capability, draft, null, original);
  try {
    const created = (await sp.web.lists.getByTitle(LISTS.responses).items.add(write.fields)) as RawItem;
    const itemId = Number(created.Id);
    const mapped = mapResponse(created);
    return { status: 'saved', response: mapped.ok ? mapped.value : written(assessmentId, capability, itemId, etagOf(created) ?? '*', draft, write), notices: write.notices };
  } catch (error) {
    const refused = toStoreError(error, { action: `save your answers for "${capability}"`, list: LISTS.responses, unsaved: original });
    if (refused.reason !== 'duplicate') throw error;
    const existing = await readByKey(sp, assessmentId, capability);
    if (existing === null) throw error;
    // The user started from no response (or from one since deleted): merge as from nothing.
    return mergeAndSave(sp, assessmentId, capability, null, draft, stored(existing, original), original);
  }
}

async function mergeAndSave(
  sp: SPFI,
  assessmentId: number,
  capability: string,
  base: StoredResponse | null,
  mine: ResponseDraft,
  first: StoredResponse,
  original: ResponseDraft
): Promise<SaveResponseResult> {
  let latest = first;
  for (let round = 0; round < MAX_MERGE_ROUNDS; round++) {
    const theirs = draftOf(latest);
    const { merged, conflicts } = mergeResponse(base === null ? null : draftOf(base), mine, theirs);
    if (conflicts.length > 0) {
      return { status: 'conflict', latest, conflicts, merged, draft: original };
    }
    if (sameDraft(merged, theirs)) return { status: 'merged', response: latest, mergedFrom: latest, notices: [] };
    const write = writeFor(assessmentId, capability, merged, latest, original);
    const outcome = await update(sp, latest.itemId, latest.etag, write.fields);
    if (outcome.kind === 'written') {
      await retireDuplicates(sp, base);
      return { status: 'merged', response: written(assessmentId, capability, latest.itemId, outcome.etag ?? latest.etag, merged, write), mergedFrom: latest, notices: write.notices };
    }
    const again = outcome.kind === 'changed' ? await readById(sp, latest.itemId) : null;
    if (again === null) {
      throw new StoreError('not-found', `Your answers for "${capability}" could not be saved: someone deleted the saved response while you were working. Save again to store your answers afresh; they have been kept on this page.`, {
        list: LISTS.responses,
        itemId: latest.itemId,
        unsaved: original
      });
    }
    latest = stored(again, original);
  }
  throw new StoreError('conflict', `Your answers for "${capability}" could not be saved because others keep changing the same response. Reload it to see their changes; your own changes have been kept on this page.`, {
    list: LISTS.responses,
    itemId: latest.itemId,
    unsaved: original
  });
}
