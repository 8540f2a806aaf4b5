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
import { DataStrings, formatString } from '../../loc/strings';
import type { RawItem } from '../mappers/common';
import { responseKey } from '../mappers/response';
import type { SPFI } from '../sp/pnp';
import { F, LISTS } from './names';
import { ensureUniqueKeys } from './uniqueKeys';

/** Gives every response its key, then turns on SharePoint's unique-value check. Returns the changes made. */
export function ensureResponseKeys(sp: SPFI): Promise<string[]> {
  return ensureUniqueKeys(sp, {
    list: LISTS.responses,
    keyColumn: F.responseKey,
    columns: [F.assessmentId, F.capabilityKey],
    keyOf: (item: RawItem) => {
      const assessmentId = Number(item[F.assessmentId]);
      const capability = item[F.capabilityKey];
      return Number.isInteger(assessmentId) && typeof capability === 'string' && capability !== '' ? responseKey(assessmentId, capability) : null;
    },
    keysGiven: { one: DataStrings.SetUp.ResponseKeysGivenOne, many: DataStrings.SetUp.ResponseKeysGivenMany },
    enforcedChange: formatString(DataStrings.SetUp.ResponseKeyEnforced, LISTS.responses)
  });
}
