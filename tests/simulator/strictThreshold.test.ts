import { startSimulator } from '../../tools/sp-simulator';
import { startedForAll } from '../support/startedForAll';
import { client, spErrorOf } from './support';

/**
 * The list view threshold as SharePoint Online applies it by default: the first (indexed) clause
 * of a filter must itself match no more items than the threshold, even when the client pages.
 * A threshold of 10 stands in for 5,000.
 */
const sim = startedForAll(() => startSimulator({ port: 0, listViewThreshold: 10 }));
const items = () => client(sim.webUrl).web.lists.getByTitle('Big').items;

beforeAll(async () => {
  const sp = client(sim.webUrl);
  await sp.web.lists.add('Big');
  await sp.web.lists.getByTitle('Big').fields.createFieldAsXml({ SchemaXml: '<Field Type="Number" Name="A" Indexed="TRUE" />', Options: 8 });
  await sp.web.lists.getByTitle('Big').fields.addText('Notes');
  // 20 items: 15 with A = 1, 5 with A = 2.
  sim.sim.bulkAddItems('Big', Array.from({ length: 20 }, (_, i) => ({ Title: `Item ${i + 1}`, A: i < 15 ? 1 : 2, Notes: i % 2 ? 'odd' : 'even' })));
});

const THROTTLED = '-2147024860, Microsoft.SharePoint.SPQueryThrottledException';

describe('the strict list view threshold (the default)', () => {
  it('refuses an indexed first clause that matches more items than the threshold, even paged', async () => {
    expect(await spErrorOf(items().filter('A eq 1').top(5)())).toMatchObject({ status: 500, code: THROTTLED });
    expect(await items().filter('A eq 2').select('Id')()).toHaveLength(5);
  });

  it('counts a range on one column as the first clause, so id windows read the whole list', async () => {
    expect(await items().filter('Id ge 1 and Id le 10').select('Id')()).toHaveLength(10);
    expect((await spErrorOf(items().filter('Id ge 1 and Id le 11')())).code).toBe(THROTTLED);
    // Later clauses on other columns narrow the rows returned, not the seek.
    expect(await items().filter("Id ge 1 and Id le 10 and Notes eq 'odd'").select('Id')()).toHaveLength(5);
    const seen: number[] = [];
    for (let from = 1; from <= 20; from += 10) {
      const page = await items().filter(`Id ge ${from} and Id le ${from + 9}`).select('Id').top(10)();
      seen.push(...page.map((r: { Id: number }) => r.Id));
    }
    expect(seen).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('does not widen the first clause with a clause on another column', async () => {
    expect((await spErrorOf(items().filter('A eq 1 and Id le 5')())).code).toBe(THROTTLED);
  });

  it('still pages through the whole list by ID without a filter', async () => {
    let count = 0;
    for await (const page of items().select('Id').top(5)) count += page.length;
    expect(count).toBe(20);
  });
});

describe('the lenient simulator (strictIndexedThreshold: false)', () => {
  it('serves an indexed first clause of any size page by page', async () => {
    const lenient = await startSimulator({ port: 0, listViewThreshold: 10, strictIndexedThreshold: false });
    try {
      const sp = client(lenient.webUrl);
      await sp.web.lists.add('Big');
      await sp.web.lists.getByTitle('Big').fields.createFieldAsXml({ SchemaXml: '<Field Type="Number" Name="A" Indexed="TRUE" />', Options: 8 });
      lenient.sim.bulkAddItems('Big', Array.from({ length: 20 }, () => ({ A: 1 })));
      let count = 0;
      for await (const page of sp.web.lists.getByTitle('Big').items.filter('A eq 1').select('Id').top(5)) count += page.length;
      expect(count).toBe(20);
    } finally {
      await lenient.close();
    }
  });
});
