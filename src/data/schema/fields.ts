/**
 * Columns as data, and their SharePoint Field XML. Field XML (sent with createFieldAsXml) is the
 * one way to give a list column a stable internal name and ID from code: the fields.add* helpers
 * derive the internal name from the display name.
 */

/** The SharePoint field types the suite uses. */
export type FieldType = 'Text' | 'Note' | 'Number' | 'Boolean' | 'DateTime' | 'Choice';

/** One column of a NIMM list. */
export interface FieldDef {
  /** Internal (and static) name: what queries and item JSON use. Never changes once shipped. */
  name: string;
  /** The field's GUID, fixed so that every site has the same column. */
  id: string;
  /** The column heading people see in SharePoint. */
  displayName: string;
  type: FieldType;
  /** Indexed so that queries filtering on it keep working past 5,000 items. */
  indexed?: boolean;
  /**
   * SharePoint refuses two items with the same value (EnforceUniqueValues; it needs `indexed`).
   * Not written in the Field XML: it is turned on after existing items have been given values.
   */
  unique?: boolean;
  /** Allowed values of a Choice column: its enum's options (choices.ts), never a copy. */
  choices?: readonly string[];
  /** Default value of a Choice or Boolean column. */
  defaultValue?: string;
  /** DateTime columns: a calendar date only. */
  dateOnly?: boolean;
  /** Note columns that hold JSON: kept out of the default view, where they would be noise. */
  json?: boolean;
  description?: string;
}

/** SPAddFieldOptions.AddFieldInternalNameHint: use Name as the internal name, not DisplayName. */
export const ADD_FIELD_INTERNAL_NAME_HINT = 8;
/** SPAddFieldOptions.AddFieldToDefaultView. */
export const ADD_FIELD_TO_DEFAULT_VIEW = 16;

function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** The Field XML for a column, as createFieldAsXml expects it. */
export function fieldXml(field: FieldDef, options: { inLibrary?: boolean } = {}): string {
  const attributes: [string, string][] = [
    ['Type', field.type],
    ['ID', `{${field.id}}`],
    ['Name', field.name],
    ['StaticName', field.name],
    ['DisplayName', field.displayName],
    ['Required', 'FALSE']
  ];
  if (field.description) attributes.push(['Description', field.description]);
  if (field.indexed) attributes.push(['Indexed', 'TRUE']);
  if (field.type === 'Text') attributes.push(['MaxLength', '255']);
  if (field.type === 'Number') attributes.push(['Decimals', '0']);
  if (field.type === 'DateTime') attributes.push(['Format', field.dateOnly ? 'DateOnly' : 'DateTime']);
  if (field.type === 'Choice') attributes.push(['Format', 'Dropdown'], ['FillInChoice', 'FALSE']);
  if (field.type === 'Note') {
    attributes.push(['NumLines', '6'], ['RichText', 'FALSE'], ['RichTextMode', 'Compatible'], ['AppendOnly', 'FALSE']);
    // In a document library a Note column is cut at 255 characters unless this is set.
    if (options.inLibrary) attributes.push(['UnlimitedLengthInDocumentLibrary', 'TRUE']);
  }
  const open = `<Field ${attributes.map(([k, v]) => `${k}="${escapeXml(v)}"`).join(' ')}`;
  const children: string[] = [];
  if (field.defaultValue !== undefined) children.push(`<Default>${escapeXml(field.defaultValue)}</Default>`);
  if (field.choices) {
    children.push(`<CHOICES>${field.choices.map((c) => `<CHOICE>${escapeXml(c)}</CHOICE>`).join('')}</CHOICES>`);
  }
  return children.length > 0 ? `${open}>${children.join('')}</Field>` : `${open} />`;
}

/** The createFieldAsXml Options value for a column: keep our internal name; show plain columns. */
export function addFieldOptions(field: FieldDef): number {
  return field.json ? ADD_FIELD_INTERNAL_NAME_HINT : ADD_FIELD_INTERNAL_NAME_HINT | ADD_FIELD_TO_DEFAULT_VIEW;
}
