/**
 * Publishing a model: all-or-nothing from the reader's point of view. SharePoint has no
 * transactions ($batch changesets are not rolled back), so the model version item is written
 * first as 'draft', its capabilities and profiles after it, and only when every one of them is
 * confirmed is it switched to 'published' (and the previous one to 'retired'). Readers only use
 * the newest 'published' version, so they never see a half-written model; a failure marks the
 * draft 'failed' and leaves the previous model in force.
 */
import type { Model } from '../../nimm/model/schema';
import { validateModel } from '../../nimm/model/validateModel';
import { StoreError } from '../errors';
import { headerOf, MODEL_VERSION_SELECT, mapModelVersion } from '../mappers/modelVersion';
import { capabilityToItem, headerJson, profileToItem } from '../mappers/modelParts';
import { F, LISTS } from '../schema/names';
import { MAX_PAGE, readAll, type SPFI } from '../sp/pnp';
import { toStoreError } from '../sp/toStoreError';
import { askAnOwner, readCurrentUser } from '../sp/users';
import type { ModelVersionSummary, ProgressHandler } from '../types';
import { addItemsBatched, MAX_BATCH, type PendingAdd } from './writeBatched';

function prepare(model: Model): { header: string; capabilities: PendingAdd[]; profiles: PendingAdd[] } {
  try {
    return {
      header: headerJson(headerOf(model), model.key),
      // The model version id is not known yet: 0 is replaced once the draft item exists.
      capabilities: model.capabilities.map((c, i) => ({ label: `capability "${c.key}"`, fields: capabilityToItem(0, c, i) })),
      profiles: model.profiles.map((p, i) => ({ label: `profile "${p.key}"`, fields: profileToItem(0, p, i) }))
    };
  } catch (error) {
    throw new StoreError('invalid-data', `The model cannot be stored in SharePoint: ${(error as Error).message}`, { cause: error });
  }
}

async function countParts(sp: SPFI, listTitle: string, versionId: number): Promise<number> {
  const items = await readAll(sp, sp.web.lists.getByTitle(listTitle).items.select('Id').filter(`${F.modelVersionId} eq ${versionId}`).top(MAX_PAGE));
  return items.length;
}

async function markFailed(sp: SPFI, versionId: number): Promise<void> {
  // Best effort: if even this fails, the draft stays 'draft', which readers ignore just the same.
  await sp.web.lists.getByTitle(LISTS.modelVersions).items.getById(versionId).update({ [F.status]: 'failed' }).catch(() => undefined);
}

/**
 * Validates the model with the domain's validateModel, then publishes it as described above.
 * Site owners only. Returns the new published version.
 */
export async function publishModel(sp: SPFI, input: Model, onProgress: ProgressHandler = () => undefined): Promise<ModelVersionSummary> {
  const validation = validateModel(input);
  if (!validation.ok) {
    const first = validation.problems.slice(0, 3).map((p) => `${p.path}: ${p.message}`).join(' ');
    throw new StoreError('invalid-data', `The model was not published because it has ${validation.problems.length} problem${validation.problems.length === 1 ? '' : 's'}. ${first}`, { problems: validation.problems });
  }
  const model = validation.value;
  const parts = prepare(model);
  const chunks = Math.ceil(parts.capabilities.length / MAX_BATCH) + Math.ceil(parts.profiles.length / MAX_BATCH);
  const total = 4 + chunks;
  let step = 0;
  const report = (message: string): void => onProgress({ step: ++step, total, message });

  report('Checking that you are a site owner');
  const user = await readCurrentUser(sp);
  if (!user.can.publish) {
    throw new StoreError('forbidden', `Only site owners can publish a model. ${await askAnOwner(sp, 'publish it')}`);
  }

  const versions = sp.web.lists.getByTitle(LISTS.modelVersions);
  let action = `read the model versions in "${LISTS.modelVersions}"`;
  let versionId: number | null = null;
  try {
    report('Reading the model versions on this site');
    const existing = await readAll(sp, versions.items.select(...MODEL_VERSION_SELECT).filter(`${F.status} eq 'published'`).top(MAX_PAGE));
    const previous = existing.map(mapModelVersion).flatMap((r) => (r.ok ? [r.value] : []));

    action = `create the draft model version in "${LISTS.modelVersions}"`;
    report(`Writing model "${model.name}" version ${model.version} as a draft`);
    const created = await versions.items.add({
      Title: model.name.slice(0, 255),
      [F.modelKey]: model.key,
      [F.version]: model.version,
      [F.status]: 'draft',
      [F.header]: parts.header,
      [F.capabilityCount]: model.capabilities.length,
      [F.profileCount]: model.profiles.length
    });
    versionId = (created as { Id: number }).Id;
    const id = versionId;

    for (const [listTitle, items, noun] of [[LISTS.capabilities, parts.capabilities, 'capabilities'], [LISTS.profiles, parts.profiles, 'profiles']] as const) {
      action = `write the ${noun} to "${listTitle}"`;
      const withId = items.map((item) => ({ ...item, fields: { ...item.fields, [F.modelVersionId]: id } }));
      const outcome = await addItemsBatched(sp, listTitle, withId, (done) => report(`Wrote ${done} of ${items.length} ${noun}`));
      if (outcome.failed.length > 0) {
        const first = toStoreError(outcome.failed[0].error, { action: `save ${outcome.failed[0].label}`, list: listTitle });
        await markFailed(sp, id);
        throw new StoreError(
          first.kind,
          `Publishing stopped: ${outcome.failed.length} of ${items.length} ${noun} could not be saved to "${listTitle}" (first: ${outcome.failed[0].label}). ${first.message} ${previousInForce(previous)}`,
          { cause: first, list: listTitle, status: first.status }
        );
      }
      // Read back the count: a $batch can lose parts silently behind a proxy, and publishing
      // a model with a capability missing would mis-score every assessment against it.
      action = `check the ${noun} written to "${listTitle}"`;
      const count = await countParts(sp, listTitle, id);
      if (count !== items.length) {
        await markFailed(sp, id);
        throw new StoreError('unavailable', `Publishing stopped: "${listTitle}" holds ${count} of the ${items.length} ${noun} written. ${previousInForce(previous)}`, { list: listTitle });
      }
    }

    action = `mark the new model version as published in "${LISTS.modelVersions}"`;
    report('Publishing the new version');
    const publishedAt = new Date().toISOString();
    await versions.items.getById(id).update({ [F.status]: 'published', [F.publishedAt]: publishedAt });
    // From here the new version is in force (readers take the newest published one), so a failure
    // to retire an old one is harmless and not reported as a failed publish.
    await Promise.all(previous.map((v) => versions.items.getById(v.id).update({ [F.status]: 'retired' }).catch(() => undefined)));
    return {
      id,
      modelKey: model.key,
      version: model.version,
      name: model.name,
      status: 'published',
      capabilityCount: model.capabilities.length,
      profileCount: model.profiles.length,
      publishedAt
    };
  } catch (error) {
    if (error instanceof StoreError) throw error;
    if (versionId !== null) await markFailed(sp, versionId);
    const mapped = toStoreError(error, { action, list: LISTS.modelVersions });
    throw new StoreError(mapped.kind, `${mapped.message} The model was not published; the previous published model is still in force.`, { cause: error, list: mapped.list, status: mapped.status, reason: mapped.reason });
  }
}

function previousInForce(previous: ModelVersionSummary[]): string {
  const current = previous.reduce<ModelVersionSummary | null>((best, v) => (best === null || v.id > best.id ? v : best), null);
  return current
    ? `The previous published model (${current.name} ${current.version}) is still in force.`
    : 'No model has been published on this site yet.';
}
