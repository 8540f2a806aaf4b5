/**
 * A list item as SharePoint writes it: `odata.type` `SP.Data.<EntityTypeName>Item`, `odata.etag`
 * `"<item guid>,<version>"` (see itemEtag), the default columns in SharePoint's order, hidden
 * columns reachable by $select, and Author/Editor/File/ParentList reachable by $expand.
 */
import { Ctx } from '../context';
import { entityPropertyName, isIdColumn } from '../model/fieldTypes';
import { fieldValue, isSystemColumn } from '../model/itemValues';
import { Entity } from '../odata/format';
import { ItemRec, ListRec } from '../types';
import { fileEntity } from './files';
import { listEntity } from './lists';

/**
 * A list item's ETag as SharePoint Online sends it, in `odata.etag` and the `ETag` header of an
 * add or MERGE: the item's unique id and its internal version, quoted, e.g.
 * `"f61a3570-34b0-4af7-a774-4c1cf1ccfb1a,17"` (a MERGE answer against SPO in pnp/pnpjs#2569; the
 * same form in Graph's listItem eTag, microsoftgraph/microsoft-graph-docs#9718). The plain
 * `"<version>"` form older SharePoint sent (SharePoint/PnP-JS-Core#273, 2016) is a different
 * ETag and so no longer matches in IF-Match. Lists and files keep their own ETags.
 */
export function itemEtag(item: ItemRec): string {
  return `"${item.guid},${item.version}"`;
}

/** Users as a lookup target (`$expand=Author`): SharePoint's hidden User Information List item. */
export function userInfoEntity(ctx: Ctx, id: number): Entity | null {
  const u = ctx.core.users.find((x) => x.id === id);
  if (!u) return null;
  return {
    type: 'SP.Data.UserInfoItem',
    uri: `${ctx.webUrl}/_api/Web/SiteUserInfoList/Items(${id})`,
    editLink: `Web/SiteUserInfoList/Items(${id})`,
    etag: '"1"',
    props: { Id: u.id, ID: u.id, Title: u.title, EMail: u.email, Name: u.login, UserName: u.email, JobTitle: null, Department: null },
  };
}

function idProps(props: Record<string, unknown>, f: { internalName: string; typeKind: number; multi?: boolean }, value: unknown): void {
  const name = entityPropertyName(f.internalName);
  if (f.multi) {
    const ids = Array.isArray(value) ? (value as number[]) : [];
    props[`${name}Id`] = ids;
    if (f.typeKind === 20) props[`${name}StringId`] = ids.map(String);
  } else {
    props[`${name}Id`] = value ?? null;
    if (f.typeKind === 20) props[`${name}StringId`] = value === null || value === undefined ? null : String(value);
  }
}

export function itemEntity(ctx: Ctx, l: ListRec, item: ItemRec): Entity {
  const model = ctx.core.model;
  const isLib = l.baseTemplate === 101;
  const val = (name: string): unknown => fieldValue(model, l, item, l.fields.find((f) => f.internalName === name)!);
  const props: Record<string, unknown> = {
    FileSystemObjectType: 0,
    Id: item.id,
    ServerRedirectedEmbedUri: null,
    ServerRedirectedEmbedUrl: '',
    ContentTypeId: val('ContentTypeId'),
    // `values` is always an object once loaded (persistence.ts); `?.` keeps a read from failing if not.
    Title: item.values?.Title ?? null,
  };
  const hiddenProps: Record<string, unknown> = {};
  const nav: Record<string, () => Entity | Entity[] | null> = {
    Author: () => userInfoEntity(ctx, item.authorId),
    Editor: () => userInfoEntity(ctx, item.editorId),
    ParentList: () => listEntity(ctx, l),
  };
  for (const f of l.fields) {
    if (isSystemColumn(f) || f.internalName === 'Title') continue;
    const v = fieldValue(model, l, item, f);
    const bag = f.hidden ? hiddenProps : props;
    if (isIdColumn(f)) {
      idProps(bag, f, v);
      nav[entityPropertyName(f.internalName)] = () =>
        Array.isArray(v) ? (v as number[]).map((id) => userInfoEntity(ctx, id)).filter((e): e is Entity => e !== null)
          : v === null ? null : userInfoEntity(ctx, Number(v));
    } else {
      bag[entityPropertyName(f.internalName)] = v;
    }
  }
  Object.assign(props, {
    ID: item.id,
    Modified: val('Modified'),
    Created: val('Created'),
    AuthorId: item.authorId,
    EditorId: item.editorId,
    OData__UIVersionString: val('_UIVersionString'),
  });
  if (!isLib) props.Attachments = false;
  props.GUID = item.guid;
  Object.assign(hiddenProps, { AuthorStringId: String(item.authorId), EditorStringId: String(item.editorId) });
  if (isLib) {
    for (const n of ['FileLeafRef', 'FileRef', 'FileDirRef', 'FSObjType', 'File_x0020_Size', 'UniqueId']) hiddenProps[n] = val(n);
    nav.File = () => (item.file ? fileEntity(ctx, l, item) : null);
  }
  return {
    type: model.itemTypeName(l),
    uri: `${ctx.webUrl}/_api/Web/Lists(guid'${l.id}')/Items(${item.id})`,
    editLink: `Web/Lists(guid'${l.id}')/Items(${item.id})`,
    etag: itemEtag(item),
    props,
    hiddenProps,
    nav,
    isListItem: true,
  };
}
