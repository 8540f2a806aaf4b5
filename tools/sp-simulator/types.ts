/**
 * Public option types of the SharePoint simulator and the shapes of its stored state.
 * The public half (SimUser … RequestLogEntry) is the contract other code builds on: keep it stable.
 */

/** A person who can sign in to the simulated site, with the one role that decides their rights. */
export interface SimUser {
  id: number;
  /** Claims login as SharePoint Online shows it, e.g. `i:0#.f|membership|ann@example.nhs.uk`. */
  login: string;
  title: string;
  email: string;
  role: 'owner' | 'member' | 'visitor';
}

export interface SimulatorOptions {
  /** Server-relative URL of the simulated site. Default `/sites/nimm`. */
  sitePath?: string;
  /** JSON file the state is persisted to; omit to keep everything in memory. */
  dataFile?: string;
  /** The people of this site, each with the role that decides their rights. Default: three demo users, one per role. */
  users?: SimUser[];
  /**
   * Everyone who can sign in to the tenant, this site's people or not. Someone named here but not
   * in `users` is signed in but has no access to this site: every `_api` request (contextinfo and
   * `$batch` included) gets SharePoint Online's 403 `-2147024891, System.UnauthorizedAccessException`
   * "Access denied. You do not have permission to perform this action or access this resource."
   * A name neither list knows is not signed in at all and gets 401, as before. Default: `users`
   * (so `removeFromSite` leaves the person in the tenant). Several simulated sites of one tenant
   * give each the same `tenantUsers` and each its own `users`.
   */
  tenantUsers?: SimUser[];
  /** List view threshold. Default 5000, as in SharePoint Online. */
  listViewThreshold?: number;
  /**
   * On a list over the threshold, also refuse a query whose first (indexed) filter clause still
   * matches more items than the threshold, even when paged. Default true, as SharePoint Online
   * behaves (sp-dev-docs#5291; Microsoft's "Manage large lists and libraries"). A leading run of
   * `and`-ed comparisons on one column (`Id ge 1 and Id le 5000`) counts as that first clause.
   * Set false only to reproduce the old, more lenient simulator (see handlers/itemQuery.ts).
   */
  strictIndexedThreshold?: boolean;
  /**
   * The site's time zone, an IANA name. Default 'Europe/London'. Date-only columns store the
   * site's local date as local midnight (see model/siteTime.ts); `web/regionalsettings/timezone`
   * reports it.
   */
  timeZone?: string;
  /**
   * The largest file body one request may carry (`files/add`, `AddUsingPath`, `$value` PUT, each
   * chunk of a chunked upload). Default 262,144,000 bytes (250 MB), SharePoint Online's limit;
   * tests set it small. Bigger files go through `startUpload`/`continueUpload`/`finishUpload`.
   */
  maxSingleUploadBytes?: number;
  /**
   * Keep running a `$batch`'s parts after one has failed. Default false: as in SharePoint Online,
   * every part after a failed one is not run and is answered 500 IndexOutOfRangeException
   * (pnp/pnpjs#486, #1275; see batch.ts). Also settable at run time: setBatchContinuesAfterFailure.
   */
  batchContinuesAfterFailure?: boolean;
  /**
   * Time added before every `_api` answer, in milliseconds, as a network and a busy tenant add to
   * each round trip. Default 0. Measurements use 100 (the figures in the closing notes); the
   * workbench reads it from the SIM_LATENCY_MS environment variable. Also settable at run time:
   * setLatency. A fault's own latency (setFault) comes on top.
   */
  latencyMs?: number;
}

/** A fault injected into `_api` requests, for reliability tests. */
export interface FaultSpec {
  latencyMs?: number;
  status?: 429 | 503;
  retryAfterSeconds?: number;
  /** How many matching requests get the fault before it clears itself. Default Infinity. */
  count?: number;
  /** Tested against `method + ' ' + path` (path as logged). */
  match?: RegExp;
}

/** One HTTP round trip the simulator answered. A `$batch` is one entry with `batchParts`. */
export interface RequestLogEntry {
  time: number;
  method: string;
  path: string;
  status: number;
  user: string;
  batchParts?: number;
}

// ---- stored state ------------------------------------------------------------------------

/** A column of a list, with what SharePoint reports about it. */
export interface FieldDef {
  id: string;
  internalName: string;
  staticName: string;
  title: string;
  typeKind: number;
  typeAsString: string;
  required: boolean;
  indexed: boolean;
  hidden: boolean;
  readOnly: boolean;
  fromBaseType: boolean;
  enforceUniqueValues: boolean;
  description: string;
  group: string;
  defaultValue: string | null;
  choices?: string[];
  maxLength?: number;
  /** Multi-value user or lookup column. */
  multi?: boolean;
  schemaXml?: string;
  /** Other SharePoint properties supplied at creation (RichText, DisplayFormat…), echoed back. */
  extra: Record<string, unknown>;
}

/** The bytes behind a document library item. */
export interface FileRec {
  name: string;
  uniqueId: string;
  content: Buffer;
  timeCreated: string;
  timeLastModified: string;
  majorVersion: number;
}

/** A snapshot kept when the list has versioning on. */
export interface ItemVersionRec {
  version: number;
  modified: string;
  editorId: number;
  values: Record<string, unknown>;
}

export interface ItemRec {
  id: number;
  guid: string;
  /** owshiddenversion: starts at 1, +1 on each update; the ETag is `"<version>"`. */
  version: number;
  created: string;
  modified: string;
  authorId: number;
  editorId: number;
  /** Column values by internal name (user/lookup columns hold the id or an id array). */
  values: Record<string, unknown>;
  history?: ItemVersionRec[];
  file?: FileRec;
}

export interface ListRec {
  id: string;
  title: string;
  description: string;
  baseTemplate: number;
  /** Last path segment of the root folder URL. */
  urlName: string;
  created: string;
  lastItemModified: string;
  enableVersioning: boolean;
  majorVersionLimit: number;
  hidden: boolean;
  contentTypesEnabled: boolean;
  version: number;
  fields: FieldDef[];
  items: Map<number, ItemRec>;
  nextItemId: number;
  /**
   * The list's own role assignments once inheritance is broken; absent means it inherits the
   * web's (data files written before permissions were modelled have none).
   */
  roleAssignments?: RoleAssignmentRec[];
}

/** One principal (user or site group id) and the role definitions bound to it on a scope. */
export interface RoleAssignmentRec {
  principalId: number;
  roleDefIds: number[];
}

export interface SiteState {
  webId: string;
  siteId: string;
  title: string;
  created: string;
  digestSecret: string;
  lists: ListRec[];
  /** The web's role assignments; absent means SharePoint's defaults for a team site (model/permissions.ts). */
  webRoleAssignments?: RoleAssignmentRec[];
}

/** The cookie that names the signed-in user (a login, e-mail or name), as a session would. */
export const USER_COOKIE = 'nimm-sim-user';
