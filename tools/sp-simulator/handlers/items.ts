/**
 * `lists/…/items`: query, add, and per item GET, MERGE (with IF-Match), DELETE, recycle,
 * versions and, in a library, the item's File. Visitors may not write.
 */
import { randomUUID } from 'crypto';
import { allow, checkEtag, Ctx, emptyOk, json, noContent, requireListPermission } from '../context';
import { errors, SpError } from '../errors';
import { valuesFromBody } from '../model/itemValues';
import { storeDatesInSiteTime } from '../model/siteTime';
import { assertUniqueValues } from '../model/uniqueValues';
import { collectionBody, Entity, entityBody, primitiveBody, project } from '../odata/format';
import { firstArg, jsonBody, Segment, SimResponse } from '../request';
import { ItemRec, ListRec } from '../types';
import { renameFile, routeFile } from './files';
import { itemEntity, itemEtag } from './itemEntity';
import { queryItems } from './itemQuery';
import { listEffectivePermissions } from './security';

function itemsSet(ctx: Ctx, l: ListRec): string {
  return `SP.ListData.${ctx.core.model.entityTypeName(l)}Items`;
}

/** Default values from the columns (SharePoint applies them to items created through REST). */
function defaults(l: ListRec): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of l.fields) {
    if (f.fromBaseType || f.defaultValue === null) continue;
    if (f.typeKind === 8) out[f.internalName] = /^(1|true)$/i.test(f.defaultValue);
    else if ([1, 9, 10].includes(f.typeKind)) out[f.internalName] = Number(f.defaultValue);
    else if (f.typeKind === 15) out[f.internalName] = [f.defaultValue];
    else if ([2, 3, 6].includes(f.typeKind)) out[f.internalName] = f.defaultValue;
  }
  return out;
}

function addItem(ctx: Ctx, l: ListRec): SimResponse {
  // Rights are checked on this list: a list with its own permissions can refuse what the web allows.
  requireListPermission(ctx, l, 'add');
  if (l.baseTemplate === 101) {
    // SharePoint refuses list-item creation in a library; files are added through the folder.
    throw new SpError(400, '-2130575155, Microsoft.SharePoint.SPException', 'To add an item to a document library, use SPFileCollection.Add()');
  }
  const values = valuesFromBody(l, jsonBody(ctx.req), ctx.core.model.itemTypeName(l));
  delete values.FileLeafRef;
  const stored = { ...defaults(l), ...values };
  // Date-only columns hold a date in the site's time zone; unique columns refuse duplicates.
  storeDatesInSiteTime(l, stored, ctx.core.timeZone);
  assertUniqueValues(l, stored);
  const item = ctx.core.model.insertItem(l, stored, ctx.user.id);
  ctx.core.changed();
  const body = entityBody(ctx.webUrl, `${itemsSet(ctx, l)}`, itemEntity(ctx, l, item), { select: [], expand: new Map() }, ctx.fmt);
  return json(ctx, body, 201, { etag: itemEtag(item) });
}

/** MERGE on an item (also used for a file's listItemAllFields). */
export function updateItem(ctx: Ctx, l: ListRec, item: ItemRec): SimResponse {
  requireListPermission(ctx, l, 'edit');
  checkEtag(ctx, itemEtag(item));
  const values = valuesFromBody(l, jsonBody(ctx.req), ctx.core.model.itemTypeName(l));
  storeDatesInSiteTime(l, values, ctx.core.timeZone);
  assertUniqueValues(l, values, item);
  if (typeof values.FileLeafRef === 'string') renameFile(ctx, l, item, values.FileLeafRef);
  delete values.FileLeafRef;
  ctx.core.model.updateItem(l, item, values, ctx.user.id);
  ctx.core.changed();
  return noContent({ etag: itemEtag(item) });
}

export function deleteItem(ctx: Ctx, l: ListRec, item: ItemRec, recycle: boolean): SimResponse {
  requireListPermission(ctx, l, 'delete');
  checkEtag(ctx, itemEtag(item));
  l.items.delete(item.id);
  l.lastItemModified = new Date().toISOString();
  ctx.core.changed();
  // `recycle` answers with the recycle bin item's id.
  return recycle ? json(ctx, primitiveBody(ctx.webUrl, 'Recycle', 'Edm.Guid', randomUUID(), ctx.fmt)) : emptyOk();
}

function versionEntities(ctx: Ctx, l: ListRec, item: ItemRec): Entity[] {
  const all = [...(item.history ?? []), { version: item.version, modified: item.modified, editorId: item.editorId, values: item.values }];
  return all.reverse().map((v) => ({
    type: 'SP.ListItemVersion',
    uri: `${ctx.webUrl}/_api/Web/Lists(guid'${l.id}')/Items(${item.id})/versions(${v.version * 512})`,
    props: {
      Created: v.modified,
      IsCurrentVersion: v.version === item.version,
      VersionId: v.version * 512,
      VersionLabel: `${v.version}.0`,
      EditorId: v.editorId,
      ...v.values,
    },
  }));
}

export function routeItem(ctx: Ctx, l: ListRec, item: ItemRec | undefined, rest: Segment[]): SimResponse {
  if (ctx.method === 'GET') requireListPermission(ctx, l, 'view');
  if (!item) throw errors.itemNotFound();
  if (rest.length === 0) {
    allow(ctx, 'SP.ListItem', 'GET', 'MERGE', 'PATCH', 'PUT', 'DELETE');
    if (ctx.method === 'GET') return json(ctx, entityBody(ctx.webUrl, itemsSet(ctx, l), itemEntity(ctx, l, item), ctx.query.projection, ctx.fmt));
    if (ctx.method === 'DELETE') return deleteItem(ctx, l, item, false);
    return updateItem(ctx, l, item);
  }
  const [s, ...more] = rest;
  switch (s.lower) {
    case 'recycle':
      allow(ctx, 'SP.ListItem', 'POST');
      return deleteItem(ctx, l, item, true);
    case 'versions': {
      allow(ctx, 'SP.ListItemVersionCollection', 'GET');
      const versions = versionEntities(ctx, l, item);
      if (s.args.length > 0 || more.length > 0) {
        const id = Number(s.args.length > 0 ? firstArg(s) : firstArg(more[0]));
        const v = versions.find((x) => x.props.VersionId === id);
        if (!v) throw errors.itemNotFound();
        return json(ctx, entityBody(ctx.webUrl, 'SP.ApiData.ListItemVersions', v, ctx.query.projection, ctx.fmt));
      }
      return json(ctx, collectionBody(ctx.webUrl, 'SP.ApiData.ListItemVersions', versions, ctx.query.projection, ctx.fmt));
    }
    case 'file':
      if (!item.file) throw errors.fileNotFound();
      return routeFile(ctx, { list: l, item }, more);
    case 'effectivebasepermissions':
      // Items never have permissions of their own here, so an item's are its list's.
      return listEffectivePermissions(ctx, l, more);
    default:
      throw errors.invalidExpression(rest.map((x) => x.text).join('/'));
  }
}

export function routeItems(ctx: Ctx, l: ListRec, seg: Segment, rest: Segment[]): SimResponse {
  if (seg.args.length > 0) return routeItem(ctx, l, l.items.get(Number(firstArg(seg))), rest);
  if (rest.length === 0) {
    allow(ctx, 'SP.ListItemCollection', 'GET', 'POST');
    if (ctx.method === 'POST') return addItem(ctx, l);
    requireListPermission(ctx, l, 'view');
    // Check $select/$expand against the list's columns even when no row comes back.
    project(itemEntity(ctx, l, { id: 0, guid: '', version: 1, created: l.created, modified: l.created, authorId: 0, editorId: 0, values: {} }), ctx.query.projection, ctx.fmt);
    const page = queryItems(ctx, l);
    const rows = page.rows.map((i) => itemEntity(ctx, l, i));
    return json(ctx, collectionBody(ctx.webUrl, itemsSet(ctx, l), rows, ctx.query.projection, ctx.fmt, page.nextLink));
  }
  const [s, ...more] = rest;
  if (s.lower === 'getbyid') return routeItem(ctx, l, l.items.get(Number(firstArg(s))), more);
  throw errors.invalidExpression(`items/${rest.map((x) => x.text).join('/')}`);
}
