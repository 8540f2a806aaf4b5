import type { SPFI } from '../../src/data/sp/pnp';
import { NIMM_SCHEMA } from '../../src/data/schema/lists';
import { F, LISTS } from '../../src/data/schema/names';
import { capabilityWithTwoCriteria, draft } from './support/drafts';
import { startSiteWithLists, useSetUpSite, type OwnedSite } from './support/site';

const MODEL_LISTS = [LISTS.settings, LISTS.modelVersions, LISTS.capabilities, LISTS.profiles];
const OWNERS = 'NIMM Assessment Suite Owners';
const MEMBERS = 'NIMM Assessment Suite Members';
const VISITORS = 'NIMM Assessment Suite Visitors';

interface Assignment {
  Member: { Title: string };
  RoleDefinitionBindings: { Name: string }[];
}

/** Who holds which permission levels on a list, as "group: levels", sorted. */
async function holders(sp: SPFI, title: string): Promise<string[]> {
  const rows: Assignment[] = await sp.web.lists.getByTitle(title).roleAssignments.expand('Member', 'RoleDefinitionBindings')();
  return rows.map((a) => `${a.Member.Title}: ${a.RoleDefinitionBindings.map((b) => b.Name).sort().join(', ')}`).sort();
}

async function hasOwnPermissions(sp: SPFI, title: string): Promise<boolean> {
  const l: { HasUniqueRoleAssignments?: boolean } = await sp.web.lists.getByTitle(title).select('HasUniqueRoleAssignments')();
  return l.HasUniqueRoleAssignments === true;
}

/** The HTTP status a PnPjs call fails with. */
async function statusOf(p: Promise<unknown>): Promise<number> {
  try {
    await p;
  } catch (e) {
    return (e as { status: number }).status;
  }
  throw new Error('expected the request to fail');
}

describe('the model lists after set-up', () => {
  const site = useSetUpSite();

  it('are owners-only: owners Full Control, members and visitors Read; other lists still inherit', async () => {
    const sp = await site.spFor('owner');
    expect(NIMM_SCHEMA.lists.filter((l) => l.ownersOnly).map((l) => l.title)).toEqual(MODEL_LISTS);
    for (const title of MODEL_LISTS) {
      expect(await hasOwnPermissions(sp, title)).toBe(true);
      expect(await holders(sp, title)).toEqual([`${MEMBERS}: Read`, `${OWNERS}: Full Control`, `${VISITORS}: Read`]);
    }
    for (const title of [LISTS.assessments, LISTS.responses, LISTS.evidence, LISTS.roadmapActions]) {
      expect(await hasOwnPermissions(sp, title)).toBe(false);
    }
  });

  it('refuse a member\'s direct REST write to a published capability, and a new model version', async () => {
    const member = await site.spFor('member');
    const capabilities = member.web.lists.getByTitle(LISTS.capabilities);
    const [first] = await capabilities.items.select('Id', F.detail).top(1)();
    expect(first).toBeDefined();
    expect(await statusOf(capabilities.items.getById(first.Id).update({ [F.detail]: '{"key":"tampered"}' }))).toBe(403);
    expect(await statusOf(capabilities.items.getById(first.Id).delete())).toBe(403);
    expect(await statusOf(member.web.lists.getByTitle(LISTS.modelVersions).items.add({ Title: 'Rogue', [F.status]: 'published' }))).toBe(403);
    // Nothing changed: the owner reads the capability as published.
    const owner = await site.spFor('owner');
    const again = await owner.web.lists.getByTitle(LISTS.capabilities).items.getById(first.Id).select(F.detail)();
    expect(again[F.detail]).toBe(first[F.detail]);
    // Members still read the model.
    expect(await (await site.storeFor('member')).getPublishedModel()).not.toBeNull();
  });

  it('still let members save responses', async () => {
    const assessmentId = (await site.owner.createAssessment({ title: 'Locked model', scope: 'Trust' })).id;
    const member = await site.storeFor('member');
    const { model } = await member.loadAssessmentView(assessmentId);
    const target = capabilityWithTwoCriteria(model);
    const saved = await member.saveResponse(assessmentId, { capability: target.capability, base: null, draft: draft({ answers: { [target.first]: 'met' } }) });
    expect(saved.status).toBe('saved');
    expect(saved.status === 'saved' && saved.response.answers[target.first]).toBe('met');
  });
});

describe('upgrading a site whose model lists inherit the site\'s permissions', () => {
  let site: OwnedSite;
  afterEach(() => site.close());

  it('gives them their own permissions on the next set-up, says so, and changes nothing on a further run', async () => {
    site = await startSiteWithLists();
    const sp = await site.spFor('owner');
    // A site set up before this change: its lists inherit, so members could change the model.
    for (const title of MODEL_LISTS) await sp.web.lists.getByTitle(title).resetRoleInheritance();
    expect(await hasOwnPermissions(sp, LISTS.capabilities)).toBe(false);

    site.sim.clearLog();
    const report = await site.owner.ensureSchema();
    expect(report.changes).toEqual(
      MODEL_LISTS.flatMap((title) => [
        `"${title}" no longer inherits the site's permissions`,
        `Made "${MEMBERS}" read-only on "${title}" (removed Contribute)`
      ])
    );
    // Per list: break inheritance, add Read for members, remove their Contribute.
    expect(site.writes()).toHaveLength(MODEL_LISTS.length * 3);
    for (const title of MODEL_LISTS) {
      expect(await holders(sp, title)).toEqual([`${MEMBERS}: Read`, `${OWNERS}: Full Control`, `${VISITORS}: Read`]);
    }
    const member = await site.spFor('member');
    expect(await statusOf(member.web.lists.getByTitle(LISTS.capabilities).items.add({ Title: 'x' }))).toBe(403);

    site.sim.clearLog();
    expect((await site.owner.ensureSchema()).changes).toEqual([]);
    expect(site.writes()).toEqual([]);
    expect(site.sim.log.every((e) => e.method === 'GET')).toBe(true);
  });

  it('takes away a member\'s leftover Edit and puts back a missing owners\' Full Control', async () => {
    site = await startSiteWithLists();
    const sp = await site.spFor('owner');
    const list = sp.web.lists.getByTitle(LISTS.profiles);
    const edit = await sp.web.roleDefinitions.getByType(6)();
    const fullControl = await sp.web.roleDefinitions.getByType(5)();
    const members = await sp.web.associatedMemberGroup();
    const owners = await sp.web.associatedOwnerGroup();
    // Someone widened the list by hand (as the owner, who keeps control as a site user).
    await list.roleAssignments.add(members.Id, edit.Id);
    await list.roleAssignments.add(site.sim.users.find((u) => u.role === 'owner')!.id, fullControl.Id);
    await list.roleAssignments.remove(owners.Id, fullControl.Id);

    const report = await site.owner.ensureSchema();
    expect(report.changes).toEqual([
      `Gave "${OWNERS}" full control of "${LISTS.profiles}"`,
      `Made "${MEMBERS}" read-only on "${LISTS.profiles}" (removed Edit)`,
      `Made "Olivia Owen" read-only on "${LISTS.profiles}" (removed Full Control)`
    ]);
    expect(await holders(sp, LISTS.profiles)).toEqual([`${MEMBERS}: Read`, `${OWNERS}: Full Control`, `${VISITORS}: Read`, 'Olivia Owen: Read']);
  });
});
