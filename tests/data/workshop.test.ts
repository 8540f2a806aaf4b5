import { StoreError } from '../../src/data/errors';
import { SharePointStore } from '../../src/data/SharePointStore';
import { F, LISTS } from '../../src/data/schema/names';
import type { SimUser } from '../../tools/sp-simulator';
import { DEFAULT_USERS } from '../../tools/sp-simulator';
import { connectLocalSite } from '../../tools/support/connectLocalSite';
import { startedForAll } from '../support/startedForAll';
import { startSetUpSite } from './support/site';

// Workshop mode against the simulator: one item per participant, scores hidden until the reveal,
// and only the facilitator or a site owner may reveal.

/** A second member, so two people who are not owners can score the same capability. */
const PRIYA: SimUser = { id: 10, login: 'i:0#.f|membership|priya.shah@example.nhs.uk', title: 'Priya Shah', email: 'priya.shah@example.nhs.uk', role: 'member' };

describe('workshop scores', () => {
  const site = startedForAll(() => startSetUpSite({ users: [...DEFAULT_USERS, PRIYA] }));
  let marcus: SharePointStore;
  let priya: SharePointStore;
  let visitor: SharePointStore;
  /** An assessment whose facilitator is Priya (a member), and one that names no facilitator. */
  let facilitated: number;
  let unfacilitated: number;
  let capabilities: string[];
  let perspectives: string[];

  beforeAll(async () => {
    marcus = await site.storeFor('member');
    visitor = await site.storeFor('visitor');
    priya = new SharePointStore(await connectLocalSite({ webUrl: site.webUrl, userLogin: PRIYA.login }));
    facilitated = (await site.owner.createAssessment({ title: 'Workshop', scope: 'Trust', facilitator: 'Priya Shah' })).id;
    unfacilitated = (await site.owner.createAssessment({ title: 'No facilitator', scope: 'Trust' })).id;
    const { model } = await marcus.loadAssessmentView(facilitated);
    capabilities = model.capabilities.map((c) => c.key);
    perspectives = model.perspectives.map((p) => p.key);
  });

  /** The raw items of one participant (or the reveal item) for a capability, as SharePoint holds them. */
  async function itemsOf(assessmentId: number, capability: string, login: string): Promise<unknown[]> {
    const sp = await site.spFor('owner');
    const items: Record<string, unknown>[] = await sp.web.lists.getByTitle(LISTS.workshopScores).items.select('Id', F.participantLogin).filter(`${F.assessmentId} eq ${assessmentId} and ${F.capabilityKey} eq '${capability}'`)();
    return items.filter((i) => String(i[F.participantLogin]).toLowerCase() === login.toLowerCase());
  }

  it('is set up as its own list whose key SharePoint keeps unique', async () => {
    const sp = await site.spFor('owner');
    const field = await sp.web.lists.getByTitle(LISTS.workshopScores).fields.getByInternalNameOrTitle(F.workshopKey).select('EnforceUniqueValues', 'Indexed')();
    expect(field).toMatchObject({ EnforceUniqueValues: true, Indexed: true });
  });

  it('keeps each person\'s scores from the others until the facilitator reveals them', async () => {
    const capability = capabilities[0];
    const [p1, p2] = perspectives;
    expect((await marcus.saveWorkshopScores(facilitated, capability, { [p1]: 1, [p2]: 3 })).scores).toEqual({ [p1]: 1, [p2]: 3 });
    await priya.saveWorkshopScores(facilitated, capability, { [p1]: 4 });

    const before = await marcus.loadWorkshop(facilitated, capability);
    expect(before.mine?.scores).toEqual({ [p1]: 1, [p2]: 3 });
    expect(before.revealed).toBe(false);
    expect(before.canReveal).toBe(false);
    expect(before.facilitator).toBe('Priya Shah');
    // Who has scored is shown; what they scored is not handed to the page at all.
    expect(before.scoredBy).toEqual(['Marcus Reid', 'Priya Shah']);
    expect(before.everyone).toBeNull();
    expect(JSON.stringify(before)).not.toContain('"scores":{"' + p1 + '":4');
    expect((await visitor.loadWorkshop(facilitated, capability)).everyone).toBeNull();

    // The facilitator and site owners see them before the reveal, to know when everyone is done.
    const facilitator = await priya.loadWorkshop(facilitated, capability);
    expect(facilitator.canReveal).toBe(true);
    expect(facilitator.everyone?.map((p) => [p.name, p.scores])).toEqual([['Marcus Reid', { [p1]: 1, [p2]: 3 }], ['Priya Shah', { [p1]: 4 }]]);
    expect((await site.owner.loadWorkshop(facilitated, capability)).canReveal).toBe(true);

    const revealed = await priya.revealWorkshop(facilitated, capability, true);
    expect(revealed).toMatchObject({ revealed: true, revealedBy: 'Priya Shah' });
    const after = await marcus.loadWorkshop(facilitated, capability);
    expect(after.revealed).toBe(true);
    expect(after.revealedBy).toBe('Priya Shah');
    expect(after.everyone?.map((p) => p.scores)).toEqual([{ [p1]: 1, [p2]: 3 }, { [p1]: 4 }]);
    expect((await visitor.loadWorkshop(facilitated, capability)).everyone).toHaveLength(2);

    // Hidden again (say, for a second round of scoring): members no longer get them.
    await site.owner.revealWorkshop(facilitated, capability, false);
    expect((await marcus.loadWorkshop(facilitated, capability)).everyone).toBeNull();
    // The reveal state is one item, however often it changes.
    expect(await itemsOf(facilitated, capability, '*reveal*')).toHaveLength(1);
  });

  it('refuses a reveal by a member who is not the facilitator, in plain words, and writes nothing', async () => {
    const capability = capabilities[1];
    site.sim.clearLog();
    const refused = (await marcus.revealWorkshop(facilitated, capability, true).catch((e: unknown) => e)) as StoreError;
    expect(refused).toBeInstanceOf(StoreError);
    expect(refused.kind).toBe('forbidden');
    expect(refused.message).toBe('Only the facilitator of this assessment (Priya Shah) or a site owner can reveal the workshop scores. Ask Priya Shah to reveal them when the team is ready.');
    // Only the one $batch of reads went out (a $batch is a POST), and no reveal item exists.
    expect(site.writes()).toEqual([{ method: 'POST', path: '/sites/nimm/_api/$batch' }]);
    expect(await itemsOf(facilitated, capability, '*reveal*')).toEqual([]);

    const noFacilitator = (await priya.revealWorkshop(unfacilitated, capability, true).catch((e: unknown) => e)) as StoreError;
    expect(noFacilitator.kind).toBe('forbidden');
    expect(noFacilitator.message).toBe('Only a site owner can reveal the workshop scores, because this assessment names no facilitator. Ask a site owner (Olivia Owen) to reveal them when the team is ready.');
    expect((await marcus.loadWorkshop(facilitated, capability)).revealed).toBe(false);
  });

  it('keeps one item per person when the same person saves twice at once, with both changes', async () => {
    const capability = capabilities[2];
    const [p1, p2, p3] = perspectives;
    site.sim.clearLog();
    // Two tabs saving their first scores at the same moment: both find no item and both add one.
    await Promise.all([marcus.saveWorkshopScores(facilitated, capability, { [p1]: 2 }), marcus.saveWorkshopScores(facilitated, capability, { [p2]: 4 })]);
    // SharePoint refused the second add (the unique key), and that save updated the first item.
    expect(site.sim.log.some((e) => e.method === 'POST' && e.status === 500 && /items$/i.test(decodeURIComponent(e.path)))).toBe(true);
    expect(await itemsOf(facilitated, capability, site.sim.users.find((u) => u.role === 'member')!.login)).toHaveLength(1);
    expect((await marcus.loadWorkshop(facilitated, capability)).mine?.scores).toEqual({ [p1]: 2, [p2]: 4 });

    // And again once the item exists: the later write meets the ETag check, reads the item anew
    // and applies its own change to it, so neither tab's change is lost.
    site.sim.clearLog();
    await Promise.all([marcus.saveWorkshopScores(facilitated, capability, { [p1]: 3 }), marcus.saveWorkshopScores(facilitated, capability, { [p3]: 1 })]);
    expect(site.sim.log.some((e) => e.status === 412)).toBe(true);
    expect(await itemsOf(facilitated, capability, site.sim.users.find((u) => u.role === 'member')!.login)).toHaveLength(1);
    expect((await marcus.loadWorkshop(facilitated, capability)).mine?.scores).toEqual({ [p1]: 3, [p2]: 4, [p3]: 1 });
  });

  it('clears a score with null and leaves the others as they are', async () => {
    const capability = capabilities[3];
    const [p1, p2] = perspectives;
    await priya.saveWorkshopScores(facilitated, capability, { [p1]: 2, [p2]: 2 });
    const saved = await priya.saveWorkshopScores(facilitated, capability, { [p1]: null });
    expect(saved.scores).toEqual({ [p2]: 2 });
    expect((await priya.loadWorkshop(facilitated, capability)).mine?.scores).toEqual({ [p2]: 2 });
  });

  it('refuses a score that is not a level, and a visitor\'s scores', async () => {
    const capability = capabilities[4];
    const [p1] = perspectives;
    for (const level of [0, 2.5]) {
      const error = (await marcus.saveWorkshopScores(facilitated, capability, { [p1]: level }).catch((e: unknown) => e)) as StoreError;
      expect(error.kind).toBe('invalid-data');
      expect(error.message).toBe(`Your workshop scores for "${capability}" could not be saved: the score for "${p1}" must be a level from 1, or blank.`);
    }
    const p2 = perspectives[1];
    const both = (await marcus.saveWorkshopScores(facilitated, capability, { [p1]: 0, [p2]: 2.5 }).catch((e: unknown) => e)) as StoreError;
    expect(both.message).toBe(`Your workshop scores for "${capability}" could not be saved: the scores for "${p1}", "${p2}" must each be a level from 1, or blank.`);
    const forbidden = (await visitor.saveWorkshopScores(facilitated, capability, { [p1]: 2 }).catch((e: unknown) => e)) as StoreError;
    expect(forbidden.kind).toBe('forbidden');
    expect(forbidden.message).toMatch(/^You do not have permission to save your workshop scores for "/);
  });

  it('loads a workshop in one round trip, saves a score in two and reveals in two', async () => {
    const capability = capabilities[5];
    site.sim.clearLog();
    await marcus.loadWorkshop(facilitated, capability);
    expect(site.roundTrips()).toBe(1);
    site.sim.clearLog();
    await marcus.saveWorkshopScores(facilitated, capability, { [perspectives[0]]: 2 });
    expect(site.roundTrips()).toBe(2);
    site.sim.clearLog();
    await marcus.saveWorkshopScores(facilitated, capability, { [perspectives[0]]: 3 });
    expect(site.roundTrips()).toBe(2);
    site.sim.clearLog();
    await priya.revealWorkshop(facilitated, capability, true);
    expect(site.roundTrips()).toBe(2);
  });

  it('says a site owner must run set-up when the list is missing', async () => {
    const sp = await site.spFor('owner');
    const list = sp.web.lists.getByTitle(LISTS.workshopScores);
    await list.update({ Title: 'Renamed workshop list' });
    try {
      const error = (await marcus.loadWorkshop(facilitated, capabilities[0]).catch((e: unknown) => e)) as StoreError;
      expect(error.kind).toBe('not-set-up');
      expect(error.message).toContain('"NIMM Workshop Scores" does not exist on this site. A site owner needs to run set-up first.');
    } finally {
      await sp.web.lists.getByTitle('Renamed workshop list').update({ Title: LISTS.workshopScores });
    }
  });
});

describe('a workshop list whose unique key was turned off by hand', () => {
  const site = startedForAll(() => startSetUpSite());

  it('gets the rule back on the next set-up, keeps a second item aside, and reads one item per person', async () => {
    const member = await site.storeFor('member');
    const assessmentId = (await site.owner.createAssessment({ title: 'Hand edits', scope: 'Trust' })).id;
    const { model } = await member.loadAssessmentView(assessmentId);
    const capability = model.capabilities[0].key;
    const perspective = model.perspectives[0].key;
    const first = await member.saveWorkshopScores(assessmentId, capability, { [perspective]: 2 });

    const sp = await site.spFor('owner');
    const list = sp.web.lists.getByTitle(LISTS.workshopScores);
    await list.fields.getByInternalNameOrTitle(F.workshopKey).update({ EnforceUniqueValues: false }, 'SP.FieldText');
    // Someone copies the member's item by hand, key and all.
    const login = site.sim.users.find((u) => u.role === 'member')!.login;
    const copy = await list.items.add({
      Title: 'copy', [F.assessmentId]: assessmentId, [F.capabilityKey]: capability, [F.participantLogin]: login, [F.participantName]: 'Marcus Reid',
      [F.workshopScores]: JSON.stringify({ [perspective]: 5 }), [F.workshopKey]: `${assessmentId}/${capability}/${login}`.toLowerCase()
    });

    const read = await member.loadWorkshop(assessmentId, capability);
    expect(read.mine?.itemId).toBe(first.itemId);
    expect(read.mine?.scores).toEqual({ [perspective]: 2 });
    expect(read.issues.map((i) => i.itemId)).toEqual([copy.Id]);

    const report = await site.owner.ensureSchema();
    expect(report.changes).toEqual([
      `Gave 1 workshop item its key in "${LISTS.workshopScores}"`,
      `Made "${LISTS.workshopScores}" keep one item per participant and capability (unique "Workshop key")`
    ]);
    const keys = await list.items.select('Id', F.workshopKey).orderBy('Id')();
    // The copy keeps its content but gets a key of its own, so SharePoint can enforce the rule.
    expect(keys.find((k) => k.Id === copy.Id)?.[F.workshopKey]).toBe(`${assessmentId}/${capability}/${login.toLowerCase()}#${copy.Id}`);
    expect((await member.loadWorkshop(assessmentId, capability)).mine?.scores).toEqual({ [perspective]: 2 });
    expect((await site.owner.ensureSchema()).changes).toEqual([]);
  });
});
