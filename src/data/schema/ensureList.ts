/** Brings one list in line with its definition, writing only what is missing. */
import { DataStrings, formatString } from '../../loc/strings';
import { StoreError } from '../errors';
// Loads the PnPjs features (lists, fields) this module relies on.
import '../sp/pnp';
import type { SPFI } from '../sp/pnp';
import { addFieldOptions, fieldXml, type FieldDef } from './fields';
import type { ListDef } from './lists';
import type { ExistingList } from './ensureSchema';

interface ExistingField {
  InternalName: string;
  Indexed: boolean;
  TypeAsString: string;
  /** The column's definition, read for a Choice column's choices (SchemaXml is on every field type). */
  SchemaXml?: string;
}

function libraryOrList(template: number): string {
  return template === 101 ? DataStrings.SetUp.KindLibrary : DataStrings.SetUp.KindList;
}

async function readFields(sp: SPFI, title: string): Promise<Map<string, ExistingField>> {
  const fields: ExistingField[] = await sp.web.lists.getByTitle(title).fields.select('InternalName', 'Indexed', 'TypeAsString', 'SchemaXml')();
  return new Map(fields.map((f) => [f.InternalName, f]));
}

function decodeXml(value: string): string {
  return value.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** The choices in a Choice column's Field XML, in order. */
export function choicesInSchemaXml(xml: string): string[] {
  const choices: string[] = [];
  const pattern = /<CHOICE>([\s\S]*?)<\/CHOICE>/gi;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(xml)) !== null) choices.push(decodeXml(match[1]));
  return choices;
}

function checkType(list: ListDef, def: FieldDef, found: ExistingField): void {
  if (found.TypeAsString && found.TypeAsString !== def.type) {
    throw new StoreError('invalid-data', formatString(DataStrings.SetUp.WrongColumnType, list.title, def.name, found.TypeAsString, def.type), { list: list.title });
  }
}

/**
 * Creates the list if it is missing, then adds missing columns, indexes and versioning.
 * Returns one sentence per change; an empty array means nothing was written.
 */
export async function ensureList(sp: SPFI, list: ListDef, existing: ExistingList | null): Promise<string[]> {
  const words = DataStrings.SetUp;
  const changes: string[] = [];
  if (existing === null) {
    await sp.web.lists.add(list.title, list.description, list.template, false, { EnableVersioning: list.versioning });
    changes.push(formatString(words.Created, libraryOrList(list.template), list.title));
  } else {
    if (existing.BaseTemplate !== list.template) {
      throw new StoreError('invalid-data', formatString(words.WrongKind, list.title, libraryOrList(existing.BaseTemplate), libraryOrList(list.template)), { list: list.title });
    }
    if (list.versioning && !existing.EnableVersioning) {
      await sp.web.lists.getByTitle(list.title).update({ EnableVersioning: true });
      changes.push(formatString(words.VersioningOn, list.title));
    }
  }

  const handle = sp.web.lists.getByTitle(list.title);
  let fields = await readFields(sp, list.title);
  const missing = list.fields.filter((f) => !fields.has(f.name));
  for (const def of list.fields) {
    const found = fields.get(def.name);
    if (found) checkType(list, def, found);
  }
  for (const def of missing) {
    await handle.fields.createFieldAsXml({ SchemaXml: fieldXml(def, { inLibrary: list.template === 101 }), Options: addFieldOptions(def) });
  }
  if (missing.length > 0) {
    const names = missing.map((f) => f.displayName).join(DataStrings.Common.ListSeparator);
    changes.push(missing.length === 1 ? formatString(words.AddedColumn, list.title, names) : formatString(words.AddedColumns, missing.length, list.title, names));
    // Read again: whether Indexed="TRUE" in Field XML took effect is checked, not assumed.
    fields = await readFields(sp, list.title);
  }

  // A value added to a Choice column's enum after a site was set up: added after the column's
  // own choices (a value someone added by hand stays; none is ever taken away).
  for (const def of list.fields) {
    const found = fields.get(def.name);
    if (!def.choices || !found || found.SchemaXml === undefined) continue;
    const have = choicesInSchemaXml(found.SchemaXml);
    const lacking = def.choices.filter((c) => have.indexOf(c) < 0);
    if (lacking.length === 0) continue;
    await handle.fields.getByInternalNameOrTitle(def.name).update({ Choices: [...have, ...lacking] }, 'SP.FieldChoice');
    const values = lacking.map((c) => formatString(DataStrings.Common.Quoted, c)).join(DataStrings.Common.ListSeparator);
    changes.push(formatString(lacking.length === 1 ? words.AddedChoice : words.AddedChoices, values, def.displayName, list.title));
  }

  const unindexed = list.fields.filter((f) => f.indexed && fields.get(f.name)?.Indexed !== true);
  for (const def of unindexed) {
    // The second argument is only a type hint that spares PnPjs a GET; v4 sends no __metadata.
    await handle.fields.getByInternalNameOrTitle(def.name).update({ Indexed: true }, `SP.Field${def.type}`);
  }
  if (unindexed.length > 0) {
    const names = unindexed.map((f) => formatString(DataStrings.Common.Quoted, f.displayName)).join(DataStrings.Common.ListSeparator);
    changes.push(formatString(words.Indexed, names, list.title));
  }
  return changes;
}
