/** Finding the site's people for owner and reviewer pickers. */
import { DEFAULT_USERS } from '../../tools/sp-simulator';
import { StoreError } from '../../src/data/errors';
import { startedForAll } from '../support/startedForAll';
import { startSiteWithLists } from './support/site';

describe('searching the site\'s people', () => {
  const site = startedForAll(() =>
    startSiteWithLists({
      users: [
        ...DEFAULT_USERS,
        { id: 20, login: 'i:0#.f|membership|anna.mackintosh@example.nhs.uk', title: 'Anna Mackintosh', email: 'anna.mackintosh@example.nhs.uk', role: 'member' },
        { id: 21, login: 'i:0#.f|membership|h.mason@example.nhs.uk', title: 'Hannah Mason', email: 'h.mason@example.nhs.uk', role: 'member' },
        { id: 22, login: 'i:0#.f|membership|raj.patel@example.nhs.uk', title: 'Raj Patel', email: 'raj.patel@example.nhs.uk', role: 'visitor' }
      ]
    })
  );

  it('finds people whose name contains the query, those starting with it first', async () => {
    const member = await site.storeFor('member');
    const found = await member.searchPeople('ann');
    expect(found).toEqual([
      { id: 20, title: 'Anna Mackintosh', email: 'anna.mackintosh@example.nhs.uk', loginName: 'i:0#.f|membership|anna.mackintosh@example.nhs.uk' },
      { id: 21, title: 'Hannah Mason', email: 'h.mason@example.nhs.uk', loginName: 'i:0#.f|membership|h.mason@example.nhs.uk' }
    ]);
  });

  it('finds people by e-mail address, asking SharePoint for people only', async () => {
    const visitor = await site.storeFor('visitor');
    site.sim.clearLog();
    expect((await visitor.searchPeople('raj.patel@')).map((p) => p.title)).toEqual(['Raj Patel']);
    const [request] = site.sim.log;
    expect(decodeURIComponent(request.path)).toMatch(/siteusers\?.*\$filter=PrincipalType eq 1 and \(substringof\('raj\.patel@',Title\) or substringof\('raj\.patel@',Email\)\)/i);
  });

  it('returns at most the number asked for, and nobody for an empty query (without asking SharePoint)', async () => {
    const member = await site.storeFor('member');
    expect(await member.searchPeople('a', 2)).toHaveLength(2);
    site.sim.clearLog();
    expect(await member.searchPeople('   ')).toEqual([]);
    expect(site.sim.log).toEqual([]);
  });

  it('copes with quotes in the query', async () => {
    const member = await site.storeFor('member');
    expect(await member.searchPeople("O'Brien")).toEqual([]);
  });

  it('refuses to look for no one', async () => {
    const member = await site.storeFor('member');
    const error = (await member.searchPeople('ann', 0).catch((e: unknown) => e)) as StoreError;
    expect(error).toBeInstanceOf(StoreError);
    expect(error.kind).toBe('invalid-data');
  });
});
