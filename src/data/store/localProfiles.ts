/**
 * Local profiles (schema version 7): reading them with the roadmap (two reads queued on the
 * roadmap's first $batch, so opening the web part stays two round trips), saving one, deleting
 * one, and the site owner's choice of who may change them, which is the list's permissions in
 * SharePoint (so the rule holds whatever sends the request, not only in our page).
 */
import { DataStrings, formatString } from '../../loc/strings';
import { StoreError } from '../errors';
import { describeIssues, mapItems, type RawItem } from '../mappers/common';
import { LOCAL_PROFILE_SELECT, localProfileSaveSchema, localProfileToItem, mapLocalProfile } from '../mappers/localProfile';
import { ensureOwnersOnly } from '../schema/permissions';
import { F, LISTS } from '../schema/names';
import { etagOf, MAX_PAGE, readPage, readRemainingPages, type Page, type SPFI } from '../sp/pnp';
import { hasPermission, PERMISSION, type BasePermissions } from '../sp/rights';
import { toStoreError } from '../sp/toStoreError';
import type { DataIssue, LocalProfile, LocalProfileEditors, LocalProfiles, LocalProfileSave } from '../types';

/** The two reads queued on a batch: the profiles, and the list's permissions for this user. */
export interface LocalProfileReads {
  items: Promise<Page<RawItem>>;
  list: Promise<{ HasUniqueRoleAssignments?: boolean; EffectiveBasePermissions?: BasePermissions }>;
}

/** Queues the reads on a batch (they go out with it). */
export function queueLocalProfileReads(batched: SPFI): LocalProfileReads {
  const list = batched.web.lists.getByTitle(LISTS.localProfiles);
  return {
    items: readPage<RawItem>(list.items.select(...LOCAL_PROFILE_SELECT).orderBy('Id', true).top(MAX_PAGE)),
    list: list.select('HasUniqueRoleAssignments', 'EffectiveBasePermissions')()
  };
}

function isMissingList(error: unknown): boolean {
  const kind = toStoreError(error, { action: DataStrings.Actions.ReadLocalProfiles, list: LISTS.localProfiles }).kind;
  return kind === 'not-found' || kind === 'not-set-up';
}

/** The local profiles from the queued reads; a missing list (a site before schema 7) is an issue, not a failure. */
export async function finishLocalProfiles(sp: SPFI, reads: LocalProfileReads, issues: DataIssue[]): Promise<LocalProfiles> {
  let raw: RawItem[];
  let list: { HasUniqueRoleAssignments?: boolean; EffectiveBasePermissions?: BasePermissions };
  try {
    // The items first: when the list is missing that part fails, and SharePoint skips the next.
    raw = await readRemainingPages<RawItem>(sp, await reads.items);
    list = await reads.list;
  } catch (error) {
    if (!isMissingList(error)) throw error;
    issues.push({ list: LISTS.localProfiles, itemId: null, problem: formatString(DataStrings.LocalProfiles.Missing, LISTS.localProfiles) });
    return { profiles: [], editors: 'members', canChange: false, available: false };
  }
  const keyed = raw.filter((item) => String(item[F.profileKey] ?? '').indexOf('#') < 0);
  raw.forEach((item) => {
    const key = String(item[F.profileKey] ?? '');
    if (key.indexOf('#') >= 0) issues.push({ list: LISTS.localProfiles, itemId: Number(item.Id), problem: formatString(DataStrings.LocalProfiles.SecondProfile, key.split('#')[0]) });
  });
  const mapped = mapItems(LISTS.localProfiles, keyed, mapLocalProfile);
  issues.push(...mapped.issues);
  const perms = list.EffectiveBasePermissions;
  const canChange = perms !== undefined && hasPermission(perms, PERMISSION.addListItems) && hasPermission(perms, PERMISSION.editListItems);
  const profiles = mapped.items.slice().sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  return { profiles, editors: list.HasUniqueRoleAssignments === true ? 'owners' : 'members', canChange, available: true };
}

/** Adds a local profile, or changes one if it is still as it was loaded (its ETag). */
export async function saveLocalProfile(sp: SPFI, save: LocalProfileSave): Promise<LocalProfile> {
  const words = DataStrings.LocalProfiles;
  const parsed = localProfileSaveSchema.safeParse(save);
  if (!parsed.success) {
    throw new StoreError('invalid-data', formatString(words.Invalid, describeIssues(parsed.error.issues)), { list: LISTS.localProfiles, itemId: save.itemId, unsaved: save });
  }
  if (save.itemId !== undefined && (typeof save.etag !== 'string' || save.etag.trim() === '' || save.etag.trim() === '*')) {
    throw new StoreError('invalid-data', formatString(words.NoEtag, save.name), { list: LISTS.localProfiles, itemId: save.itemId, unsaved: save });
  }
  const items = sp.web.lists.getByTitle(LISTS.localProfiles).items;
  const context = { action: formatString(DataStrings.Actions.SaveLocalProfile, save.name), list: LISTS.localProfiles, itemId: save.itemId, unsaved: save };
  try {
    let raw: RawItem;
    const fields = localProfileToItem({ ...save, ...parsed.data });
    if (save.itemId === undefined) raw = await items.add(fields);
    else {
      await items.getById(save.itemId).update(fields, save.etag);
      raw = await items.getById(save.itemId).select(...LOCAL_PROFILE_SELECT)();
    }
    const mapped = mapLocalProfile(raw);
    if (!mapped.ok) throw new StoreError('invalid-data', formatString(words.ReadBackWrongly, mapped.problem), { list: LISTS.localProfiles, itemId: Number(raw.Id) });
    return mapped.value;
  } catch (error) {
    const failed = toStoreError(error, context);
    if (failed.kind === 'conflict' && failed.reason === 'duplicate') {
      throw new StoreError('conflict', formatString(words.Duplicate, save.name, save.key), { ...context, reason: 'duplicate', status: failed.status, cause: error });
    }
    if (failed.kind === 'conflict' || (failed.kind === 'not-found' && save.itemId !== undefined)) {
      throw new StoreError('conflict', formatString(words.ChangedMeanwhile, save.name), { ...context, status: failed.status, cause: error });
    }
    throw failed;
  }
}

/**
 * Moves a local profile to the site's recycle bin (from where an owner can restore it), if it is
 * still as it was loaded: SharePoint's recycle takes no ETag, so the item is read first and a
 * change someone made meanwhile stops the delete.
 */
export async function deleteLocalProfile(sp: SPFI, profile: { itemId: number; etag: string; name: string }): Promise<void> {
  const item = sp.web.lists.getByTitle(LISTS.localProfiles).items.getById(profile.itemId);
  const context = { action: formatString(DataStrings.Actions.DeleteLocalProfile, profile.name), list: LISTS.localProfiles, itemId: profile.itemId };
  let current: RawItem;
  try {
    current = await item.select('Id')();
  } catch (error) {
    const failed = toStoreError(error, context);
    if (failed.kind === 'not-found') return;
    throw failed;
  }
  if (etagOf(current) !== profile.etag) {
    throw new StoreError('conflict', formatString(DataStrings.LocalProfiles.ChangedMeanwhile, profile.name), context);
  }
  try {
    await item.recycle();
  } catch (error) {
    throw toStoreError(error, context);
  }
}

/** Who may create and change local profiles now, or null when the list is missing. */
export async function readLocalProfileEditors(sp: SPFI): Promise<LocalProfileEditors | null> {
  try {
    const list: { HasUniqueRoleAssignments?: boolean } = await sp.web.lists.getByTitle(LISTS.localProfiles).select('HasUniqueRoleAssignments')();
    return list.HasUniqueRoleAssignments === true ? 'owners' : 'members';
  } catch (error) {
    if (isMissingList(error)) return null;
    throw toStoreError(error, { action: DataStrings.Actions.ReadLocalProfiles, list: LISTS.localProfiles });
  }
}

/**
 * The site owner's choice: 'owners' gives the list its own permissions (owners Full Control,
 * everyone else Read: ensureOwnersOnly); 'members' makes it share the site's permissions again.
 * SharePoint refuses both to anyone but an owner. Returns one sentence per change made.
 */
export async function setLocalProfileEditors(sp: SPFI, editors: LocalProfileEditors): Promise<string[]> {
  const context = { action: formatString(DataStrings.Actions.SetLocalProfileEditors, LISTS.localProfiles), list: LISTS.localProfiles };
  try {
    if (editors === 'owners') return await ensureOwnersOnly(sp, LISTS.localProfiles);
    const list = sp.web.lists.getByTitle(LISTS.localProfiles);
    const state: { HasUniqueRoleAssignments?: boolean } = await list.select('HasUniqueRoleAssignments')();
    if (state.HasUniqueRoleAssignments !== true) return [];
    await list.resetRoleInheritance();
    return [formatString(DataStrings.LocalProfiles.OpenedToMembers, LISTS.localProfiles)];
  } catch (error) {
    throw toStoreError(error, context);
  }
}
