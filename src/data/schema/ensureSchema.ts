/**
 * Creates or upgrades the suite's lists at run time with PnPjs. Feature XML is not an option:
 * a solution that provisions lists through elements.xml cannot be deployed tenant-wide, and
 * Teams needs tenant-wide deployment (skipFeatureDeployment: true).
 *
 * Idempotent: it reads what exists and only writes what is missing, so a second run sends no
 * writes at all. Versioned: the schema version is recorded in NIMM Settings, and an older site
 * gets exactly the lists, columns, indexes and versioning it lacks.
 */
import { DataStrings, formatString } from '../../loc/strings';
import { StoreError } from '../errors';
import type { ProgressHandler, SchemaReport } from '../types';
import { odataString, type SPFI } from '../sp/pnp';
import { toStoreError } from '../sp/toStoreError';
import { askAnOwner, readCurrentUser } from '../sp/users';
import { ensureList } from './ensureList';
import { ensureResponseKeys } from './responseKeys';
import { ensureWorkshopKeys } from './workshopKeys';
import { ensureLocalProfileKeys, ensurePlanKeys } from './planKeys';
import { NIMM_SCHEMA, type SchemaDef } from './lists';
import { ownersOnlyLock } from './permissions';
import { F, LISTS, SCHEMA_VERSION_KEY } from './names';

/** What a site's lists look like, as far as set-up needs to know. */
export interface ExistingList {
  Title: string;
  BaseTemplate: number;
  EnableVersioning: boolean;
}

/** The recorded schema version and the Settings item holding it. */
interface RecordedVersion {
  version: number | null;
  itemId: number | null;
}

async function readRecordedVersion(sp: SPFI, lists: Map<string, ExistingList>): Promise<RecordedVersion> {
  if (!lists.has(LISTS.settings)) return { version: null, itemId: null };
  // Settings holds a handful of items, so filtering on the unindexed Title cannot meet the threshold.
  const items: { Id: number; NimmValue?: string | null }[] = await sp.web.lists
    .getByTitle(LISTS.settings)
    .items.select('Id', F.value)
    .filter(`Title eq ${odataString(SCHEMA_VERSION_KEY)}`)
    .top(1)();
  if (items.length === 0) return { version: null, itemId: null };
  const version = Number(items[0][F.value]);
  return { version: Number.isInteger(version) ? version : null, itemId: items[0].Id };
}

async function recordVersion(sp: SPFI, recorded: RecordedVersion, version: number): Promise<void> {
  const list = sp.web.lists.getByTitle(LISTS.settings);
  if (recorded.itemId === null) await list.items.add({ Title: SCHEMA_VERSION_KEY, [F.value]: String(version) });
  else await list.items.getById(recorded.itemId).update({ [F.value]: String(version) });
}

/**
 * Creates or upgrades the NIMM lists. Site owners only: anyone else gets a StoreError
 * 'forbidden' naming the owners. Reports progress step by step.
 */
export async function ensureSchema(sp: SPFI, onProgress: ProgressHandler = () => undefined, schema: SchemaDef = NIMM_SCHEMA): Promise<SchemaReport> {
  const total = 2 + schema.lists.length + 1;
  let step = 0;
  const report = (message: string): void => onProgress({ step: ++step, total, message });
  const words = DataStrings.SetUp;

  report(DataStrings.Common.CheckingSiteOwner);
  const user = await readCurrentUser(sp, { batch: false });
  if (!user.can.setUp) {
    throw new StoreError('forbidden', formatString(words.OnlyOwners, await askAnOwner(sp, words.RunSetUp)));
  }

  let action = DataStrings.Actions.ReadSiteLists;
  try {
    report(words.ReadingLists);
    const existing: ExistingList[] = await sp.web.lists.select('Title', 'BaseTemplate', 'EnableVersioning')();
    const byTitle = new Map(existing.map((l) => [l.Title, l]));
    const recorded = await readRecordedVersion(sp, byTitle);

    if (recorded.version !== null && recorded.version > schema.version) {
      for (const list of schema.lists) report(formatString(words.LeftAsItIs, list.title));
      report(formatString(words.NewerSchema, recorded.version, schema.version));
      return { fromVersion: recorded.version, toVersion: recorded.version, changes: [] };
    }

    const changes: string[] = [];
    const lockToOwners = ownersOnlyLock(sp);
    for (const list of schema.lists) {
      action = formatString(DataStrings.Actions.SetUpList, list.title);
      const done = await ensureList(sp, list, byTitle.get(list.title) ?? null);
      // Also on existing sites: an upgrade gives lists created before this their permissions.
      if (list.ownersOnly) done.push(...(await lockToOwners(list.title)));
      if (list.fields.some((f) => f.name === F.responseKey && f.unique)) done.push(...(await ensureResponseKeys(sp)));
      if (list.fields.some((f) => f.name === F.workshopKey && f.unique)) done.push(...(await ensureWorkshopKeys(sp)));
      if (list.fields.some((f) => f.name === F.planKey && f.unique)) done.push(...(await ensurePlanKeys(sp)));
      if (list.title === LISTS.localProfiles) done.push(...(await ensureLocalProfileKeys(sp)));
      changes.push(...done);
      report(done.length > 0 ? done.join(DataStrings.Common.ClauseSeparator) : formatString(words.UpToDate, list.title));
    }

    action = formatString(DataStrings.Actions.RecordSchemaVersion, LISTS.settings);
    if (recorded.version !== schema.version) {
      await recordVersion(sp, recorded, schema.version);
      changes.push(formatString(words.RecordedVersion, schema.version));
      report(formatString(words.RecordedVersion, schema.version));
    } else {
      report(formatString(words.VersionAlreadyRecorded, schema.version));
    }
    return { fromVersion: recorded.version, toVersion: schema.version, changes };
  } catch (error) {
    throw toStoreError(error, { action });
  }
}
