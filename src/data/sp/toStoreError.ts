import { StoreError, isStoreError } from '../errors';
import { retryAfterSeconds } from './resilientFetch';

/** Where a failing request was going and what it was for, to word the user's message. */
export interface ErrorContext {
  /** What the user was doing, as a verb phrase: 'load the assessment', 'save your answers for "x"'. */
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
  if (seconds < 90) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.round(seconds / 60);
  return `about ${minutes} minute${minutes === 1 ? '' : 's'}`;
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
  return context.itemId !== undefined ? ` (list "${context.list}", item ${context.itemId})` : ` (list "${context.list}")`;
}

/**
 * Turns anything PnPjs or fetch threw into a StoreError with a plain message. Statuses follow
 * SharePoint Online: 403 access denied, 404 missing list or item, 412 ETag mismatch, 429/503
 * throttling (already retried by PnPjs's BrowserFetchWithRetry by the time it gets here), 500
 * with SPQueryThrottledException for the 5,000-item list view threshold.
 */
export function toStoreError(error: unknown, context: ErrorContext): StoreError {
  if (isStoreError(error)) return error;
  const base = { cause: error, list: context.list, itemId: context.itemId, unsaved: context.unsaved };
  const place = where(context);
  const http = error as HttpLikeError;
  if (!http || typeof http.status !== 'number' || !http.isHttpRequestError) {
    const name = (error as { name?: string })?.name;
    if (name === 'AbortError') {
      return new StoreError('network', `The request to ${context.action} was cancelled${place}.`, base);
    }
    // fetch raises TypeError ("Failed to fetch" / "fetch failed") when the network is down.
    return new StoreError('network', `Could not reach SharePoint to ${context.action}${place}. Check your connection and try again.${keptNote(context)}`, base);
  }
  const status = http.status;
  const withStatus = { ...base, status };
  const sp = sharePointError(error);
  if (status === 403 && /-2130575251/.test(sp.code)) {
    // SharePoint's "security validation" refusal: the page's form digest has expired. The store
    // already asked for a fresh one and tried again, so this is not about the user's rights.
    return new StoreError('unavailable', `SharePoint did not accept this page's security token, so we could not ${context.action}${place}. Reload the page and try again.${keptNote(context)}`, { ...withStatus, reason: 'security-validation' });
  }
  if (status === 401 || status === 403) {
    return new StoreError('forbidden', `You do not have permission to ${context.action}${place}. Site visitors can read but not change anything; ask a site owner for access if you need it.${keptNote(context)}`, withStatus);
  }
  if (status === 404) {
    // SharePoint says "List 'X' does not exist at site with URL ..." for a missing list, and
    // "Item does not exist. It may have been deleted by another user." for a missing item.
    if (context.itemId === undefined || /list .* does not exist/i.test(sp.message)) {
      return new StoreError('not-set-up', `Could not ${context.action}: the list "${context.list ?? 'NIMM'}" does not exist on this site. A site owner needs to run set-up first.`, withStatus);
    }
    return new StoreError('not-found', `Could not ${context.action}: item ${context.itemId} is no longer in the list "${context.list}". Someone may have deleted it; reload the page.`, withStatus);
  }
  if (status === 412) {
    return new StoreError('conflict', `Could not ${context.action}${place}: someone else changed it after you opened it. Reload to see their changes.${keptNote(context)}`, withStatus);
  }
  const asked = http.response?.headers ? retryAfterSeconds(http.response.headers) : null;
  if (status === 429 || ((status === 503 || status === 504) && asked !== null && asked > 0)) {
    if (asked !== null && asked > 0) {
      return new StoreError('throttled', `SharePoint is busy and asked us to wait ${describeWait(asked)} before trying again, so we could not ${context.action}${place} yet.${keptNote(context)}`, { ...withStatus, retryAfterSeconds: asked });
    }
    return new StoreError('throttled', `SharePoint is busy and asked us to slow down, so we could not ${context.action}${place} after several tries. Wait a minute and try again.${keptNote(context)}`, withStatus);
  }
  if (status === 503 || status === 504) {
    return new StoreError('unavailable', `SharePoint is not available at the moment, so we could not ${context.action}${place} after several tries. Try again shortly.${keptNote(context)}`, withStatus);
  }
  if (/SPDuplicateValuesFoundException/i.test(sp.code) || /duplicate values were found/i.test(sp.message)) {
    return new StoreError('conflict', `Could not ${context.action}${place}: an item with the same key is already there (someone may have created it at the same moment).${keptNote(context)}`, { ...withStatus, reason: 'duplicate' });
  }
  if (/SPQueryThrottledException/i.test(sp.code) || /list view threshold/i.test(sp.message)) {
    // Not worded as "a column is not indexed": an indexed column that matches more than 5,000
    // items is refused just the same (sp/largeRead.ts reads those in id windows instead).
    return new StoreError('not-set-up', `Could not ${context.action}: the list "${context.list ?? 'NIMM'}" has more than 5,000 items and SharePoint refused the query (its list view threshold). If this keeps happening, a site owner can run set-up again, which restores any index of the suite's that was removed.`, { ...withStatus, reason: 'list-view-threshold' });
  }
  if (status === 400 && /does not exist/i.test(sp.message)) {
    return new StoreError('not-set-up', `Could not ${context.action}${place}: a column the suite needs is missing (${sp.message}). A site owner needs to run set-up to upgrade the lists.`, { ...withStatus, reason: 'missing-column' });
  }
  if (status === 400 && /already exists/i.test(sp.message)) {
    return new StoreError('conflict', `Could not ${context.action}${place}: ${sp.message} Choose another name and try again.`, { ...withStatus, reason: 'already-exists' });
  }
  if (status >= 500) {
    return new StoreError('unavailable', `SharePoint had a problem and could not ${context.action}${place} (error ${status}). Try again shortly.${keptNote(context)}`, withStatus);
  }
  return new StoreError('invalid-data', `SharePoint refused to ${context.action}${place} (error ${status}${sp.message ? `: ${sp.message}` : ''}).${keptNote(context)}`, withStatus);
}

function keptNote(context: ErrorContext): string {
  return context.unsaved !== undefined ? ' Your changes have been kept on this page.' : '';
}
