/**
 * Permissions over REST: `web/roledefinitions[…]`, `{web|list}/roleassignments[…]` with
 * `addroleassignment(principalid=N,roledefid=M)` and `removeroleassignment(…)`,
 * `list/breakroleinheritance(copyroleassignments=…,clearsubscopes=…)`,
 * `list/resetroleinheritance`, and a list's effective permissions.
 *
 * URLs and bodies are the ones PnPjs v4 sends (`@pnp/sp/security/types.js`, `funcs.js`):
 * `roleassignments/addroleassignment(principalid=5, roledefid=1073741826)` (note the space),
 * `roleassignments(5)` for getById, `roledefinitions/getbyname('Read')`, `getbytype(2)`,
 * `breakroleinheritance(copyroleassignments=true, clearsubscopes=false)`, all POSTs with no body.
 */
import { allow, Ctx, json, requirePermission } from '../context';
import { errors, SpError } from '../errors';
import { addBinding, breakInheritance, effectiveAssignments, effectiveMask, removeBinding, resetInheritance, webAssignments } from '../model/permissions';
import { PERMISSION, roleById, ROLE_DEFINITIONS, RoleDef, EMPTY_MASK } from '../model/roles';
import { findUser, GROUPS } from '../model/users';
import { queryEntities } from '../odata/collection';
import { collectionBody, complexBody, Entity, entityBody } from '../odata/format';
import { firstArg, Segment, SimResponse } from '../request';
import { ListRec, RoleAssignmentRec } from '../types';
import { groupEntity, userEntity } from './users';

/** The web, or a list, as a securable object. */
export interface Scope {
  list?: ListRec;
}

function scopeUri(ctx: Ctx, scope: Scope): string {
  return scope.list ? `${ctx.webUrl}/_api/Web/Lists(guid'${scope.list.id}')` : `${ctx.webUrl}/_api/Web`;
}

// Guesses at SPO's wording and codes for these argument errors (the ArgumentException code is
// documented for RoleAssignmentCollection.GetByPrincipalId, ee536165).
const principalNotFound = (id: number): SpError => new SpError(400, '-2147024809, System.ArgumentException', `Can not find the principal with id: ${id}.`);
const roleNotFound = (): SpError => new SpError(400, '-2147024809, System.ArgumentException', 'Value does not fall within the expected range.');

/**
 * Adding or removing a role assignment on an object that inherits is refused: "InvalidOperation-
 * Exception: The parent securable object does not have unique permissions"
 * (SP.RoleAssignmentCollection.add, learn.microsoft.com/previous-versions/office/developer/
 * sharepoint-2010/ee658722); the message is the one CSOM clients see (karamem0/sp-client tests
 * expect 'This operation is not allowed on an object that inherits permissions.'). The HTTP
 * status and code over REST are guesses.
 */
const inheritsError = (): SpError =>
  new SpError(400, '-2146233079, System.InvalidOperationException', 'This operation is not allowed on an object that inherits permissions.');

/**
 * A void service operation's answer. SPO writes `{"odata.null":true}` in JSON light (guess for
 * these particular methods; PnPjs ignores the body either way).
 */
function voidResult(ctx: Ctx, name: string): SimResponse {
  return json(ctx, ctx.fmt === 'verbose' ? { d: { [name]: null } } : { 'odata.null': true });
}

export function roleDefinitionEntity(ctx: Ctx, r: RoleDef): Entity {
  return {
    type: 'SP.RoleDefinition',
    uri: `${ctx.webUrl}/_api/Web/RoleDefinitions(${r.id})`,
    editLink: `Web/RoleDefinitions(${r.id})`,
    props: {
      BasePermissions: { ...r.mask },
      Description: r.description,
      Hidden: r.hidden,
      Id: r.id,
      Name: r.name,
      Order: r.order,
      RoleTypeKind: r.typeKind,
    },
  };
}

function principalEntity(ctx: Ctx, id: number): Entity | null {
  const g = GROUPS.find((x) => x.id === id);
  if (g) return groupEntity(ctx, g);
  const u = ctx.core.users.find((x) => x.id === id);
  return u ? userEntity(ctx, u) : null;
}

function assignmentEntity(ctx: Ctx, scope: Scope, a: RoleAssignmentRec): Entity {
  const uri = `${scopeUri(ctx, scope)}/RoleAssignments/GetByPrincipalId(${a.principalId})`;
  return {
    type: 'SP.RoleAssignment',
    uri,
    editLink: uri.slice(`${ctx.webUrl}/_api/`.length),
    props: { PrincipalId: a.principalId },
    nav: {
      Member: () => principalEntity(ctx, a.principalId),
      RoleDefinitionBindings: () => a.roleDefIds.map((id) => roleById(id)).filter((r): r is RoleDef => !!r).map((r) => roleDefinitionEntity(ctx, r)),
    },
  };
}

/**
 * For `$expand=RoleAssignments` on a web or list. Reading assignments needs Enumerate Permissions
 * (only Full Control has it among the built-in levels): "UnauthorizedAccessException: The current
 * user does not have sufficient permissions to enumerate permissions on the parent securable
 * object" (RoleAssignmentCollection.GetByPrincipalId, learn.microsoft.com/previous-versions/
 * office/developer/sharepoint-2010/ee536165).
 */
export function assignmentEntities(ctx: Ctx, scope: Scope): Entity[] {
  requirePermission(ctx, PERMISSION.enumeratePermissions, scope.list);
  return effectiveAssignments(ctx.core.model.state, scope.list).map((a) => assignmentEntity(ctx, scope, a));
}

function roleDefinitionResponse(ctx: Ctx, r: RoleDef | undefined, rest: Segment[]): SimResponse {
  if (!r) throw roleNotFound();
  if (rest.length > 0) throw errors.invalidExpression(rest.map((s) => s.text).join('/'));
  allow(ctx, 'SP.RoleDefinition', 'GET');
  return json(ctx, entityBody(ctx.webUrl, 'SP.ApiData.RoleDefinitions/@Element', roleDefinitionEntity(ctx, r), ctx.query.projection, ctx.fmt));
}

/** `web/roledefinitions`, `…(id)`, `…/getbyid(id)`, `…/getbyname('Read')`, `…/getbytype(2)`. */
export function routeRoleDefinitions(ctx: Ctx, seg: Segment, rest: Segment[]): SimResponse {
  if (seg.args.length > 0) return roleDefinitionResponse(ctx, roleById(Number(firstArg(seg))), rest);
  if (rest.length === 0) {
    // Creating permission levels (POST) is not simulated.
    allow(ctx, 'SP.RoleDefinitionCollection', 'GET');
    const rows = queryEntities(ROLE_DEFINITIONS.map((r) => roleDefinitionEntity(ctx, r)), ctx.query);
    return json(ctx, collectionBody(ctx.webUrl, 'SP.ApiData.RoleDefinitions', rows, ctx.query.projection, ctx.fmt));
  }
  const [s, ...more] = rest;
  const arg = (): string => firstArg(s);
  switch (s.lower) {
    case 'getbyid': return roleDefinitionResponse(ctx, roleById(Number(arg())), more);
    // SharePoint matches permission level names without regard to case (guess for REST).
    case 'getbyname': return roleDefinitionResponse(ctx, ROLE_DEFINITIONS.find((r) => r.name.toLowerCase() === arg().toLowerCase()), more);
    case 'getbytype': return roleDefinitionResponse(ctx, ROLE_DEFINITIONS.find((r) => r.typeKind === Number(arg())), more);
    default: throw errors.invalidExpression(`roledefinitions/${rest.map((x) => x.text).join('/')}`);
  }
}

/** Checks a write to role assignments and returns the assignments to change. */
function writableAssignments(ctx: Ctx, scope: Scope): RoleAssignmentRec[] {
  // Changing permissions needs Manage Permissions on the object ("The current user does not have
  // the 'Manage Permissions' permission on this securable object": SPSecurableObject docs).
  requirePermission(ctx, PERMISSION.managePermissions, scope.list);
  if (!scope.list) return webAssignments(ctx.core.model.state, true);
  if (!scope.list.roleAssignments) throw inheritsError();
  return scope.list.roleAssignments;
}

function bindingArgs(ctx: Ctx, s: Segment): { principalId: number; roleDefId: number } {
  const principalId = Number(s.named.principalid ?? s.args[0]);
  const roleDefId = Number(s.named.roledefid ?? s.args[1]);
  if (!Number.isInteger(principalId) || !Number.isInteger(roleDefId)) throw errors.invalidExpression(s.text);
  if (!principalEntity(ctx, principalId)) throw principalNotFound(principalId);
  if (!roleById(roleDefId)) throw roleNotFound();
  return { principalId, roleDefId };
}

function assignmentResponse(ctx: Ctx, scope: Scope, principalId: number, rest: Segment[]): SimResponse {
  requirePermission(ctx, PERMISSION.enumeratePermissions, scope.list);
  const a = effectiveAssignments(ctx.core.model.state, scope.list).find((x) => x.principalId === principalId);
  // "ArgumentException: The user or group does not exist in the collection at the given scope.
  // Error code: -2147024809" (RoleAssignmentCollection.GetByPrincipalId, ee536165).
  if (!a) throw principalNotFound(principalId);
  const entity = assignmentEntity(ctx, scope, a);
  if (rest.length === 0) {
    allow(ctx, 'SP.RoleAssignment', 'GET', 'DELETE');
    if (ctx.method === 'DELETE') {
      const assignments = writableAssignments(ctx, scope);
      assignments.splice(assignments.findIndex((x) => x.principalId === principalId), 1);
      ctx.core.changed();
      return { status: 200, headers: { 'content-length': '0' }, body: '' };
    }
    return json(ctx, entityBody(ctx.webUrl, 'SP.ApiData.RoleAssignments/@Element', entity, ctx.query.projection, ctx.fmt));
  }
  const [s, ...more] = rest;
  if (more.length > 0) throw errors.invalidExpression(rest.map((x) => x.text).join('/'));
  if (s.lower === 'member') {
    allow(ctx, 'SP.Principal', 'GET');
    const m = principalEntity(ctx, principalId)!;
    return json(ctx, entityBody(ctx.webUrl, m.type === 'SP.Group' ? 'SP.ApiData.Groups/@Element' : 'SP.ApiData.Users/@Element', m, ctx.query.projection, ctx.fmt));
  }
  if (s.lower === 'roledefinitionbindings') {
    allow(ctx, 'SP.RoleDefinitionCollection', 'GET');
    const rows = (entity.nav!.RoleDefinitionBindings() as Entity[]);
    return json(ctx, collectionBody(ctx.webUrl, 'SP.ApiData.RoleDefinitions', rows, ctx.query.projection, ctx.fmt));
  }
  throw errors.invalidExpression(rest.map((x) => x.text).join('/'));
}

/** `{web|list}/roleassignments`, `(n)`, `getbyprincipalid(n)`, `addroleassignment(…)`, `removeroleassignment(…)`. */
export function routeRoleAssignments(ctx: Ctx, scope: Scope, seg: Segment, rest: Segment[]): SimResponse {
  if (seg.args.length > 0) return assignmentResponse(ctx, scope, Number(firstArg(seg)), rest);
  if (rest.length === 0) {
    allow(ctx, 'SP.RoleAssignmentCollection', 'GET');
    const rows = queryEntities(assignmentEntities(ctx, scope), ctx.query);
    return json(ctx, collectionBody(ctx.webUrl, 'SP.ApiData.RoleAssignments', rows, ctx.query.projection, ctx.fmt));
  }
  const [s, ...more] = rest;
  switch (s.lower) {
    case 'getbyprincipalid': return assignmentResponse(ctx, scope, Number(firstArg(s)), more);
    case 'addroleassignment':
    case 'removeroleassignment': {
      if (more.length > 0) throw errors.invalidExpression(rest.map((x) => x.text).join('/'));
      allow(ctx, 'SP.RoleAssignmentCollection', 'POST');
      const assignments = writableAssignments(ctx, scope);
      const { principalId, roleDefId } = bindingArgs(ctx, s);
      if (s.lower === 'addroleassignment') addBinding(assignments, principalId, roleDefId);
      else removeBinding(assignments, principalId, roleDefId);
      ctx.core.changed();
      return voidResult(ctx, s.lower === 'addroleassignment' ? 'AddRoleAssignment' : 'RemoveRoleAssignment');
    }
    default: throw errors.invalidExpression(`roleassignments/${rest.map((x) => x.text).join('/')}`);
  }
}

/**
 * `list/breakroleinheritance(copyroleassignments=…,clearsubscopes=…)`: needs Manage Permissions
 * ("UnauthorizedAccessException: User does not have permissions to break role inheritance",
 * SPList.BreakRoleInheritance, learn.microsoft.com/previous-versions/office/developer/
 * sharepoint-2010/ee553244). What it does is in model/permissions.ts breakInheritance.
 */
export function routeBreakInheritance(ctx: Ctx, list: ListRec, seg: Segment): SimResponse {
  allow(ctx, 'SP.List', 'POST');
  requirePermission(ctx, PERMISSION.managePermissions, list);
  const copy = seg.named.copyroleassignments ?? seg.args[0];
  if (typeof copy !== 'boolean') throw errors.invalidExpression(seg.text);
  breakInheritance(ctx.core.model.state, list, copy, ctx.user);
  ctx.core.changed();
  return voidResult(ctx, 'BreakRoleInheritance');
}

/** `list/resetroleinheritance`: the list inherits the web's assignments again (its own are dropped). */
export function routeResetInheritance(ctx: Ctx, list: ListRec, rest: Segment[]): SimResponse {
  if (rest.length > 0) throw errors.invalidExpression(rest.map((s) => s.text).join('/'));
  allow(ctx, 'SP.List', 'POST');
  requirePermission(ctx, PERMISSION.managePermissions, list);
  resetInheritance(list);
  ctx.core.changed();
  return voidResult(ctx, 'ResetRoleInheritance');
}

/** `list/EffectiveBasePermissions` (and an item's, since items never have their own here). */
export function listEffectivePermissions(ctx: Ctx, list: ListRec, rest: Segment[]): SimResponse {
  if (rest.length > 0) throw errors.invalidExpression(rest.map((s) => s.text).join('/'));
  allow(ctx, 'SP.BasePermissions', 'GET');
  return json(ctx, complexBody(ctx.webUrl, 'EffectiveBasePermissions', 'SP.BasePermissions', effectiveMask(ctx.core.model.state, ctx.user, list), ctx.fmt));
}

/** `list/getUserEffectivePermissions(@user)`: an unknown login gets an empty mask (guess at SPO). */
export function listUserEffectivePermissions(ctx: Ctx, list: ListRec, seg: Segment): SimResponse {
  allow(ctx, 'SP.List', 'GET');
  const u = findUser(ctx.core.users, firstArg(seg));
  const mask = u ? effectiveMask(ctx.core.model.state, u, list) : EMPTY_MASK;
  return json(ctx, complexBody(ctx.webUrl, 'GetUserEffectivePermissions', 'SP.BasePermissions', mask, ctx.fmt));
}
