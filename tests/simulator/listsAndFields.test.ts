import { client, spErrorOf, useSimulator } from './support';

const sim = useSimulator();

beforeEach(() => sim.sim.reset());

describe('lists', () => {
  it('creates a list and a library with SharePoint naming', async () => {
    const sp = client(sim.webUrl);
    const list = await sp.web.lists.add('NIMM Responses', 'Answers', 100, false, { EnableVersioning: true });
    expect(list).toMatchObject({
      Title: 'NIMM Responses', BaseTemplate: 100, BaseType: 0, EnableVersioning: true,
      ListItemEntityTypeFullName: 'SP.Data.NIMM_x0020_ResponsesListItem', 'odata.type': 'SP.List',
    });
    const lib = await sp.web.lists.add('Evidence', '', 101);
    expect(lib).toMatchObject({ BaseType: 1, ListItemEntityTypeFullName: 'SP.Data.EvidenceItem' });
    const titles = (await sp.web.lists.filter('BaseTemplate eq 101').select('Title')()).map((l) => l.Title);
    expect(titles).toEqual(['Evidence']);
    const root = await sp.web.lists.getByTitle('evidence').rootFolder.select('ServerRelativeUrl')();
    expect(root.ServerRelativeUrl).toBe('/sites/nimm/Evidence');
  });

  it('finds a list whose title has a quote in it', async () => {
    const sp = client(sim.webUrl);
    await sp.web.lists.add("Owner's actions");
    expect((await sp.web.lists.getByTitle("Owner's actions")()).Title).toBe("Owner's actions");
  });

  it('answers an unknown list with SharePoint 404', async () => {
    const err = await spErrorOf(client(sim.webUrl).web.lists.getByTitle('Nope')());
    expect(err).toEqual({
      status: 404,
      code: '-1, System.ArgumentException',
      message: `List 'Nope' does not exist at site with URL '${sim.webUrl}'.`,
    });
  });

  it('updates list settings with MERGE and supports ensure', async () => {
    const sp = client(sim.webUrl);
    await sp.web.lists.add('Actions');
    await sp.web.lists.getByTitle('Actions').update({ EnableVersioning: true, Description: 'Roadmap' });
    expect(await sp.web.lists.getByTitle('Actions').select('EnableVersioning', 'Description')()).toMatchObject({ EnableVersioning: true, Description: 'Roadmap' });
    const again = await sp.web.lists.ensure('Actions');
    expect(again.created).toBe(false);
    const fresh = await sp.web.lists.ensure('Profiles');
    expect(fresh.created).toBe(true);
    expect((await spErrorOf(sp.web.lists.add('Actions'))).message).toMatch(/already exists/);
  });

  it('refuses a list property SharePoint does not have', async () => {
    const err = await spErrorOf(client(sim.webUrl).web.lists.add('Bad', '', 100, false, { Colour: 'red' } as never));
    expect(err.status).toBe(400);
    expect(err.message).toMatch(/The property 'Colour' does not exist on type 'SP.List'/);
  });
});

describe('fields', () => {
  beforeEach(async () => {
    await client(sim.webUrl).web.lists.add('Responses');
  });
  const fields = () => client(sim.webUrl).web.lists.getByTitle('Responses').fields;

  it('starts with Title and an always-indexed ID', async () => {
    const id = await fields().getByInternalNameOrTitle('ID')();
    expect(id).toMatchObject({ InternalName: 'ID', Indexed: true, ReadOnlyField: true });
    const title = await fields().getByInternalNameOrTitle('Title')();
    expect(title).toMatchObject({ Indexed: false, FieldTypeKind: 2, 'odata.type': 'SP.FieldText' });
  });

  it('adds text, number and choice fields through the verbose fields endpoint', async () => {
    const text = await fields().addText('Capability Key', { MaxLength: 100 });
    expect(text).toMatchObject({ InternalName: 'Capability_x0020_Key', Title: 'Capability Key', MaxLength: 100 });
    const choice = await fields().addChoice('Status', { Choices: ['Open', 'Closed'] });
    // fields.add* asks for odata=verbose, so collections come back as {results:[…]}.
    expect(choice).toMatchObject({ FieldTypeKind: 6, Choices: { results: ['Open', 'Closed'] } });
    expect((await fields().getByInternalNameOrTitle('Status')()).Choices).toEqual(['Open', 'Closed']);
    const num = await fields().addNumber('Score');
    expect(num.TypeAsString).toBe('Number');
  });

  it('creates fields from Field XML, honouring Name only with the internal-name hint', async () => {
    const xml = (name: string) =>
      `<Field Type="Choice" Name="${name}" StaticName="${name}" DisplayName="Review status" Indexed="TRUE" Required="TRUE">` +
      '<CHOICES><CHOICE>Draft</CHOICE><CHOICE>Agreed</CHOICE></CHOICES></Field>';
    const hinted = await fields().createFieldAsXml({ SchemaXml: xml('NimmReviewStatus'), Options: 8 });
    expect(hinted).toMatchObject({ InternalName: 'NimmReviewStatus', Title: 'Review status', Indexed: true, Required: true, Choices: ['Draft', 'Agreed'] });
    // Without the hint SharePoint derives the internal name from DisplayName (pnp/PnP#940).
    await client(sim.webUrl).web.lists.add('Other');
    const plain = await client(sim.webUrl).web.lists.getByTitle('Other').fields.createFieldAsXml(xml('NimmReviewStatus'));
    expect(plain.InternalName).toBe('Review_x0020_status');
    const keyed = await fields().createFieldAsXml('<Field Type="Text" Name="NimmKey" StaticName="NimmKey" />');
    expect(keyed).toMatchObject({ InternalName: 'NimmKey', Title: 'NimmKey' });
  });

  it('adds a lookup through AddField', async () => {
    const list = await client(sim.webUrl).web.lists.getByTitle('Responses').select('Id')();
    const f = await fields().addLookup('Parent', { LookupListId: list.Id, LookupFieldName: 'Title' });
    expect(f).toMatchObject({ FieldTypeKind: 7, InternalName: 'Parent', LookupField: 'Title' });
  });

  it('filters the field collection on InternalName and Hidden', async () => {
    await fields().addText('Notes');
    const visible = await fields().filter("Hidden eq false and CanBeDeleted eq true").select('InternalName')();
    expect(visible.map((f) => f.InternalName)).toEqual(['Notes']);
    const one = await fields().filter("InternalName eq 'Notes'")();
    expect(one).toHaveLength(1);
  });

  it('answers a missing field with 404', async () => {
    const err = await spErrorOf(fields().getByInternalNameOrTitle('Missing')());
    expect(err.status).toBe(404);
    expect(err.message).toBe("Column 'Missing' does not exist. It may have been deleted by another user.");
  });

  it('indexes a column with a field update', async () => {
    await fields().addNumber('AssessmentId');
    await fields().getByInternalNameOrTitle('AssessmentId').update({ Indexed: true });
    expect((await fields().getByInternalNameOrTitle('AssessmentId').select('Indexed')()).Indexed).toBe(true);
  });

  it('refuses a second field with the same internal name', async () => {
    await fields().addText('Notes');
    expect((await spErrorOf(fields().addText('Notes'))).message).toMatch(/duplicate field name/);
  });
});
