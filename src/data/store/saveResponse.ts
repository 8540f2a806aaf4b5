/**
 * Saving one capability's response safely under concurrent editing. The save sends the ETag the
 * user loaded in IF-Match; SharePoint answers 412 if someone saved in between. The save goes out
 * as one $batch holding the MERGE and a GET of the same item, so a single round trip both saves
 * and brings back the item as it now stands: with its new ETag on success, or with the other
 * person's version, ready to merge, on 412.
 */
import { KEY_PATTERN } from '../../nimm/model/schema';
import { StoreError } from '../errors';
import { describeIssues, RawItem } from '../mappers/common';
import { mapResponse, RESPONSE_SELECT, responseDraftSchema, responseToItem, draftOf } from '../mappers/response';
import { emptyDraft, mergeResponse, sameDraft } from '../merge/mergeResponse';
import { F, LISTS } from '../schema/names';
import { etagOf, odataString, type SPFI } from '../sp/pnp';
import { toStoreError, type ErrorContext } from '../sp/toStoreError';
import type { ResponseDraft, ResponseEdit, SaveResponseResult, StoredResponse } from '../types';

/** How many times a merged save is retried when yet another person saves in between. */
const MAX_MERGE_ROUNDS = 3;

type Attempt = { ok: true; response: StoredResponse } | { ok: false; latest: RawItem };

/** MERGE with IF-Match plus a GET of the item, in one $batch. */
async function updateAndRead(sp: SPFI, itemId: number, etag: string, fields: Record<string, unknown>, fallback: () => StoredResponse): Promise<Attempt> {
  const [batched, execute] = sp.batched();
  const item = batched.web.lists.getByTitle(LISTS.responses).items.getById(itemId);
  const update = item.update(fields, etag).then(
    (r) => ({ ok: true as const, etag: (r as { etag?: string })?.etag }),
    (error: unknown) => ({ ok: false as const, error })
  );
  const read = batched.web.lists.getByTitle(LISTS.responses).items.getById(itemId).select(...RESPONSE_SELECT)() as Promise<RawItem>;
  read.catch(() => undefined);
  await execute();
  const updated = await update;
  if (!updated.ok) {
    if ((updated.error as { status?: number })?.status === 412) return { ok: false, latest: await read };
    throw updated.error;
  }
  const latest = await read.catch(() => null);
  const mapped = latest ? mapResponse(latest) : null;
  if (mapped?.ok) return { ok: true, response: mapped.value };
  // The save went through; only the read-back is unusable. Answer with what was saved.
  return { ok: true, response: { ...fallback(), etag: updated.etag ?? (latest && etagOf(latest)) ?? '*' } };
}

/** The response item for (assessment, capability), if one exists. First clause on an indexed column. */
async function findResponseItem(sp: SPFI, assessmentId: number, capability: string): Promise<RawItem | null> {
  const items: RawItem[] = await sp.web.lists
    .getByTitle(LISTS.responses)
    .items.select(...RESPONSE_SELECT)
    .filter(`${F.assessmentId} eq ${assessmentId} and ${F.capabilityKey} eq ${odataString(capability)}`)
    .orderBy('Id', true)
    .top(1)();
  return items.length > 0 ? items[0] : null;
}

/**
 * The stored response in a raw item. An item too damaged to read is treated as empty, so that
 * saving over it repairs it; its old content stays in the item's version history.
 */
function storedOrEmpty(raw: RawItem, assessmentId: number, capability: string): StoredResponse {
  const mapped = mapResponse(raw);
  if (mapped.ok) return mapped.value;
  return { ...emptyDraft(), itemId: Number(raw.Id), etag: etagOf(raw) ?? '*', assessmentId, capability, modified: null };
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

function itemFields(assessmentId: number, capability: string, draft: ResponseDraft): Record<string, unknown> {
  try {
    return responseToItem(assessmentId, capability, draft);
  } catch (error) {
    throw new StoreError('invalid-data', (error as Error).message, { cause: error, list: LISTS.responses, unsaved: draft });
  }
}

/** Saves a response; see SaveResponseResult for the three outcomes. */
export async function saveResponse(sp: SPFI, assessmentId: number, edit: ResponseEdit): Promise<SaveResponseResult> {
  const draft = checkEdit(assessmentId, edit);
  const { capability, base } = edit;
  const context: ErrorContext = { action: `save your answers for "${capability}"`, list: LISTS.responses, itemId: base?.itemId, unsaved: edit.draft };
  const fields = itemFields(assessmentId, capability, draft);
  const asSaved = (itemId: number, etag: string, saved: ResponseDraft): StoredResponse => ({ ...saved, itemId, etag, assessmentId, capability, modified: null });
  try {
    if (base === null) {
      const existing = await findResponseItem(sp, assessmentId, capability);
      if (existing === null) {
        const created = (await sp.web.lists.getByTitle(LISTS.responses).items.add(fields)) as RawItem;
        const mapped = mapResponse(created);
        return { status: 'saved', response: mapped.ok ? mapped.value : asSaved(Number(created.Id), etagOf(created) ?? '*', draft) };
      }
      return await mergeAndSave(sp, assessmentId, capability, null, draft, existing, edit.draft);
    }
    const attempt = await updateAndRead(sp, base.itemId, base.etag, fields, () => asSaved(base.itemId, base.etag, draft));
    if (attempt.ok) return { status: 'saved', response: attempt.response };
    return await mergeAndSave(sp, assessmentId, capability, draftOf(base), draft, attempt.latest, edit.draft);
  } catch (error) {
    throw toStoreError(error, context);
  }
}

async function mergeAndSave(
  sp: SPFI,
  assessmentId: number,
  capability: string,
  base: ResponseDraft | null,
  mine: ResponseDraft,
  latestRaw: RawItem,
  original: ResponseDraft
): Promise<SaveResponseResult> {
  let latest = storedOrEmpty(latestRaw, assessmentId, capability);
  for (let round = 0; round < MAX_MERGE_ROUNDS; round++) {
    const theirs = draftOf(latest);
    const { merged, conflicts } = mergeResponse(base, mine, theirs);
    if (conflicts.length > 0) {
      return { status: 'conflict', latest, conflicts, merged, draft: original };
    }
    if (sameDraft(merged, theirs)) return { status: 'merged', response: latest, mergedFrom: latest };
    const fields = itemFields(assessmentId, capability, merged);
    const attempt = await updateAndRead(sp, latest.itemId, latest.etag, fields, () => ({ ...merged, itemId: latest.itemId, etag: latest.etag, assessmentId, capability, modified: null }));
    if (attempt.ok) return { status: 'merged', response: attempt.response, mergedFrom: latest };
    latest = storedOrEmpty(attempt.latest, assessmentId, capability);
  }
  throw new StoreError('conflict', `Your answers for "${capability}" could not be saved because others keep changing the same response. Reload it to see their changes; your own changes have been kept on this page.`, {
    list: LISTS.responses,
    itemId: latest.itemId,
    unsaved: original
  });
}
