import { draftOf } from '../../../src/data/mappers/response';
import { emptyDraft } from '../../../src/data/merge/mergeResponse';
import type { ResponseDraft, StoredResponse } from '../../../src/data/types';
import type { Model } from '../../../src/nimm/model/schema';

/** A draft with the given changes over an empty response. */
export function draft(changes: Partial<ResponseDraft> = {}): ResponseDraft {
  return { ...emptyDraft(), ...changes };
}

/** The editable part of a stored response, with changes on top. */
export function edited(response: StoredResponse, changes: Partial<ResponseDraft>): ResponseDraft {
  return { ...draftOf(response), ...changes };
}

/** The first capability of a model with at least two criteria at its first level, and those criteria. */
export function capabilityWithTwoCriteria(model: Model): { capability: string; first: string; second: string } {
  for (const c of model.capabilities) {
    const criteria = c.levels[0]?.criteria ?? [];
    if (criteria.length >= 2) return { capability: c.key, first: criteria[0].key, second: criteria[1].key };
  }
  throw new Error('no capability with two criteria');
}
