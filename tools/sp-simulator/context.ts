/**
 * What every handler gets: the site, the signed-in user, the request and how to answer it.
 */
import { errors } from './errors';
import { SiteModel } from './model/site';
import { effectiveMask } from './model/permissions';
import { hasPermission, PERMISSION } from './model/roles';
import { contentType, Format } from './odata/format';
import { ODataQuery } from './odata/query';
import { SimRequest, SimResponse } from './request';
import { ListRec, SimUser } from './types';

/** The parts of the simulator handlers share. */
export interface SimCore {
  model: SiteModel;
  users: SimUser[];
  threshold: number;
  strictIndexedThreshold: boolean;
  /** The site's IANA time zone (SimulatorOptions.timeZone): date-only columns are stored in it. */
  timeZone: string;
  /** SimulatorOptions.maxSingleUploadBytes: the largest file body one request may carry. */
  maxSingleUploadBytes: number;
  /** Call after any change to stored state (schedules persistence). */
  changed(): void;
}

export interface Ctx {
  core: SimCore;
  req: SimRequest;
  /** Upper-case effective method (MERGE, DELETE… after X-HTTP-Method). */
  method: string;
  user: SimUser;
  /** e.g. `http://127.0.0.1:4321/sites/nimm` */
  webUrl: string;
  fmt: Format;
  query: ODataQuery;
}

export function json(ctx: Ctx, body: unknown, status = 200, headers: Record<string, string> = {}): SimResponse {
  return { status, headers: { 'content-type': contentType(ctx.fmt), ...headers }, body: JSON.stringify(body) };
}

export function noContent(headers: Record<string, string> = {}): SimResponse {
  return { status: 204, headers, body: '' };
}

/** SharePoint answers a DELETE tunnelled through POST with 200 and an empty body. */
export function emptyOk(): SimResponse {
  return { status: 200, headers: { 'content-length': '0' }, body: '' };
}

/**
 * Refuses with SharePoint's access denied unless the signed-in user has `kind` (a PERMISSION
 * value) on the list, or on the web when no list is given. Rights come from role assignments:
 * the list's own when it has unique permissions, else the web's (model/permissions.ts).
 */
export function requirePermission(ctx: Ctx, kind: number, list?: ListRec): void {
  if (!hasPermission(effectiveMask(ctx.core.model.state, ctx.user, list), kind)) throw errors.accessDenied();
}

/** Adding, editing and deleting items and files is checked on the list they are in. */
export function requireListPermission(ctx: Ctx, list: ListRec, kind: 'add' | 'edit' | 'delete' | 'view'): void {
  const k = { add: PERMISSION.addListItems, edit: PERMISSION.editListItems, delete: PERMISSION.deleteListItems, view: PERMISSION.viewListItems }[kind];
  requirePermission(ctx, k, list);
}

/** Creating or changing lists and fields needs Manage Lists on the web (owners, by default). */
export function requireManageLists(ctx: Ctx): void {
  requirePermission(ctx, PERMISSION.manageLists);
}

/** Rejects methods a resource does not take, with SharePoint's wording. */
export function allow(ctx: Ctx, type: string, ...methods: string[]): void {
  if (!methods.includes(ctx.method)) throw errors.methodNotAllowed(ctx.method, type);
}

/**
 * `IF-Match`: absent or `*` always matches; otherwise the ETag sent must equal the current one
 * exactly (an item's is `"<guid>,<version>"`, so a bare `"<version>"` does not match).
 */
export function checkEtag(ctx: Ctx, current: string): void {
  const sent = ctx.req.headers['if-match'];
  if (sent === undefined || sent.trim() === '*') return;
  const norm = (s: string): string => s.trim().replace(/^W\//, '');
  if (norm(sent) !== norm(current)) throw errors.etagMismatch(sent.trim(), current);
}
