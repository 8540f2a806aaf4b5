/**
 * OData JSON as SharePoint Online writes it. `Accept: application/json` gets JSON light with
 * minimal metadata (`odata.type`, `odata.id`, `odata.etag`, `odata.editLink` on entities,
 * `value` for collections); `odata=verbose` gets `{d:…}` with `__metadata`; `odata=nometadata`
 * gets bare objects.
 */
import { errors, SpError } from '../errors';
import { Projection } from './query';

export type Format = 'minimal' | 'verbose' | 'nometadata';

/** A resource ready to be written: what SharePoint shows by default, plus what $select/$expand can reach. */
export interface Entity {
  type: string;
  /** Absolute `odata.id`. */
  uri?: string;
  /** Relative `odata.editLink`, e.g. `Web/Lists(guid'…')/Items(3)`. */
  editLink?: string;
  /** Already quoted, e.g. `"3"`. */
  etag?: string;
  props: Record<string, unknown>;
  /** Selectable but not returned by default (e.g. FileLeafRef on a library item). */
  hiddenProps?: Record<string, unknown>;
  /** Navigation properties by name, resolved only when expanded. */
  nav?: Record<string, () => Entity | Entity[] | null>;
  /** List items report unknown $select names as missing columns. */
  isListItem?: boolean;
}

export function formatFromAccept(accept: string | undefined): Format {
  const a = (accept ?? '').toLowerCase();
  if (a.includes('odata=verbose')) return 'verbose';
  if (a.includes('odata=nometadata')) return 'nometadata';
  return 'minimal';
}

export function contentType(fmt: Format): string {
  if (fmt === 'verbose') return 'application/json;odata=verbose;charset=utf-8';
  return `application/json;odata=${fmt === 'minimal' ? 'minimalmetadata' : 'nometadata'};streaming=true;charset=utf-8`;
}

function findKey(o: Record<string, unknown> | undefined, name: string): string | undefined {
  if (!o) return undefined;
  if (name in o) return name;
  const lower = name.toLowerCase();
  return Object.keys(o).find((k) => k.toLowerCase() === lower);
}

function convertValue(v: unknown, fmt: Format): unknown {
  if (fmt === 'verbose' && Array.isArray(v)) {
    const edm = v.every((x) => typeof x === 'number') ? 'Edm.Int32' : 'Edm.String';
    return { __metadata: { type: `Collection(${edm})` }, results: v };
  }
  return v;
}

function metadataOf(e: Entity, fmt: Format): Record<string, unknown> {
  if (fmt === 'nometadata') return {};
  if (fmt === 'verbose') {
    const m: Record<string, unknown> = { id: e.uri, uri: e.uri, type: e.type };
    if (e.etag !== undefined) m.etag = e.etag;
    return { __metadata: m };
  }
  const m: Record<string, unknown> = { 'odata.type': e.type };
  if (e.uri) m['odata.id'] = e.uri;
  if (e.etag !== undefined) m['odata.etag'] = e.etag;
  if (e.editLink) m['odata.editLink'] = e.editLink;
  return m;
}

function unknownName(e: Entity, name: string): SpError {
  return e.isListItem ? errors.columnInQuery(name) : errors.unknownProperty(name, e.type);
}

/** Writes one entity, applying $select and $expand the way SharePoint does. */
export function project(e: Entity, proj: Projection, fmt: Format): Record<string, unknown> {
  const out = metadataOf(e, fmt);
  const all = proj.select.length === 0 || proj.select.includes('*');
  if (all) {
    for (const [k, v] of Object.entries(e.props)) out[k] = convertValue(v, fmt);
  }
  for (const name of proj.select) {
    if (name === '*') continue;
    const navKey = findKey(e.nav, name);
    if (navKey) continue; // a navigation property is written only when expanded
    const k = findKey(e.props, name) ?? findKey(e.hiddenProps, name);
    if (!k) throw unknownName(e, name);
    out[k] = convertValue(k in e.props ? e.props[k] : e.hiddenProps?.[k], fmt);
  }
  for (const [lower, sub] of proj.expand) {
    const navKey = findKey(e.nav, lower);
    if (!navKey || !e.nav) throw unknownName(e, lower);
    const target = e.nav[navKey]();
    if (target === null) out[navKey] = null;
    else if (Array.isArray(target)) {
      const rows = target.map((t) => project(t, sub, fmt));
      out[navKey] = fmt === 'verbose' ? { results: rows } : rows;
    } else out[navKey] = project(target, sub, fmt);
  }
  if (fmt === 'verbose' && all && e.nav && e.uri) {
    for (const navKey of Object.keys(e.nav)) {
      if (!(navKey in out)) out[navKey] = { __deferred: { uri: `${e.uri}/${navKey}` } };
    }
  }
  return out;
}

/** `{"odata.metadata":…, …entity}` or `{d:{…}}`. */
export function entityBody(webUrl: string, set: string, e: Entity, proj: Projection, fmt: Format): unknown {
  const body = project(e, proj, fmt);
  if (fmt === 'verbose') return { d: body };
  if (fmt === 'nometadata') return body;
  return { 'odata.metadata': `${webUrl}/_api/$metadata#${set}/@Element`, ...body };
}

/** `{"odata.metadata":…, "value":[…], "odata.nextLink"?}` or `{d:{results:[…], __next?}}`. */
export function collectionBody(webUrl: string, set: string, rows: Entity[], proj: Projection, fmt: Format, nextLink?: string): unknown {
  const value = rows.map((r) => project(r, proj, fmt));
  if (fmt === 'verbose') return { d: nextLink ? { results: value, __next: nextLink } : { results: value } };
  const body: Record<string, unknown> = {};
  if (fmt === 'minimal') body['odata.metadata'] = `${webUrl}/_api/$metadata#${set}`;
  body.value = value;
  if (nextLink) body['odata.nextLink'] = nextLink;
  return body;
}

/** A complex-type result such as SP.BasePermissions or SP.ContextWebInformation. */
export function complexBody(webUrl: string, verboseName: string, type: string, props: Record<string, unknown>, fmt: Format): unknown {
  if (fmt === 'verbose') return { d: { [verboseName]: { __metadata: { type }, ...props } } };
  if (fmt === 'nometadata') return props;
  return { 'odata.metadata': `${webUrl}/_api/$metadata#${type}`, ...props };
}

/** A single primitive, e.g. the GUID `recycle` returns. */
export function primitiveBody(webUrl: string, verboseName: string, edmType: string, value: unknown, fmt: Format): unknown {
  if (fmt === 'verbose') return { d: { [verboseName]: value } };
  if (fmt === 'nometadata') return { value };
  return { 'odata.metadata': `${webUrl}/_api/$metadata#${edmType}`, value };
}

export function errorBody(err: SpError, fmt: Format): unknown {
  const inner = { code: err.code, message: { lang: 'en-US', value: err.message } };
  return fmt === 'verbose' ? { error: inner } : { 'odata.error': inner };
}
