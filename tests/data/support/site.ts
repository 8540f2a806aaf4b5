/**
 * A simulated SharePoint site for store tests: the real PnPjs client, over HTTP, against the
 * local simulator. Each role gets its own SPFI (and store) acting as that user, with the page's
 * form digest fetched up front as a SharePoint page has it.
 */
import { startSimulator, type RunningSimulator, type SimulatorOptions } from '../../../tools/sp-simulator';
import { SharePointStore } from '../../../src/data/SharePointStore';
import { connectLocalSite } from '../../../tools/support/connectLocalSite';
import type { SPFI } from '../../../src/data/sp/pnp';
import { startedForAll } from '../../support/startedForAll';

export type RoleName = 'owner' | 'member' | 'visitor';

export interface TestSite extends RunningSimulator {
  /** A store acting as the site's user with the given role. */
  storeFor(role: RoleName): Promise<SharePointStore>;
  /** A raw PnPjs SPFI acting as the given role, for hand edits a test needs. */
  spFor(role: RoleName): Promise<SPFI>;
  /** Round trips answered since the log was last cleared. */
  roundTrips(): number;
  /** Requests other than GETs (and contextinfo) answered since the log was last cleared. */
  writes(): { method: string; path: string }[];
}

/** Starts an empty simulated site. */
export async function startSite(options: SimulatorOptions = {}): Promise<TestSite> {
  const running = await startSimulator({ port: 0, ...options });
  const spFor = async (role: RoleName): Promise<SPFI> => {
    const user = running.sim.users.find((u) => u.role === role);
    if (!user) throw new Error(`the simulator has no ${role}`);
    return connectLocalSite({ webUrl: running.webUrl, userLogin: user.login });
  };
  return {
    ...running,
    spFor,
    storeFor: async (role) => new SharePointStore(await spFor(role)),
    roundTrips: () => running.sim.log.length,
    writes: () =>
      running.sim.log
        .filter((e) => e.method !== 'GET' && !/\/_api\/contextinfo$/i.test(e.path.split('?')[0]))
        .map((e) => ({ method: e.method, path: e.path }))
  };
}

/** A site with its owner's store at hand. */
export type OwnedSite = TestSite & { owner: SharePointStore };

/** A site with the NIMM lists set up but no model published yet, as the owner. */
export async function startSiteWithLists(options: SimulatorOptions = {}): Promise<OwnedSite> {
  const site = await startSite(options);
  const owner = await site.storeFor('owner');
  await owner.ensureSchema();
  return { ...site, owner };
}

/** A site with the NIMM lists set up and the default model published, as the owner. */
export async function startSetUpSite(options: SimulatorOptions = {}): Promise<OwnedSite> {
  const site = await startSiteWithLists(options);
  await site.owner.publishDefaultModel();
  return site;
}

/** startSiteWithLists for all the tests of a describe block (see startedForAll). */
export function useSiteWithLists(): OwnedSite {
  return startedForAll(() => startSiteWithLists());
}

/** startSetUpSite for all the tests of a describe block (see startedForAll). */
export function useSetUpSite(): OwnedSite {
  return startedForAll(() => startSetUpSite());
}
