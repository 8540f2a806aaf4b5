import { StoreError } from '../../src/data/errors';
import { NIMM_SCHEMA, type SchemaDef } from '../../src/data/schema/lists';
import { ensureSchema } from '../../src/data/schema/ensureSchema';
import { F, LISTS, SCHEMA_VERSION_KEY } from '../../src/data/schema/names';
import type { Progress } from '../../src/data/types';
import { startSite, type TestSite } from './support/site';

describe('setting up the NIMM lists', () => {
  let site: TestSite;
  afterEach(() => site.close());

  it('creates every list, reporting each step, and records the schema version', async () => {
    site = await startSite();
    const owner = await site.storeFor('owner');
    const steps: Progress[] = [];
    const report = await owner.ensureSchema((p) => steps.push(p));
    expect(report.fromVersion).toBeNull();
    expect(report.toVersion).toBe(NIMM_SCHEMA.version);
    expect(steps.map((s) => s.step)).toEqual(steps.map((_, i) => i + 1));
    expect(steps.every((s) => s.total === steps.length)).toBe(true);
    expect(steps.some((s) => s.message.includes('Created a document library "NIMM Evidence"'))).toBe(true);

    const sp = await site.spFor('owner');
    const lists = await sp.web.lists.select('Title', 'BaseTemplate', 'EnableVersioning')();
    for (const def of NIMM_SCHEMA.lists) {
      expect(lists).toContainEqual(expect.objectContaining({ Title: def.title, BaseTemplate: def.template, EnableVersioning: def.versioning }));
      const fields = await sp.web.lists.getByTitle(def.title).fields.select('InternalName', 'Indexed', 'Id')();
      for (const f of def.fields) {
        expect(fields).toContainEqual(expect.objectContaining({ InternalName: f.name, Indexed: f.indexed === true, Id: f.id }));
      }
    }
    const [version] = await sp.web.lists.getByTitle(LISTS.settings).items.select(F.value).filter(`Title eq '${SCHEMA_VERSION_KEY}'`)();
    expect(version[F.value]).toBe(String(NIMM_SCHEMA.version));
  });

  it('changes nothing when run a second time: only GET requests', async () => {
    site = await startSite();
    const owner = await site.storeFor('owner');
    await owner.ensureSchema();
    site.sim.clearLog();
    const again = await owner.ensureSchema();
    expect(again.changes).toEqual([]);
    expect(site.writes()).toEqual([]);
    expect(site.sim.log.every((e) => e.method === 'GET')).toBe(true);
  });

  it('upgrades an older schema by adding only what is missing', async () => {
    site = await startSite();
    const sp = await site.spFor('owner');
    // An earlier, smaller schema: no roadmap list, responses without improvement ideas or
    // reviewer, capabilities without an index on the model version, responses unversioned; and
    // none of schema version 3's columns (notes, review and agreement on responses, due date,
    // scope and previous assessment on assessments); nor schema version 4's workshop scores list,
    // nor schema version 6's roadmap plans list.
    const v3Responses: string[] = [F.criterionNotes, F.reviewComment, F.agreedBy, F.agreedAt, F.ownerLogin, F.reviewerLogin];
    const v3Assessments: string[] = [F.dueDate, F.inScope, F.previousAssessmentId];
    const older: SchemaDef = {
      version: NIMM_SCHEMA.version - 1,
      lists: NIMM_SCHEMA.lists
        .filter((l) => l.title !== LISTS.roadmapActions && l.title !== LISTS.workshopScores && l.title !== LISTS.roadmapPlans)
        .map((l) => {
          if (l.title === LISTS.responses) return { ...l, versioning: false, fields: l.fields.filter((f) => f.name !== F.improvementIdeas && f.name !== F.reviewer && !v3Responses.includes(f.name)) };
          if (l.title === LISTS.assessments) return { ...l, fields: l.fields.filter((f) => !v3Assessments.includes(f.name)) };
          if (l.title === LISTS.capabilities) return { ...l, fields: l.fields.map((f) => (f.name === F.modelVersionId ? { ...f, indexed: false } : f)) };
          return l;
        })
    };
    await ensureSchema(sp, undefined, older);

    site.sim.clearLog();
    const report = await (await site.storeFor('owner')).ensureSchema();
    expect(report.fromVersion).toBe(older.version);
    expect(report.toVersion).toBe(NIMM_SCHEMA.version);
    expect(report.changes).toEqual([
      'Indexed "Model version ID" in "NIMM Capabilities"',
      'Added 3 columns to "NIMM Assessments": Due date, Capabilities in scope (JSON), Previous assessment ID',
      'Turned on version history for "NIMM Responses"',
      'Added 8 columns to "NIMM Responses": Improvement ideas, Reviewer, Criterion notes (JSON), Review comment, Agreed by, Agreed at, Owner login, Reviewer login',
      'Created a list "NIMM Roadmap Actions"',
      `Added 15 columns to "NIMM Roadmap Actions": ${NIMM_SCHEMA.lists.find((l) => l.title === LISTS.roadmapActions)?.fields.map((f) => f.displayName).join(', ')}`,
      'Created a list "NIMM Workshop Scores"',
      'Added 7 columns to "NIMM Workshop Scores": Assessment ID, Capability key, Participant login, Participant, Scores (JSON), Revealed, Workshop key',
      'Made "NIMM Workshop Scores" keep one item per participant and capability (unique "Workshop key")',
      'Created a list "NIMM Roadmap Plans"',
      'Added 4 columns to "NIMM Roadmap Plans": Assessment ID, Profile key, Plan settings (JSON), Plan key',
      'Made "NIMM Roadmap Plans" keep one plan per assessment (unique "Plan key")',
      `Recorded schema version ${NIMM_SCHEMA.version}`
    ]);
    // Exactly those writes, nothing else: 1 index, 3 + 8 + 15 columns, 1 list update, 1 new list,
    // then the workshop list: 1 new list, 7 columns, its key made unique; the plans list: 1 new
    // list, 4 columns, its key made unique; 1 version.
    expect(site.writes()).toHaveLength(1 + 3 + 1 + 8 + 1 + 15 + 1 + 7 + 1 + 1 + 4 + 1 + 1);

    site.sim.clearLog();
    expect((await (await site.storeFor('owner')).ensureSchema()).changes).toEqual([]);
    expect(site.writes()).toEqual([]);
  });

  it('upgrades a site of schema version 5 for the roadmap web part: new columns, the "obsolete" status, the plans list, the local profiles list', async () => {
    site = await startSite();
    const sp = await site.spFor('owner');
    const v6Actions: string[] = [F.stepKey, F.ownerLogin, F.startDate, F.improvementIdeas];
    const v5: SchemaDef = {
      version: 5,
      lists: NIMM_SCHEMA.lists
        .filter((l) => l.title !== LISTS.roadmapPlans && l.title !== LISTS.localProfiles)
        .map((l) =>
          l.title !== LISTS.roadmapActions
            ? l
            : { ...l, fields: l.fields.filter((f) => !v6Actions.includes(f.name)).map((f) => (f.name === F.status ? { ...f, choices: ['planned', 'in-progress', 'done', 'dropped'] } : f)) }
        )
    };
    await ensureSchema(sp, undefined, v5);
    site.sim.bulkAddItems(LISTS.roadmapActions, [{ Title: 'Made by hand', [F.assessmentId]: 1, [F.capabilityKey]: 'change-management', [F.fromLevel]: 1, [F.toLevel]: 2, [F.status]: 'in-progress' }]);

    const report = await (await site.storeFor('owner')).ensureSchema();
    expect(report.fromVersion).toBe(5);
    expect(report.changes).toEqual([
      'Added 4 columns to "NIMM Roadmap Actions": Planned step, Owner login, Start date, Improvement ideas',
      'Added the choice "obsolete" to "Status" in "NIMM Roadmap Actions"',
      'Created a list "NIMM Roadmap Plans"',
      'Added 4 columns to "NIMM Roadmap Plans": Assessment ID, Profile key, Plan settings (JSON), Plan key',
      'Made "NIMM Roadmap Plans" keep one plan per assessment (unique "Plan key")',
      'Created a list "NIMM Local Profiles"',
      'Added 4 columns to "NIMM Local Profiles": Profile key, Kind, Based on, Profile (JSON)',
      'Made "NIMM Local Profiles" keep one profile per key (unique "Profile key")',
      'Recorded schema version 7'
    ]);
    // The local profiles list shares the site's permissions (members may change them) until an owner chooses otherwise.
    const localList: { HasUniqueRoleAssignments?: boolean } = await sp.web.lists.getByTitle(LISTS.localProfiles).select('HasUniqueRoleAssignments')();
    expect(localList.HasUniqueRoleAssignments).toBe(false);
    const status: { Choices?: string[] } = await sp.web.lists.getByTitle(LISTS.roadmapActions).fields.getByInternalNameOrTitle(F.status).select('Choices')();
    expect(status.Choices).toEqual(['planned', 'in-progress', 'done', 'dropped', 'obsolete']);
    // The action made before keeps what it had, and reads as an action added by hand.
    const actions = await (await site.storeFor('member')).listRoadmapActions(1);
    expect(actions.items).toEqual([expect.objectContaining({ title: 'Made by hand', status: 'in-progress', stepKey: null, ownerLogin: '', startDate: null, improvementIdeas: '' })]);

    site.sim.clearLog();
    expect((await (await site.storeFor('owner')).ensureSchema()).changes).toEqual([]);
    expect(site.writes()).toEqual([]);
  });

  it('upgrades a site set up by version 1: keys its responses, merges none away, then enforces one response per capability', async () => {
    site = await startSite();
    const sp = await site.spFor('owner');
    // Version 1 of the schema: no response key, model lists inheriting the site's permissions.
    const v1: SchemaDef = {
      version: 1,
      lists: NIMM_SCHEMA.lists.map((l) => ({ ...l, ownersOnly: undefined, fields: l.fields.filter((f) => f.name !== F.responseKey) }))
    };
    await ensureSchema(sp, undefined, v1);
    const response = (capability: string, answers: Record<string, string>) => ({
      Title: capability, [F.assessmentId]: 1, [F.capabilityKey]: capability, [F.status]: 'in-progress', [F.answers]: JSON.stringify(answers)
    });
    // Two people saved "a" for the first time at the same moment under version 1: two items.
    site.sim.bulkAddItems(LISTS.responses, [response('a', { 'a.2.1': 'met' }), response('b', {}), response('a', { 'a.2.2': 'met' })]);

    const report = await (await site.storeFor('owner')).ensureSchema();
    expect(report.fromVersion).toBe(1);
    expect(report.changes).toEqual(expect.arrayContaining([
      'Added a column to "NIMM Responses": Response key',
      'Gave 3 responses their key in "NIMM Responses"',
      'Made "NIMM Responses" refuse a second response for the same capability (unique "Response key")'
    ]));
    const keys = await sp.web.lists.getByTitle(LISTS.responses).items.select('Id', F.responseKey).orderBy('Id')();
    expect(keys.map((k) => k[F.responseKey])).toEqual(['1/a', '1/b', `1/a#${keys[2].Id}`]);
    // Both of "a"'s items are still there, to be shown merged; SharePoint now refuses a third.
    await expect(sp.web.lists.getByTitle(LISTS.responses).items.add({ ...response('a', {}), [F.responseKey]: '1/a' })).rejects.toMatchObject({ status: 500 });

    site.sim.clearLog();
    expect((await (await site.storeFor('owner')).ensureSchema()).changes).toEqual([]);
    expect(site.writes()).toEqual([]);
  });

  it('refuses members and visitors, naming the site owners who can do it', async () => {
    site = await startSite();
    for (const role of ['member', 'visitor'] as const) {
      const error = (await (await site.storeFor(role)).ensureSchema().catch((e: unknown) => e)) as StoreError;
      expect(error).toBeInstanceOf(StoreError);
      expect(error.kind).toBe('forbidden');
      expect(error.message).toBe('Only site owners can set up the NIMM lists on this site. Ask a site owner (Olivia Owen) to run set-up.');
    }
    expect(site.writes()).toEqual([]);
  });

  it('says the lists are not set up when a store is used on a bare site', async () => {
    site = await startSite();
    const error = (await (await site.storeFor('member')).listAssessments().catch((e: unknown) => e)) as StoreError;
    expect(error.kind).toBe('not-set-up');
    expect(error.message).toContain('"NIMM Assessments" does not exist on this site. A site owner needs to run set-up first.');
  });
});
