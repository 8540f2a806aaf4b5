/**
 * The signed-in user's role, from SharePoint's effective base permissions on the site.
 *
 * Owners are told apart by Manage Web (Full Control), not by Manage Lists: SharePoint's default
 * "Edit" level, which site Members get, includes Manage Lists, so checking that alone would let
 * every member run set-up and publish models.
 */
import { z } from 'zod';
import type { CurrentUser, Role, UserRights } from '../types';

/** PermissionKind values (SP.PermissionKind), as bit numbers counted from 1. */
export const PERMISSION = {
  viewListItems: 1,
  addListItems: 2,
  editListItems: 3,
  manageLists: 12,
  manageWeb: 31
} as const;

/** SP.BasePermissions: two 32-bit masks; SharePoint sends them as strings in JSON (Int64). */
export interface BasePermissions {
  High: number | string;
  Low: number | string;
}

/** True when the mask grants the permission (the same arithmetic as sp.js and PnPjs). */
export function hasPermission(perms: BasePermissions, kind: number): boolean {
  const bit = kind - 1;
  const high = Number(perms.High);
  const low = Number(perms.Low);
  // Masks up to 2^32 - 1 do not fit a signed 32-bit int; `>>> 0` keeps the arithmetic unsigned.
  if (bit < 32) return ((low >>> 0) & (1 << bit)) !== 0;
  return ((high >>> 0) & (1 << (bit - 32))) !== 0;
}

/** What a permission mask lets the user do in the suite. */
export function rightsFrom(perms: BasePermissions): { role: Role; can: UserRights } {
  const read = hasPermission(perms, PERMISSION.viewListItems);
  const edit = read && hasPermission(perms, PERMISSION.addListItems) && hasPermission(perms, PERMISSION.editListItems);
  const owner = hasPermission(perms, PERMISSION.manageWeb) && hasPermission(perms, PERMISSION.manageLists);
  const role: Role = owner ? 'owner' : edit ? 'member' : 'visitor';
  return { role, can: { setUp: owner, publish: owner, edit: owner || edit, read } };
}

const userSchema = z.object({
  Id: z.number().int(),
  Title: z.string().nullish(),
  Email: z.string().nullish(),
  LoginName: z.string().nullish()
});

const permsSchema = z.object({ High: z.union([z.string(), z.number()]), Low: z.union([z.string(), z.number()]) });

/** Builds the current user from `web/currentUser` and `web/EffectiveBasePermissions` answers. */
export function currentUserFrom(user: unknown, perms: unknown): CurrentUser {
  const u = userSchema.parse(user);
  // Verbose JSON wraps the mask in EffectiveBasePermissions; minimal JSON returns it bare.
  const rawPerms = (perms as { EffectiveBasePermissions?: unknown })?.EffectiveBasePermissions ?? perms;
  const p = permsSchema.parse(rawPerms);
  return { id: u.Id, title: u.Title ?? '', email: u.Email ?? '', loginName: u.LoginName ?? '', ...rightsFrom(p) };
}

/** Columns read for the current user and site owners. */
export const USER_SELECT = ['Id', 'Title', 'Email', 'LoginName'];
