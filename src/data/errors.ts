/**
 * The one error type the data layer throws. Every failure that reaches a web part, whatever
 * PnPjs or SharePoint raised underneath, arrives as a StoreError whose `message` can be shown
 * to the user as is (plain UK English: what failed and where), whose `kind` lets the UI decide
 * what to offer (retry, ask an owner, run set-up), and whose `cause` keeps the original for logs.
 */

/** What went wrong, in the terms the UI branches on. */
export type StoreErrorKind =
  | 'throttled'
  | 'unavailable'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'invalid-data'
  | 'network'
  | 'not-set-up';

/** Optional details a StoreError can carry beside its message. */
export interface StoreErrorDetails {
  /** The original error (an HttpRequestError, a TypeError from fetch, ...), kept for logs. */
  cause?: unknown;
  /** The SharePoint list or library concerned. */
  list?: string;
  /** The list item concerned. */
  itemId?: number;
  /** The HTTP status SharePoint answered with, when there was one. */
  status?: number;
  /** A finer reason inside the kind, e.g. 'list-view-threshold'. */
  reason?: string;
  /** Validation problems (publishing an invalid model), each with its JSON path. */
  problems?: { path: string; message: string }[];
  /** What the user was saving when it failed, handed back so nothing typed is lost. */
  unsaved?: unknown;
  /** How long SharePoint asked the client to wait before trying again (throttling), in seconds. */
  retryAfterSeconds?: number;
}

/** A failure of the data layer, with a message fit to show a user. */
export class StoreError extends Error {
  /** What went wrong, for callers that branch on it rather than show the message. */
  public readonly kind: StoreErrorKind;
  /** The original error, for logs. Never shown to users: it is technical and in English only. */
  public readonly cause: unknown;
  /** The SharePoint list or library concerned, when known. */
  public readonly list?: string;
  /** The list item concerned, when known. */
  public readonly itemId?: number;
  /** The HTTP status, when the failure was an HTTP answer. */
  public readonly status?: number;
  /** A finer reason inside the kind, e.g. 'list-view-threshold'. */
  public readonly reason?: string;
  /** Validation problems, when the kind is 'invalid-data' because input failed validation. */
  public readonly problems: { path: string; message: string }[];
  /** What the caller was saving, handed back intact. */
  public readonly unsaved?: unknown;
  /**
   * When SharePoint asked for a longer wait than a page should sit through (kind 'throttled'),
   * the seconds it asked for: the caller keeps the draft and sends it again after that.
   */
  public readonly retryAfterSeconds?: number;

  public constructor(kind: StoreErrorKind, message: string, details: StoreErrorDetails = {}) {
    super(message);
    this.name = 'StoreError';
    this.kind = kind;
    this.cause = details.cause;
    this.list = details.list;
    this.itemId = details.itemId;
    this.status = details.status;
    this.reason = details.reason;
    this.problems = details.problems ?? [];
    this.unsaved = details.unsaved;
    this.retryAfterSeconds = details.retryAfterSeconds;
    // SPFx compiles to ES5, where extending Error loses the prototype and breaks `instanceof`.
    Object.setPrototypeOf(this, StoreError.prototype);
  }
}

/** True when the value is a StoreError (also across bundles, where `instanceof` can fail). */
export function isStoreError(value: unknown): value is StoreError {
  return value instanceof StoreError || (typeof value === 'object' && value !== null && (value as { name?: unknown }).name === 'StoreError');
}
