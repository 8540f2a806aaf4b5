import { DateTimeFieldFormatType } from '@pnp/sp/fields';
import { client, MEMBER, spErrorOf, useSimulator } from './support';

const sim = useSimulator();
const items = () => client(sim.webUrl).web.lists.getByTitle('Responses').items;

beforeEach(async () => {
  sim.sim.reset();
  const sp = client(sim.webUrl);
  await sp.web.lists.add('Responses', '', 100, false, { EnableVersioning: true });
  const f = sp.web.lists.getByTitle('Responses').fields;
  await f.createFieldAsXml({ SchemaXml: '<Field Type="Number" Name="AssessmentId" DisplayName="AssessmentId" Indexed="TRUE" />', Options: 8 });
  await f.addNumber('Score');
  await f.addChoice('Status', { Choices: ['Draft', 'Agreed'] });
  await f.addBoolean('Foundation');
  // Date and time: PnPjs's default (DateOnly) would store the site's local date, not the instant.
  await f.addDateTime('Due', { DisplayFormat: DateTimeFieldFormatType.DateTime });
  await f.addUser('Reviewer');
});

describe('item add, read, update and delete', () => {
  it('adds an item and returns it with SharePoint metadata', async () => {
    const item = await items().add({ Title: 'Backup', AssessmentId: 1, Score: 2, Status: 'Draft', Foundation: true, Due: '2024-05-01T09:30:00.000Z' });
    expect(item).toMatchObject({
      'odata.type': 'SP.Data.ResponsesListItem',
      // SharePoint Online's item ETag: "<item GUID>,<version>".
      'odata.etag': `"${item.GUID},1"`,
      Id: 1, ID: 1, Title: 'Backup', AssessmentId: 1, Score: 2, Status: 'Draft', Foundation: true,
      Due: '2024-05-01T09:30:00Z', ReviewerId: null, OData__UIVersionString: '1.0',
    });
    expect(item['odata.editLink']).toMatch(/^Web\/Lists\(guid'[0-9a-f-]+'\)\/Items\(1\)$/);
    expect(item['odata.id']).toBe(`${sim.webUrl}/_api/${item['odata.editLink']}`);
    expect(item.Created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(item.AuthorId).toBe(7);
    expect(await items().getById(1).select('Title', 'Score')()).toEqual(expect.objectContaining({ Title: 'Backup', Score: 2 }));
  });

  it('updates with the ETag, bumps the version and keeps history when versioning is on', async () => {
    const added = await items().add({ Title: 'A', Score: 1 });
    const r1 = await items().getById(added.Id).update({ Score: 2 }, added['odata.etag']);
    expect(r1.etag).toBe(`"${added.GUID},2"`);
    const r2 = await items().getById(added.Id).update({ Score: 3 }, r1.etag);
    expect(r2.etag).toBe(`"${added.GUID},3"`);
    const now = await items().getById(added.Id)();
    expect(now).toMatchObject({ Score: 3, 'odata.etag': `"${added.GUID},3"`, OData__UIVersionString: '3.0' });
    const versions = await items().getById(added.Id).versions();
    expect(versions.map((v: { VersionLabel: string; Score: number }) => [v.VersionLabel, v.Score])).toEqual([['3.0', 3], ['2.0', 2], ['1.0', 1]]);
  });

  it('refuses an update with a stale ETag with 412; * always matches', async () => {
    const added = await items().add({ Title: 'A' });
    await items().getById(added.Id).update({ Title: 'B' }, added['odata.etag']);
    const err = await spErrorOf(items().getById(added.Id).update({ Title: 'C' }, added['odata.etag']));
    expect(err).toEqual({
      status: 412,
      code: '-1, Microsoft.SharePoint.Client.ClientServiceException',
      message: `The request ETag value '"${added.GUID},1"' does not match the object's ETag value '"${added.GUID},2"'.`,
    });
    await items().getById(added.Id).update({ Title: 'D' }, '*');
    expect((await items().getById(added.Id)()).Title).toBe('D');
  });

  it('sets a person column through <Name>Id and records the editor', async () => {
    const added = await items().add({ Title: 'A', ReviewerId: MEMBER.id });
    expect(added).toMatchObject({ ReviewerId: MEMBER.id, ReviewerStringId: String(MEMBER.id) });
    await client(sim.webUrl, MEMBER.login).web.lists.getByTitle('Responses').items.getById(added.Id).update({ Score: 4 });
    const read = await items().getById(added.Id).select('EditorId', 'Reviewer/Title').expand('Reviewer')();
    expect(read).toMatchObject({ EditorId: MEMBER.id, Reviewer: { Title: MEMBER.title } });
  });

  it('deletes and recycles items', async () => {
    const a = await items().add({ Title: 'A' });
    const b = await items().add({ Title: 'B' });
    await items().getById(a.Id).delete();
    const recycled = await items().getById(b.Id).recycle();
    expect(recycled).toMatch(/^[0-9a-f-]{36}$/);
    expect(await items()()).toEqual([]);
    const err = await spErrorOf(items().getById(a.Id)());
    expect(err.status).toBe(404);
    expect(err.message).toBe('Item does not exist. It may have been deleted by another user.');
  });

  it('refuses properties the list does not have, and values of the wrong type', async () => {
    const e1 = await spErrorOf(items().add({ Title: 'A', Colour: 'red' }));
    expect(e1.status).toBe(400);
    expect(e1.message).toBe("The property 'Colour' does not exist on type 'SP.Data.ResponsesListItem'. Make sure to only use property names that are defined by the type.");
    const e2 = await spErrorOf(items().add({ Score: 'high' }));
    expect(e2.message).toMatch(/Edm.Double/);
    // Query columns are checked even when the list is empty.
    expect((await spErrorOf(items().filter('Colour eq 1')())).status).toBe(400);
    expect((await spErrorOf(items().select('Colour')())).status).toBe(400);
  });
});

describe('item queries', () => {
  beforeEach(async () => {
    sim.sim.bulkAddItems('Responses', [
      { Title: 'Backup', AssessmentId: 1, Score: 3, Status: 'Agreed', Foundation: true, Due: '2024-01-10T00:00:00Z' },
      { Title: 'Network', AssessmentId: 1, Score: 1, Status: 'Draft', Foundation: false, Due: '2024-03-01T00:00:00Z' },
      { Title: "O'Neil's capability", AssessmentId: 2, Score: 2, Status: 'Draft', Foundation: true },
      { Title: 'Identity', AssessmentId: 2, Score: null, Status: 'Agreed', Foundation: false },
    ]);
  });
  const titles = (rows: { Title: string }[]) => rows.map((r) => r.Title);

  it('selects only the asked columns, plus the OData metadata', async () => {
    const [first] = await items().select('Title', 'Score').top(1)();
    expect(Object.keys(first).sort()).toEqual(['Score', 'Title', 'odata.editLink', 'odata.etag', 'odata.id', 'odata.type']);
  });

  it('filters with comparisons, and/or, parentheses, booleans, dates and functions', async () => {
    expect(titles(await items().filter('AssessmentId eq 1 and Score ge 2')())).toEqual(['Backup']);
    expect(titles(await items().filter("(Status eq 'draft' or Score gt 2) and AssessmentId eq 1")())).toEqual(['Backup', 'Network']);
    expect(titles(await items().filter('Foundation eq 1')())).toEqual(['Backup', "O'Neil's capability"]);
    expect(titles(await items().filter("Due lt datetime'2024-02-01T00:00:00Z'")())).toEqual(['Backup']);
    expect(titles(await items().filter("Title eq 'O''Neil''s capability'")())).toEqual(["O'Neil's capability"]);
    expect(titles(await items().filter("substringof('work', Title)")())).toEqual(['Network']);
    expect(titles(await items().filter("startswith(Title, 'Id')")())).toEqual(['Identity']);
    expect(titles(await items().filter('Score eq null')())).toEqual(['Identity']);
    expect(titles(await items().filter('not (AssessmentId eq 1)')())).toEqual(["O'Neil's capability", 'Identity']);
    expect(titles(await items().filter((q) => q.number('AssessmentId').equals(2).and().text('Status').equals('Agreed'))())).toEqual(['Identity']);
  });

  it('orders ascending and descending, empty values first', async () => {
    expect(titles(await items().orderBy('Score')())).toEqual(['Identity', 'Network', "O'Neil's capability", 'Backup']);
    expect(titles(await items().orderBy('AssessmentId', false).orderBy('Title')())).toEqual(['Identity', "O'Neil's capability", 'Backup', 'Network']);
  });

  it('pages with $top and an odata.nextLink skiptoken', async () => {
    const r = await fetch(`${sim.webUrl}/_api/web/lists/getByTitle('Responses')/items?$top=3&$select=Title`, { headers: { Accept: 'application/json' } });
    const body = await r.json();
    expect(body.value).toHaveLength(3);
    expect(body['odata.nextLink']).toBe(`${sim.webUrl}/_api/web/lists/getByTitle('Responses')/items?%24skiptoken=Paged%3DTRUE%26p_ID%3D3&%24top=3&%24select=Title`);
    const pages: string[][] = [];
    for await (const page of items().select('Title').top(3)) pages.push(titles(page));
    expect(pages).toEqual([['Backup', 'Network', "O'Neil's capability"], ['Identity']]);
  });

  it('pages in the verbose shape with __next', async () => {
    const r = await fetch(`${sim.webUrl}/_api/web/lists/getByTitle('Responses')/items?$top=2&$select=Title`, { headers: { Accept: 'application/json;odata=verbose' } });
    const body = await r.json();
    expect(body.d.results.map((x: { Title: string }) => x.Title)).toEqual(['Backup', 'Network']);
    expect(body.d.results[0].__metadata).toMatchObject({ type: 'SP.Data.ResponsesListItem', etag: expect.stringMatching(/^"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12},1"$/) });
    expect(body.d.__next).toContain('%24skiptoken=Paged%3DTRUE%26p_ID%3D2');
  });

  it('answers an unknown column in a query with SharePoint error', async () => {
    const err = await spErrorOf(items().filter("Colour eq 'red'")());
    expect(err).toMatchObject({ status: 400, message: "Column 'Colour' does not exist. It may have been deleted by another user." });
    const err2 = await spErrorOf(items().select('Reviewer/Title')());
    expect(err2.message).toMatch(/\$expand query string must contains Reviewer/);
  });
});
