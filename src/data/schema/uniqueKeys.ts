/**
 * A key column whose uniqueness SharePoint enforces (EnforceUniqueValues), so one item per
 * thing exists whoever writes and however close together. SharePoint will not turn enforcement
 * on while two items share a value, so items without the right key are given it first: the
 * oldest item of a thing gets the key itself, a later duplicate "<key>#<item id>" (the store
 * shows duplicates merged, or ignores them, and reports them), and an item too damaged to tie to
 * a thing "#<item id>", unique by construction. Safe to repeat: once enforcement is on, this only
 * reads; a rule someone turned off by hand is put back.
 */
import { formatString } from '../../loc/strings';
import { RawItem } from '../mappers/common';
import { MAX_BATCH } from '../publish/writeBatched';
import { MAX_PAGE, readAll, type SPFI } from '../sp/pnp';

/** What one list's unique key is and how it is worked out. */
export interface UniqueKeySpec {
  list: string;
  keyColumn: string;
  /** The columns `keyOf` reads. */
  columns: string[];
  /** The key an item should have, or null when the item cannot be tied to anything. */
  keyOf: (item: RawItem) => string | null;
  /**
   * The change reported when items were given their key: `one` with the list title as {0}, `many`
   * with how many as {0} and the list title as {1} (DataStrings.SetUp).
   */
  keysGiven: { one: string; many: string };
  /** The change reported once enforcement is on. */
  enforcedChange: string;
}

/** The key each item should have, for those that lack it. */
function missingKeys(spec: UniqueKeySpec, items: RawItem[]): { id: number; key: string }[] {
  const seen = new Set<string>();
  const missing: { id: number; key: string }[] = [];
  for (const item of items.slice().sort((a, b) => Number(a.Id) - Number(b.Id))) {
    const base = spec.keyOf(item) ?? `#${String(item.Id)}`;
    const key = seen.has(base) ? `${base}#${String(item.Id)}` : base;
    seen.add(base);
    if (item[spec.keyColumn] !== key) missing.push({ id: Number(item.Id), key });
  }
  return missing;
}

/** Gives every item its key, then turns on SharePoint's unique-value check. Returns the changes made. */
export async function ensureUniqueKeys(sp: SPFI, spec: UniqueKeySpec): Promise<string[]> {
  const list = sp.web.lists.getByTitle(spec.list);
  const field: { EnforceUniqueValues?: boolean } = await list.fields.getByInternalNameOrTitle(spec.keyColumn).select('EnforceUniqueValues')();
  if (field.EnforceUniqueValues === true) return [];

  const changes: string[] = [];
  // No filter: paging by id reads a list of any size without meeting the list view threshold.
  const items = await readAll<RawItem>(sp, list.items.select('Id', ...spec.columns, spec.keyColumn).orderBy('Id', true).top(MAX_PAGE));
  const missing = missingKeys(spec, items);
  for (let start = 0; start < missing.length; start += MAX_BATCH) {
    const [batched, execute] = sp.batched({ maxRequests: MAX_BATCH });
    const target = batched.web.lists.getByTitle(spec.list);
    const writes = missing.slice(start, start + MAX_BATCH).map((m) => target.items.getById(m.id).update({ [spec.keyColumn]: m.key }));
    const settled = Promise.all(writes);
    settled.catch(() => undefined);
    await execute();
    await settled;
  }
  if (missing.length > 0) changes.push(missing.length === 1 ? formatString(spec.keysGiven.one, spec.list) : formatString(spec.keysGiven.many, missing.length, spec.list));

  // The second argument is only a type hint that spares PnPjs a GET; v4 sends no __metadata.
  await list.fields.getByInternalNameOrTitle(spec.keyColumn).update({ EnforceUniqueValues: true }, 'SP.FieldText');
  changes.push(spec.enforcedChange);
  return changes;
}
