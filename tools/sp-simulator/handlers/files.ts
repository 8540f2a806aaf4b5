/**
 * Document libraries: folders (a library's root folder), files added with
 * `files/AddUsingPath(decodedurl='name',Overwrite=true)` (raw body bytes, as PnPjs 4 sends them),
 * `getFileByServerRelativePath(decodedUrl='…')`, `$value` downloads, `listItemAllFields` for
 * metadata, and the file bytes at their own server-relative URL for links in the UI.
 * Big files: the 250 MB single-request limit and chunked upload live in chunkedUpload.ts.
 * Sub-folders are not simulated.
 */
import { randomUUID } from 'crypto';
import { allow, Ctx, json, requireListPermission } from '../context';
import { errors, SpError } from '../errors';
import { SiteModel } from '../model/site';
import { queryEntities } from '../odata/collection';
import { collectionBody, Entity, entityBody } from '../odata/format';
import { firstArg, Segment, SimResponse } from '../request';
import { ItemRec, ListRec } from '../types';
import { assertSingleUploadSize, routeChunkedUpload } from './chunkedUpload';
import { itemEntity } from './itemEntity';
import { deleteItem, routeItem } from './items';

export interface FolderRef { list: ListRec; path: string }
export interface FileRef { list: ListRec; item: ItemRec }

const folderNotFound = (): SpError => new SpError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.');

/** Turns an absolute, server-relative or web-relative URL into a server-relative path. */
function serverRelative(ctx: Ctx, p: string): string {
  let path = /^https?:\/\//i.test(p) ? decodeURIComponent(new URL(p).pathname) : p;
  if (!path.startsWith('/')) path = `${ctx.core.model.sitePath}/${path}`;
  return path.replace(/\/+$/, '');
}

export function rootFolder(ctx: Ctx, l: ListRec): FolderRef {
  return { list: l, path: ctx.core.model.rootFolderUrl(l) };
}

function findFolder(model: SiteModel, path: string): FolderRef | undefined {
  const p = path.toLowerCase();
  const list = model.lists.find((l) => model.rootFolderUrl(l).toLowerCase() === p);
  return list && { list, path: model.rootFolderUrl(list) };
}

/** Finds a library file by server-relative path (names compare case-insensitively, as in SharePoint). */
export function findFile(model: SiteModel, path: string): FileRef | undefined {
  const cut = path.lastIndexOf('/');
  const folder = findFolder(model, path.slice(0, cut));
  if (!folder) return undefined;
  const name = path.slice(cut + 1).toLowerCase();
  for (const item of folder.list.items.values()) if (item.file?.name.toLowerCase() === name) return { list: folder.list, item };
  return undefined;
}

export function folderByUrl(ctx: Ctx, seg: Segment): FolderRef {
  const f = findFolder(ctx.core.model, serverRelative(ctx, firstArg(seg)));
  if (!f) throw folderNotFound();
  return f;
}

export function fileByUrl(ctx: Ctx, seg: Segment): FileRef {
  const f = findFile(ctx.core.model, serverRelative(ctx, firstArg(seg)));
  if (!f) throw errors.fileNotFound();
  return f;
}

export function folderEntity(ctx: Ctx, f: FolderRef): Entity {
  const files = Array.from(f.list.items.values()).filter((i) => i.file);
  return {
    type: 'SP.Folder',
    uri: `${ctx.webUrl}/_api/Web/GetFolderByServerRelativePath(decodedurl='${f.path}')`,
    editLink: `Web/GetFolderByServerRelativePath(decodedurl='${f.path}')`,
    props: {
      Exists: true,
      IsWOPIEnabled: false,
      ItemCount: files.length,
      Name: f.path.slice(f.path.lastIndexOf('/') + 1),
      ProgID: null,
      ServerRelativeUrl: f.path,
      TimeCreated: f.list.created,
      TimeLastModified: f.list.lastItemModified,
      UniqueId: f.list.id,
      WelcomePage: '',
    },
    hiddenProps: { ServerRelativePath: { DecodedUrl: f.path } },
    nav: { Files: () => files.map((i) => fileEntity(ctx, f.list, i)) },
  };
}

export function fileEntity(ctx: Ctx, l: ListRec, item: ItemRec): Entity {
  const file = item.file!;
  const path = `${ctx.core.model.rootFolderUrl(l)}/${file.name}`;
  const uid = file.uniqueId.toUpperCase();
  return {
    type: 'SP.File',
    uri: `${ctx.webUrl}/_api/Web/GetFileByServerRelativePath(decodedurl='${path}')`,
    editLink: `Web/GetFileByServerRelativePath(decodedurl='${path}')`,
    props: {
      CheckInComment: '',
      CheckOutType: 2,
      ContentTag: `{${uid}},${file.majorVersion},${item.version}`,
      CustomizedPageStatus: 0,
      ETag: `"{${uid}},${file.majorVersion}"`,
      Exists: true,
      IrmEnabled: false,
      Length: String(file.content.length),
      Level: 1,
      LinkingUri: null,
      LinkingUrl: '',
      MajorVersion: file.majorVersion,
      MinorVersion: 0,
      Name: file.name,
      ServerRelativeUrl: path,
      TimeCreated: file.timeCreated,
      TimeLastModified: file.timeLastModified,
      Title: null,
      UIVersion: file.majorVersion * 512,
      UIVersionLabel: `${file.majorVersion}.0`,
      UniqueId: file.uniqueId,
    },
    hiddenProps: { ServerRelativePath: { DecodedUrl: path } },
    nav: { ListItemAllFields: () => itemEntity(ctx, l, item) },
  };
}

function checkName(name: string): void {
  // `#` and `%` are allowed since the ResourcePath APIs (AddUsingPath); these never are.
  if (name.trim() === '' || /["*:<>?/\\|]/.test(name) || /\.$/.test(name)) {
    // SPO wording for an invalid leaf name (educated guess at the code).
    throw new SpError(400, '-2130575245, Microsoft.SharePoint.SPException', `The file or folder name "${name}" contains characters that are not permitted. Please use a different name.`);
  }
}

function upload(ctx: Ctx, folder: FolderRef, name: string, overwrite: boolean): SimResponse {
  // Checked on the library itself, which may have its own permissions.
  requireListPermission(ctx, folder.list, findFile(ctx.core.model, `${folder.path}/${name}`) ? 'edit' : 'add');
  if (folder.list.baseTemplate !== 101) throw errors.badQuery('Files can only be added to a document library here.');
  checkName(name);
  // Over 250 MB in one request is refused; bigger files go in chunks (handlers/chunkedUpload.ts).
  assertSingleUploadSize(ctx);
  const now = new Date().toISOString();
  const model = ctx.core.model;
  const existing = findFile(model, `${folder.path}/${name}`);
  let item: ItemRec;
  if (existing) {
    if (!overwrite) throw errors.fileExists(`${folder.path.slice(model.sitePath.length + 1)}/${existing.item.file!.name}`);
    item = existing.item;
    model.updateItem(folder.list, item, {}, ctx.user.id);
    Object.assign(item.file!, { content: ctx.req.body, timeLastModified: now, majorVersion: item.file!.majorVersion + 1 });
  } else {
    item = model.insertItem(folder.list, {}, ctx.user.id, now);
    item.file = { name, uniqueId: randomUUID(), content: ctx.req.body, timeCreated: now, timeLastModified: now, majorVersion: 1 };
  }
  ctx.core.changed();
  return json(ctx, entityBody(ctx.webUrl, 'SP.ApiData.Files12/@Element', fileEntity(ctx, folder.list, item), ctx.query.projection, ctx.fmt));
}

export function renameFile(ctx: Ctx, l: ListRec, item: ItemRec, newName: string): void {
  if (!item.file || item.file.name === newName) return;
  checkName(newName);
  if (findFile(ctx.core.model, `${ctx.core.model.rootFolderUrl(l)}/${newName}`)) throw errors.fileExists(newName);
  item.file.name = newName;
}

function routeFiles(ctx: Ctx, folder: FolderRef, seg: Segment, rest: Segment[]): SimResponse {
  const inFolder = (name: string): FileRef => {
    const f = findFile(ctx.core.model, `${folder.path}/${name}`);
    if (!f) throw errors.fileNotFound();
    return f;
  };
  if (seg.args.length > 0) return routeFile(ctx, inFolder(firstArg(seg)), rest);
  if (rest.length === 0) {
    allow(ctx, 'SP.FileCollection', 'GET');
    const files = Array.from(folder.list.items.values()).filter((i) => i.file).map((i) => fileEntity(ctx, folder.list, i));
    // SharePoint applies $filter, $orderby and $top to a folder's files (`files?$filter=Name eq 'x'&$top=1`).
    return json(ctx, collectionBody(ctx.webUrl, 'SP.ApiData.Files12', queryEntities(files, ctx.query), ctx.query.projection, ctx.fmt));
  }
  const [s, ...more] = rest;
  switch (s.lower) {
    case 'addusingpath':
    case 'add': {
      allow(ctx, 'SP.FileCollection', 'POST');
      const name = String(s.named.decodedurl ?? s.named.url ?? s.args[0] ?? '');
      return upload(ctx, folder, name, s.named.overwrite === true);
    }
    case 'getbyurl': return routeFile(ctx, inFolder(firstArg(s)), more);
    default: throw errors.invalidExpression(`files/${rest.map((x) => x.text).join('/')}`);
  }
}

export function routeFolder(ctx: Ctx, folder: FolderRef, rest: Segment[]): SimResponse {
  if (rest.length === 0) {
    allow(ctx, 'SP.Folder', 'GET');
    return json(ctx, entityBody(ctx.webUrl, 'SP.ApiData.Folders/@Element', folderEntity(ctx, folder), ctx.query.projection, ctx.fmt));
  }
  const [s, ...more] = rest;
  switch (s.lower) {
    case 'files': return routeFiles(ctx, folder, s, more);
    case 'folders':
      allow(ctx, 'SP.FolderCollection', 'GET');
      return json(ctx, collectionBody(ctx.webUrl, 'SP.ApiData.Folders', [], ctx.query.projection, ctx.fmt));
    case 'listitemallfields':
      // A library's root folder has no list item.
      allow(ctx, 'SP.ListItem', 'GET');
      return json(ctx, ctx.fmt === 'verbose' ? { d: null } : { 'odata.null': true });
    default: throw errors.invalidExpression(rest.map((x) => x.text).join('/'));
  }
}

export function routeFile(ctx: Ctx, f: FileRef, rest: Segment[]): SimResponse {
  if (rest.length === 0) {
    allow(ctx, 'SP.File', 'GET', 'DELETE');
    if (ctx.method === 'DELETE') return deleteItem(ctx, f.list, f.item, false);
    return json(ctx, entityBody(ctx.webUrl, 'SP.ApiData.Files12/@Element', fileEntity(ctx, f.list, f.item), ctx.query.projection, ctx.fmt));
  }
  const [s, ...more] = rest;
  switch (s.lower) {
    case '$value':
      allow(ctx, 'SP.File', 'GET', 'PUT', 'POST');
      if (ctx.method === 'GET') return { status: 200, headers: { 'content-type': 'application/octet-stream' }, body: f.item.file!.content };
      requireListPermission(ctx, f.list, 'edit');
      assertSingleUploadSize(ctx);
      ctx.core.model.updateItem(f.list, f.item, {}, ctx.user.id);
      Object.assign(f.item.file!, { content: ctx.req.body, timeLastModified: new Date().toISOString(), majorVersion: f.item.file!.majorVersion + 1 });
      ctx.core.changed();
      return { status: 204, headers: {}, body: '' };
    case 'listitemallfields': return routeItem(ctx, f.list, f.item, more);
    case 'recycle':
      allow(ctx, 'SP.File', 'POST');
      return deleteItem(ctx, f.list, f.item, true);
    default: {
      const chunked = more.length === 0 ? routeChunkedUpload(ctx, f, s) : undefined;
      if (chunked) return chunked;
      throw errors.invalidExpression(rest.map((x) => x.text).join('/'));
    }
  }
}

const MIME: Record<string, string> = {
  pdf: 'application/pdf', txt: 'text/plain; charset=utf-8', csv: 'text/csv; charset=utf-8', json: 'application/json',
  png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', svg: 'image/svg+xml', html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

/** The bytes at a file's own URL (`GET /sites/x/Evidence/report.pdf`), or undefined. */
export function fileAtUrl(model: SiteModel, serverRelativePath: string): { body: Buffer; contentType: string } | undefined {
  const f = findFile(model, serverRelativePath.replace(/\/+$/, ''));
  if (!f) return undefined;
  const ext = f.item.file!.name.split('.').pop()!.toLowerCase();
  return { body: f.item.file!.content, contentType: MIME[ext] ?? 'application/octet-stream' };
}
