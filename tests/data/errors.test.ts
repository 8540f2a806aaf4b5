import { HttpRequestError } from '@pnp/queryable';
import { StoreError } from '../../src/data/errors';
import { toStoreError } from '../../src/data/sp/toStoreError';

function httpError(status: number, body: object | string = ''): HttpRequestError {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return new HttpRequestError(`Error making HttpClient request in queryable [${status}] Status ::> ${text}`, new Response(text, { status }));
}

const spoError = (code: string, message: string) => ({ 'odata.error': { code, message: { lang: 'en-US', value: message } } });

describe('turning SharePoint failures into StoreErrors', () => {
  const context = { action: 'save your answers for "change-management"', list: 'NIMM Responses', itemId: 12 };

  it('names the list and item when a visitor is refused', () => {
    const error = toStoreError(httpError(403, spoError('-2147024891, System.UnauthorizedAccessException', 'Access denied.')), context);
    expect(error.kind).toBe('forbidden');
    expect(error.message).toContain('"NIMM Responses", item 12');
    expect(error.status).toBe(403);
    expect(error.cause).toBeInstanceOf(HttpRequestError);
  });

  it('calls a persistent 429 throttled and a persistent 503 unavailable, saying the draft was kept', () => {
    const throttled = toStoreError(httpError(429), { ...context, unsaved: { a: 1 } });
    const unavailable = toStoreError(httpError(503), { ...context, unsaved: { a: 1 } });
    expect(throttled.kind).toBe('throttled');
    expect(unavailable.kind).toBe('unavailable');
    expect(unavailable.message).toContain('Your changes have been kept');
    expect(unavailable.unsaved).toEqual({ a: 1 });
  });

  it('tells a missing list (not set up) from a missing item', () => {
    const list = toStoreError(httpError(404, spoError('-1, System.ArgumentException', "List 'NIMM Responses' does not exist at site with URL 'x'.")), context);
    const item = toStoreError(httpError(404, spoError('-2130575338, Microsoft.SharePoint.SPException', 'Item does not exist. It may have been deleted by another user.')), context);
    expect(list.kind).toBe('not-set-up');
    expect(item.kind).toBe('not-found');
  });

  it('explains the list view threshold and how an owner fixes it', () => {
    const error = toStoreError(
      httpError(500, spoError('-2147024860, Microsoft.SharePoint.SPQueryThrottledException', 'The attempted operation is prohibited because it exceeds the list view threshold.')),
      { action: 'read the responses', list: 'NIMM Responses' }
    );
    expect(error.kind).toBe('not-set-up');
    expect(error.reason).toBe('list-view-threshold');
    expect(error.message).toContain('5,000');
    expect(error.message).toContain('run set-up again');
  });

  it('calls a failed fetch a network problem', () => {
    expect(toStoreError(new TypeError('fetch failed'), context).kind).toBe('network');
  });

  it('passes a StoreError through unchanged', () => {
    const original = new StoreError('conflict', 'x');
    expect(toStoreError(original, context)).toBe(original);
  });
});
