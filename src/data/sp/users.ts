/** Reading the signed-in user and the site's owners. */
// Loads the PnPjs features (web.currentUser, sp.batched ...) these reads rely on.
import './pnp';
import type { SPFI } from './pnp';
import { DataStrings, formatString } from '../../loc/strings';
import type { CurrentUser, SiteOwner } from '../types';
import { currentUserFrom, USER_SELECT } from './rights';
import { toStoreError } from './toStoreError';

/**
 * The signed-in user and their rights: two GETs, sent as one $batch (one round trip) unless
 * `batch` is false. Set-up reads them as plain GETs, so that a run that changes nothing sends
 * nothing but GETs, which anyone (and any request log) can see is read-only.
 */
export async function readCurrentUser(sp: SPFI, options: { batch?: boolean } = {}): Promise<CurrentUser> {
  try {
    if (options.batch === false) {
      const [u, p] = await Promise.all([sp.web.currentUser.select(...USER_SELECT)(), sp.web.getCurrentUserEffectivePermissions()]);
      return currentUserFrom(u, p);
    }
    const [batched, execute] = sp.batched();
    const user = queueCurrentUser(batched);
    // Attach a handler before executing so a failing part never becomes an unhandled rejection.
    user.catch(() => undefined);
    await execute();
    return await user;
  } catch (error) {
    throw toStoreError(error, { action: DataStrings.Actions.WhoAreYou });
  }
}

/**
 * The signed-in user and their rights, queued as two GET parts on a batch the caller sends with
 * its own reads (the loaders' first round trip). Settles once the batch has been sent.
 */
export function queueCurrentUser(batched: SPFI): Promise<CurrentUser> {
  const user = batched.web.currentUser.select(...USER_SELECT)();
  const perms = batched.web.getCurrentUserEffectivePermissions();
  return Promise.all([user, perms]).then(([u, p]) => currentUserFrom(u, p));
}

/** The members of the site's owners group, to tell others whom to ask. */
export async function readSiteOwners(sp: SPFI): Promise<SiteOwner[]> {
  try {
    const users = await sp.web.associatedOwnerGroup.users.select('Id', 'Title', 'Email')();
    return users.map((u) => ({ id: u.Id, title: u.Title ?? '', email: u.Email ?? '' }));
  } catch (error) {
    throw toStoreError(error, { action: DataStrings.Actions.ReadSiteOwners });
  }
}

/**
 * "Ask a site owner (A, B) to ..." with names when they can be read; never fails. `todo` is a
 * verb phrase from DataStrings ('run set-up').
 */
export async function askAnOwner(sp: SPFI, todo: string): Promise<string> {
  const words = DataStrings.Owners;
  const separator = DataStrings.Common.ListSeparator;
  const owners = await readSiteOwners(sp).catch(() => [] as SiteOwner[]);
  const names = owners.map((o) => o.title).filter((t) => t.length > 0);
  if (names.length === 0) return formatString(words.AskAnyOwner, todo);
  const shown = names.length > 3 ? formatString(words.NamesAndOthers, names.slice(0, 3).join(separator)) : names.join(separator);
  return formatString(words.AskNamedOwners, shown, todo);
}
