import '@pnp/sp/regional-settings/web';
import { startSimulator } from '../../tools/sp-simulator';
import { client, spErrorOf, useSimulator } from './support';

/** Simulator defaults: site time zone Europe/London. */
const sim = useSimulator();
const list = () => client(sim.webUrl).web.lists.getByTitle('Codes');

const DUPLICATE = {
  status: 500,
  code: '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
  message: 'The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [Code].',
};

beforeEach(async () => {
  sim.sim.reset();
  await client(sim.webUrl).web.lists.add('Codes');
});

describe('columns that enforce unique values', () => {
  it('refuses to enforce uniqueness on a column that is not indexed, from Field XML and by MERGE', async () => {
    const fields = list().fields;
    const fromXml = await spErrorOf(fields.createFieldAsXml({ SchemaXml: '<Field Type="Text" Name="Code" DisplayName="Code" EnforceUniqueValues="TRUE" />', Options: 8 }));
    expect(fromXml).toMatchObject({ status: 400, message: 'The field must first be indexed to enforce unique values.' });
    await fields.addText('Ref');
    const byMerge = await spErrorOf(fields.getByInternalNameOrTitle('Ref').update({ EnforceUniqueValues: true }, 'SP.FieldText'));
    expect(byMerge).toMatchObject({ status: 400, message: 'The field must first be indexed to enforce unique values.' });
    expect((await fields.getByInternalNameOrTitle('Ref')()).EnforceUniqueValues).toBe(false);
  });

  it('refuses adding or updating an item to a value another item holds, ignoring case, and stores nothing', async () => {
    await list().fields.createFieldAsXml({ SchemaXml: '<Field Type="Text" Name="Code" DisplayName="Code" Indexed="TRUE" EnforceUniqueValues="TRUE" />', Options: 8 });
    expect((await list().fields.getByInternalNameOrTitle('Code')()).EnforceUniqueValues).toBe(true);
    const first = await list().items.add({ Title: 'one', Code: 'ABC' });
    expect(await spErrorOf(list().items.add({ Title: 'two', Code: 'abc' }))).toEqual(DUPLICATE);
    const other = await list().items.add({ Title: 'three', Code: 'XYZ' });
    expect(await spErrorOf(list().items.getById(other.Id).update({ Code: 'Abc' }))).toEqual(DUPLICATE);
    // An item may keep (or re-save) its own value.
    await list().items.getById(first.Id).update({ Code: 'ABC', Title: 'one again' });
    const rows = await list().items.select('Title', 'Code').orderBy('Id')();
    expect(rows.map((r: { Title: string; Code: string }) => [r.Title, r.Code])).toEqual([['one again', 'ABC'], ['three', 'XYZ']]);
  });

  it('lets several items leave a unique column empty', async () => {
    await list().fields.createFieldAsXml({ SchemaXml: '<Field Type="Text" Name="Code" DisplayName="Code" Indexed="TRUE" EnforceUniqueValues="TRUE" />', Options: 8 });
    await list().items.add({ Title: 'a' });
    await list().items.add({ Title: 'b', Code: null });
    await list().items.add({ Title: 'c', Code: null });
    await list().items.add({ Title: 'd', Code: '' });
    const e = await list().items.add({ Title: 'e', Code: 'E' });
    await list().items.getById(e.Id).update({ Code: null });
    expect(await list().items.select('Id')()).toHaveLength(5);
  });

  it('refuses turning enforcement on while the list holds duplicates, and allows it once they are gone', async () => {
    await list().fields.addNumber('Seq', { Indexed: true });
    const seq = () => list().fields.getByInternalNameOrTitle('Seq');
    await list().items.add({ Title: 'a', Seq: 1 });
    const b = await list().items.add({ Title: 'b', Seq: 1 });
    const refused = await spErrorOf(seq().update({ EnforceUniqueValues: true }, 'SP.FieldNumber'));
    expect(refused).toMatchObject({ status: 400, message: 'This field contains duplicate values. Remove all duplicate values and try the operations again.' });
    await list().items.getById(b.Id).update({ Seq: 2 });
    await seq().update({ EnforceUniqueValues: true }, 'SP.FieldNumber');
    expect((await seq()()).EnforceUniqueValues).toBe(true);
    expect((await spErrorOf(list().items.add({ Title: 'c', Seq: 2 }))).code).toBe(DUPLICATE.code);
  });

  it('enforces uniqueness set at creation through fields.add', async () => {
    await list().fields.addText('Code', { Indexed: true, EnforceUniqueValues: true });
    await list().items.add({ Code: 'K-1' });
    expect(await spErrorOf(list().items.add({ Code: 'k-1' }))).toEqual(DUPLICATE);
  });

  it('refuses removing the index of a unique column until uniqueness is turned off', async () => {
    await list().fields.addText('Code', { Indexed: true, EnforceUniqueValues: true });
    const code = () => list().fields.getByInternalNameOrTitle('Code');
    expect((await spErrorOf(code().update({ Indexed: false }, 'SP.FieldText'))).status).toBe(400);
    expect(await code()()).toMatchObject({ Indexed: true, EnforceUniqueValues: true });
    await code().update({ EnforceUniqueValues: false, Indexed: false }, 'SP.FieldText');
    expect(await code()()).toMatchObject({ Indexed: false, EnforceUniqueValues: false });
  });

  it('refuses uniqueness on a column type that cannot be indexed', async () => {
    const err = await spErrorOf(list().fields.addMultilineText('Notes', { Indexed: true, EnforceUniqueValues: true }));
    expect(err.status).toBe(400);
    expect(err.message).toMatch(/cannot enforce unique values/);
  });
});

describe('the site time zone and date-only columns', () => {
  async function dateColumns(webUrl: string): Promise<void> {
    const fields = client(webUrl).web.lists.getByTitle('Codes').fields;
    await fields.addDateTime('Due'); // PnPjs sends DisplayFormat: 0 (DateOnly)
    await fields.createFieldAsXml({ SchemaXml: '<Field Type="DateTime" Name="Starts" DisplayName="Starts" Format="DateOnly" />', Options: 8 });
    await fields.createFieldAsXml({ SchemaXml: '<Field Type="DateTime" Name="At" DisplayName="At" Format="DateTime" />', Options: 8 });
  }

  it('reports Europe/London at web/regionalsettings/timezone by default', async () => {
    expect(await client(sim.webUrl).web.regionalSettings.timeZone()).toMatchObject({
      'odata.type': 'SP.TimeZone',
      Description: '(UTC) Dublin, Edinburgh, Lisbon, London',
      Id: 2,
      Information: { Bias: 0, DaylightBias: -60, StandardBias: 0 },
    });
    const settings = await client(sim.webUrl).web.regionalSettings.expand('TimeZone')();
    expect(settings).toMatchObject({ 'odata.type': 'SP.RegionalSettings', TimeZone: { Id: 2 } });
  });

  it('stores a date-only value as the London date at local midnight, and keeps date-and-time instants', async () => {
    await dateColumns(sim.webUrl);
    const summer = await list().items.add({ Due: '2026-06-01T12:00:00Z', Starts: '2026-06-01T00:30:00.000Z', At: '2026-06-01T12:00:00.000Z' });
    // 1 June in British Summer Time starts at 31 May 23:00 UTC.
    expect(summer).toMatchObject({ Due: '2026-05-31T23:00:00Z', Starts: '2026-05-31T23:00:00Z', At: '2026-06-01T12:00:00Z' });
    const winter = await list().items.add({ Due: '2026-01-15T18:30:00Z' });
    expect(winter.Due).toBe('2026-01-15T00:00:00Z');
    // The night British Summer Time ends (25 October 2026): that day began at 24 Oct 23:00 UTC.
    await list().items.getById(winter.Id).update({ Due: '2026-10-25T23:30:00Z' });
    expect((await list().items.getById(winter.Id).select('Due')()).Due).toBe('2026-10-24T23:00:00Z');
  });

  it('shows midnight UTC as the day before on a site west of UTC', async () => {
    const ny = await startSimulator({ port: 0, timeZone: 'America/New_York' });
    try {
      const sp = client(ny.webUrl);
      expect(await sp.web.regionalSettings.timeZone()).toMatchObject({ Id: 10, Information: { Bias: 300, DaylightBias: -60, StandardBias: 0 } });
      await sp.web.lists.add('Codes');
      await dateColumns(ny.webUrl);
      const items = sp.web.lists.getByTitle('Codes').items;
      const added = await items.add({ Due: '2026-06-01T00:00:00Z', At: '2026-06-01T00:00:00Z' });
      expect(added).toMatchObject({ Due: '2026-05-31T04:00:00Z', At: '2026-06-01T00:00:00Z' });
      expect(await items.filter("Due eq datetime'2026-05-31T04:00:00Z'").select('Id')()).toHaveLength(1);
    } finally {
      await ny.close();
    }
  });

  it('refuses to start with a time zone Intl does not know', async () => {
    await expect(startSimulator({ port: 0, timeZone: 'Mars/Olympus_Mons' })).rejects.toThrow(/unknown time zone/);
  });
});
