/**
 * Role assignments on the web and on lists, and the effective rights they give a user. Pure state
 * operations; the REST shape lives in handlers/security.ts.
 *
 * A user's rights on a scope are the union of the role definitions bound to the user or to a
 * site group the user is in, taken from the list's own assignments when it has unique ones, else
 * from the web's (SPList.HasUniqueRoleAssignments: "whether the list has unique security settings
 * or whether it inherits its role assignments from a parent object",
 * learn.microsoft.com/previous-versions/office/developer/sharepoint-services/ms446843). Group membership follows the
 * user's role (model/users.ts GROUPS). Not modelled: site collection administrators' implicit
 * full control, item-level and folder-level unique permissions, and Limited Access being added
 * automatically on the parent when a child is shared.
 */
import { ListRec, RoleAssignmentRec, SiteState, SimUser } from '../types';
import { EMPTY_MASK, Mask, roleById, ROLE_IDS, unionMasks } from './roles';
import { GROUPS } from './users';

/**
 * A team site's web: Owners → Full Control, Members → Contribute, Visitors → Read. (A modern team
 * site gives Members "Edit"; the suite asks for Contribute so list set-up stays with owners, and
 * these are the rights each default user has always had here.)
 */
export function defaultWebAssignments(): RoleAssignmentRec[] {
  const bind = { owner: ROLE_IDS.fullControl, member: ROLE_IDS.contribute, visitor: ROLE_IDS.read };
  return GROUPS.map((g) => ({ principalId: g.id, roleDefIds: [bind[g.role]] }));
}

/** The web's assignments, created from the defaults the first time they are changed. */
export function webAssignments(state: SiteState, forWrite = false): RoleAssignmentRec[] {
  if (state.webRoleAssignments) return state.webRoleAssignments;
  const defaults = defaultWebAssignments();
  if (forWrite) state.webRoleAssignments = defaults;
  return defaults;
}

/** The assignments that decide rights on a list (its own, or the web's when it inherits). */
export function effectiveAssignments(state: SiteState, list?: ListRec): RoleAssignmentRec[] {
  return list?.roleAssignments ?? webAssignments(state);
}

/** The user's own principal id and those of the site groups the user is in. */
export function principalIdsOf(user: SimUser): number[] {
  return [user.id, ...GROUPS.filter((g) => g.role === user.role).map((g) => g.id)];
}

/** The user's effective rights on the web, or on a list when one is given. */
export function effectiveMask(state: SiteState, user: SimUser, list?: ListRec): Mask {
  const mine = new Set(principalIdsOf(user));
  const masks = effectiveAssignments(state, list)
    .filter((a) => mine.has(a.principalId))
    .flatMap((a) => a.roleDefIds.map((id) => roleById(id)?.mask ?? EMPTY_MASK));
  return unionMasks(masks);
}

/**
 * Gives a list its own assignments. With copyRoleAssignments the web's are copied; without, only
 * the calling user remains, with Full Control ("If the copyRoleAssignments parameter is set to
 * false, the current user who runs the code acquires full control of the object": "How to: Break
 * Role Assignment Inheritance", learn.microsoft.com/previous-versions/office/developer/
 * sharepoint-2010/ee535228; CSOM SecurableObject.BreakRoleInheritance: "the collection of role
 * assignments must contain only 1 role assignment containing the current user"). Breaking an
 * already broken list changes nothing (observed by pnp/PnP-Provisioning-Schema#289).
 * clearSubscopes has nothing to act on: items never have unique permissions here.
 */
export function breakInheritance(state: SiteState, list: ListRec, copy: boolean, user: SimUser): void {
  if (list.roleAssignments) return;
  list.roleAssignments = copy
    ? webAssignments(state).map((a) => ({ principalId: a.principalId, roleDefIds: [...a.roleDefIds] }))
    : [{ principalId: user.id, roleDefIds: [ROLE_IDS.fullControl] }];
}

export function resetInheritance(list: ListRec): void {
  delete list.roleAssignments;
}

/** Binds a role definition to a principal; binding one it already has changes nothing. */
export function addBinding(assignments: RoleAssignmentRec[], principalId: number, roleDefId: number): void {
  const existing = assignments.find((a) => a.principalId === principalId);
  if (!existing) assignments.push({ principalId, roleDefIds: [roleDefId] });
  else if (!existing.roleDefIds.includes(roleDefId)) existing.roleDefIds.push(roleDefId);
}

/**
 * Unbinds a role definition; a principal left with no bindings loses its assignment, as the
 * permissions page shows it. Removing a binding that is not there changes nothing (guess: SPO
 * was not seen to report an error for it).
 */
export function removeBinding(assignments: RoleAssignmentRec[], principalId: number, roleDefId: number): void {
  const i = assignments.findIndex((a) => a.principalId === principalId);
  if (i < 0) return;
  const a = assignments[i];
  a.roleDefIds = a.roleDefIds.filter((id) => id !== roleDefId);
  if (a.roleDefIds.length === 0) assignments.splice(i, 1);
}
