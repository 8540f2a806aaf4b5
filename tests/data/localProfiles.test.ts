/**
 * Local profiles (schema version 7) against the simulator: read with the roadmap in its first
 * round trip, saved with a unique key and an ETag, deleted to the recycle bin, and the site
 * owner's choice of who may change them kept in SharePoint's permissions (a member's REST write is
 * refused once the owner chose "owners only", not merely hidden by the page).
 */
import { StoreError } from '../../src/data/errors';
import type { SharePointStore } from '../../src/data/SharePointStore';
import type { LocalProfileSave } from '../../src/data/types';
import { F, LISTS } from '../../src/data/schema/names';
import { useSetUpSite } from './support/site';

const EPR: LocalProfileSave = {
  key: 'local-epr-programme',
  name: 'EPR programme',
  kind: 'service',
  description: 'What the EPR programme needs before go-live.',
  targets: { 'identity-management': 3, 'single-sign-on': 3, 'retired-capability': 2 },
  basedOn: 'epr-go-live'
};

async function rejection(promise: Promise<unknown>): Promise<StoreError> {
  try {
    await promise;
  } catch (error) {
    return error as StoreError;
  }
  throw new Error('expected a refusal');
}

describe('local profiles on the site', () => {
  const site = useSetUpSite();
  let member: SharePointStore;
  let visitor: SharePointStore;

  beforeAll(async () => {
    member = await site.storeFor('member');
    visitor = await site.storeFor('visitor');
    await site.owner.createAssessment({ title: 'Local profiles', scope: 'Local profiles', targetProfile: 'level-3-baseline' });
  });

  afterEach(async () => {
    await site.owner.setLocalProfileEditors('members');
  });

  it('are saved by a member, read back with the roadmap and the dashboard in their two round trips, and keep targets the model lacks', async () => {
    const saved = await member.saveLocalProfile(EPR);
    expect(saved).toEqual(expect.objectContaining({ key: EPR.key, name: 'EPR programme', kind: 'service', basedOn: 'epr-go-live', targets: EPR.targets }));
    site.sim.clearLog();
    const view = await member.loadRoadmap();
    expect(site.roundTrips()).toBe(2);
    expect(view.localProfiles).toEqual({ profiles: [expect.objectContaining({ key: EPR.key, targets: EPR.targets })], editors: 'members', canChange: true, available: true });
    // The dashboard reads them too, still in its two round trips, to offer them beside the model's profiles.
    site.sim.clearLog();
    const dashboard = await member.loadDashboard();
    expect(site.roundTrips()).toBe(2);
    expect(dashboard.localProfiles.profiles.map((p) => p.key)).toEqual([EPR.key]);
    // A visitor reads them but SharePoint lets them change nothing.
    const seen = await visitor.loadRoadmap();
    expect(seen.localProfiles.profiles.map((p) => p.key)).toEqual([EPR.key]);
    expect(seen.localProfiles.canChange).toBe(false);
    const refused = await rejection(visitor.saveLocalProfile({ ...EPR, key: 'local-visitor', name: 'Visitor' }));
    expect(refused.kind).toBe('forbidden');
    await member.deleteLocalProfile({ itemId: saved.itemId, etag: saved.etag, name: saved.name });
  });

  it('refuses a second profile with the same key (SharePoint\'s unique key), saying so and keeping what was typed', async () => {
    const first = await member.saveLocalProfile({ ...EPR, key: 'local-twice', name: 'Twice' });
    const second = await rejection(member.saveLocalProfile({ ...EPR, key: 'local-twice', name: 'Twice again' }));
    expect(second.kind).toBe('conflict');
    expect(second.message).toMatch(/already a local profile with the key "local-twice"/);
    expect(second.unsaved).toEqual(expect.objectContaining({ name: 'Twice again' }));
    await member.deleteLocalProfile({ itemId: first.itemId, etag: first.etag, name: first.name });
  });

  it('does not overwrite someone else\'s change, nor delete over it', async () => {
    const mine = await member.saveLocalProfile({ ...EPR, key: 'local-shared', name: 'Shared' });
    const theirs = await site.owner.saveLocalProfile({ ...EPR, itemId: mine.itemId, etag: mine.etag, key: mine.key, name: 'Shared (owner)' });
    const refused = await rejection(member.saveLocalProfile({ ...EPR, itemId: mine.itemId, etag: mine.etag, key: mine.key, name: 'Shared (member)' }));
    expect(refused.kind).toBe('conflict');
    expect(refused.message).toMatch(/Someone else changed or deleted the local profile "Shared \(member\)"/);
    const notDeleted = await rejection(member.deleteLocalProfile({ itemId: mine.itemId, etag: mine.etag, name: 'Shared' }));
    expect(notDeleted.kind).toBe('conflict');
    await member.deleteLocalProfile({ itemId: theirs.itemId, etag: theirs.etag, name: theirs.name });
    expect((await member.loadRoadmap()).localProfiles.profiles.map((p) => p.key)).not.toContain('local-shared');
  });

  it('checks a profile before anything is sent: a name, a local key, at least one target, whole levels', async () => {
    site.sim.clearLog();
    const bad = await rejection(member.saveLocalProfile({ ...EPR, key: 'epr-go-live', name: ' ', targets: {} }));
    expect(bad.kind).toBe('invalid-data');
    expect(bad.message).toMatch(/must start "local-"/);
    expect(bad.message).toMatch(/needs a name/);
    expect(bad.message).toMatch(/at least one capability/);
    const fraction = await rejection(member.saveLocalProfile({ ...EPR, targets: { 'single-sign-on': 2.5 } }));
    expect(fraction.message).toMatch(/whole level/);
    expect(site.sim.log).toHaveLength(0);
    const noEtag = await rejection(member.saveLocalProfile({ ...EPR, itemId: 1 }));
    expect(noEtag.message).toMatch(/ETag/);
  });

  it('keeps to site owners when an owner chooses so, enforced by SharePoint for any REST call', async () => {
    const before = await member.saveLocalProfile({ ...EPR, key: 'local-before', name: 'Before' });
    expect(await site.owner.getLocalProfileEditors()).toBe('members');
    const changes = await site.owner.setLocalProfileEditors('owners');
    expect(changes.length).toBeGreaterThan(0);
    expect(await site.owner.getLocalProfileEditors()).toBe('owners');
    expect(await site.owner.setLocalProfileEditors('owners')).toEqual([]);

    const view = await member.loadRoadmap();
    expect(view.localProfiles).toEqual(expect.objectContaining({ editors: 'owners', canChange: false }));
    expect(view.localProfiles.profiles.map((p) => p.key)).toContain('local-before');
    const refused = await rejection(member.saveLocalProfile({ ...EPR, key: 'local-after', name: 'After' }));
    expect(refused.kind).toBe('forbidden');
    // Not only the store: a member's own REST write to the list is refused by SharePoint.
    const sp = await site.spFor('member');
    await expect(sp.web.lists.getByTitle(LISTS.localProfiles).items.getById(before.itemId).update({ Title: 'Changed by hand' })).rejects.toMatchObject({ status: 403 });
    // A member cannot make the choice either.
    expect((await rejection(member.setLocalProfileEditors('members'))).kind).toBe('forbidden');
    // The owner still can change profiles, and can open them to members again.
    const owned = await site.owner.saveLocalProfile({ ...EPR, key: 'local-owner', name: 'Owner\'s' });
    expect(owned.key).toBe('local-owner');
    expect(await site.owner.setLocalProfileEditors('members')).toHaveLength(1);
    expect((await member.loadRoadmap()).localProfiles.canChange).toBe(true);
    const rows = await sp.web.lists.getByTitle(LISTS.localProfiles).items.select('Id', F.profileKey)();
    expect(rows.length).toBeGreaterThanOrEqual(2);
  });

  it('reports a hand-edited item it cannot read (and a second item with a key) instead of hiding it, and lists the rest', async () => {
    const good = await member.saveLocalProfile({ ...EPR, key: 'local-good', name: 'Good' });
    site.sim.bulkAddItems(LISTS.localProfiles, [
      { Title: 'Broken', [F.profileKey]: 'local-broken', [F.profileKind]: 'service', [F.detail]: '{"targets": {"change-management": "three"}' },
      { Title: 'Good again', [F.profileKey]: 'local-good#99', [F.profileKind]: 'service', [F.detail]: '{"targets": {}}' }
    ]);
    const view = await member.loadRoadmap();
    expect(view.localProfiles.profiles.map((p) => p.key)).toContain('local-good');
    expect(view.localProfiles.profiles.map((p) => p.key)).not.toContain('local-broken');
    const problems = view.issues.filter((i) => i.list === LISTS.localProfiles).map((i) => i.problem);
    expect(problems).toContainEqual(expect.stringMatching(/Profile \(JSON\)/));
    expect(problems).toContainEqual(expect.stringMatching(/second local profile with the key "local-good"/));
    await member.deleteLocalProfile({ itemId: good.itemId, etag: good.etag, name: good.name });
  });

  it('on a site set up before schema version 7 the roadmap still opens, and says the list is missing', async () => {
    const sp = await site.spFor('owner');
    const editors = await site.owner.getLocalProfileEditors();
    expect(editors).not.toBeNull();
    await sp.web.lists.getByTitle(LISTS.localProfiles).delete();
    try {
      const view = await member.loadRoadmap();
      expect(view.localProfiles).toEqual({ profiles: [], editors: 'members', canChange: false, available: false });
      expect(view.issues.map((i) => i.problem)).toContainEqual(expect.stringMatching(/"NIMM Local Profiles" is not on this site yet/));
      expect(await site.owner.getLocalProfileEditors()).toBeNull();
    } finally {
      await site.owner.ensureSchema();
    }
    expect((await member.loadRoadmap()).localProfiles.available).toBe(true);
  });
});
