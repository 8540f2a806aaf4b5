/**
 * Site users, the current user, associated groups and effective permissions.
 * `web/currentuser`, `web/siteusers…`, `web/getuserbyid(n)`, `web/sitegroups…`,
 * `web/associatedOwnerGroup/users`, `…/effectiveBasePermissions`, `web/getUserEffectivePermissions(@user)`.
 */
import { allow, Ctx, json } from '../context';
import { errors, SpError } from '../errors';
import { effectiveMask } from '../model/permissions';
import { EMPTY_MASK } from '../model/roles';
import { findUser, GROUPS } from '../model/users';
import { queryEntities } from '../odata/collection';
import { collectionBody, complexBody, Entity, entityBody } from '../odata/format';
import { firstArg, jsonBody, Segment, SimResponse } from '../request';
import { SimUser } from '../types';

const userNotFound = (): SpError => new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'User cannot be found.');

export function userEntity(ctx: Ctx, u: SimUser): Entity {
  return {
    type: 'SP.User',
    uri: `${ctx.webUrl}/_api/Web/GetUserById(${u.id})`,
    editLink: `Web/GetUserById(${u.id})`,
    props: {
      Id: u.id,
      IsHiddenInUI: false,
      LoginName: u.login,
      Title: u.title,
      PrincipalType: 1,
      Email: u.email,
      Expiration: '',
      IsEmailAuthenticationGuestUser: false,
      IsShareByEmailGuestUser: false,
      // The demo owner is also the site collection administrator.
      IsSiteAdmin: u.role === 'owner',
      UserId: { NameId: `10030000a${u.id.toString(16).padStart(7, '0')}`, NameIdIssuer: 'urn:federation:microsoftonline' },
      UserPrincipalName: u.email,
    },
  };
}

export function groupEntity(ctx: Ctx, g: (typeof GROUPS)[number]): Entity {
  const siteTitle = ctx.core.model.state.title;
  const title = `${siteTitle} ${g.suffix}`;
  return {
    type: 'SP.Group',
    uri: `${ctx.webUrl}/_api/Web/SiteGroups/GetById(${g.id})`,
    editLink: `Web/SiteGroups/GetById(${g.id})`,
    props: {
      Id: g.id,
      IsHiddenInUI: false,
      LoginName: title,
      Title: title,
      PrincipalType: 8,
      AllowMembersEditMembership: false,
      AllowRequestToJoinLeave: false,
      AutoAcceptRequestToJoinLeave: false,
      Description: null,
      OnlyAllowMembersViewMembership: false,
      OwnerTitle: `${siteTitle} Owners`,
      RequestToJoinLeaveEmailSetting: null,
    },
    nav: { Users: () => ctx.core.users.filter((u) => u.role === g.role).map((u) => userEntity(ctx, u)) },
  };
}

function userResponse(ctx: Ctx, u: SimUser | undefined, rest: Segment[]): SimResponse {
  if (!u) throw userNotFound();
  if (rest.length > 0) throw errors.invalidExpression(rest.map((s) => s.text).join('/'));
  allow(ctx, 'SP.User', 'GET');
  return json(ctx, entityBody(ctx.webUrl, 'SP.ApiData.Users/@Element', userEntity(ctx, u), ctx.query.projection, ctx.fmt));
}

/** A user collection, with $filter, $orderby and $top applied to the users' own properties. */
function usersResponse(ctx: Ctx, users: SimUser[]): SimResponse {
  allow(ctx, 'SP.UserCollection', 'GET');
  const rows = queryEntities(users.map((u) => userEntity(ctx, u)), ctx.query);
  return json(ctx, collectionBody(ctx.webUrl, 'SP.ApiData.Users', rows, ctx.query.projection, ctx.fmt));
}

export function routeCurrentUser(ctx: Ctx, rest: Segment[]): SimResponse {
  return userResponse(ctx, ctx.user, rest);
}

export function routeUserById(ctx: Ctx, seg: Segment, rest: Segment[]): SimResponse {
  return userResponse(ctx, ctx.core.users.find((u) => u.id === Number(firstArg(seg))), rest);
}

export function routeSiteUsers(ctx: Ctx, rest: Segment[]): SimResponse {
  if (rest.length === 0) return usersResponse(ctx, ctx.core.users);
  const [s, ...more] = rest;
  const users = ctx.core.users;
  if (s.lower === 'getbyid') return userResponse(ctx, users.find((u) => u.id === Number(firstArg(s))), more);
  if (s.lower === 'getbyemail') return userResponse(ctx, users.find((u) => u.email.toLowerCase() === firstArg(s).toLowerCase()), more);
  if (s.lower === 'getbyloginname' || s.lower === 'siteusers') return userResponse(ctx, findUser(users, firstArg(s)), more);
  throw errors.invalidExpression(s.text);
}

/** `siteusers('login')` / `siteusers(@v)` is parsed as a segment named siteusers with an argument. */
export function routeSiteUsersKeyed(ctx: Ctx, seg: Segment, rest: Segment[]): SimResponse {
  if (seg.args.length === 0 && Object.keys(seg.named).length === 0) return routeSiteUsers(ctx, rest);
  return userResponse(ctx, findUser(ctx.core.users, firstArg(seg)), rest);
}

/**
 * `POST web/ensureuser` with `{"logonName":"…"}` (what PnPjs v4 `web.ensureUser(login)` sends,
 * site-users/web.js) answers the user. It used to go through userResponse, whose GET-only check
 * turned every POST into 405. Everyone here is already a site user, so nothing is added; an
 * unknown login gets the message CSOM clients report ("The specified user … could not be found.",
 * pnp/powershell#4143); its status and code are guesses.
 */
export function routeEnsureUser(ctx: Ctx, rest: Segment[]): SimResponse {
  if (rest.length > 0) throw errors.invalidExpression(rest.map((s) => s.text).join('/'));
  allow(ctx, 'SP.Web', 'POST');
  const logonName = String(jsonBody(ctx.req).logonName ?? '');
  const u = findUser(ctx.core.users, logonName);
  if (!u) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', `The specified user ${logonName} could not be found.`);
  return json(ctx, entityBody(ctx.webUrl, 'SP.ApiData.Users/@Element', userEntity(ctx, u), ctx.query.projection, ctx.fmt));
}

function groupResponse(ctx: Ctx, g: (typeof GROUPS)[number] | undefined, rest: Segment[]): SimResponse {
  if (!g) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Group cannot be found.');
  const entity = groupEntity(ctx, g);
  if (rest.length === 0) {
    allow(ctx, 'SP.Group', 'GET');
    return json(ctx, entityBody(ctx.webUrl, 'SP.ApiData.Groups/@Element', entity, ctx.query.projection, ctx.fmt));
  }
  if (rest[0].lower === 'users') {
    if (rest.length === 1) return usersResponse(ctx, ctx.core.users.filter((u) => u.role === g.role));
    const [, s, ...more] = rest;
    if (s.lower === 'getbyid') return userResponse(ctx, ctx.core.users.find((u) => u.role === g.role && u.id === Number(firstArg(s))), more);
  }
  throw errors.invalidExpression(rest.map((s) => s.text).join('/'));
}

export function routeAssociatedGroup(ctx: Ctx, which: 'owner' | 'member' | 'visitor', rest: Segment[]): SimResponse {
  return groupResponse(ctx, GROUPS.find((g) => g.role === which), rest);
}

export function routeSiteGroups(ctx: Ctx, rest: Segment[]): SimResponse {
  if (rest.length === 0) {
    allow(ctx, 'SP.GroupCollection', 'GET');
    return json(ctx, collectionBody(ctx.webUrl, 'SP.ApiData.Groups', GROUPS.map((g) => groupEntity(ctx, g)), ctx.query.projection, ctx.fmt));
  }
  const [s, ...more] = rest;
  if (s.lower === 'getbyid') return groupResponse(ctx, GROUPS.find((g) => g.id === Number(firstArg(s))), more);
  if (s.lower === 'getbyname') {
    const name = firstArg(s).toLowerCase();
    return groupResponse(ctx, GROUPS.find((g) => `${ctx.core.model.state.title} ${g.suffix}`.toLowerCase() === name), more);
  }
  throw errors.invalidExpression(s.text);
}

/** `web/EffectiveBasePermissions` for the signed-in user, from the web's role assignments (lists: handlers/security.ts). */
export function effectivePermissions(ctx: Ctx, rest: Segment[] = []): SimResponse {
  if (rest.length > 0) throw errors.invalidExpression(rest.map((s) => s.text).join('/'));
  allow(ctx, 'SP.BasePermissions', 'GET');
  return json(ctx, complexBody(ctx.webUrl, 'EffectiveBasePermissions', 'SP.BasePermissions', effectiveMask(ctx.core.model.state, ctx.user), ctx.fmt));
}

/** `getUserEffectivePermissions(@user)`: an unknown login gets an empty mask (guess at SPO). */
export function userEffectivePermissions(ctx: Ctx, seg: Segment): SimResponse {
  allow(ctx, 'SP.Web', 'GET');
  const u = findUser(ctx.core.users, firstArg(seg));
  const mask = u ? effectiveMask(ctx.core.model.state, u) : EMPTY_MASK;
  return json(ctx, complexBody(ctx.webUrl, 'GetUserEffectivePermissions', 'SP.BasePermissions', mask, ctx.fmt));
}
