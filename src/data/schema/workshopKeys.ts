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
import { DataStrings, formatString } from '../../loc/strings';
import type { RawItem } from '../mappers/common';
import { workshopKey } from '../mappers/workshopScore';
import type { SPFI } from '../sp/pnp';
import { F, LISTS } from './names';
import { ensureUniqueKeys } from './uniqueKeys';

/** Gives every workshop item its key, then turns on SharePoint's unique-value check. Returns the changes made. */
export function ensureWorkshopKeys(sp: SPFI): Promise<string[]> {
  return ensureUniqueKeys(sp, {
    list: LISTS.workshopScores,
    keyColumn: F.workshopKey,
    columns: [F.assessmentId, F.capabilityKey, F.participantLogin],
    keyOf: (item: RawItem) => {
      const assessmentId = Number(item[F.assessmentId]);
      const capability = item[F.capabilityKey];
      const login = item[F.participantLogin];
      const identified = Number.isInteger(assessmentId) && typeof capability === 'string' && capability !== '' && typeof login === 'string' && login.trim() !== '';
      return identified ? workshopKey(assessmentId, capability as string, login as string) : null;
    },
    keysGiven: { one: DataStrings.SetUp.WorkshopKeysGivenOne, many: DataStrings.SetUp.WorkshopKeysGivenMany },
    enforcedChange: formatString(DataStrings.SetUp.WorkshopKeyEnforced, LISTS.workshopScores)
  });
}
