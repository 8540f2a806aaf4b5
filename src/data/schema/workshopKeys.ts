/**
 * One workshop item per (assessment, capability, participant), enforced by SharePoint: the
 * "Workshop key" column ("<assessment id>/<capability key>/<login>") gets EnforceUniqueValues, so
 * two saves by the same person at the same moment (two tabs, a double click) cannot leave two
 * items: the second add is refused and that save updates the first item instead
 * (store/workshop.ts).
 *
 * The list is new in schema version 4 and has no items when set-up creates it, so enforcement is
 * simply turned on. It is still checked on every set-up run, as the response key is
 * (responseKeys.ts), so that a rule someone turned off by hand is put back; if items were made
 * meanwhile, each is first given its key (a later item of the same participant gets
 * "<key>#<item id>", which the store ignores and reports), because SharePoint will not turn the
 * rule on while two items share a value. Once enforcement is on, this only reads.
 */
import { RawItem } from '../mappers/common';
import { workshopKey } from '../mappers/workshopScore';
import { MAX_BATCH } from '../publish/writeBatched';
import { MAX_PAGE, readAll, type SPFI } from '../sp/pnp';
import { F, LISTS } from './names';

/** The key each workshop item should have, for those that lack it. */
function missingKeys(items: RawItem[]): { id: number; key: string }[] {
  const seen = new Set<string>();
  const missing: { id: number; key: string }[] = [];
  for (const item of items.slice().sort((a, b) => Number(a.Id) - Number(b.Id))) {
    const assessmentId = Number(item[F.assessmentId]);
    const capability = item[F.capabilityKey];
    const login = item[F.participantLogin];
    const identified = Number.isInteger(assessmentId) && typeof capability === 'string' && capability !== '' && typeof login === 'string' && login.trim() !== '';
    // An item too damaged to tie to a participant keeps an id-based key, unique by construction.
    const base = identified ? workshopKey(assessmentId, capability as string, login as string) : `#${String(item.Id)}`;
    const key = seen.has(base) ? `${base}#${String(item.Id)}` : base;
    seen.add(base);
    if (item[F.workshopKey] !== key) missing.push({ id: Number(item.Id), key });
  }
  return missing;
}

/** Gives every workshop item its key, then turns on SharePoint's unique-value check. Returns the changes made. */
export async function ensureWorkshopKeys(sp: SPFI): Promise<string[]> {
  const list = sp.web.lists.getByTitle(LISTS.workshopScores);
  const field: { EnforceUniqueValues?: boolean } = await list.fields.getByInternalNameOrTitle(F.workshopKey).select('EnforceUniqueValues')();
  if (field.EnforceUniqueValues === true) return [];

  const changes: string[] = [];
  // No filter: paging by id reads a list of any size without meeting the list view threshold.
  const items = await readAll<RawItem>(sp, list.items.select('Id', F.assessmentId, F.capabilityKey, F.participantLogin, F.workshopKey).orderBy('Id', true).top(MAX_PAGE));
  const missing = missingKeys(items);
  for (let start = 0; start < missing.length; start += MAX_BATCH) {
    const [batched, execute] = sp.batched({ maxRequests: MAX_BATCH });
    const target = batched.web.lists.getByTitle(LISTS.workshopScores);
    const writes = missing.slice(start, start + MAX_BATCH).map((m) => target.items.getById(m.id).update({ [F.workshopKey]: m.key }));
    const settled = Promise.all(writes);
    settled.catch(() => undefined);
    await execute();
    await settled;
  }
  if (missing.length > 0) changes.push(`Gave ${missing.length === 1 ? '1 workshop item its' : `${missing.length} workshop items their`} key in "${LISTS.workshopScores}"`);

  // The second argument is only a type hint that spares PnPjs a GET; v4 sends no __metadata.
  await list.fields.getByInternalNameOrTitle(F.workshopKey).update({ EnforceUniqueValues: true }, 'SP.FieldText');
  changes.push(`Made "${LISTS.workshopScores}" keep one item per participant and capability (unique "Workshop key")`);
  return changes;
}
