/**
 * How a list item's columns appear on the wire, and how incoming JSON sets them.
 * - Text, note, choice, GUID: string or null. Number, currency, integer: number or null.
 * - Boolean: true/false/null. DateTime: ISO 8601 UTC without milliseconds (`2024-03-01T09:00:00Z`).
 * - Multi-choice: array of strings. URL: `{Description, Url}`.
 * - User and lookup columns: `<Name>Id` (number, or array for multi-value), users also `<Name>StringId`.
 */
import { errors } from '../errors';
import { Typed } from '../odata/evaluate';
import { FieldDef, ItemRec, ListRec } from '../types';
import { entityPropertyName, isIdColumn, valueKind } from './fieldTypes';

/** Built-in columns whose value comes from the item record itself, not from `values`. */
const SYSTEM = new Set([
  'ID', 'ContentTypeId', 'Created', 'Modified', 'Author', 'Editor', '_UIVersionString', 'GUID', 'Attachments',
  'FileLeafRef', 'FileRef', 'FileDirRef', 'FSObjType', 'File_x0020_Size', 'UniqueId',
]);

export function isSystemColumn(f: FieldDef): boolean {
  return f.fromBaseType && SYSTEM.has(f.internalName);
}

/** ISO UTC without milliseconds, the way SharePoint writes DateTime values. */
export function spDate(iso: string): string {
  return new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The value of a built-in column for an item. */
function systemValue(model: { rootFolderUrl(l: ListRec): string }, l: ListRec, item: ItemRec, name: string): unknown {
  const file = item.file;
  switch (name) {
    case 'ID': return item.id;
    case 'ContentTypeId': return l.baseTemplate === 101 ? '0x0101000F1C8B9E0EB4BE489F09807B2C53288F' : '0x0100A33D9AD9805788419BDAAC2CCB37509F';
    case 'Created': return spDate(item.created);
    case 'Modified': return spDate(item.modified);
    case 'Author': return item.authorId;
    case 'Editor': return item.editorId;
    case '_UIVersionString': return `${item.version}.0`;
    case 'GUID': return item.guid;
    case 'Attachments': return false;
    case 'FileLeafRef': return file?.name ?? null;
    case 'FileRef': return file ? `${model.rootFolderUrl(l)}/${file.name}` : null;
    case 'FileDirRef': return model.rootFolderUrl(l);
    case 'FSObjType': return 0;
    // SharePoint returns File_x0020_Size as a string (it is a lookup onto the file's size): a guess worth knowing.
    case 'File_x0020_Size': return file ? String(file.content.length) : null;
    case 'UniqueId': return file?.uniqueId ?? item.guid;
    default: return null;
  }
}

export function fieldValue(model: { rootFolderUrl(l: ListRec): string }, l: ListRec, item: ItemRec, f: FieldDef): unknown {
  if (isSystemColumn(f)) return systemValue(model, l, item, f.internalName);
  // `?.`: an item whose stored values are missing reads as one with every column empty.
  const v = item.values?.[f.internalName];
  return v === undefined ? null : v;
}

/** Names this column answers to in $select/$filter: `Title`, `OwnerId`, `Owner/Title`… */
export function columnFor(l: ListRec, name: string): { field: FieldDef; sub?: string } | undefined {
  const find = (n: string): FieldDef | undefined =>
    l.fields.find((f) => entityPropertyName(f.internalName) === n || f.internalName === n) ??
    l.fields.find((f) => f.internalName.toLowerCase() === n.toLowerCase() || entityPropertyName(f.internalName).toLowerCase() === n.toLowerCase());
  if (name === 'Id') return { field: find('ID')! };
  const slash = name.indexOf('/');
  if (slash > 0) {
    const f = find(name.slice(0, slash));
    return f && isIdColumn(f) ? { field: f, sub: name.slice(slash + 1) } : undefined;
  }
  const direct = find(name);
  if (direct) return { field: direct };
  const idMatch = /^(.*)(String)?Id$/.exec(name);
  if (idMatch) {
    const f = find(idMatch[1].replace(/String$/, ''));
    if (f && isIdColumn(f)) return { field: f, sub: 'Id' };
  }
  return undefined;
}

export type UserLookup = (id: number) => { Title: string; EMail: string; Name: string } | undefined;

/** A Resolver for $filter/$orderby on one item. */
export function itemResolver(model: { rootFolderUrl(l: ListRec): string }, l: ListRec, item: ItemRec, userOf: UserLookup): (name: string) => Typed {
  return (name: string): Typed => {
    const col = columnFor(l, name);
    if (!col) throw errors.columnInQuery(name);
    const raw = fieldValue(model, l, item, col.field);
    if (col.sub && col.sub.toLowerCase() !== 'id') {
      const ids = Array.isArray(raw) ? raw : raw === null ? [] : [raw];
      const vals = ids.map((id) => {
        const u = userOf(Number(id)) as Record<string, unknown> | undefined;
        const key = u && Object.keys(u).find((k) => k.toLowerCase() === col.sub!.toLowerCase());
        return key ? u![key] : null;
      });
      return { value: Array.isArray(raw) ? vals : vals[0] ?? null, kind: Array.isArray(raw) ? 'multi' : 'string' };
    }
    if (col.field.internalName === 'File_x0020_Size') return { value: raw === null ? null : Number(raw), kind: 'number' };
    return { value: raw, kind: isIdColumn(col.field) ? (col.field.multi ? 'multi' : 'number') : valueKind(col.field) };
  };
}

function coerce(f: FieldDef, prop: string, v: unknown): unknown {
  if (v === null) return null;
  if (f.multi || f.typeKind === 15) {
    if (!Array.isArray(v)) throw errors.badValue(f.typeKind === 15 ? 'Collection(Edm.String)' : 'Collection(Edm.Int32)');
    return f.typeKind === 15 ? v.map(String) : v.map((x) => coerce({ ...f, multi: false }, prop, x));
  }
  if (isIdColumn(f)) {
    const n = Number(v);
    if (!Number.isInteger(n)) throw errors.badValue('Edm.Int32');
    return n;
  }
  switch (valueKind(f)) {
    case 'number': {
      const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
      if (typeof n !== 'number' || Number.isNaN(n)) throw errors.badValue('Edm.Double');
      return n;
    }
    case 'bool':
      if (typeof v === 'boolean') return v;
      if (v === 0 || v === 1) return v === 1;
      if (typeof v === 'string' && /^(true|false)$/i.test(v)) return /^true$/i.test(v);
      throw errors.badValue('Edm.Boolean');
    case 'datetime': {
      const t = typeof v === 'string' ? Date.parse(v) : NaN;
      if (Number.isNaN(t)) throw errors.badValue('Edm.DateTime');
      return spDate(new Date(t).toISOString());
    }
    default:
      if (f.typeKind === 11) {
        if (typeof v !== 'object') throw errors.badValue('SP.FieldUrlValue');
        const o = v as Record<string, unknown>;
        return { Description: o.Description ?? null, Url: o.Url ?? null };
      }
      if (typeof v === 'object') throw errors.badValue('Edm.String');
      return String(v);
  }
}

/**
 * Turns an add/update body into column values. Unknown properties fail as in SharePoint;
 * read-only built-in columns (ID, Created, AuthorId…) are ignored (SPO's exact reaction varies).
 */
export function valuesFromBody(l: ListRec, body: Record<string, unknown>, typeName: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(body)) {
    const col = columnFor(l, k);
    const prop = col && entityPropertyName(col.field.internalName);
    const exact = col && (col.sub ? k === `${prop}Id` || k === `${prop}StringId` : k === prop || (k === 'Id' && prop === 'ID'));
    if (!col || !exact) throw errors.unknownProperty(k, typeName);
    const f = col.field;
    if (isSystemColumn(f) || f.readOnly) {
      if (f.internalName === 'FileLeafRef' && typeof v === 'string') out.FileLeafRef = v;
      continue;
    }
    if (isIdColumn(f) !== !!col.sub) throw errors.unknownProperty(k, typeName);
    if (/StringId$/.test(k)) continue; // the numeric <Name>Id carries the value
    out[f.internalName] = coerce(f, k, v);
    checkTextLength(f, out[f.internalName]);
  }
  return out;
}

/**
 * A single line of text column (FieldTypeKind 2) holds at most its MaxLength characters, which
 * "must be equal to or less than 255" (FieldText.MaxLength,
 * https://learn.microsoft.com/previous-versions/office/developer/sharepoint-2010/ee541910(v=office.14)).
 * A longer value on add or update is refused as SharePoint refuses it (errors.textTooLong).
 * Characters are UTF-16 code units, as .NET's string length counts them.
 */
function checkTextLength(f: FieldDef, v: unknown): void {
  if (f.typeKind !== 2 || typeof v !== 'string') return;
  const max = Math.min(255, f.maxLength ?? 255);
  if (v.length > max) throw errors.textTooLong();
}
