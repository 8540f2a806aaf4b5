/**
 * Keeps a list to site owners: the list gets its own permissions, the site's owners group has
 * Full Control on it and everyone else at most Read. SharePoint then refuses a member's change to
 * the list with 403 whatever sends it (a page, a script, a REST call), which is the point: the
 * page only hides the buttons, SharePoint enforces the rule.
 *
 * Idempotent like ensureList: it reads first (whether the list has its own permissions, and who
 * holds which permission levels on it) and writes only what is missing, so a second run sends
 * nothing but GETs. Groups and permission levels are the site's own (its associated owner, member
 * and visitor groups; levels found by type), never hard-coded ids.
 */
import { PermissionKind } from '@pnp/sp/security';
// Loads the PnPjs features (security, site groups) this module relies on.
import '../sp/pnp';
import type { SPFI } from '../sp/pnp';
import { DataStrings, formatString } from '../../loc/strings';

interface Principal {
  Id: number;
  Title: string;
}

interface Binding {
  Id: number;
  Name: string;
  BasePermissions: { High: number | string; Low: number | string };
}

interface Assignment {
  PrincipalId: number;
  Member: Principal;
  RoleDefinitionBindings: Binding[];
}

/** The site's groups and permission levels that "owners only" is made of. */
export interface SiteSecurity {
  owners: Principal;
  members: Principal;
  visitors: Principal;
  fullControl: Binding;
  read: Binding;
}

/** SharePoint's RoleTypeKind values for the two levels used here. */
const ADMINISTRATOR = 5;
const READER = 2;

/** Reads the site's associated groups and its Full Control and Read levels (plain GETs). */
export async function readSiteSecurity(sp: SPFI): Promise<SiteSecurity> {
  const web = sp.web;
  const [owners, members, visitors, fullControl, read] = await Promise.all([
    web.associatedOwnerGroup.select('Id', 'Title')(),
    web.associatedMemberGroup.select('Id', 'Title')(),
    web.associatedVisitorGroup.select('Id', 'Title')(),
    web.roleDefinitions.getByType(ADMINISTRATOR).select('Id', 'Name', 'BasePermissions')(),
    web.roleDefinitions.getByType(READER).select('Id', 'Name', 'BasePermissions')()
  ]);
  return { owners, members, visitors, fullControl, read } as SiteSecurity;
}

/** Whether a permission level lets its holder add, change or delete items. */
function writes(sp: SPFI, b: Binding): boolean {
  const perms = { High: Number(b.BasePermissions.High), Low: Number(b.BasePermissions.Low) };
  return [PermissionKind.AddListItems, PermissionKind.EditListItems, PermissionKind.DeleteListItems].some((k) => sp.web.hasPermissions(perms, k));
}

/**
 * Gives the list its own permissions (copied from the site, so nobody loses sight of it), makes
 * sure the owners group has Full Control, and takes every permission level that can change items
 * from everyone else, leaving them Read; the members and visitors groups always get Read.
 * Returns one sentence per change; an empty array means nothing was written.
 */
export async function ensureOwnersOnly(sp: SPFI, listTitle: string, site?: SiteSecurity): Promise<string[]> {
  const security = site ?? (await readSiteSecurity(sp));
  const list = sp.web.lists.getByTitle(listTitle);
  // A list that inherits answers the site's assignments, which are what breaking inheritance copies.
  const [state, assignments] = await Promise.all([
    list.select('HasUniqueRoleAssignments')() as Promise<{ HasUniqueRoleAssignments: boolean }>,
    list.roleAssignments.expand('Member', 'RoleDefinitionBindings')() as Promise<Assignment[]>
  ]);
  const words = DataStrings.SetUp;
  const changes: string[] = [];
  if (!state.HasUniqueRoleAssignments) {
    await list.breakRoleInheritance(true, false);
    changes.push(formatString(words.OwnPermissions, listTitle));
  }

  const held = (principalId: number): Binding[] => assignments.find((a) => a.PrincipalId === principalId)?.RoleDefinitionBindings ?? [];
  const { owners, fullControl, read } = security;
  if (!held(owners.Id).some((b) => b.Id === fullControl.Id)) {
    await list.roleAssignments.add(owners.Id, fullControl.Id);
    changes.push(formatString(words.OwnersFullControl, owners.Title, listTitle));
  }

  const others = new Map<number, string>(assignments.filter((a) => a.PrincipalId !== owners.Id).map((a) => [a.PrincipalId, a.Member?.Title ?? formatString(words.UnnamedPrincipal, a.PrincipalId)]));
  for (const g of [security.members, security.visitors]) if (!others.has(g.Id)) others.set(g.Id, g.Title);
  for (const [principalId, title] of Array.from(others.entries())) {
    const bindings = held(principalId);
    const toRemove = bindings.filter((b) => b.Id !== read.Id && writes(sp, b));
    const mustRead = toRemove.length > 0 || principalId === security.members.Id || principalId === security.visitors.Id;
    // Read is added before anything is taken away, so nobody loses sight of the list on the way.
    const addRead = mustRead && !bindings.some((b) => b.Id === read.Id);
    if (addRead) await list.roleAssignments.add(principalId, read.Id);
    for (const b of toRemove) await list.roleAssignments.remove(principalId, b.Id);
    if (toRemove.length > 0) changes.push(formatString(words.MadeReadOnly, title, listTitle, toRemove.map((b) => b.Name).join(DataStrings.Common.ListSeparator)));
    else if (addRead) changes.push(formatString(words.GaveRead, title, listTitle));
  }
  return changes;
}

/**
 * ensureOwnersOnly for several lists in one set-up run, reading the site's groups and permission
 * levels once, on the first list that needs them.
 */
export function ownersOnlyLock(sp: SPFI): (listTitle: string) => Promise<string[]> {
  let site: Promise<SiteSecurity> | undefined;
  return async (listTitle) => {
    site = site ?? readSiteSecurity(sp);
    return ensureOwnersOnly(sp, listTitle, await site);
  };
}
