/**
 * Columns that enforce unique values (SP.Field.EnforceUniqueValues).
 *
 * What SharePoint does, and where it says so:
 * - The column must be indexed first ("When you set this property to true, you should also set
 *   the Indexed property to true": Field.EnforceUniqueValues, learn.microsoft.com
 *   previous-versions/office/sharepoint-csom/ee543809). Otherwise SharePoint refuses with "The
 *   field must first be indexed to enforce unique values." (wording as reported in
 *   sharepointquicksolutions.blogspot.com/2012/02/setting-unique-constraints-programmatic.html).
 * - Enforcement cannot be turned on while the list holds duplicates: "This field contains
 *   duplicate values. Remove all duplicate values and try the operations again." (same page).
 * - The index of a unique column cannot be removed until uniqueness is turned off (zquad.in
 *   2010/03/unique-column.html, "Unique column Limitations" 1). The wording here is a guess.
 * - Only columns that can be indexed support it: single line of text, choice (single), number,
 *   currency, date/time, lookup and person (single value); not multiple lines of text,
 *   hyperlink, yes/no, multi-choice or multi-value columns ("Enforcing Uniqueness in Column
 *   Values", learn.microsoft.com previous-versions/office/developer/sharepoint-2010/ee536168).
 * - Comparison follows the site's sort order and is case-insensitive: "hello world" and
 *   "Hello World" are duplicates (same page). Accents still count, as in SharePoint's SQL
 *   collation (and as this simulator's $filter already compares text).
 * - Adding or updating an item to a value another item holds fails with HTTP 500,
 *   `-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException`, "The list item could not
 *   be added or updated because duplicate values were found in the following field(s) in the
 *   list: [ATVNumber]." (a PnPjs error captured from SharePoint Online in
 *   nittygritty-uk/Atvero-Issues#135; the same sentence in khamis.net's 2010 post).
 * - Blank values: an empty value is not compared, so several items may leave a unique column
 *   empty. This follows SQL Server's handling of NULL in the index SharePoint builds and what
 *   users report; no Microsoft page states it (educated guess).
 * Status and code for the three refusals of a field change are guesses (SPException, 400).
 */
import { SpError } from '../errors';
import { FieldDef, ItemRec, ListRec } from '../types';
import { isIdColumn } from './fieldTypes';

const FIELD_CHANGE = '-2146232832, Microsoft.SharePoint.SPException';

/** FieldTypeKinds that can be indexed and so can enforce uniqueness (see the list above). */
const UNIQUE_KINDS = new Set([1, 2, 4, 6, 7, 9, 10, 20]);

function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);
}

/**
 * The value a unique column compares: the instant of a date, the number of a number, lookup or
 * person, and text folded to lower case (accents kept), so "Hello" and "hello" collide.
 */
function uniqueKey(f: FieldDef, v: unknown): string {
  if (f.typeKind === 4) return `d${Date.parse(String(v))}`;
  if (typeof v === 'number' || isIdColumn(f)) return `n${Number(v)}`;
  return `s${String(v).normalize('NFC').toLocaleLowerCase('en-GB')}`;
}

export function duplicateValues(fields: FieldDef[]): SpError {
  // Which name SharePoint puts in the brackets (display or internal) is not certain: the two
  // reports above use names that are both. The display name is an educated guess.
  return new SpError(500, '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
    `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [${fields.map((f) => f.title).join(', ')}].`);
}

/**
 * Refuses an add (`self` undefined) or an update of `self` whose `values` would give a unique
 * column a value another item already holds. Call before anything is stored.
 */
export function assertUniqueValues(l: ListRec, values: Record<string, unknown>, self?: ItemRec): void {
  const clashes = l.fields.filter((f) => {
    if (!f.enforceUniqueValues || !(f.internalName in values)) return false;
    const v = values[f.internalName];
    if (isBlank(v)) return false;
    const key = uniqueKey(f, v);
    for (const other of l.items.values()) {
      if (other === self) continue;
      const w = other.values[f.internalName];
      if (!isBlank(w) && uniqueKey(f, w) === key) return true;
    }
    return false;
  });
  if (clashes.length > 0) throw duplicateValues(clashes);
}

/**
 * Checks a field's new Indexed / EnforceUniqueValues state before it is applied, whether the
 * field is being created (`created`) or changed by MERGE.
 */
export function assertUniqueSettings(l: ListRec, f: FieldDef, next: { indexed: boolean; unique: boolean }, created: boolean): void {
  const turningOn = next.unique && (created || !f.enforceUniqueValues);
  if (next.unique && !next.indexed) {
    if (!turningOn) {
      // Guessed wording: SharePoint's UI says to turn uniqueness off before removing the index.
      throw new SpError(400, FIELD_CHANGE, 'The index of this column cannot be removed because the column enforces unique values. Allow duplicate values first, then remove the index.');
    }
    throw new SpError(400, FIELD_CHANGE, 'The field must first be indexed to enforce unique values.');
  }
  if (!turningOn) return;
  if (!UNIQUE_KINDS.has(f.typeKind) || f.multi || (f.internalName === 'Title' && l.baseTemplate === 101)) {
    // Refused as the column cannot be indexed (ee536168); the wording is a guess.
    throw new SpError(400, FIELD_CHANGE, `The column "${f.title}" cannot enforce unique values because columns of its type cannot be indexed.`);
  }
  if (created) return;
  const seen = new Set<string>();
  for (const item of l.items.values()) {
    const v = item.values[f.internalName];
    if (isBlank(v)) continue;
    const key = uniqueKey(f, v);
    if (seen.has(key)) {
      throw new SpError(400, FIELD_CHANGE, 'This field contains duplicate values. Remove all duplicate values and try the operations again.');
    }
    seen.add(key);
  }
}
