/**
 * One response per (assessment, capability), enforced by SharePoint: the response key column
 * ("<assessment id>/<capability key>") gets EnforceUniqueValues, so a second item for the same
 * pair is refused whoever sends it and however close together (see store/saveResponse.ts).
 *
 * SharePoint will not turn enforcement on while two items share a value, so on a site set up by
 * an earlier version every response is first given its key: the oldest item of a pair gets the
 * key itself, any later duplicate gets "<key>#<item id>" (they are merged on read, and removed
 * when the capability is next saved). Safe to repeat: once enforcement is on, this only reads.
 */
import { RawItem } from '../mappers/common';
import { responseKey } from '../mappers/response';
import { MAX_BATCH } from '../publish/writeBatched';
import { MAX_PAGE, readAll, type SPFI } from '../sp/pnp';
import { F, LISTS } from './names';

interface KeyField {
  EnforceUniqueValues?: boolean;
}

/** The key each response item should have, for those that lack it. */
function missingKeys(items: RawItem[]): { id: number; key: string }[] {
  const seen = new Set<string>();
  const missing: { id: number; key: string }[] = [];
  for (const item of items.slice().sort((a, b) => Number(a.Id) - Number(b.Id))) {
    const assessmentId = Number(item[F.assessmentId]);
    const capability = item[F.capabilityKey];
    // An item too damaged to tie to a capability keeps an id-based key, unique by construction.
    const base = Number.isInteger(assessmentId) && typeof capability === 'string' && capability !== '' ? responseKey(assessmentId, capability) : `#${String(item.Id)}`;
    const key = seen.has(base) ? `${base}#${String(item.Id)}` : base;
    seen.add(base);
    if (item[F.responseKey] !== key) missing.push({ id: Number(item.Id), key });
  }
  return missing;
}

/** Gives every response its key, then turns on SharePoint's unique-value check. Returns the changes made. */
export async function ensureResponseKeys(sp: SPFI): Promise<string[]> {
  const list = sp.web.lists.getByTitle(LISTS.responses);
  const field: KeyField = await list.fields.getByInternalNameOrTitle(F.responseKey).select('EnforceUniqueValues')();
  if (field.EnforceUniqueValues === true) return [];

  const changes: string[] = [];
  // No filter: paging by id reads a list of any size without meeting the list view threshold.
  const items = await readAll<RawItem>(sp, list.items.select('Id', F.assessmentId, F.capabilityKey, F.responseKey).orderBy('Id', true).top(MAX_PAGE));
  const missing = missingKeys(items);
  for (let start = 0; start < missing.length; start += MAX_BATCH) {
    const [batched, execute] = sp.batched({ maxRequests: MAX_BATCH });
    const target = batched.web.lists.getByTitle(LISTS.responses);
    const writes = missing.slice(start, start + MAX_BATCH).map((m) => target.items.getById(m.id).update({ [F.responseKey]: m.key }));
    const settled = Promise.all(writes);
    settled.catch(() => undefined);
    await execute();
    await settled;
  }
  if (missing.length > 0) changes.push(`Gave ${missing.length === 1 ? '1 response its' : `${missing.length} responses their`} key in "${LISTS.responses}"`);

  // The second argument is only a type hint that spares PnPjs a GET; v4 sends no __metadata.
  await list.fields.getByInternalNameOrTitle(F.responseKey).update({ EnforceUniqueValues: true }, 'SP.FieldText');
  changes.push(`Made "${LISTS.responses}" refuse a second response for the same capability (unique "Response key")`);
  return changes;
}
