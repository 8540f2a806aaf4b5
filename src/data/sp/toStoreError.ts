import { DataStrings, formatString } from '../../loc/strings';
import { StoreError, isStoreError } from '../errors';
import { retryAfterSeconds } from './resilientFetch';

/** Where a failing request was going and what it was for, to word the user's message. */
export interface ErrorContext {
  /** What the user was doing, as a verb phrase from DataStrings.Actions: 'load the assessment', 'save your answers for "x"'. */
  action: string;
  /** The list or library the request targeted. */
  list?: string;
  /** The item the request targeted. */
  itemId?: number;
  /** What the user was saving, handed back on the error so nothing typed is lost. */
  unsaved?: unknown;
}

/** The parts of a PnPjs HttpRequestError the mapping needs (duck-typed: bundles may differ). */
interface HttpLikeError {
  isHttpRequestError?: boolean;
  status?: number;
  message?: string;
  response?: { headers?: Headers };
}

/** "about 3 minutes", "40 seconds": a wait as people say it. */
export function describeWait(seconds: number): string {
  const words = DataStrings.Waits;
  if (seconds < 90) return seconds === 1 ? words.SecondsOne : formatString(words.SecondsMany, seconds);
  const minutes = Math.round(seconds / 60);
  return minutes === 1 ? words.MinutesOne : formatString(words.MinutesMany, minutes);
}

/** SharePoint's error code and message from a minimal-metadata or verbose JSON error body. */
export function sharePointError(error: unknown): { code: string; message: string } {
  const text = typeof (error as HttpLikeError)?.message === 'string' ? (error as HttpLikeError).message as string : '';
  // PnPjs puts the response body after "::>" in HttpRequestError's message.
  const body = text.indexOf('::>') >= 0 ? text.slice(text.indexOf('::>') + 3).trim() : '';
  try {
    const json = JSON.parse(body) as Record<string, { code?: string; message?: { value?: string } }>;
    const inner = json['odata.error'] ?? json.error;
    return { code: inner?.code ?? '', message: inner?.message?.value ?? '' };
  } catch {
    return { code: '', message: body };
  }
}

function where(context: ErrorContext): string {
  if (!context.list) return '';
  return context.itemId !== undefined ? formatString(DataStrings.Errors.PlaceListItem, context.list, context.itemId) : formatString(DataStrings.Errors.PlaceList, context.list);
}

/**
 * Turns anything PnPjs or fetch threw into a StoreError with a plain message. Statuses follow
 * SharePoint Online: 403 access denied, 404 missing list or item, 412 ETag mismatch, 429/503
 * throttling (already retried by PnPjs's BrowserFetchWithRetry by the time it gets here), 500
 * with SPQueryThrottledException for the 5,000-item list view threshold.
 */
export function toStoreError(error: unknown, context: ErrorContext): StoreError {
  if (isStoreError(error)) return error;
  const text = DataStrings.Errors;
  const action = context.action;
  const kept = keptNote(context);
  const base = { cause: error, list: context.list, itemId: context.itemId, unsaved: context.unsaved };
  const place = where(context);
  const http = error as HttpLikeError;
  if (!http || typeof http.status !== 'number' || !http.isHttpRequestError) {
    const name = (error as { name?: string })?.name;
    if (name === 'AbortError') {
      return new StoreError('network', formatString(text.Cancelled, action, place), base);
    }
    // fetch raises TypeError ("Failed to fetch" / "fetch failed") when the network is down.
    return new StoreError('network', formatString(text.Offline, action, place, kept), base);
  }
  const status = http.status;
  const withStatus = { ...base, status };
  const sp = sharePointError(error);
  if (status === 403 && /-2130575251/.test(sp.code)) {
    // SharePoint's "security validation" refusal: the page's form digest has expired. The store
    // already asked for a fresh one and tried again, so this is not about the user's rights.
    return new StoreError('unavailable', formatString(text.SecurityToken, action, place, kept), { ...withStatus, reason: 'security-validation' });
  }
  if (status === 401 || status === 403) {
    return new StoreError('forbidden', formatString(text.Forbidden, action, place, kept), withStatus);
  }
  if (status === 404) {
    // SharePoint says "List 'X' does not exist at site with URL ..." for a missing list, and
    // "Item does not exist. It may have been deleted by another user." for a missing item.
    if (context.itemId === undefined || /list .* does not exist/i.test(sp.message)) {
      return new StoreError('not-set-up', formatString(text.ListMissing, action, context.list ?? 'NIMM'), withStatus);
    }
    return new StoreError('not-found', formatString(text.ItemGone, action, String(context.itemId), String(context.list)), withStatus);
  }
  if (status === 412) {
    return new StoreError('conflict', formatString(text.ChangedMeanwhile, action, place, kept), withStatus);
  }
  const asked = http.response?.headers ? retryAfterSeconds(http.response.headers) : null;
  if (status === 429 || ((status === 503 || status === 504) && asked !== null && asked > 0)) {
    if (asked !== null && asked > 0) {
      return new StoreError('throttled', formatString(text.ThrottledFor, describeWait(asked), action, place, kept), { ...withStatus, retryAfterSeconds: asked });
    }
    return new StoreError('throttled', formatString(text.Throttled, action, place, kept), withStatus);
  }
  if (status === 503 || status === 504) {
    return new StoreError('unavailable', formatString(text.Unavailable, action, place, kept), withStatus);
  }
  if (/SPDuplicateValuesFoundException/i.test(sp.code) || /duplicate values were found/i.test(sp.message)) {
    return new StoreError('conflict', formatString(text.Duplicate, action, place, kept), { ...withStatus, reason: 'duplicate' });
  }
  if (/SPQueryThrottledException/i.test(sp.code) || /list view threshold/i.test(sp.message)) {
    // sp/largeRead.ts reads an indexed column matching more than 5,000 items in id windows instead.
    return new StoreError('not-set-up', formatString(text.ListViewThreshold, action, context.list ?? 'NIMM'), { ...withStatus, reason: 'list-view-threshold' });
  }
  if (status === 400 && /does not exist/i.test(sp.message)) {
    return new StoreError('not-set-up', formatString(text.MissingColumn, action, place, sp.message), { ...withStatus, reason: 'missing-column' });
  }
  if (status === 400 && /already exists/i.test(sp.message)) {
    return new StoreError('conflict', formatString(text.AlreadyExists, action, place, sp.message), { ...withStatus, reason: 'already-exists' });
  }
  if (status >= 500) {
    return new StoreError('unavailable', formatString(text.ServerError, action, place, status, kept), withStatus);
  }
  const refusal = sp.message ? formatString(text.RefusedSaying, action, place, status, sp.message, kept) : formatString(text.Refused, action, place, status, kept);
  return new StoreError('invalid-data', refusal, withStatus);
}

function keptNote(context: ErrorContext): string {
  return context.unsaved !== undefined ? DataStrings.Common.ChangesKept : '';
}
