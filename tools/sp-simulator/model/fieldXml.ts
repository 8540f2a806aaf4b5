/**
 * Reads the `<Field …/>` schema XML that `fields/createfieldasxml` receives.
 *
 * Internal name rule (SharePoint's, widely reported: pnp/PnP#940, sp-dev-docs#3286,
 * pnp/pnpcore#1317): unless Options includes AddFieldInternalNameHint (8), SharePoint derives
 * the internal name from DisplayName and ignores Name/StaticName. With the hint, Name wins.
 */
import { errors } from '../errors';
import { FieldDef } from '../types';
import { internalNameFrom, newField, XML_TYPES } from './fieldTypes';

export const ADD_FIELD_INTERNAL_NAME_HINT = 8;

function decodeEntities(s: string): string {
  return s
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCharCode(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/&amp;/g, '&');
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(tag)) !== null) out[m[1].toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? '');
  return out;
}

const isTrue = (v: string | undefined): boolean => /^true$/i.test(v ?? '');

/** Turns Field XML into a field definition; `options` is XmlSchemaFieldCreationInformation.Options. */
export function fieldFromXml(xml: string, options = 0): FieldDef {
  const open = /<Field\b([^>]*?)(\/?)>/i.exec(xml);
  if (!open) throw errors.badQuery('The schema XML is not a valid Field element.');
  const a = attributes(open[1]);
  const typeName = (a.type ?? '').toLowerCase();
  const type = XML_TYPES[typeName];
  if (!type) throw errors.badQuery(`Field type ${a.type ?? '(none)'} is not installed properly. Go to the list settings page to delete this field.`);
  const name = a.name ?? a.staticname;
  const title = a.displayname ?? name;
  if (!title) throw errors.badQuery('The Field element needs a DisplayName or a Name.');
  const useName = (options & ADD_FIELD_INTERNAL_NAME_HINT) !== 0 || !a.displayname;
  const internalName = useName && name ? name : internalNameFrom(title);
  const choices: string[] = [];
  const choiceRe = /<CHOICE>([\s\S]*?)<\/CHOICE>/gi;
  for (let m = choiceRe.exec(xml); m !== null; m = choiceRe.exec(xml)) choices.push(decodeEntities(m[1]));
  const dflt = /<Default>([\s\S]*?)<\/Default>/i.exec(xml);
  const extra: Record<string, unknown> = {};
  if (a.richtext !== undefined) extra.RichText = isTrue(a.richtext);
  if (a.numlines !== undefined) extra.NumberOfLines = Number(a.numlines);
  // Format means DateOnly/DateTime on a DateTime column (SP.DateTimeFieldFormatType: DateOnly 0,
  // DateTime 1; without Format the column shows date and time) and Dropdown/RadioButtons on a
  // Choice column (EditFormat). A date-only column is stored in the site's time zone (siteTime.ts).
  if (a.format !== undefined && type.kind === 4) extra.DisplayFormat = /^dateonly$/i.test(a.format) ? 0 : 1;
  if (a.format !== undefined && (type.kind === 6 || type.kind === 15)) extra.EditFormat = /^radiobuttons$/i.test(a.format) ? 1 : 0;
  if (a.list !== undefined) extra.LookupList = a.list;
  if (a.showfield !== undefined) extra.LookupField = a.showfield;
  return newField({
    id: a.id ? a.id.replace(/[{}]/g, '').toLowerCase() : undefined,
    internalName,
    staticName: internalName,
    title,
    typeKind: type.kind,
    typeAsString: a.type,
    multi: type.multi || isTrue(a.mult),
    required: isTrue(a.required),
    indexed: isTrue(a.indexed),
    hidden: isTrue(a.hidden),
    // EnforceUniqueValues="TRUE" needs Indexed="TRUE" too (checked in handlers/fields.ts).
    enforceUniqueValues: isTrue(a.enforceuniquevalues),
    description: a.description ?? '',
    group: a.group ?? 'Custom Columns',
    defaultValue: dflt ? decodeEntities(dflt[1]) : null,
    choices: choices.length ? choices : type.kind === 6 || type.kind === 15 ? [] : undefined,
    maxLength: a.maxlength !== undefined ? Number(a.maxlength) : type.kind === 2 ? 255 : undefined,
    schemaXml: xml,
    extra,
  } as Parameters<typeof newField>[0]);
}
