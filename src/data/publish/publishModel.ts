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
import { DataStrings, formatString } from '../../loc/strings';
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

/** The words of publishing's messages and progress. */
const WORDS = DataStrings.Publish;

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
      capabilities: model.capabilities.map((c, i) => ({ label: formatString(WORDS.CapabilityLabel, c.key), fields: capabilityToItem(0, c, i) })),
      profiles: model.profiles.map((p, i) => ({ label: formatString(WORDS.ProfileLabel, p.key), fields: profileToItem(0, p, i) }))
    };
  } catch (error) {
    throw new StoreError('invalid-data', formatString(WORDS.CannotStore, (error as Error).message), { cause: error });
  }
}

/** "2026.2" after "2026.1", "3" after "2", "2026.1.1" after "2026.1": a version to suggest. */
export function nextVersion(version: string): string {
  const match = /^(.*?)(\d+)(\D*)$/.exec(version);
  return match ? `${match[1]}${Number(match[2]) + 1}${match[3]}` : `${version}.1`;
}

/** The title a failed attempt carries, so that in the list itself it never passes for a version. */
function failedTitle(model: Model, when: Date): string {
  return formatString(DataStrings.ItemText.FailedAttemptTitle, model.name, model.version, when.toISOString().slice(0, 16).replace('T', ' ')).slice(0, TEXT_FIELD_LIMIT);
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
  const template = existing.status === 'published' ? WORDS.AlreadyInForce : WORDS.AlreadyReplaced;
  return new StoreError('conflict', formatString(template, model.name, model.version, nextVersion(model.version)), {
    list: LISTS.modelVersions,
    itemId: existing.id,
    reason: 'version-exists'
  });
}

/**
 * Validates the model with the domain's validateModel, then publishes it as described above.
 * Site owners only. A key and version that is (or was) published here is refused. Returns the
 * new published version.
 */
export async function publishModel(sp: SPFI, input: Model, onProgress: ProgressHandler = () => undefined): Promise<ModelVersionSummary> {
  const validation = validateModel(input);
  if (!validation.ok) {
    const count = validation.problems.length;
    const first = validation.problems.slice(0, 3).map((p) => formatString(DataStrings.Common.Problem, p.path, p.message)).join(' ');
    const message = count === 1 ? formatString(WORDS.InvalidOne, first) : formatString(WORDS.InvalidMany, count, first);
    throw new StoreError('invalid-data', message, { problems: validation.problems });
  }
  const model = validation.value;
  const parts = prepare(model);
  const chunks = chunkWrites(parts.capabilities).length + chunkWrites(parts.profiles).length;
  const total = 4 + chunks;
  let step = 0;
  const report = (message: string): void => onProgress({ step: ++step, total, message });

  report(DataStrings.Common.CheckingSiteOwner);
  const user = await readCurrentUser(sp);
  if (!user.can.publish) {
    throw new StoreError('forbidden', formatString(WORDS.OnlyOwners, await askAnOwner(sp, WORDS.PublishIt)));
  }

  const versions = sp.web.lists.getByTitle(LISTS.modelVersions);
  let action = formatString(DataStrings.Actions.ReadModelVersionsIn, LISTS.modelVersions);
  let list: string = LISTS.modelVersions;
  let versionId: number | null = null;
  try {
    report(WORDS.ReadingVersions);
    // Filtered on the indexed model key: only this model's versions, published or retired.
    const existing = (await readMatching(sp, { list: LISTS.modelVersions, select: MODEL_VERSION_SELECT, filter: `${F.modelKey} eq '${parts.key.replace(/'/g, "''")}'` }))
      .map(mapModelVersion)
      .flatMap((r) => (r.ok ? [r.value] : []));
    const same = existing.find((v) => v.version === parts.version && (v.status === 'published' || v.status === 'retired'));
    if (same) throw refuseRepublish(model, same);
    const inForce = await readMatching(sp, { list: LISTS.modelVersions, select: MODEL_VERSION_SELECT, filter: `${F.status} eq '${STATUS.published}'` });
    const previous = inForce.map(mapModelVersion).flatMap((r) => (r.ok ? [r.value] : []));

    action = formatString(DataStrings.Actions.CreateDraftModelVersion, LISTS.modelVersions);
    report(formatString(WORDS.WritingDraft, model.name, model.version));
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

    for (const [listTitle, items, words] of [[LISTS.capabilities, parts.capabilities, WORDS.Capabilities], [LISTS.profiles, parts.profiles, WORDS.Profiles]] as const) {
      action = formatString(words.Write, listTitle);
      list = listTitle;
      const withId = items.map((item) => ({ ...item, fields: { ...item.fields, [F.modelVersionId]: id } }));
      const outcome = await addItemsBatched(sp, listTitle, withId, (done) => report(formatString(words.Wrote, done, items.length)));
      if (outcome.failed.length > 0) {
        const failed = outcome.failed[0].label;
        const first = toStoreError(outcome.failed[0].error, { action: formatString(DataStrings.Actions.SavePart, failed), list: listTitle });
        await markFailed(sp, id, model);
        throw new StoreError(first.kind, formatString(words.NotSaved, outcome.failed.length, items.length, listTitle, failed, first.message, previousInForce(previous)), {
          cause: first,
          list: listTitle,
          status: first.status,
          retryAfterSeconds: first.retryAfterSeconds
        });
      }
      // Read back the count: a $batch can lose parts silently behind a proxy, and publishing
      // a model with a capability missing would mis-score every assessment against it.
      action = formatString(words.Check, listTitle);
      const count = await countParts(sp, listTitle, id);
      if (count !== items.length) {
        await markFailed(sp, id, model);
        throw new StoreError('unavailable', formatString(words.Missing, listTitle, count, items.length, previousInForce(previous)), { list: listTitle });
      }
    }

    action = formatString(DataStrings.Actions.MarkPublished, LISTS.modelVersions);
    list = LISTS.modelVersions;
    report(WORDS.PublishingVersion);
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
    throw new StoreError(mapped.kind, formatString(WORDS.NotPublished, mapped.message), {
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
  return current ? formatString(WORDS.PreviousInForce, current.name, current.version) : WORDS.NoneInForce;
}
