/**
 * `web/lists`, `lists/getByTitle('T')`, `lists('guid')` / `Lists(guid'…')` and what a list holds.
 * Creating, changing and deleting lists needs Manage Lists (owners).
 */
import { allow, checkEtag, Ctx, emptyOk, json, noContent, requireManageLists } from '../context';
import { errors } from '../errors';
import { queryEntities } from '../odata/collection';
import { collectionBody, Entity, entityBody, primitiveBody } from '../odata/format';
import { firstArg, jsonBody, Segment, SimResponse } from '../request';
import { ListRec } from '../types';
import { routeFields } from './fields';
import { folderEntity, rootFolder, routeFolder } from './files';
import { routeItems } from './items';
import { effectiveMask } from '../model/permissions';
import {
  assignmentEntities, listEffectivePermissions, listUserEffectivePermissions, routeBreakInheritance, routeResetInheritance, routeRoleAssignments,
} from './security';

/** Settable SP.List properties the simulator models. */
const MODELLED = ['Title', 'Description', 'EnableVersioning', 'MajorVersionLimit', 'Hidden', 'ContentTypesEnabled', 'BaseTemplate'];
/** Real SP.List / ListCreationInformation properties accepted and otherwise ignored. */
const ACCEPTED = [
  'AllowContentTypes', 'EnableAttachments', 'EnableFolderCreation', 'NoCrawl', 'OnQuickLaunch', 'EnableMinorVersions',
  'ForceCheckout', 'EnableModeration', 'DraftVersionVisibility', 'Direction', 'IrmEnabled', 'ListExperienceOptions',
  'DefaultContentApprovalWorkflowId', 'TemplateFeatureId', 'DocumentTemplateType', 'QuickLaunchOption', 'CustomSchemaXml',
  'Url', 'DataSourceProperties', 'TemplateType', 'MajorWithMinorVersionsLimit', 'ReadSecurity', 'WriteSecurity',
];

export function listEntity(ctx: Ctx, l: ListRec): Entity {
  const model = ctx.core.model;
  const sitePath = model.sitePath;
  const isLib = l.baseTemplate === 101;
  const root = model.rootFolderUrl(l);
  return {
    type: 'SP.List',
    uri: `${ctx.webUrl}/_api/Web/Lists(guid'${l.id}')`,
    editLink: `Web/Lists(guid'${l.id}')`,
    etag: `"${l.version}"`,
    props: {
      AllowContentTypes: true,
      BaseTemplate: l.baseTemplate,
      BaseType: isLib ? 1 : 0,
      ContentTypesEnabled: l.contentTypesEnabled,
      CrawlNonDefaultViews: false,
      Created: l.created,
      DefaultContentApprovalWorkflowId: '00000000-0000-0000-0000-000000000000',
      Description: l.description,
      Direction: 'none',
      DocumentTemplateUrl: isLib ? `${root}/Forms/template.dotx` : null,
      DraftVersionVisibility: 0,
      EnableAttachments: !isLib,
      EnableFolderCreation: isLib,
      EnableMinorVersions: false,
      EnableModeration: false,
      EnableVersioning: l.enableVersioning,
      EntityTypeName: model.entityTypeName(l),
      ForceCheckout: false,
      HasExternalDataSource: false,
      Hidden: l.hidden,
      Id: l.id,
      ImageUrl: isLib ? '/_layouts/15/images/itdl.png?rev=47' : '/_layouts/15/images/itgen.png?rev=47',
      IrmEnabled: false,
      IsApplicationList: false,
      IsCatalog: false,
      IsPrivate: false,
      ItemCount: l.items.size,
      LastItemDeletedDate: l.created,
      LastItemModifiedDate: l.lastItemModified,
      LastItemUserModifiedDate: l.lastItemModified,
      ListItemEntityTypeFullName: model.itemTypeName(l),
      MajorVersionLimit: l.majorVersionLimit,
      MajorWithMinorVersionsLimit: 0,
      MultipleDataList: false,
      NoCrawl: false,
      ParentWebPath: { DecodedUrl: sitePath },
      ParentWebUrl: sitePath,
      ServerTemplateCanCreateFolders: true,
      Title: l.title,
    },
    // Selectable but not sent by default, as in SharePoint; absent assignments mean the list inherits.
    hiddenProps: { HasUniqueRoleAssignments: l.roleAssignments !== undefined, EffectiveBasePermissions: effectiveMask(model.state, ctx.user, l) },
    nav: {
      RootFolder: () => folderEntity(ctx, rootFolder(ctx, l)),
      RoleAssignments: () => assignmentEntities(ctx, { list: l }),
      Fields: () => l.fields.map((f) => ({ type: 'SP.Field', props: { InternalName: f.internalName, Title: f.title } })),
      ParentWeb: () => ({
        type: 'SP.Web',
        uri: `${ctx.webUrl}/_api/Web`,
        props: { Id: model.state.webId, Url: ctx.webUrl, ServerRelativeUrl: sitePath, ServerRelativePath: { DecodedUrl: sitePath }, Title: model.state.title },
      }),
    },
  };
}

/**
 * A list title is at most 255 characters, on creation and on rename: "Its length must be equal
 * to or less than 255" (List.Title, https://learn.microsoft.com/previous-versions/office/sharepoint-server/ee545356(v=office.15);
 * ListCreationInformation.Title, https://learn.microsoft.com/previous-versions/office/sharepoint-visio/jj245739(v=office.15)).
 */
function checkTitleLength(title: string): void {
  if (title.length > 255) throw errors.listTitleTooLong();
}

function checkProps(body: Record<string, unknown>): void {
  for (const k of Object.keys(body)) {
    if (!MODELLED.includes(k) && !ACCEPTED.includes(k)) throw errors.unknownProperty(k, 'SP.List');
  }
}

function addList(ctx: Ctx): SimResponse {
  requireManageLists(ctx);
  const body = jsonBody(ctx.req);
  checkProps(body);
  if (typeof body.Title !== 'string' || body.Title.trim() === '') throw errors.badQuery('The list title cannot be empty.');
  checkTitleLength(body.Title);
  const list = ctx.core.model.addList({
    title: body.Title,
    description: typeof body.Description === 'string' ? body.Description : '',
    baseTemplate: typeof body.BaseTemplate === 'number' ? body.BaseTemplate : 100,
    enableVersioning: typeof body.EnableVersioning === 'boolean' ? body.EnableVersioning : undefined,
    contentTypesEnabled: body.ContentTypesEnabled === true,
    hidden: body.Hidden === true,
  });
  if (typeof body.MajorVersionLimit === 'number') list.majorVersionLimit = body.MajorVersionLimit;
  ctx.core.changed();
  return json(ctx, entityBody(ctx.webUrl, 'SP.ApiData.Lists/@Element', listEntity(ctx, list), ctx.query.projection, ctx.fmt), 201);
}

function updateList(ctx: Ctx, l: ListRec): SimResponse {
  requireManageLists(ctx);
  checkEtag(ctx, `"${l.version}"`);
  const body = jsonBody(ctx.req);
  checkProps(body);
  if (typeof body.Title === 'string') checkTitleLength(body.Title);
  if (typeof body.Title === 'string' && body.Title.toLowerCase() !== l.title.toLowerCase() && ctx.core.model.listByTitle(body.Title)) {
    throw errors.listExists();
  }
  if (typeof body.Title === 'string') l.title = body.Title;
  if (typeof body.Description === 'string') l.description = body.Description;
  if (typeof body.EnableVersioning === 'boolean') l.enableVersioning = body.EnableVersioning;
  if (typeof body.MajorVersionLimit === 'number') l.majorVersionLimit = body.MajorVersionLimit;
  if (typeof body.Hidden === 'boolean') l.hidden = body.Hidden;
  if (typeof body.ContentTypesEnabled === 'boolean') l.contentTypesEnabled = body.ContentTypesEnabled;
  l.version++;
  ctx.core.changed();
  return noContent({ etag: `"${l.version}"` });
}

function routeList(ctx: Ctx, l: ListRec, rest: Segment[]): SimResponse {
  if (rest.length === 0) {
    allow(ctx, 'SP.List', 'GET', 'MERGE', 'PATCH', 'DELETE');
    if (ctx.method === 'GET') return json(ctx, entityBody(ctx.webUrl, 'SP.ApiData.Lists/@Element', listEntity(ctx, l), ctx.query.projection, ctx.fmt));
    if (ctx.method === 'DELETE') {
      requireManageLists(ctx);
      checkEtag(ctx, `"${l.version}"`);
      ctx.core.model.removeList(l);
      ctx.core.changed();
      return emptyOk();
    }
    return updateList(ctx, l);
  }
  const [s, ...more] = rest;
  switch (s.lower) {
    case 'fields': return routeFields(ctx, l, s, more);
    case 'items': return routeItems(ctx, l, s, more);
    case 'getitembyid': return routeItems(ctx, l, { ...s, name: 'items' }, more);
    case 'rootfolder': return routeFolder(ctx, rootFolder(ctx, l), more);
    case 'effectivebasepermissions': return listEffectivePermissions(ctx, l, more);
    case 'getusereffectivepermissions': return listUserEffectivePermissions(ctx, l, s);
    case 'roleassignments': return routeRoleAssignments(ctx, { list: l }, s, more);
    case 'breakroleinheritance': return routeBreakInheritance(ctx, l, s);
    case 'resetroleinheritance': return routeResetInheritance(ctx, l, more);
    case 'recycle': {
      allow(ctx, 'SP.List', 'POST');
      requireManageLists(ctx);
      ctx.core.model.removeList(l);
      ctx.core.changed();
      return json(ctx, primitiveBody(ctx.webUrl, 'Recycle', 'Edm.Guid', l.id, ctx.fmt));
    }
    default:
      throw errors.invalidExpression(rest.map((x) => x.text).join('/'));
  }
}

function findList(ctx: Ctx, s: Segment): ListRec {
  if (s.lower === 'getbytitle') {
    const title = firstArg(s);
    const l = ctx.core.model.listByTitle(title);
    if (!l) throw errors.listNotFound(title, ctx.webUrl);
    return l;
  }
  const l = ctx.core.model.listById(firstArg(s));
  if (!l) throw errors.listIdNotFound();
  return l;
}

export function routeLists(ctx: Ctx, lists: Segment, rest: Segment[]): SimResponse {
  if (lists.args.length > 0) return routeList(ctx, findList(ctx, lists), rest);
  if (rest.length === 0) {
    allow(ctx, 'SP.ListCollection', 'GET', 'POST');
    if (ctx.method === 'POST') return addList(ctx);
    const rows = queryEntities(ctx.core.model.lists.map((l) => listEntity(ctx, l)), ctx.query);
    return json(ctx, collectionBody(ctx.webUrl, 'SP.ApiData.Lists', rows, ctx.query.projection, ctx.fmt));
  }
  const [s, ...more] = rest;
  if (s.lower === 'getbytitle' || s.lower === 'getbyid') return routeList(ctx, findList(ctx, s), more);
  throw errors.invalidExpression(`lists/${rest.map((x) => x.text).join('/')}`);
}
