/** Reading models: version summaries, and a whole model version rebuilt from its items. */
import { modelSchema } from '../../nimm/model/schema';
import { validateModel } from '../../nimm/model/validateModel';
import { DataStrings, formatString } from '../../loc/strings';
import { StoreError } from '../errors';
import { mapItems, RawItem } from '../mappers/common';
import { CAPABILITY_SELECT, inOrder, mapCapability, mapProfile, PROFILE_SELECT } from '../mappers/modelParts';
import { mapModelHeader, mapModelVersion, MODEL_VERSION_SELECT, MODEL_VERSION_WITH_HEADER_SELECT, newestPublished } from '../mappers/modelVersion';
import { F, LISTS } from '../schema/names';
import { finishRead, readMatching, type ItemQuery } from '../sp/largeRead';
import { MAX_PAGE, readAll, readPage, type Page, type SPFI } from '../sp/pnp';
import { toStoreError } from '../sp/toStoreError';
import type { DataIssue, Listed, ModelVersionSummary, StoredModel } from '../types';

/** The three reads that make up one model version, queued on a batched SPFI (one round trip). */
export interface ModelReads {
  header: Promise<RawItem>;
  profiles: Promise<Page<RawItem>>;
  capabilities: Promise<Page<RawItem>>;
}

function partsQuery(list: string, select: string[], versionId: number): ItemQuery {
  return { list, select, filter: `${F.modelVersionId} eq ${versionId}` };
}

function queuePage(batched: SPFI, q: ItemQuery): Promise<Page<RawItem>> {
  return readPage<RawItem>(batched.web.lists.getByTitle(q.list).items.select(...q.select).filter(q.filter).top(MAX_PAGE));
}

/**
 * Queues the reads of a model version on a batched instance. Capabilities and profiles are
 * filtered on the indexed model version id; capabilities, the one read that can pass 5,000
 * items, goes last, so that a threshold refusal spoils no other part (see sp/largeRead.ts).
 */
export function queueModelReads(batched: SPFI, versionId: number): ModelReads {
  return {
    header: batched.web.lists.getByTitle(LISTS.modelVersions).items.getById(versionId).select(...MODEL_VERSION_WITH_HEADER_SELECT)(),
    profiles: queuePage(batched, partsQuery(LISTS.profiles, PROFILE_SELECT, versionId)),
    capabilities: queuePage(batched, partsQuery(LISTS.capabilities, CAPABILITY_SELECT, versionId))
  };
}

/** Awaits queued model reads (following paging if any) and rebuilds the model. */
export async function finishModelReads(sp: SPFI, versionId: number, reads: ModelReads): Promise<StoredModel> {
  let action = formatString(DataStrings.Actions.ReadModelVersion, versionId);
  let list: string = LISTS.modelVersions;
  try {
    const header = await reads.header;
    action = DataStrings.Actions.ReadModelProfiles;
    list = LISTS.profiles;
    const profiles = await finishRead(sp, partsQuery(LISTS.profiles, PROFILE_SELECT, versionId), reads.profiles);
    action = DataStrings.Actions.ReadModelCapabilities;
    list = LISTS.capabilities;
    const capabilities = await finishRead(sp, partsQuery(LISTS.capabilities, CAPABILITY_SELECT, versionId), reads.capabilities);
    return buildModel(header, capabilities, profiles);
  } catch (error) {
    throw toStoreError(error, { action, list, itemId: list === LISTS.modelVersions ? versionId : undefined });
  }
}

/**
 * Rebuilds a model from its version item, capability items and profile items. Damaged
 * capability or profile items are skipped and reported; a damaged header makes the whole
 * version unusable, which is an error.
 */
export function buildModel(headerItem: RawItem, capabilityItems: RawItem[], profileItems: RawItem[]): StoredModel {
  const summary = mapModelVersion(headerItem);
  const header = mapModelHeader(headerItem);
  const itemId = typeof headerItem.Id === 'number' ? headerItem.Id : undefined;
  if (!summary.ok || !header.ok) {
    const problem = !summary.ok ? summary.problem : (header as { problem: string }).problem;
    throw new StoreError('invalid-data', formatString(DataStrings.Models.VersionDamaged, LISTS.modelVersions, String(itemId), problem), { list: LISTS.modelVersions, itemId });
  }
  const caps = mapItems(LISTS.capabilities, capabilityItems, mapCapability);
  const profs = mapItems(LISTS.profiles, profileItems, mapProfile);
  const issues: DataIssue[] = [...caps.issues, ...profs.issues];
  const parsed = modelSchema.safeParse({ ...header.value, capabilities: inOrder(caps.items), profiles: inOrder(profs.items) });
  if (!parsed.success) {
    const problem = parsed.error.issues[0]?.message ?? DataStrings.Models.UnknownProblem;
    throw new StoreError('invalid-data', formatString(DataStrings.Models.CannotRebuild, summary.value.id, problem), { list: LISTS.modelVersions, itemId });
  }
  const model = parsed.data;
  const expected = summary.value.capabilityCount;
  const found = caps.items.length + caps.issues.length;
  if (expected > 0 && found < expected) {
    const words = DataStrings.Models;
    const id = summary.value.id;
    // Worded so the nouns and verbs agree with the numbers (expected is more than found).
    let problem: string;
    if (expected === 1) problem = formatString(words.CapabilityMissing, id);
    else if (found === 1) problem = formatString(words.CapabilitiesFoundOne, id, expected);
    else problem = formatString(words.CapabilitiesFoundMany, id, expected, found);
    issues.push({ list: LISTS.capabilities, itemId: null, problem });
  }
  // Hand edits can break references between items (a capability naming a category that does not
  // exist); the model is still returned, with each such problem reported.
  const checked = validateModel(model);
  for (const p of checked.problems) {
    const list = p.path.startsWith('$.profiles') ? LISTS.profiles : p.path.startsWith('$.capabilities') ? LISTS.capabilities : LISTS.modelVersions;
    // The message names the capability or profile; a JSON path means nothing to a reader.
    issues.push({ list, itemId: null, problem: p.message });
  }
  return { modelVersion: summary.value, model, issues };
}

/** Every model version, newest first; damaged items are skipped and reported. */
export async function listModelVersions(sp: SPFI): Promise<Listed<ModelVersionSummary>> {
  try {
    const items = await readAll<RawItem>(sp, sp.web.lists.getByTitle(LISTS.modelVersions).items.select(...MODEL_VERSION_SELECT).orderBy('Id', false).top(MAX_PAGE));
    return mapItems(LISTS.modelVersions, items, mapModelVersion);
  } catch (error) {
    throw toStoreError(error, { action: DataStrings.Actions.ReadModelVersions, list: LISTS.modelVersions });
  }
}

/** The published model versions (filtered on the indexed status column). */
export async function readPublishedVersions(sp: SPFI): Promise<ModelVersionSummary[]> {
  try {
    const items = await readMatching(sp, { list: LISTS.modelVersions, select: MODEL_VERSION_SELECT, filter: `${F.status} eq 'published'` });
    return mapItems(LISTS.modelVersions, items, mapModelVersion).items;
  } catch (error) {
    throw toStoreError(error, { action: DataStrings.Actions.FindPublishedModel, list: LISTS.modelVersions });
  }
}

/** The model in force, or null when none is published. Two round trips. */
export async function getPublishedModel(sp: SPFI): Promise<StoredModel | null> {
  const current = newestPublished(await readPublishedVersions(sp));
  if (current === null) return null;
  const [batched, execute] = sp.batched();
  const reads = queueModelReads(batched, current.id);
  silence(reads);
  try {
    await execute();
  } catch (error) {
    throw toStoreError(error, { action: DataStrings.Actions.ReadPublishedModel, list: LISTS.capabilities });
  }
  return finishModelReads(sp, current.id, reads);
}

/** Marks queued promises as handled, so one failing part is not also an unhandled rejection. */
export function silence(reads: object): void {
  for (const value of Object.values(reads)) {
    if (value && typeof (value as Promise<unknown>).catch === 'function') (value as Promise<unknown>).catch(() => undefined);
  }
}
