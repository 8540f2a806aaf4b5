/**
 * SharePoint field types (FieldTypeKind), how each is named and typed on the wire, and the
 * columns every list or library starts with.
 */
import { randomUUID } from 'crypto';
import { FieldDef } from '../types';
import { ValueKind } from '../odata/evaluate';

interface FieldTypeInfo {
  typeAsString: string;
  odataType: string;
  displayName: string;
  value: ValueKind;
}

/** By FieldTypeKind. odata.type names follow PnPjs's FieldTypeClassMapping (fields/types.ts). */
export const FIELD_TYPES: Record<number, FieldTypeInfo> = {
  1: { typeAsString: 'Integer', odataType: 'SP.FieldNumber', displayName: 'Integer', value: 'number' },
  2: { typeAsString: 'Text', odataType: 'SP.FieldText', displayName: 'Single line of text', value: 'string' },
  3: { typeAsString: 'Note', odataType: 'SP.FieldMultiLineText', displayName: 'Multiple lines of text', value: 'string' },
  4: { typeAsString: 'DateTime', odataType: 'SP.FieldDateTime', displayName: 'Date and Time', value: 'datetime' },
  5: { typeAsString: 'Counter', odataType: 'SP.Field', displayName: 'Counter', value: 'number' },
  6: { typeAsString: 'Choice', odataType: 'SP.FieldChoice', displayName: 'Choice', value: 'string' },
  7: { typeAsString: 'Lookup', odataType: 'SP.FieldLookup', displayName: 'Lookup', value: 'number' },
  8: { typeAsString: 'Boolean', odataType: 'SP.Field', displayName: 'Yes/No', value: 'bool' },
  9: { typeAsString: 'Number', odataType: 'SP.FieldNumber', displayName: 'Number', value: 'number' },
  10: { typeAsString: 'Currency', odataType: 'SP.FieldCurrency', displayName: 'Currency', value: 'number' },
  11: { typeAsString: 'URL', odataType: 'SP.FieldUrl', displayName: 'Hyperlink or Picture', value: 'string' },
  12: { typeAsString: 'Computed', odataType: 'SP.FieldComputed', displayName: 'Computed', value: 'string' },
  14: { typeAsString: 'Guid', odataType: 'SP.FieldGuid', displayName: 'Guid', value: 'string' },
  15: { typeAsString: 'MultiChoice', odataType: 'SP.FieldMultiChoice', displayName: 'Choice', value: 'multi' },
  18: { typeAsString: 'File', odataType: 'SP.Field', displayName: 'File', value: 'string' },
  19: { typeAsString: 'Attachments', odataType: 'SP.Field', displayName: 'Attachments', value: 'bool' },
  20: { typeAsString: 'User', odataType: 'SP.FieldUser', displayName: 'Person or Group', value: 'number' },
};

/** Field XML `Type` attribute → FieldTypeKind (+ multi-value). */
export const XML_TYPES: Record<string, { kind: number; multi?: boolean }> = {
  integer: { kind: 1 }, text: { kind: 2 }, note: { kind: 3 }, datetime: { kind: 4 }, counter: { kind: 5 },
  choice: { kind: 6 }, lookup: { kind: 7 }, lookupmulti: { kind: 7, multi: true }, boolean: { kind: 8 },
  number: { kind: 9 }, currency: { kind: 10 }, url: { kind: 11 }, guid: { kind: 14 },
  multichoice: { kind: 15 }, user: { kind: 20 }, usermulti: { kind: 20, multi: true },
};

export function typeInfo(kind: number): FieldTypeInfo {
  return FIELD_TYPES[kind] ?? { typeAsString: 'Text', odataType: 'SP.Field', displayName: 'Field', value: 'string' };
}

/** The value kind a filter or sort sees for a column. */
export function valueKind(f: FieldDef): ValueKind {
  return f.multi ? 'multi' : typeInfo(f.typeKind).value;
}

/** User and lookup columns are written and read as `<Name>Id`. */
export function isIdColumn(f: FieldDef): boolean {
  return f.typeKind === 7 || f.typeKind === 20;
}

/**
 * SharePoint derives an internal name from a display name by escaping every character other
 * than letters and digits as `_xHHHH_` and keeping the first 32 characters.
 */
export function internalNameFrom(title: string): string {
  const escaped = Array.from(title)
    .map((ch) => (/[A-Za-z0-9_]/.test(ch) ? ch : `_x${ch.charCodeAt(0).toString(16).padStart(4, '0')}_`))
    .join('');
  return escaped.slice(0, 32);
}

/** Property name on the wire: internal names starting with `_` get an `OData_` prefix. */
export function entityPropertyName(internalName: string): string {
  return internalName.startsWith('_') ? `OData_${internalName}` : internalName;
}

export function newField(p: Partial<FieldDef> & { internalName: string; title: string; typeKind: number }): FieldDef {
  const given = Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined));
  return {
    id: randomUUID(),
    staticName: p.internalName,
    required: false,
    indexed: false,
    hidden: false,
    readOnly: false,
    fromBaseType: false,
    enforceUniqueValues: false,
    description: '',
    group: 'Custom Columns',
    defaultValue: null,
    typeAsString: typeInfo(p.typeKind).typeAsString,
    extra: {},
    ...given,
  } as FieldDef;
}

function base(id: string, internalName: string, title: string, typeKind: number, more: Partial<FieldDef> = {}): FieldDef {
  return newField({ id, internalName, title, typeKind, fromBaseType: true, group: '_Hidden', ...more });
}

/** The built-in columns (SharePoint's well-known field ids) a new list or library starts with. */
export function baseFields(baseTemplate: number): FieldDef[] {
  const isLibrary = baseTemplate === 101;
  const fields = [
    base('fa564e0f-0c70-4ab9-b863-0177e6ddd247', 'Title', 'Title', 2, { required: !isLibrary, maxLength: 255, group: 'Custom Columns' }),
    base('1d22ea11-1e32-424e-89ab-9fedbadb6ce1', 'ID', 'ID', 5, { readOnly: true, indexed: true }),
    base('03e45e84-1992-4d42-9116-26f756012634', 'ContentTypeId', 'Content Type ID', 12, { hidden: true, readOnly: true }),
    base('8c06beca-0777-48f7-91c7-6da68bc07b69', 'Created', 'Created', 4, { readOnly: true }),
    base('28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f', 'Modified', 'Modified', 4, { readOnly: true }),
    base('1df5e554-ec7e-46a6-901d-d85a3881cb18', 'Author', 'Created By', 20, { readOnly: true }),
    base('d31655d1-1d5b-4511-95a1-7a09e9b75bf2', 'Editor', 'Modified By', 20, { readOnly: true }),
    base('dce8262a-3ae9-45aa-aab4-83bd75fb738a', '_UIVersionString', 'Version', 2, { readOnly: true }),
    base('ae069f25-3ac2-4256-b9c3-15dbc15da0e0', 'GUID', 'GUID', 14, { hidden: true, readOnly: true }),
  ];
  if (!isLibrary) fields.push(base('67df98f4-9dec-48ff-a553-29bece9c5bf4', 'Attachments', 'Attachments', 19, { readOnly: true }));
  if (isLibrary) {
    fields.push(
      base('8553196d-ec8d-4564-9861-3dbe931050c8', 'FileLeafRef', 'Name', 18, { required: true }),
      base('94f89715-e097-4e8b-ba79-ea02aa8b7adb', 'FileRef', 'URL Path', 18, { hidden: true, readOnly: true }),
      base('56605df6-8fa1-47e4-a04c-5b384d59609f', 'FileDirRef', 'Path', 18, { hidden: true, readOnly: true }),
      base('30bb605f-5bae-48fe-b4e3-1f81d9772af9', 'FSObjType', 'Item Type', 7, { hidden: true, readOnly: true }),
      base('8fca95c0-9b7d-456f-8dae-b41ee2728b85', 'File_x0020_Size', 'File Size', 7, { hidden: true, readOnly: true }),
      base('4b7403de-8d94-43e8-9f0f-137a3e298126', 'UniqueId', 'Unique Id', 7, { hidden: true, readOnly: true })
    );
  }
  return fields;
}
