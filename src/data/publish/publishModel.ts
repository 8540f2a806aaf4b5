/**
 * Publishing a model: all-or-nothing from the reader's point of view. SharePoint has no
 * transactions ($batch changesets are not rolled back), so the model version item is written
 * first as 'draft', its capabilities and profiles after it, and only when every one of them is
 * confirmed is it switched to 'published' (and the previous one to 'retired'). Readers only use
 * the newest 'published' version, so they never see a half-written model; a failure marks the
 * draft 'failed' (titled as a failed attempt, never as a version) and leaves the previous model
 * in force. The next successful publish removes failed attempts and their items.
 */
import type { Model } from '../../nimm/model/schema';
import { validateModel } from '../../nimm/model/validateModel';
import { StoreError } from '../errors';
import { headerOf, MODEL_VERSION_SELECT, mapModelVersion } from '../mappers/modelVersion';
import { capabilityToItem, headerJson, modelIdentity, profileToItem } from '../mappers/modelParts';
import { modelVersionStatusSchema } from '../schema/choices';
import { F, LISTS, TEXT_FIELD_LIMIT } from '../schema/names';
import { readMatching } from '../sp/largeRead';
import type { SPFI } from '../sp/pnp';
import { toStoreError } from '../sp/toStoreError';
import { askAnOwner, readCurrentUser } from '../sp/users';
import type { ModelVersionSummary, ProgressHandler } from '../types';
import { addItemsBatched, chunkWrites, deleteItemsBatched, type PendingAdd } from './writeBatched';

// The statuses written to items, from their one definition, so a renamed value cannot be missed here.
const STATUS = modelVersionStatusSchema.enum;

interface Prepared {
  key: string;
  version: string;
  header: string;
  capabilities: PendingAdd[];
  profiles: PendingAdd[];
}

function prepare(model: Model): Prepared {
  try {
    return {
      ...modelIdentity(model),
      header: headerJson(headerOf(model), model.key),
      // The model version id is not known yet: 0 is replaced once the draft item exists.
      capabilities: model.capabilities.map((c, i) => ({ label: `capability "${c.key}"`, fields: capabilityToItem(0, c, i) })),
      profiles: model.profiles.map((p, i) => ({ label: `profile "${p.key}"`, fields: profileToItem(0, p, i) }))
    };
  } catch (error) {
    throw new StoreError('invalid-data', `The model cannot be stored in SharePoint: ${(error as Error).message}`, { cause: error });
  }
}

/** "2026.2" after "2026.1", "3" after "2", "2026.1.1" after "2026.1": a version to suggest. */
export function nextVersion(version: string): string {
  const match = /^(.*?)(\d+)(\D*)$/.exec(version);
  return match ? `${match[1]}${Number(match[2]) + 1}${match[3]}` : `${version}.1`;
}

/** The title a failed attempt carries, so that in the list itself it never passes for a version. */
function failedTitle(model: Model, when: Date): string {
  return `Failed attempt to publish ${model.name} ${model.version} (${when.toISOString().slice(0, 16).replace('T', ' ')} UTC)`.slice(0, TEXT_FIELD_LIMIT);
}

async function markFailed(sp: SPFI, versionId: number, model: Model): Promise<void> {
  // Best effort: if even this fails, the draft stays 'draft', which readers ignore just the same.
  await sp.web.lists
    .getByTitle(LISTS.modelVersions)
    .items.getById(versionId)
    .update({ [F.status]: STATUS.failed, Title: failedTitle(model, new Date()) })
    .catch(() => undefined);
}

async function countParts(sp: SPFI, listTitle: string, versionId: number): Promise<number> {
  return (await readMatching(sp, { list: listTitle, select: ['Id'], filter: `${F.modelVersionId} eq ${versionId}` })).length;
}

/**
 * Removes failed attempts (their capabilities and profiles, then their version items) once a
 * publish has succeeded. Best effort: what is left is removed by the next publish.
 */
async function removeFailedAttempts(sp: SPFI): Promise<void> {
  const failed = await readMatching(sp, { list: LISTS.modelVersions, select: ['Id'], filter: `${F.status} eq 'failed'` }).catch(() => []);
  for (const attempt of failed) {
    const id = Number(attempt.Id);
    let partsLeft = 0;
    for (const list of [LISTS.capabilities, LISTS.profiles]) {
      const parts = await readMatching(sp, { list, select: ['Id'], filter: `${F.modelVersionId} eq ${id}` }).catch(() => null);
      if (parts === null) {
        partsLeft += 1;
        continue;
      }
      const ids = parts.map((p) => Number(p.Id));
      partsLeft += ids.length - (await deleteItemsBatched(sp, list, ids));
    }
    // The version item goes last, so parts are never left without the item that explains them.
    if (partsLeft === 0) await deleteItemsBatched(sp, LISTS.modelVersions, [id]);
  }
}

function refuseRepublish(model: Model, existing: ModelVersionSummary): StoreError {
  const inForce = existing.status === 'published';
  return new StoreError(
    'conflict',
    `${model.name} version ${model.version} ${inForce ? 'is already the model in force on this site' : 'was published on this site before and has since been replaced'}, so it was not published again. ` +
      `To publish changes, give the model a new version (for example ${nextVersion(model.version)}) and publish that.`,
    { list: LISTS.modelVersions, itemId: existing.id, reason: 'version-exists' }
  );
}

/**
 * Validates the model with the domain's validateModel, then publishes it as described above.
 * Site owners only. A key and version that is (or was) published here is refused. Returns the
 * new published version.
 */
export async function publishModel(sp: SPFI, input: Model, onProgress: ProgressHandler = () => undefined): Promise<ModelVersionSummary> {
  const validation = validateModel(input);
  if (!validation.ok) {
    const first = validation.problems.slice(0, 3).map((p) => `${p.path}: ${p.message}`).join(' ');
    throw new StoreError('invalid-data', `The model was not published because it has ${validation.problems.length} problem${validation.problems.length === 1 ? '' : 's'}. ${first}`, { problems: validation.problems });
  }
  const model = validation.value;
  const parts = prepare(model);
  const chunks = chunkWrites(parts.capabilities).length + chunkWrites(parts.profiles).length;
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
  let list: string = LISTS.modelVersions;
  let versionId: number | null = null;
  try {
    report('Reading the model versions on this site');
    // Filtered on the indexed model key: only this model's versions, published or retired.
    const existing = (await readMatching(sp, { list: LISTS.modelVersions, select: MODEL_VERSION_SELECT, filter: `${F.modelKey} eq '${parts.key.replace(/'/g, "''")}'` }))
      .map(mapModelVersion)
      .flatMap((r) => (r.ok ? [r.value] : []));
    const same = existing.find((v) => v.version === parts.version && (v.status === 'published' || v.status === 'retired'));
    if (same) throw refuseRepublish(model, same);
    const inForce = await readMatching(sp, { list: LISTS.modelVersions, select: MODEL_VERSION_SELECT, filter: `${F.status} eq '${STATUS.published}'` });
    const previous = inForce.map(mapModelVersion).flatMap((r) => (r.ok ? [r.value] : []));

    action = `create the draft model version in "${LISTS.modelVersions}"`;
    report(`Writing model "${model.name}" version ${model.version} as a draft`);
    const created = await versions.items.add({
      Title: model.name.slice(0, TEXT_FIELD_LIMIT),
      [F.modelKey]: parts.key,
      [F.version]: parts.version,
      [F.status]: STATUS.draft,
      [F.header]: parts.header,
      [F.capabilityCount]: model.capabilities.length,
      [F.profileCount]: model.profiles.length
    });
    versionId = (created as { Id: number }).Id;
    const id = versionId;

    for (const [listTitle, items, noun] of [[LISTS.capabilities, parts.capabilities, 'capabilities'], [LISTS.profiles, parts.profiles, 'profiles']] as const) {
      action = `write the ${noun} to "${listTitle}"`;
      list = listTitle;
      const withId = items.map((item) => ({ ...item, fields: { ...item.fields, [F.modelVersionId]: id } }));
      const outcome = await addItemsBatched(sp, listTitle, withId, (done) => report(`Wrote ${done} of ${items.length} ${noun}`));
      if (outcome.failed.length > 0) {
        const first = toStoreError(outcome.failed[0].error, { action: `save ${outcome.failed[0].label}`, list: listTitle });
        await markFailed(sp, id, model);
        throw new StoreError(
          first.kind,
          `Publishing stopped: ${outcome.failed.length} of ${items.length} ${noun} could not be saved to "${listTitle}" (first: ${outcome.failed[0].label}). ${first.message} ${previousInForce(previous)}`,
          { cause: first, list: listTitle, status: first.status, retryAfterSeconds: first.retryAfterSeconds }
        );
      }
      // Read back the count: a $batch can lose parts silently behind a proxy, and publishing
      // a model with a capability missing would mis-score every assessment against it.
      action = `check the ${noun} written to "${listTitle}"`;
      const count = await countParts(sp, listTitle, id);
      if (count !== items.length) {
        await markFailed(sp, id, model);
        throw new StoreError('unavailable', `Publishing stopped: "${listTitle}" holds ${count} of the ${items.length} ${noun} written. ${previousInForce(previous)}`, { list: listTitle });
      }
    }

    action = `mark the new model version as published in "${LISTS.modelVersions}"`;
    list = LISTS.modelVersions;
    report('Publishing the new version');
    const publishedAt = new Date().toISOString();
    await versions.items.getById(id).update({ [F.status]: STATUS.published, [F.publishedAt]: publishedAt });
    // From here the new version is in force (readers take the newest published one), so a failure
    // to retire an old one or to tidy up is harmless and not reported as a failed publish.
    await Promise.all(previous.map((v) => versions.items.getById(v.id).update({ [F.status]: STATUS.retired }).catch(() => undefined)));
    await removeFailedAttempts(sp);
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
    if (versionId !== null) await markFailed(sp, versionId, model);
    const mapped = toStoreError(error, { action, list });
    throw new StoreError(mapped.kind, `${mapped.message} The model was not published; the previous published model is still in force.`, {
      cause: error,
      list: mapped.list,
      status: mapped.status,
      reason: mapped.reason,
      retryAfterSeconds: mapped.retryAfterSeconds
    });
  }
}

function previousInForce(previous: ModelVersionSummary[]): string {
  const current = previous.reduce<ModelVersionSummary | null>((best, v) => (best === null || v.id > best.id ? v : best), null);
  return current
    ? `The previous published model (${current.name} ${current.version}) is still in force.`
    : 'No model has been published on this site yet.';
}
