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
 * - An agreed response is locked: a save that would change it in any way but reopening it (status
 *   back to 'in-progress', nothing else changed) is refused with a 'conflict' StoreError, reason
 *   'locked'. What counts is the response as stored at the time of the save: when the user loaded
 *   it agreed, it is read again first (someone may have reopened it since); when it was agreed
 *   after the user loaded it, the 412 that follows leads to the same check on the re-read item.
 * - When a save makes the status 'agreed', the store records who (the signed-in user's name) and
 *   when in "Agreed by" and "Agreed at"; reopening clears them (the version history keeps them).
 *
 * Every request goes on its own. SharePoint Online answers every $batch part after a failed one
 * with 500 (pnp/pnpjs#1275), so a read queued behind a MERGE that may meet 412 could never come
 * back; the read after a 412 is a request of its own.
 *
 * Round trips: first save 1; plain save 1; save merged over another's change 3 (MERGE 412, GET,
 * MERGE); true conflict 2 (MERGE 412, GET). Duplicates left by older versions add one each. A save
 * that agrees the level adds 1 (who the user is); a refused change to a response loaded agreed is
 * 1 (GET), a reopen 1.
 */
import { KEY_PATTERN } from '../../nimm/model/schema';
import { DataStrings, formatString } from '../../loc/strings';
import { StoreError } from '../errors';
import { describeIssues, RawItem } from '../mappers/common';
import { draftOf, mapResponse, RESPONSE_SELECT, responseKey, responseToItem, type ResponseWrite } from '../mappers/response';
import { mergeResponse, sameDraft } from '../merge/mergeResponse';
import { F, LISTS, TEXT_FIELD_LIMIT } from '../schema/names';
import { RESPONSE_RECORD_FIELDS, recordOf, responseDraftSchema, setRecord, withoutEmptyEntries } from '../schema/responseDraft';
import { etagOf, odataString, type SPFI } from '../sp/pnp';
import { toStoreError, type ErrorContext } from '../sp/toStoreError';
import type { ResponseDraft, ResponseEdit, ResponseStatus, SaveResponseResult, StoredResponse } from '../types';

/** The words of this file's messages. */
const WORDS = DataStrings.Responses;

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
    throw new StoreError('invalid-data', formatString(WORDS.InvalidTarget, String(edit.capability), String(assessmentId)), { unsaved: edit.draft });
  }
  const parsed = responseDraftSchema.safeParse(edit.draft);
  if (!parsed.success) {
    throw new StoreError('invalid-data', formatString(WORDS.InvalidDraft, edit.capability, describeIssues(parsed.error.issues)), { unsaved: edit.draft });
  }
  // An empty note is no note: cleared and never-written notes must merge as the same thing.
  const draft = parsed.data;
  for (const field of RESPONSE_RECORD_FIELDS) setRecord(draft, field, withoutEmptyEntries(recordOf(draft, field)));
  return draft;
}

/** Who agreed a response and when, as StoredResponse carries it. */
type Agreement = Pick<StoredResponse, 'agreedBy' | 'agreedAt'>;

/** The signed-in user's name, read at most once per save and only when the save agrees a level. */
type WhoAmI = () => Promise<string>;

function whoAmIOn(sp: SPFI): WhoAmI {
  let name: Promise<string> | undefined;
  return () => {
    name = name ?? (sp.web.currentUser.select('Title')() as Promise<{ Title?: string | null }>).then((u) => String(u.Title ?? ''));
    return name;
  };
}

/**
 * What a save does to "Agreed by" and "Agreed at", going from the stored response (null when
 * there is none) to the status being saved: set them when the status becomes 'agreed', clear
 * them when it stops being 'agreed', and otherwise leave them as they are.
 */
async function nextAgreement(stored: StoredResponse | null, next: ResponseStatus, whoAmI: WhoAmI): Promise<{ agreement: Agreement; columns: Record<string, unknown> }> {
  const was = stored?.status === 'agreed';
  const now = next === 'agreed';
  if (now && !was) {
    // To the second, as SharePoint keeps a date-and-time column, so the saved response reads back the same.
    const agreement = { agreedBy: (await whoAmI()).slice(0, TEXT_FIELD_LIMIT), agreedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z') };
    return { agreement, columns: { [F.agreedBy]: agreement.agreedBy, [F.agreedAt]: agreement.agreedAt } };
  }
  if (was && !now) return { agreement: { agreedBy: '', agreedAt: null }, columns: { [F.agreedBy]: null, [F.agreedAt]: null } };
  return { agreement: { agreedBy: stored?.agreedBy ?? '', agreedAt: stored?.agreedAt ?? null }, columns: {} };
}

/**
 * True when saving `draft` over `stored` would change an agreed response other than by reopening
 * it: setting the status back to 'in-progress' and changing nothing else. Saving it unchanged is
 * no change.
 */
function breaksLock(stored: StoredResponse, draft: ResponseDraft): boolean {
  if (stored.status !== 'agreed') return false;
  const theirs = draftOf(stored);
  if (sameDraft(draft, theirs)) return false;
  return !(draft.status === 'in-progress' && sameDraft({ ...draft, status: 'agreed' }, theirs));
}

/** "4 March 2026", or null when the value is not a date. */
function dayOf(value: string | null): string | null {
  if (value === null || Number.isNaN(Date.parse(value))) return null;
  return new Date(value).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

/** The refusal of a change to an agreed response, saying who agreed it and when, as far as known. */
function locked(capability: string, stored: StoredResponse, unsaved: ResponseDraft): StoreError {
  const by = stored.agreedBy;
  const day = dayOf(stored.agreedAt);
  const which: [string, string, number] = [capability, LISTS.responses, stored.itemId];
  // A whole sentence for each case: agreed by someone on a day, by someone, on a day, or just agreed.
  let message: string;
  if (by && day) message = formatString(WORDS.LockedByOn, ...which, by, day);
  else if (by) message = formatString(WORDS.LockedBy, ...which, by);
  else if (day) message = formatString(WORDS.LockedOn, ...which, day);
  else message = formatString(WORDS.Locked, ...which);
  return new StoreError('conflict', message, { reason: 'locked', list: LISTS.responses, itemId: stored.itemId, unsaved });
}

/** The write for a draft over a stored response; a too-long column is the user's to fix. */
function writeFor(assessmentId: number, capability: string, draft: ResponseDraft, stored: StoredResponse | null, unsaved: ResponseDraft, also: Record<string, unknown> = {}): ResponseWrite {
  try {
    return responseToItem(assessmentId, capability, draft, stored, also);
  } catch (error) {
    throw new StoreError('invalid-data', (error as Error).message, { cause: error, list: LISTS.responses, unsaved });
  }
}

/** The stored response in a raw item; one whose identity is unreadable cannot be merged into. */
function stored(raw: RawItem, unsaved: ResponseDraft): StoredResponse {
  const mapped = mapResponse(raw);
  if (mapped.ok) return mapped.value;
  throw new StoreError('invalid-data', formatString(WORDS.TooDamagedToSave, LISTS.responses, String(raw.Id), mapped.problem), {
    list: LISTS.responses,
    itemId: typeof raw.Id === 'number' ? raw.Id : undefined,
    unsaved
  });
}

/** The response as just written. */
function written(assessmentId: number, capability: string, itemId: number, etag: string, draft: ResponseDraft, write: ResponseWrite, agreement: Agreement): StoredResponse {
  const response: StoredResponse = { ...draft, itemId, etag, assessmentId, capability, modified: null, ...agreement };
  for (const field of RESPONSE_RECORD_FIELDS) setRecord(response, field, { ...recordOf(draft, field) });
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
  const context: ErrorContext = { action: formatString(DataStrings.Actions.SaveAnswers, capability), list: LISTS.responses, itemId: base?.itemId, unsaved: edit.draft };
  const whoAmI = whoAmIOn(sp);
  try {
    if (base !== null && breaksLock(base, draft)) {
      // Loaded agreed, and changed: whether that is allowed depends on how it stands now (someone
      // may have reopened it meanwhile), so it is read first and never written blind.
      const now = await readById(sp, base.itemId);
      if (now !== null) return await mergeAndSave(sp, assessmentId, capability, base, draft, stored(now, edit.draft), edit.draft, whoAmI);
      // Someone deleted the response meanwhile: save it afresh, from nothing.
    } else if (base !== null) {
      // The write only lands if the item is still as loaded, so the stored status is base's.
      const { agreement, columns } = await nextAgreement(base, draft.status, whoAmI);
      const write = writeFor(assessmentId, capability, draft, base, edit.draft, columns);
      const outcome = await update(sp, base.itemId, base.etag, write.fields);
      if (outcome.kind === 'written') {
        await retireDuplicates(sp, base);
        return { status: 'saved', response: written(assessmentId, capability, base.itemId, outcome.etag ?? base.etag, draft, write, agreement), notices: write.notices };
      }
      const latest = outcome.kind === 'changed' ? await readById(sp, base.itemId) : null;
      if (latest !== null) return await mergeAndSave(sp, assessmentId, capability, base, draft, stored(latest, edit.draft), edit.draft, whoAmI);
      // Someone deleted the response meanwhile: save it afresh, from nothing.
    }
    return await create(sp, assessmentId, capability, draft, edit.draft, whoAmI);
  } catch (error) {
    throw toStoreError(error, context);
  }
}

/** Adds the response; if the key is taken (a simultaneous first save), merges into that item. */
async function create(sp: SPFI, assessmentId: number, capability: string, draft: ResponseDraft, original: ResponseDraft, whoAmI: WhoAmI): Promise<SaveResponseResult> {
  const { agreement, columns } = await nextAgreement(null, draft.status, whoAmI);
  const write = writeFor(assessmentId, capability, draft, null, original, columns);
  try {
    const created = (await sp.web.lists.getByTitle(LISTS.responses).items.add(write.fields)) as RawItem;
    const itemId = Number(created.Id);
    const mapped = mapResponse(created);
    return { status: 'saved', response: mapped.ok ? mapped.value : written(assessmentId, capability, itemId, etagOf(created) ?? '*', draft, write, agreement), notices: write.notices };
  } catch (error) {
    const refused = toStoreError(error, { action: formatString(DataStrings.Actions.SaveAnswers, capability), list: LISTS.responses, unsaved: original });
    if (refused.reason !== 'duplicate') throw error;
    const existing = await readByKey(sp, assessmentId, capability);
    if (existing === null) throw error;
    // The user started from no response (or from one since deleted): merge as from nothing.
    return mergeAndSave(sp, assessmentId, capability, null, draft, stored(existing, original), original, whoAmI);
  }
}

async function mergeAndSave(
  sp: SPFI,
  assessmentId: number,
  capability: string,
  base: StoredResponse | null,
  mine: ResponseDraft,
  first: StoredResponse,
  original: ResponseDraft,
  whoAmI: WhoAmI
): Promise<SaveResponseResult> {
  let latest = first;
  for (let round = 0; round < MAX_MERGE_ROUNDS; round++) {
    const theirs = draftOf(latest);
    const { merged, conflicts } = mergeResponse(base === null ? null : draftOf(base), mine, theirs);
    // Agreed as it now stands: only a reopen gets through, whatever else could be merged.
    if (breaksLock(latest, merged)) throw locked(capability, latest, original);
    if (conflicts.length > 0) {
      return { status: 'conflict', latest, conflicts, merged, draft: original };
    }
    if (sameDraft(merged, theirs)) return { status: 'merged', response: latest, mergedFrom: latest, notices: [] };
    const { agreement, columns } = await nextAgreement(latest, merged.status, whoAmI);
    const write = writeFor(assessmentId, capability, merged, latest, original, columns);
    const outcome = await update(sp, latest.itemId, latest.etag, write.fields);
    if (outcome.kind === 'written') {
      await retireDuplicates(sp, base);
      return { status: 'merged', response: written(assessmentId, capability, latest.itemId, outcome.etag ?? latest.etag, merged, write, agreement), mergedFrom: latest, notices: write.notices };
    }
    const again = outcome.kind === 'changed' ? await readById(sp, latest.itemId) : null;
    if (again === null) {
      throw new StoreError('not-found', formatString(WORDS.DeletedMeanwhile, capability), {
        list: LISTS.responses,
        itemId: latest.itemId,
        unsaved: original
      });
    }
    latest = stored(again, original);
  }
  throw new StoreError('conflict', formatString(WORDS.KeepsChanging, capability), {
    list: LISTS.responses,
    itemId: latest.itemId,
    unsaved: original
  });
}
