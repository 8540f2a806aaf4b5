/**
 * What every handler gets: the site, the signed-in user, the request and how to answer it.
 */
import { errors } from './errors';
import { SiteModel } from './model/site';
import { canEditItems, canManageLists } from './model/users';
import { contentType, Format } from './odata/format';
import { ODataQuery } from './odata/query';
import { SimRequest, SimResponse } from './request';
import { SimUser } from './types';

/** The parts of the simulator handlers share. */
export interface SimCore {
  model: SiteModel;
  users: SimUser[];
  threshold: number;
  strictIndexedThreshold: boolean;
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

export function requireEditItems(ctx: Ctx): void {
  if (!canEditItems(ctx.user)) throw errors.accessDenied();
}

export function requireManageLists(ctx: Ctx): void {
  if (!canManageLists(ctx.user)) throw errors.accessDenied();
}

/** Rejects methods a resource does not take, with SharePoint's wording. */
export function allow(ctx: Ctx, type: string, ...methods: string[]): void {
  if (!methods.includes(ctx.method)) throw errors.methodNotAllowed(ctx.method, type);
}

/** `IF-Match`: absent or `*` always matches; otherwise the quoted version must equal the current one. */
export function checkEtag(ctx: Ctx, current: string): void {
  const sent = ctx.req.headers['if-match'];
  if (sent === undefined || sent.trim() === '*') return;
  const norm = (s: string): string => s.trim().replace(/^W\//, '');
  if (norm(sent) !== norm(current)) throw errors.etagMismatch(sent.trim(), current);
}
