import * as http from 'http';
import type { AddressInfo } from 'net';
import { dashboardData } from '../../src/components/dashboard/dashboardData';
import { isStoreError, type StoreError } from '../../src/data/errors';
import { F, LISTS } from '../../src/data/schema/names';
import { SharePointStore } from '../../src/data/SharePointStore';
import { dashboardHeadline, heatmapRows } from '../../src/nimm';
import { getDefaultModel } from '../../src/nimm/defaultModel';
import { DEFAULT_USERS } from '../../tools/sp-simulator';
import { spForLocalSite } from '../../tools/support/connectLocalSite';
import { syntheticModel } from '../../tools/synthetic/syntheticModel';
import { demoAssessment } from '../../tools/workbench/seed';
import { startedForAll } from '../support/startedForAll';
import { startSetUpSite, startSite, startSiteWithLists, type OwnedSite } from './support/site';

const VISITOR = DEFAULT_USERS.find((u) => u.role === 'visitor')!;

async function failure(p: Promise<unknown>): Promise<StoreError> {
  const error = await p.then(
    () => null,
    (e: unknown) => e
  );
  if (!isStoreError(error)) throw new Error(`expected a StoreError, got ${String(error)}`);
  return error;
}

/** The first round trip: three GETs sent together, sorted by path (they may arrive in any order). */
const FIRST_TRIP = [
  "GET /sites/nimm/_api/web",
  "GET /sites/nimm/_api/web/lists/getByTitle('NIMM Assessments')/items",
  "GET /sites/nimm/_api/web/lists/getByTitle('NIMM Responses')/items"
].sort();

/** The requests the simulator answered since its log was cleared, as "METHOD path" without the query. */
function trips(site: OwnedSite): string[] {
  return site.sim.log.map((e) => `${e.method} ${e.path.split('?')[0]}`);
}

/** The demo trust's answers as response items of an assessment, written straight into the list. */
function demoResponses(assessmentId: number): Record<string, unknown>[] {
  return demoAssessment(getDefaultModel()).responses.map((r, i) => ({
    Title: r.capability,
    [F.assessmentId]: assessmentId,
    [F.capabilityKey]: r.capability,
    [F.responseKey]: `${assessmentId}/${r.capability}`,
    [F.status]: r.notApplicable ? 'not-applicable' : i % 2 === 0 ? 'agreed' : 'in-progress',
    [F.notApplicable]: r.notApplicable,
    [F.answers]: JSON.stringify(r.answers)
  }));
}

describe('a site\'s summary for the across-sites view', () => {
  const site = startedForAll(() => startSetUpSite());
  let newestId = 0;

  beforeAll(async () => {
    const older = await site.owner.createAssessment({ title: 'Trust-wide 2025', scope: 'Trust-wide', startDate: '2025-11-15' });
    site.sim.bulkAddItems(LISTS.responses, demoResponses(older.id).slice(0, 5));
    newestId = (await site.owner.createAssessment({ title: 'Trust-wide 2026', scope: 'Trust-wide', startDate: '2026-03-01' })).id;
    site.sim.bulkAddItems(LISTS.responses, demoResponses(newestId));
  });

  it('reads the title, the newest assessment and its responses in one round trip with the default model, and agrees with the dashboard', async () => {
    const visitor = await site.storeFor('visitor');
    site.sim.clearLog();
    const summary = await visitor.loadSiteSummary();
    expect(trips(site).sort()).toEqual(FIRST_TRIP);
    expect(summary.title).toBe('NIMM Assessment Suite');
    expect(summary.siteUrl).toBe(site.webUrl);
    expect(summary.assessment?.id).toBe(newestId);
    expect(summary.model).toEqual({ key: 'nhs-nimm', version: getDefaultModel().version, name: getDefaultModel().name });
    expect(summary.issues).toEqual([]);

    // The same figures as the dashboard's own overview of that assessment.
    const data = dashboardData(await visitor.loadDashboard())!;
    const headline = dashboardHeadline(data.shown.model, data.assessment, { report: data.report, responses: data.shown.responses, scope: data.shown.assessment.inScope });
    expect(summary.level).toBe(headline.level);
    expect(summary.levelName).toBe(headline.levelName);
    expect(summary.score).toBe(headline.score);
    expect(summary.level).not.toBeNull();
    expect(summary.progress).toEqual({ complete: headline.progress.complete, capabilities: headline.progress.capabilities, percentComplete: headline.progress.percentComplete });
    expect(summary.progress!.complete).toBeGreaterThan(0);
    expect(summary.foundation?.level).toBe(headline.foundation.level);
    const rows = heatmapRows(data.shown.model, data.report).aspects.reduce((all: { category: string; level: number | null }[], a) => all.concat(a.rows), []);
    expect(summary.categories.map((c) => [c.category, c.level])).toEqual(rows.map((r) => [r.category, r.level]));
    expect(summary.categories.length).toBe(getDefaultModel().categories.length);
  });

  it('reports a damaged response and shows the rest', async () => {
    site.sim.bulkAddItems(LISTS.responses, [{ Title: 'x', [F.assessmentId]: newestId, [F.capabilityKey]: 'no-such-capability', [F.responseKey]: `${newestId}/bad`, [F.answers]: '{not json' }]);
    const summary = await (await site.storeFor('visitor')).loadSiteSummary();
    expect(summary.level).not.toBeNull();
    expect(summary.issues.length).toBeGreaterThan(0);
    expect(summary.issues.every((i) => i.list === LISTS.responses)).toBe(true);
    expect(summary.issues.map((i) => i.problem).join(' ')).toMatch(/no-such-capability/);
  });

  it('answers 403 Access denied to someone signed in to the tenant but not given access, and names the site', async () => {
    expect(site.sim.removeFromSite(VISITOR.login)).toBe(true);
    try {
      // Straight from the simulator: SharePoint Online's answer, for contextinfo and the $batch alike.
      for (const [method, api] of [['POST', 'contextinfo'], ['GET', 'web']] as const) {
        const r = await fetch(`${site.webUrl}/_api/${api}`, { method, headers: { Accept: 'application/json', 'X-Sim-User': VISITOR.login } });
        expect(r.status).toBe(403);
        expect((await r.json())['odata.error']).toEqual({
          code: '-2147024891, System.UnauthorizedAccessException',
          message: { lang: 'en-US', value: 'Access denied. You do not have permission to perform this action or access this resource.' }
        });
      }
      // Someone the tenant does not know at all is still not signed in: 401.
      const stranger = await fetch(`${site.webUrl}/_api/web`, { headers: { Accept: 'application/json', 'X-Sim-User': 'nobody@example.nhs.uk' } });
      expect(stranger.status).toBe(401);

      // Through the store, as the web part reaches another trust's site (no form digest in hand).
      const error = await failure(new SharePointStore(spForLocalSite({ webUrl: site.webUrl, userLogin: VISITOR.login })).loadSiteSummary());
      expect(error.kind).toBe('forbidden');
      expect(error.message).toBe(`You do not have access to the NIMM site ${site.webUrl}, so its results cannot be shown. Ask one of its site owners for access, or take it out of this web part's settings.`);
    } finally {
      site.sim.users.push({ ...VISITOR });
    }
  });

  it('reads the newest responses by filter in a second trip when they are not all on the first page', async () => {
    // An assessment typed in afterwards (a higher id) with an earlier start date, and more
    // responses than one page holds: the newest assessment's responses are pushed off the page.
    const late = await site.owner.createAssessment({ title: 'Pathology 2024, typed in late', scope: 'Pathology', startDate: '2024-06-01' });
    site.sim.bulkAddItems(
      LISTS.responses,
      Array.from({ length: 5000 }, (_v, i) => ({ Title: `c${i}`, [F.assessmentId]: late.id, [F.capabilityKey]: `c-${i}`, [F.responseKey]: `${late.id}/c-${i}` }))
    );
    // Now past the list view threshold, SharePoint still serves the sort on the indexed assessment
    // id with $top at the threshold, and refuses a sort on a column without an index.
    const sp = await site.spFor('visitor');
    const top = await sp.web.lists.getByTitle(LISTS.responses).items.select('Id', F.assessmentId).orderBy(F.assessmentId, false).top(5000)();
    expect(top).toHaveLength(5000);
    expect(top[0][F.assessmentId]).toBe(late.id);
    const refused = await sp.web.lists.getByTitle(LISTS.responses).items.select('Id').orderBy(F.rationale, false).top(10)().catch((e: unknown) => e);
    expect(String((refused as Error).message)).toMatch(/SPQueryThrottledException/);

    const visitor = await site.storeFor('visitor');
    site.sim.clearLog();
    const summary = await visitor.loadSiteSummary();
    expect(trips(site).slice(0, 3).sort()).toEqual(FIRST_TRIP);
    expect(trips(site).slice(3)).toEqual(['POST /sites/nimm/_api/$batch']);
    expect(site.sim.log[3].batchParts).toBe(1);
    expect(summary.assessment?.id).toBe(newestId);
    expect(summary.progress!.complete).toBeGreaterThan(0);
  }, 60000);
});

describe('a site whose assessment uses another model', () => {
  const site = startedForAll(() => startSiteWithLists());

  it('reads that model version in a second round trip', async () => {
    const model = { ...syntheticModel({ capabilities: 12, levels: 3, criteriaPerLevel: 1, seed: 5 }), key: 'local-model', name: 'Local model', version: '1.0' };
    await site.owner.publishModel(model);
    const assessment = await site.owner.createAssessment({ title: 'Local round', scope: 'Trust-wide' });
    const first = model.capabilities[0];
    site.sim.bulkAddItems(LISTS.responses, [
      { Title: first.key, [F.assessmentId]: assessment.id, [F.capabilityKey]: first.key, [F.responseKey]: `${assessment.id}/${first.key}`, [F.status]: 'agreed', [F.answers]: JSON.stringify({ [first.levels[0].criteria[0].key]: 'met' }) }
    ]);
    const visitor = await site.storeFor('visitor');
    site.sim.clearLog();
    const summary = await visitor.loadSiteSummary();
    expect(trips(site).slice(0, 3).sort()).toEqual(FIRST_TRIP);
    expect(trips(site).slice(3)).toEqual(['POST /sites/nimm/_api/$batch']);
    // The model version's header, profiles and capabilities.
    expect(site.sim.log[3].batchParts).toBe(3);
    expect(summary.model).toEqual({ key: 'local-model', version: '1.0', name: 'Local model' });
    expect(summary.progress).toMatchObject({ complete: 1, capabilities: 12 });
    expect(summary.categories.length).toBeGreaterThan(0);
  });
});

describe('sites that cannot be read', () => {
  const bare = startedForAll(() => startSite());

  it('says a site without the NIMM lists is not set up', async () => {
    const error = await failure((await bare.storeFor('visitor')).loadSiteSummary());
    expect(error.kind).toBe('not-set-up');
    expect(error.message).toBe(`${bare.webUrl} is not set up as a NIMM site: it has none of the NIMM lists. A site owner there needs to run set-up, or check the address in this web part's settings.`);
  });

  it('says there is no site at an address nothing answers for', async () => {
    const webUrl = `${bare.origin}/sites/no-such-site`;
    const error = await failure(new SharePointStore(spForLocalSite({ webUrl, userLogin: VISITOR.login })).loadSiteSummary());
    expect(error.kind).toBe('not-found');
    expect(error.message).toBe(`There is no SharePoint site at ${webUrl}. Check the address in this web part's settings.`);
  });

  it('says an address that does not answer could not be reached', async () => {
    const server = http.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const webUrl = `http://127.0.0.1:${port}/sites/gone`;
    const error = await failure(new SharePointStore(spForLocalSite({ webUrl, userLogin: VISITOR.login }), { firstWaitMs: 1 }).loadSiteSummary());
    expect(error.kind).toBe('network');
    expect(error.message).toBe(`Could not reach ${webUrl}. Check the address in this web part's settings and your connection, then try again.`);
  });

  it('gives a site with no assessment its title and nothing else', async () => {
    const lists = await startSiteWithLists();
    try {
      const summary = await (await lists.storeFor('member')).loadSiteSummary();
      expect(summary).toMatchObject({ title: 'NIMM Assessment Suite', siteUrl: lists.webUrl, assessment: null, level: null, categories: [], issues: [] });
    } finally {
      await lists.close();
    }
  });
});
