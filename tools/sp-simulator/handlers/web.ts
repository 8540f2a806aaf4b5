/**
 * `_api/web` and everything hanging off it, `_api/site` and `_api/contextinfo`.
 */
import { allow, Ctx, json, noContent, requireManageLists } from '../context';
import { DIGEST_TIMEOUT_SECONDS, issueDigest } from '../digest';
import { errors } from '../errors';
import { effectiveMask } from '../model/permissions';
import { complexBody, Entity, entityBody } from '../odata/format';
import { jsonBody, Segment, SimResponse } from '../request';
import { folderByUrl, routeFile, routeFolder, fileByUrl } from './files';
import { listEntity, routeLists } from './lists';
import { routeRegionalSettings } from './regional';
import { assignmentEntities, routeRoleAssignments, routeRoleDefinitions } from './security';
import {
  effectivePermissions, routeAssociatedGroup, routeCurrentUser, routeEnsureUser, routeSiteGroups,
  routeSiteUsersKeyed, routeUserById, userEffectivePermissions, userEntity,
} from './users';

function webEntity(ctx: Ctx): Entity {
  const s = ctx.core.model.state;
  const sitePath = ctx.core.model.sitePath;
  const lastModified = ctx.core.model.lists.reduce((m, l) => (l.lastItemModified > m ? l.lastItemModified : m), s.created);
  return {
    type: 'SP.Web',
    uri: `${ctx.webUrl}/_api/Web`,
    editLink: 'Web',
    props: {
      AllowRssFeeds: true,
      AlternateCssUrl: '',
      AppInstanceId: '00000000-0000-0000-0000-000000000000',
      Configuration: 0,
      Created: s.created,
      CustomMasterUrl: `${sitePath}/_catalogs/masterpage/seattle.master`,
      Description: '',
      EnableMinimalDownload: false,
      HorizontalQuickLaunch: false,
      Id: s.webId,
      IsMultilingual: false,
      Language: 1033,
      LastItemModifiedDate: lastModified,
      LastItemUserModifiedDate: lastModified,
      MasterUrl: `${sitePath}/_catalogs/masterpage/seattle.master`,
      NoCrawl: false,
      QuickLaunchEnabled: true,
      RecycleBinEnabled: true,
      ServerRelativeUrl: sitePath,
      SiteLogoUrl: null,
      SyndicationEnabled: true,
      Title: s.title,
      TreeViewEnabled: false,
      UIVersion: 15,
      UIVersionConfigurationEnabled: false,
      Url: ctx.webUrl,
      WebTemplate: 'STS',
      WelcomePage: 'SitePages/Home.aspx',
    },
    // Selectable on the web in SharePoint, which lets a client read rights with the web itself.
    // HasUniqueRoleAssignments: a site collection's root web always has its own permissions.
    hiddenProps: { EffectiveBasePermissions: effectiveMask(s, ctx.user), HasUniqueRoleAssignments: true },
    nav: {
      CurrentUser: () => userEntity(ctx, ctx.user),
      Lists: () => ctx.core.model.lists.map((l) => listEntity(ctx, l)),
      SiteUsers: () => ctx.core.users.map((u) => userEntity(ctx, u)),
      RoleAssignments: () => assignmentEntities(ctx, {}),
    },
  };
}

function webResponse(ctx: Ctx): SimResponse {
  allow(ctx, 'SP.Web', 'GET', 'MERGE', 'PATCH');
  if (ctx.method === 'GET') return json(ctx, entityBody(ctx.webUrl, 'SP.ApiData.Webs/@Element', webEntity(ctx), ctx.query.projection, ctx.fmt));
  requireManageLists(ctx);
  const body = jsonBody(ctx.req);
  for (const [k, v] of Object.entries(body)) {
    if (k === 'Title') ctx.core.model.state.title = String(v);
    else if (k !== 'Description') throw errors.unknownProperty(k, 'SP.Web');
  }
  ctx.core.changed();
  return noContent();
}

export function routeWeb(ctx: Ctx, rest: Segment[]): SimResponse {
  if (rest.length === 0) return webResponse(ctx);
  const [s, ...more] = rest;
  switch (s.lower) {
    case 'lists': return routeLists(ctx, s, more);
    case 'currentuser': return routeCurrentUser(ctx, more);
    case 'siteusers': return routeSiteUsersKeyed(ctx, s, more);
    case 'getuserbyid': return routeUserById(ctx, s, more);
    case 'ensureuser': return routeEnsureUser(ctx, more);
    case 'roledefinitions': return routeRoleDefinitions(ctx, s, more);
    case 'roleassignments': return routeRoleAssignments(ctx, {}, s, more);
    case 'sitegroups': return routeSiteGroups(ctx, more);
    case 'associatedownergroup': return routeAssociatedGroup(ctx, 'owner', more);
    case 'associatedmembergroup': return routeAssociatedGroup(ctx, 'member', more);
    case 'associatedvisitorgroup': return routeAssociatedGroup(ctx, 'visitor', more);
    case 'effectivebasepermissions': return effectivePermissions(ctx, more);
    case 'getusereffectivepermissions': return userEffectivePermissions(ctx, s);
    case 'getfilebyserverrelativepath':
    case 'getfilebyserverrelativeurl':
    case 'getfilebyurl':
      return routeFile(ctx, fileByUrl(ctx, s), more);
    case 'getfolderbyserverrelativepath':
    case 'getfolderbyserverrelativeurl':
    case 'folders':
      if (s.lower === 'folders' && s.args.length === 0 && more.length === 0) throw errors.invalidExpression('web/folders');
      if (s.lower === 'folders' && s.args.length === 0 && more[0]?.lower === 'getbyurl') return routeFolder(ctx, folderByUrl(ctx, more[0]), more.slice(1));
      return routeFolder(ctx, folderByUrl(ctx, s), more);
    case 'regionalsettings': return routeRegionalSettings(ctx, more);
    case 'allproperties':
      allow(ctx, 'SP.PropertyValues', 'GET');
      return json(ctx, entityBody(ctx.webUrl, 'SP.ApiData.PropertyValues/@Element',
        { type: 'SP.PropertyValues', uri: `${ctx.webUrl}/_api/Web/AllProperties`, editLink: 'Web/AllProperties', props: {} }, ctx.query.projection, ctx.fmt));
    default:
      throw errors.invalidExpression(`web/${rest.map((x) => x.text).join('/')}`);
  }
}

export function routeSite(ctx: Ctx, rest: Segment[]): SimResponse {
  if (rest.length > 0) throw errors.invalidExpression(`site/${rest.map((x) => x.text).join('/')}`);
  allow(ctx, 'SP.Site', 'GET');
  const s = ctx.core.model.state;
  const entity: Entity = {
    type: 'SP.Site',
    uri: `${ctx.webUrl}/_api/Site`,
    editLink: 'Site',
    props: { Id: s.siteId, ReadOnly: false, ServerRelativeUrl: ctx.core.model.sitePath, Url: ctx.webUrl },
  };
  return json(ctx, entityBody(ctx.webUrl, 'SP.ApiData.Sites/@Element', entity, ctx.query.projection, ctx.fmt));
}

/** `POST _api/contextinfo`: PnPjs reads top-level FormDigestValue and FormDigestTimeoutSeconds. */
export function contextInfo(ctx: Ctx): SimResponse {
  allow(ctx, 'SP.ContextWebInformation', 'POST');
  const props = {
    FormDigestTimeoutSeconds: DIGEST_TIMEOUT_SECONDS,
    FormDigestValue: issueDigest(ctx.core.model.state.digestSecret),
    LibraryVersion: '16.0.0.0',
    SiteFullUrl: ctx.webUrl,
    SupportedSchemaVersions: ['14.0.0.0', '15.0.0.0'],
    WebFullUrl: ctx.webUrl,
  };
  return json(ctx, complexBody(ctx.webUrl, 'GetContextWebInformation', 'SP.ContextWebInformation', props, ctx.fmt));
}
