/**
 * Puts a published model straight into the simulator's lists (no HTTP), item for item as
 * publishModel writes it, for tests that need more items than are quick to publish over HTTP.
 */
import { capabilityToItem, headerJson, profileToItem } from '../../../src/data/mappers/modelParts';
import { headerOf } from '../../../src/data/mappers/modelVersion';
import { F, LISTS } from '../../../src/data/schema/names';
import type { Model } from '../../../src/nimm/model/schema';
import type { TestSite } from './site';

/** Inserts the model as a published version and returns its id (the next model version item id). */
export function bulkPublish(site: TestSite, model: Model, versionId: number): number {
  site.sim.bulkAddItems(LISTS.modelVersions, [
    {
      Title: model.name,
      [F.modelKey]: model.key,
      [F.version]: model.version,
      [F.status]: 'published',
      [F.header]: headerJson(headerOf(model), model.key),
      [F.capabilityCount]: model.capabilities.length,
      [F.profileCount]: model.profiles.length
    }
  ]);
  site.sim.bulkAddItems(LISTS.capabilities, model.capabilities.map((c, i) => capabilityToItem(versionId, c, i)));
  site.sim.bulkAddItems(LISTS.profiles, model.profiles.map((p, i) => profileToItem(versionId, p, i)));
  return versionId;
}
