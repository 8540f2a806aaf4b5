/**
 * `lists/…/fields`: read with $filter, add (`fields` verbose POST, `createfieldasxml`,
 * `AddField`), get by internal name/title/id, MERGE update (e.g. `Indexed: true`), delete.
 * Changing fields needs Manage Lists (owners).
 */
import { allow, Ctx, emptyOk, json, noContent, requireManageLists } from '../context';
import { errors } from '../errors';
import { entityPropertyName, internalNameFrom, newField, typeInfo } from '../model/fieldTypes';
import { fieldFromXml } from '../model/fieldXml';
import { assertUniqueSettings } from '../model/uniqueValues';
import { queryEntities } from '../odata/collection';
import { collectionBody, Entity, entityBody } from '../odata/format';
import { firstArg, jsonBody, Segment, SimResponse } from '../request';
import { FieldDef, ListRec } from '../types';

/** Writable SP.Field (and subtype) properties; others are refused as SharePoint does. */
const WRITABLE = new Set([
  'Title', 'Description', 'Indexed', 'Required', 'Hidden', 'EnforceUniqueValues', 'DefaultValue', 'Choices', 'MaxLength',
  'Group', 'ValidationFormula', 'ValidationMessage', 'ReadOnlyField', 'StaticName', 'RichText', 'NumberOfLines',
  'AllowHyperlink', 'AppendOnly', 'RestrictedMode', 'UnlimitedLengthInDocumentLibrary', 'DisplayFormat',
  'DateTimeCalendarType', 'FriendlyDisplayFormat', 'MinimumValue', 'MaximumValue', 'ShowAsPercentage', 'Decimals',
  'CurrencyLocaleId', 'EditFormat', 'FillInChoice', 'SelectionMode', 'SelectionGroup', 'AllowMultipleValues',
  'LookupList', 'LookupField', 'LookupWebId', 'OutputType', 'Formula', 'JSLink', 'CustomFormatter', 'Sortable',
  'Filterable', 'ShowInFiltersPane', 'ClientSideComponentId', 'ClientSideComponentProperties', 'FieldTypeKind',
  'IsCompoundDateTime', 'LookupListId', 'LookupFieldName',
]);

function schemaXml(l: ListRec, f: FieldDef): string {
  if (f.schemaXml) return f.schemaXml;
  const choices = f.choices ? `<CHOICES>${f.choices.map((c) => `<CHOICE>${c}</CHOICE>`).join('')}</CHOICES>` : '';
  return `<Field Type="${f.typeAsString}" DisplayName="${f.title}" Required="${f.required ? 'TRUE' : 'FALSE'}" ` +
    `Indexed="${f.indexed ? 'TRUE' : 'FALSE'}" ${f.enforceUniqueValues ? 'EnforceUniqueValues="TRUE" ' : ''}ID="{${f.id}}" SourceID="{${l.id}}" StaticName="${f.staticName}" Name="${f.internalName}"` +
    (choices ? `>${choices}</Field>` : ' />');
}

export function fieldEntity(ctx: Ctx, l: ListRec, f: FieldDef): Entity {
  const info = typeInfo(f.typeKind);
  const props: Record<string, unknown> = {
    AutoIndexed: false,
    CanBeDeleted: !f.fromBaseType,
    ClientSideComponentId: '00000000-0000-0000-0000-000000000000',
    ClientSideComponentProperties: null,
    CustomFormatter: null,
    DefaultFormula: null,
    DefaultValue: f.defaultValue,
    Description: f.description,
    Direction: 'none',
    EnforceUniqueValues: f.enforceUniqueValues,
    EntityPropertyName: entityPropertyName(f.internalName),
    Filterable: true,
    FromBaseType: f.fromBaseType,
    Group: f.group,
    Hidden: f.hidden,
    Id: f.id,
    Indexed: f.indexed,
    IndexStatus: 0,
    InternalName: f.internalName,
    JSLink: 'clienttemplates.js',
    ReadOnlyField: f.readOnly,
    Required: f.required,
    SchemaXml: schemaXml(l, f),
    Scope: ctx.core.model.rootFolderUrl(l),
    Sealed: f.fromBaseType,
    Sortable: true,
    StaticName: f.staticName,
    Title: f.title,
    FieldTypeKind: f.typeKind,
    TypeAsString: f.typeAsString,
    TypeDisplayName: info.displayName,
    TypeShortDescription: info.displayName,
    ValidationFormula: null,
    ValidationMessage: null,
  };
  if (f.maxLength !== undefined) props.MaxLength = f.maxLength;
  if (f.choices !== undefined) Object.assign(props, { Choices: f.choices, EditFormat: 0, FillInChoice: false, Mappings: null });
  if (f.typeKind === 7 || f.typeKind === 20) props.AllowMultipleValues = !!f.multi;
  Object.assign(props, f.extra);
  return {
    type: info.odataType,
    uri: `${ctx.webUrl}/_api/Web/Lists(guid'${l.id}')/Fields(guid'${f.id}')`,
    editLink: `Web/Lists(guid'${l.id}')/Fields(guid'${f.id}')`,
    props,
  };
}

function fieldResponse(ctx: Ctx, l: ListRec, f: FieldDef, status = 200): SimResponse {
  return json(ctx, entityBody(ctx.webUrl, 'SP.ApiData.Fields/@Element', fieldEntity(ctx, l, f), ctx.query.projection, ctx.fmt), status);
}

/** Builds a field from SP.Field / SP.FieldCreationInformation properties. */
function fieldFromProps(p: Record<string, unknown>): FieldDef {
  const title = p.Title;
  if (typeof title !== 'string' || title.trim() === '') throw errors.badQuery('The field title cannot be empty.');
  const kind = Number(p.FieldTypeKind);
  if (!Number.isInteger(kind) || kind <= 0) throw errors.badValue('SP.FieldType');
  const extra: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(p)) {
    if (!WRITABLE.has(k)) throw errors.unknownProperty(k, typeInfo(kind).odataType);
    if (!['Title', 'FieldTypeKind', 'Description', 'Indexed', 'Required', 'Hidden', 'EnforceUniqueValues', 'DefaultValue', 'Choices', 'MaxLength', 'Group', 'AllowMultipleValues'].includes(k)) extra[k] = v;
  }
  const internalName = internalNameFrom(title);
  return newField({
    internalName,
    title,
    typeKind: kind,
    multi: p.AllowMultipleValues === true || undefined,
    description: typeof p.Description === 'string' ? p.Description : undefined,
    indexed: p.Indexed === true,
    required: p.Required === true,
    hidden: p.Hidden === true,
    enforceUniqueValues: p.EnforceUniqueValues === true,
    defaultValue: typeof p.DefaultValue === 'string' ? p.DefaultValue : undefined,
    choices: Array.isArray(p.Choices) ? p.Choices.map(String) : kind === 6 || kind === 15 ? [] : undefined,
    maxLength: typeof p.MaxLength === 'number' ? p.MaxLength : kind === 2 ? 255 : undefined,
    group: typeof p.Group === 'string' ? p.Group : undefined,
    extra,
  });
}

function parameters(ctx: Ctx): Record<string, unknown> {
  const body = jsonBody(ctx.req);
  const p = body.parameters;
  if (!p || typeof p !== 'object' || Array.isArray(p)) throw errors.badQuery("The parameter 'parameters' is missing or invalid.");
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(p as Record<string, unknown>)) {
    if (k === '__metadata') continue;
    out[k] = v && typeof v === 'object' && Array.isArray((v as { results?: unknown }).results) ? (v as { results: unknown[] }).results : v;
  }
  return out;
}

function addField(ctx: Ctx, l: ListRec, f: FieldDef): SimResponse {
  // A new column enforcing unique values must be created indexed (see model/uniqueValues.ts).
  if (f.enforceUniqueValues) assertUniqueSettings(l, f, { indexed: f.indexed, unique: true }, true);
  ctx.core.model.addField(l, f);
  ctx.core.changed();
  return fieldResponse(ctx, l, f, 201);
}

function updateField(ctx: Ctx, l: ListRec, f: FieldDef): SimResponse {
  requireManageLists(ctx);
  const body = jsonBody(ctx.req);
  // Uniqueness and the index are checked together, before anything changes, so that one MERGE
  // may index a column and make it unique (see model/uniqueValues.ts for SharePoint's rules).
  if ('Indexed' in body || 'EnforceUniqueValues' in body) {
    const next = {
      indexed: 'Indexed' in body ? body.Indexed === true : f.indexed,
      unique: 'EnforceUniqueValues' in body ? body.EnforceUniqueValues === true : f.enforceUniqueValues,
    };
    if (next.unique) assertUniqueSettings(l, f, next, false);
  }
  for (const [k, v] of Object.entries(body)) {
    if (!WRITABLE.has(k)) throw errors.unknownProperty(k, typeInfo(f.typeKind).odataType);
    switch (k) {
      case 'Title': f.title = String(v); break;
      case 'Description': f.description = String(v ?? ''); break;
      case 'Indexed': f.indexed = v === true; break;
      case 'Required': f.required = v === true; break;
      case 'Hidden': f.hidden = v === true; break;
      case 'EnforceUniqueValues': f.enforceUniqueValues = v === true; break;
      case 'DefaultValue': f.defaultValue = v === null ? null : String(v); break;
      case 'Choices': f.choices = Array.isArray(v) ? v.map(String) : f.choices; break;
      case 'MaxLength': f.maxLength = Number(v); break;
      case 'Group': f.group = String(v); break;
      case 'FieldTypeKind': if (Number(v) !== f.typeKind) throw errors.badQuery('The field type cannot be changed here.'); break;
      default: f.extra[k] = v;
    }
  }
  // A stored schema would now be stale; SharePoint regenerates it from the properties.
  f.schemaXml = undefined;
  l.version++;
  ctx.core.changed();
  return noContent();
}

function routeField(ctx: Ctx, l: ListRec, f: FieldDef | undefined, name: string, rest: Segment[]): SimResponse {
  if (!f) throw errors.fieldNotFound(name);
  if (rest.length > 0) throw errors.invalidExpression(rest.map((s) => s.text).join('/'));
  allow(ctx, 'SP.Field', 'GET', 'MERGE', 'PATCH', 'DELETE');
  if (ctx.method === 'GET') return fieldResponse(ctx, l, f);
  if (ctx.method === 'DELETE') {
    requireManageLists(ctx);
    if (f.fromBaseType) throw errors.badQuery('You cannot delete a field that is part of the list template.');
    l.fields = l.fields.filter((x) => x !== f);
    l.version++;
    ctx.core.changed();
    return emptyOk();
  }
  return updateField(ctx, l, f);
}

export function routeFields(ctx: Ctx, l: ListRec, seg: Segment, rest: Segment[]): SimResponse {
  const byId = (id: string): FieldDef | undefined => l.fields.find((f) => f.id === id.replace(/[{}]/g, '').toLowerCase());
  if (seg.args.length > 0) return routeField(ctx, l, byId(firstArg(seg)), firstArg(seg), rest);
  if (rest.length === 0) {
    allow(ctx, 'SP.FieldCollection', 'GET', 'POST');
    if (ctx.method === 'POST') {
      requireManageLists(ctx);
      return addField(ctx, l, fieldFromProps(jsonBody(ctx.req)));
    }
    const rows = queryEntities(l.fields.map((f) => fieldEntity(ctx, l, f)), ctx.query);
    return json(ctx, collectionBody(ctx.webUrl, 'SP.ApiData.Fields', rows, ctx.query.projection, ctx.fmt));
  }
  const [s, ...more] = rest;
  switch (s.lower) {
    case 'getbyinternalnameortitle': return routeField(ctx, l, ctx.core.model.field(l, firstArg(s)), firstArg(s), more);
    case 'getbytitle': {
      const t = firstArg(s).toLowerCase();
      return routeField(ctx, l, l.fields.find((f) => f.title.toLowerCase() === t), firstArg(s), more);
    }
    case 'getbyid': return routeField(ctx, l, byId(firstArg(s)), firstArg(s), more);
    case 'createfieldasxml': {
      allow(ctx, 'SP.FieldCollection', 'POST');
      requireManageLists(ctx);
      const p = parameters(ctx);
      if (typeof p.SchemaXml !== 'string') throw errors.badQuery("The parameter 'SchemaXml' is missing.");
      return addField(ctx, l, fieldFromXml(p.SchemaXml, Number(p.Options ?? 0)));
    }
    case 'addfield': {
      allow(ctx, 'SP.FieldCollection', 'POST');
      requireManageLists(ctx);
      const p = parameters(ctx);
      const f = fieldFromProps(p);
      if (typeof p.LookupListId === 'string') f.extra.LookupList = `{${p.LookupListId.replace(/[{}]/g, '')}}`;
      if (typeof p.LookupFieldName === 'string') f.extra.LookupField = p.LookupFieldName;
      delete f.extra.LookupListId;
      delete f.extra.LookupFieldName;
      return addField(ctx, l, f);
    }
    default:
      throw errors.invalidExpression(`fields/${rest.map((x) => x.text).join('/')}`);
  }
}
