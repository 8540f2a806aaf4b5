import { HttpRequestError } from '@pnp/queryable';
import { F, LISTS } from '../../src/data/schema/names';
import type { SharePointStore } from '../../src/data/SharePointStore';
import { toStoreError } from '../../src/data/sp/toStoreError';
import { syntheticModel } from '../../tools/synthetic/syntheticModel';
import { bulkPublish } from './support/bulkModel';
import { useSiteWithLists } from './support/site';

/** Lists past SharePoint's 5,000-item list view threshold. */
describe('lists past 5,000 items', () => {
  const CAPABILITIES = 5100;
  const site = useSiteWithLists();
  let member: SharePointStore;
  let assessmentId: number;

  beforeAll(async () => {
    member = await site.storeFor('member');
    // Without profiles: a profile naming 5,100 targets would pass SharePoint's 63,999-character
    // limit for one column, which publishModel refuses (see publish.test.ts).
    const model = { ...syntheticModel({ capabilities: CAPABILITIES, levels: 3, criteriaPerLevel: 1, seed: 3 }), profiles: [] };
    const versionId = bulkPublish(site, model, 1);
    assessmentId = (await site.owner.createAssessment({ title: 'Huge', scope: 'Region', modelVersionId: versionId })).id;
    const other = (await site.owner.createAssessment({ title: 'Small', scope: 'Ward', modelVersionId: versionId })).id;
    const response = (assessment: number, capability: string) => ({
      Title: capability,
      [F.assessmentId]: assessment,
      [F.capabilityKey]: capability,
      [F.status]: 'in-progress',
      [F.answers]: JSON.stringify({ [`${capability}.2.1`]: 'met' })
    });
    site.sim.bulkAddItems(LISTS.responses, model.capabilities.map((c) => response(assessmentId, c.key)));
    site.sim.bulkAddItems(LISTS.responses, model.capabilities.slice(0, 20).map((c) => response(other, c.key)));
  }, 120000);

  it('reads every response and capability past the threshold by reading in id windows', async () => {
    site.sim.clearLog();
    const view = await member.loadAssessmentView(assessmentId);
    expect(view.responses).toHaveLength(CAPABILITIES);
    expect(view.model.capabilities).toHaveLength(CAPABILITIES);
    expect(view.issues).toEqual([]);
    // SharePoint refuses the indexed filters (each matches more than 5,000 items), so the two
    // usual $batch requests are followed, for responses and for capabilities, by a look-up of
    // the newest id and one $batch of id windows.
    const trips = site.sim.log.map((e) => `${e.method} ${/\$batch/.test(e.path) ? '$batch' : /orderby=Id desc/i.test(e.path) ? 'newest id' : e.path}`);
    expect(trips.sort()).toEqual(['GET newest id', 'GET newest id', 'POST $batch', 'POST $batch', 'POST $batch', 'POST $batch']);
  }, 60000);

  it('gets SharePoint\'s threshold error, as a clear StoreError, when filtering on a column without an index', async () => {
    const sp = await site.spFor('member');
    const error = await sp.web.lists.getByTitle(LISTS.responses).items.filter(`${F.owner} eq 'Ann'`).top(10)().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpRequestError);
    const storeError = toStoreError(error, { action: 'find the responses Ann owns', list: LISTS.responses });
    expect(storeError.kind).toBe('not-set-up');
    expect(storeError.reason).toBe('list-view-threshold');
    expect(storeError.message).toMatch(/"NIMM Responses" has more than 5,000 items and SharePoint refused the query/);
    expect(storeError.message).not.toMatch(/not indexed/);
  });

  it('still reads everything when an index was removed by hand, and set-up puts it back', async () => {
    const ownerSp = await site.spFor('owner');
    await ownerSp.web.lists.getByTitle(LISTS.responses).fields.getByInternalNameOrTitle(F.assessmentId).update({ Indexed: false }, 'SP.FieldNumber');

    // The id windows' first clause is the list's own key, which no one can un-index.
    const view = await member.loadAssessmentView(assessmentId);
    expect(view.responses).toHaveLength(CAPABILITIES);

    const report = await site.owner.ensureSchema();
    expect(report.changes).toEqual(['Indexed "Assessment ID" in "NIMM Responses"']);
    expect((await member.loadAssessmentView(assessmentId)).responses).toHaveLength(CAPABILITIES);
  }, 60000);
});
