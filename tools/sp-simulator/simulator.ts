/**
 * The SharePoint Online REST simulator: one site at `sitePath`, answering `<sitePath>/_api/…`
 * in SharePoint's wire format and serving library files at their own URLs. Host it with
 * `startSimulator` or mount `handle` in another Node server (the local workbench does).
 */
import type * as http from 'http';
import { randomBytes, randomUUID } from 'crypto';
import { runBatch } from './batch';
import { Ctx, SimCore } from './context';
import { digestIsValid } from './digest';
import { errors, SpError } from './errors';
import { FaultInjector, faultBody } from './faults';
import { fileAtUrl } from './handlers/files';
import { valuesFromBody } from './model/itemValues';
import { emptySite, SiteModel } from './model/site';
import { assertTimeZone, DEFAULT_TIME_ZONE, storeDatesInSiteTime } from './model/siteTime';
import { DEFAULT_USERS, findUser } from './model/users';
import { contentType, errorBody, Format, formatFromAccept } from './odata/format';
import { parseQuery } from './odata/query';
import { DebouncedSaver, load, saveNow } from './persistence';
import { parseApiPath, SimRequest, SimResponse } from './request';
import { route } from './router';
import { FaultSpec, RequestLogEntry, SimUser, SimulatorOptions, USER_COOKIE } from './types';


function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function cookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name) return safeDecode(part.slice(i + 1).trim());
  }
  return undefined;
}

/**
 * The largest request body SharePoint Online reads: its REST service reads bodies through
 * Microsoft.Data.OData, whose default quota is 1 MiB (DefaultMaxReadMessageSize = 1024 * 1024;
 * ODataMessageQuotas.MaxReceivedMessageSize). Reported against SPO for a plain item update
 * (pnp/pnpjs#2980) and for `$batch` bodies (pnp/pnpjs#1356, pnp/pnpcore#777, pnp/powershell#3436).
 */
export const MAX_REQUEST_BODY_BYTES = 1_048_576;

/**
 * File content is not read as OData, so uploads are not held to the 1 MiB limit: `files/add`,
 * `AddUsingPath`, `$value` (PUT of a file's bytes) and the chunked-upload methods
 * `startUpload`/`continueUpload`/`finishUpload`. Microsoft documents `Files/Add` for binary files
 * "larger than 1.5 megabytes" ("Working with large files by using REST",
 * https://learn.microsoft.com/sharepoint/dev/sp-add-ins/working-with-folders-and-files-with-rest);
 * those uploads have their own limit (maxSingleUploadBytes). Matched by path name, so endpoints
 * added later are covered as long as they keep these names.
 */
const BODY_LIMIT_EXEMPT = /\/(files\/add(\(|$)|addusingpath\(|\$value$|startupload\(|continueupload\(|finishupload\()/i;

export class SharePointSimulator {
  /** Every request answered, in order; a `$batch` is one entry. */
  readonly log: RequestLogEntry[] = [];
  /** This site's people (SimulatorOptions.users). */
  users: SimUser[];
  /** Everyone who can sign in to the tenant (SimulatorOptions.tenantUsers); those not in `users` are refused with 403. */
  tenantUsers: SimUser[];
  private readonly sitePath: string;
  private readonly model: SiteModel;
  private readonly faults = new FaultInjector();
  private readonly saver?: DebouncedSaver;
  private readonly core: SimCore;
  /** See SimulatorOptions.batchContinuesAfterFailure and setBatchContinuesAfterFailure. */
  private batchContinuesAfterFailure: boolean;
  /** See SimulatorOptions.latencyMs and setLatency. */
  private latencyMs: number;

  constructor(private readonly opts: SimulatorOptions = {}) {
    this.batchContinuesAfterFailure = opts.batchContinuesAfterFailure ?? false;
    this.latencyMs = checkedLatency(opts.latencyMs ?? 0);
    this.sitePath = `/${(opts.sitePath ?? '/sites/nimm').replace(/^\/+|\/+$/g, '')}`;
    if (opts.timeZone !== undefined) assertTimeZone(opts.timeZone);
    this.users = (opts.users ?? DEFAULT_USERS).map((u) => ({ ...u }));
    this.tenantUsers = (opts.tenantUsers ?? this.users).map((u) => ({ ...u }));
    let state = null;
    if (opts.dataFile) {
      const loaded = load(opts.dataFile);
      state = loaded.state;
      if (!loaded.state && 'movedTo' in loaded && loaded.movedTo) {
        console.error(
          `[sp-simulator] Could not read the data file ${opts.dataFile} (${loaded.error}). ` +
          `It was moved to ${loaded.movedTo} and the simulator starts with an empty site.`
        );
      }
    }
    this.model = new SiteModel(state ?? emptySite(), this.sitePath);
    const self = this;
    this.core = {
      model: this.model,
      get users() { return self.users; },
      threshold: opts.listViewThreshold ?? 5000,
      // Strict by default: SharePoint refuses an indexed first clause that matches more items
      // than the threshold (sp-dev-docs#5291; see handlers/itemQuery.ts).
      strictIndexedThreshold: opts.strictIndexedThreshold ?? true,
      timeZone: opts.timeZone ?? DEFAULT_TIME_ZONE,
      // 250 MB: SPO's "The request message is too big" limit for one upload (handlers/chunkedUpload.ts).
      maxSingleUploadBytes: opts.maxSingleUploadBytes ?? 262_144_000,
      // Marks the state dirty. A request that changed something is saved before it is answered
      // (handleApi); the timer only catches changes made outside a request.
      changed: () => this.saver?.schedule(),
    };
    if (opts.dataFile) {
      this.saver = new DebouncedSaver(opts.dataFile, () => this.model.state);
      if (!state) this.saver.flush(); // keep the digest secret stable across restarts
    }
  }

  /** Handles the request when it is for this site's API or a library file; otherwise returns false. */
  async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<boolean> {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
    const path = safeDecode(url.pathname);
    const lower = path.toLowerCase();
    const site = this.sitePath.toLowerCase();
    const isApi = lower.startsWith(`${site}/_api/`) || lower === `${site}/_api`;
    const method = (req.method ?? 'GET').toUpperCase();
    if (!isApi) {
      if ((method !== 'GET' && method !== 'HEAD') || !lower.startsWith(`${site}/`)) return false;
      const file = fileAtUrl(this.model, path);
      if (!file) return false;
      if (!this.signedInUser(req) && this.outsider(req)) {
        // Signed in to the tenant, but not one of this site's people.
        res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(errors.accessDenied().message);
        this.record(method, path, 403, this.outsider(req)?.login ?? '?');
        return true;
      }
      res.writeHead(200, { 'content-type': file.contentType, 'content-length': String(file.body.length) });
      res.end(method === 'HEAD' ? undefined : file.body);
      this.record(method, path, 200, this.signedInUser(req)?.login ?? '?');
      return true;
    }
    try {
      await this.handleApi(req, res, url, path + (url.search ? `?${safeDecode(url.search.slice(1).replace(/\+/g, ' '))}` : ''));
    } catch (e) {
      console.error('[sp-simulator] unexpected failure', e);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end();
    }
    return true;
  }

  private async handleApi(req: http.IncomingMessage, res: http.ServerResponse, url: URL, logPath: string): Promise<void> {
    const body = await readBody(req);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
    const wireMethod = (req.method ?? 'GET').toUpperCase();
    const fmt = formatFromAccept(headers.accept);
    const user = this.signedInUser(req);
    const outsider = user ? undefined : this.outsider(req);
    const send = (r: SimResponse, batchParts?: number): void => {
      // Durability: whatever this request changed is on disk before the client hears it
      // succeeded, so a kill -9 right after the answer loses nothing (a $batch is one save).
      const answer = this.saveBeforeAnswer(r, fmt);
      this.write(res, answer);
      this.record(wireMethod, logPath, answer.status, user?.login ?? outsider?.login ?? '?', batchParts);
    };
    const fault = this.faults.take(wireMethod, logPath);
    const delay = this.latencyMs + (fault?.latencyMs ?? 0);
    if (delay > 0) await new Promise((r) => setTimeout(r, delay));
    if (fault?.status) {
      const extra: Record<string, string> = fault.retryAfterSeconds !== undefined ? { 'retry-after': String(fault.retryAfterSeconds) } : {};
      return send({ status: fault.status, headers: { 'content-type': contentType('minimal'), ...extra }, body: JSON.stringify(faultBody(fault.status)) });
    }
    if (!user && outsider) {
      // Signed in to the tenant but given no access to this site: SharePoint Online refuses every
      // request to the site, contextinfo included, with 403 UnauthorizedAccessException "Access
      // denied. You do not have permission to perform this action or access this resource."
      // (the code and message SPO sends for REST, e.g. OneDrive/onedrive-api-docs#729; a 403 with
      // the same code for `_api/contextinfo`, vgrem/office365-rest-python-client#984). The whole
      // `$batch` is refused, not its parts: the request is for a site the user cannot enter (an
      // educated guess; a tenant answers before reading the batch body, as far as reports show).
      return send(this.errorResponse(errors.accessDenied(), fmt));
    }
    if (!user) {
      // Not signed in at all (nobody the tenant knows): 401, as SharePoint Online answers a
      // request without valid credentials (SharePoint/sp-dev-docs#6476, #7140).
      const who = headers['x-sim-user'] ?? cookie(headers.cookie, USER_COOKIE);
      const known = this.users.map((u) => u.login).join(', ');
      return send(this.errorResponse(new SpError(401, '-2147024891, System.UnauthorizedAccessException', `Unknown simulator user '${who}'. Known users: ${known}.`), fmt));
    }
    const sim: SimRequest = { method: (headers['x-http-method'] ?? wireMethod).toUpperCase(), url, headers, body };
    const decodedPath = safeDecode(url.pathname);
    const isContextInfo = /\/_api\/contextinfo$/i.test(decodedPath);
    if (sim.method !== 'GET' && sim.method !== 'HEAD' && !isContextInfo) {
      // Cookie-authenticated writes need a form digest; OAuth (Authorization) requests do not.
      if (!headers.authorization && !digestIsValid(this.model.state.digestSecret, headers['x-requestdigest'])) {
        return send(this.errorResponse(errors.badDigest(), fmt));
      }
    }
    if (body.length > MAX_REQUEST_BODY_BYTES && !BODY_LIMIT_EXEMPT.test(decodedPath)) {
      return send(this.errorResponse(errors.requestTooLarge(body.length, MAX_REQUEST_BODY_BYTES), fmt));
    }
    if (/\/_api\/\$batch$/i.test(decodedPath)) {
      if (sim.method !== 'POST') return send(this.errorResponse(errors.methodNotAllowed(sim.method, 'SP.Batch'), fmt));
      try {
        const options = { continueAfterFailure: this.batchContinuesAfterFailure };
        const { response, parts } = await runBatch(sim, async (part) => this.dispatch(part, user, true), options);
        return send(response, parts);
      } catch (e) {
        return send(this.errorResponse(e, fmt));
      }
    }
    return send(await this.dispatch(sim, user, false));
  }

  /** Runs one request (or one batch part) through the router. */
  private async dispatch(req: SimRequest, user: SimUser, inBatch: boolean): Promise<SimResponse> {
    const fmt = formatFromAccept(req.headers.accept);
    try {
      const lowerPath = safeDecode(req.url.pathname).toLowerCase();
      const prefix = `${this.sitePath.toLowerCase()}/_api/`;
      if (!lowerPath.startsWith(prefix)) {
        throw inBatch ? errors.badQuery('Batches must be for the same web.') : errors.resourceNotFound('_api');
      }
      const rawApi = req.url.pathname.slice(req.url.pathname.toLowerCase().indexOf('/_api/') + 6);
      if (inBatch && /^\$batch/i.test(rawApi)) throw errors.badQuery('A batch cannot contain another batch.');
      const segments = parseApiPath(rawApi, req.url.searchParams);
      const ctx: Ctx = {
        core: this.core,
        req,
        method: req.method,
        user,
        webUrl: `${req.url.origin}${this.sitePath}`,
        fmt,
        query: parseQuery(req.url.searchParams),
      };
      return route(ctx, segments);
    } catch (e) {
      return this.errorResponse(e, fmt);
    }
  }

  private errorResponse(e: unknown, fmt: Format): SimResponse {
    const err = e instanceof SpError ? e : errors.internal((e as Error)?.message ?? String(e));
    if (!(e instanceof SpError)) console.error('[sp-simulator] handler error', e);
    return { status: err.status, headers: { 'content-type': contentType(fmt), ...err.headers }, body: JSON.stringify(errorBody(err, fmt)) };
  }

  private write(res: http.ServerResponse, r: SimResponse): void {
    const body = typeof r.body === 'string' ? Buffer.from(r.body, 'utf8') : r.body;
    const id = randomUUID();
    res.writeHead(r.status, {
      'cache-control': 'private, max-age=0',
      sprequestguid: id,
      'request-id': id,
      'x-sharepointhealthscore': '0',
      ...r.headers,
      'content-length': String(body.length),
    });
    res.end(body);
  }

  private record(method: string, path: string, status: number, user: string, batchParts?: number): void {
    const entry: RequestLogEntry = { time: Date.now(), method, path, status, user };
    if (batchParts !== undefined) entry.batchParts = batchParts;
    this.log.push(entry);
  }

  /**
   * The signed-in user: `X-Sim-User` header, else the `nimm-sim-user` cookie, else the owner;
   * undefined when they name nobody on the site. Public so a host page shows the same user.
   */
  signedInUser(req: http.IncomingMessage): SimUser | undefined {
    const header = req.headers['x-sim-user'];
    const name = (Array.isArray(header) ? header[0] : header) ?? cookie(req.headers.cookie, USER_COOKIE);
    if (name === undefined || name === '') return this.users.find((u) => u.role === 'owner') ?? this.users[0];
    return findUser(this.users, name);
  }

  /**
   * Someone the tenant knows but this site does not (in `tenantUsers`, not in `users`), named by
   * the request's header or cookie; undefined otherwise.
   */
  outsider(req: http.IncomingMessage): SimUser | undefined {
    const header = req.headers['x-sim-user'];
    const name = (Array.isArray(header) ? header[0] : header) ?? cookie(req.headers.cookie, USER_COOKIE);
    if (name === undefined || name === '' || findUser(this.users, name)) return undefined;
    return findUser(this.tenantUsers, name);
  }

  /**
   * Takes someone off this site (as removing them from its groups would) while they stay in the
   * tenant: from then on their requests get 403 "Access denied". Returns false when the site does
   * not have them.
   */
  removeFromSite(name: string): boolean {
    const user = findUser(this.users, name);
    if (!user) return false;
    if (!findUser(this.tenantUsers, name)) this.tenantUsers.push({ ...user });
    this.users = this.users.filter((u) => u !== user);
    return true;
  }

  clearLog(): void {
    this.log.length = 0;
  }

  /** Sets the time added before every `_api` answer (SimulatorOptions.latencyMs); 0 turns it off. */
  setLatency(ms: number): void {
    this.latencyMs = checkedLatency(ms);
  }

  setFault(f: FaultSpec | null): void {
    this.faults.set(f);
  }

  /** Empties the site (no lists) and keeps the users; persists at once. */
  reset(): void {
    this.model.state.lists = [];
    // The web's permissions go back to a team site's defaults too.
    delete this.model.state.webRoleAssignments;
    if (this.opts.dataFile) saveNow(this.opts.dataFile, this.model.state);
  }

  /** Adds items straight into a list (no HTTP, no threshold), as the owner; for preparing big test data. */
  bulkAddItems(listTitle: string, items: Record<string, unknown>[]): void {
    const l = this.model.listByTitle(listTitle);
    if (!l) throw new Error(`bulkAddItems: list '${listTitle}' does not exist.`);
    const owner = this.users.find((u) => u.role === 'owner') ?? this.users[0];
    const typeName = this.model.itemTypeName(l);
    const when = new Date().toISOString();
    for (const values of items) {
      const stored = valuesFromBody(l, values, typeName);
      // Stored as SharePoint would store them; unique columns are not checked here (seeding).
      storeDatesInSiteTime(l, stored, this.core.timeZone);
      this.model.insertItem(l, stored, owner.id, when);
    }
    this.core.changed();
    this.flush(); // on disk when the call returns, like a write over HTTP
  }

  /**
   * Makes every form digest issued so far invalid, as when a page's digest expires or SharePoint
   * recycles its keys: the next write with an old digest gets the 403 "security validation" error.
   */
  expireDigests(): void {
    this.model.state.digestSecret = randomBytes(32).toString('hex');
    this.core.changed();
  }

  /**
   * For tests: whether a `$batch` keeps running parts after one has failed. Off (the default)
   * imitates SharePoint Online, which answers every later part 500 IndexOutOfRangeException
   * (pnp/pnpjs#486, #1275); on runs every part, as the OData batch format would suggest.
   */
  setBatchContinuesAfterFailure(on: boolean): void {
    this.batchContinuesAfterFailure = on;
  }

  /**
   * Saves pending changes before an answer is written. If the save fails the client must not be
   * told its change succeeded, so it gets a 500 instead (the change stays in memory and is
   * written with the next successful save).
   */
  private saveBeforeAnswer(r: SimResponse, fmt: Format): SimResponse {
    try {
      this.saver?.flushPending();
      return r;
    } catch (e) {
      console.error('[sp-simulator] could not save the data file', e);
      return this.errorResponse(errors.internal(`The simulator could not save its data file: ${(e as Error).message}`), fmt);
    }
  }

  /** Writes any pending change to the data file now. */
  flush(): void {
    this.saver?.flushPending();
  }
}

function checkedLatency(ms: number): number {
  if (!Number.isFinite(ms) || ms < 0) throw new Error(`The simulator's latency must be a number of milliseconds, 0 or more; it was ${ms}.`);
  return ms;
}
