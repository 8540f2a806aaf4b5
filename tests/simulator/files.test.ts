import { Item } from '@pnp/sp/items';
import { client, spErrorOf, useSimulator, VISITOR } from './support';

const sim = useSimulator();
const library = () => client(sim.webUrl).web.lists.getByTitle('Evidence');

beforeEach(async () => {
  sim.sim.reset();
  await client(sim.webUrl).web.lists.add('Evidence', '', 101);
  const fields = library().fields;
  await fields.createFieldAsXml({ SchemaXml: '<Field Type="Number" Name="AssessmentId" DisplayName="Assessment" Indexed="TRUE" />', Options: 8 });
  await fields.addText('CapabilityKey');
});

describe('evidence files in a document library', () => {
  it('uploads a file to the root folder and reports it like SharePoint', async () => {
    const file = await library().rootFolder.files.addUsingPath('backup policy.txt', 'Nightly backups, tested monthly.', { Overwrite: true });
    expect(file).toMatchObject({
      'odata.type': 'SP.File',
      Name: 'backup policy.txt',
      ServerRelativeUrl: '/sites/nimm/Evidence/backup policy.txt',
      Length: '32',
      UIVersionLabel: '1.0',
    });
  });

  it('sets metadata on the file item and reads it back with the file columns', async () => {
    const sp = client(sim.webUrl);
    await sp.web.getFolderByServerRelativePath('/sites/nimm/Evidence').files.addUsingPath('plan.pdf', new Uint8Array([37, 80, 68, 70]), { Overwrite: true });
    const item = await sp.web.getFileByServerRelativePath('/sites/nimm/Evidence/plan.pdf').getItem<{ Id: number }>('Id');
    await item.update({ AssessmentId: 12, CapabilityKey: 'backup' });
    const rows = await library().items.select('Id', 'FileLeafRef', 'FileRef', 'File_x0020_Size', 'AssessmentId', 'CapabilityKey').filter('AssessmentId eq 12')();
    expect(rows).toEqual([expect.objectContaining({
      'odata.type': 'SP.Data.EvidenceItem',
      FileLeafRef: 'plan.pdf',
      FileRef: '/sites/nimm/Evidence/plan.pdf',
      File_x0020_Size: '4',
      AssessmentId: 12,
      CapabilityKey: 'backup',
    })]);
  });

  it('updates metadata through listItemAllFields with MERGE and IF-Match', async () => {
    const sp = client(sim.webUrl);
    await library().rootFolder.files.addUsingPath('a.txt', 'A');
    const fields = sp.web.getFileByServerRelativePath('/sites/nimm/Evidence/a.txt').listItemAllFields;
    const read = await fields.select('Id', 'FileLeafRef', 'GUID')();
    // The item's ETag ("<item GUID>,<version>"), not the file's.
    expect(read).toMatchObject({ Id: 1, FileLeafRef: 'a.txt', 'odata.etag': `"${read.GUID},1"` });
    const r = await Item(fields).update({ CapabilityKey: 'k1' }, read['odata.etag']);
    expect(r.etag).toBe(`"${read.GUID},2"`);
    expect((await spErrorOf(Item(fields).update({ CapabilityKey: 'k2' }, read['odata.etag']))).status).toBe(412);
    expect((await library().items.getById(1).select('CapabilityKey')()).CapabilityKey).toBe('k1');
  });

  it('downloads the bytes through $value and at the file URL', async () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 255]);
    await library().rootFolder.files.addUsingPath('raw.bin', bytes);
    const file = client(sim.webUrl).web.getFileByServerRelativePath('/sites/nimm/Evidence/raw.bin');
    expect(new Uint8Array(await file.getBuffer())).toEqual(bytes);
    const direct = await fetch(`${sim.webUrl}/Evidence/raw.bin`);
    expect(direct.status).toBe(200);
    expect(new Uint8Array(await direct.arrayBuffer())).toEqual(bytes);
    await library().rootFolder.files.addUsingPath('note.txt', 'hello');
    expect(await client(sim.webUrl).web.getFileByServerRelativePath('/sites/nimm/Evidence/note.txt').getText()).toBe('hello');
  });

  it('replaces a file only when asked to overwrite', async () => {
    await library().rootFolder.files.addUsingPath('a.txt', 'one');
    expect((await spErrorOf(library().rootFolder.files.addUsingPath('a.txt', 'two'))).status).toBe(400);
    const again = await library().rootFolder.files.addUsingPath('a.txt', 'three', { Overwrite: true });
    expect(again).toMatchObject({ UIVersionLabel: '2.0', Length: '5' });
    expect(await library().items.select('Id')()).toHaveLength(1);
  });

  it('answers a missing file with 404 and refuses uploads by visitors', async () => {
    const err = await spErrorOf(client(sim.webUrl).web.getFileByServerRelativePath('/sites/nimm/Evidence/none.txt')());
    expect(err).toMatchObject({ status: 404, message: 'File Not Found.' });
    const visitor = client(sim.webUrl, VISITOR.login).web.lists.getByTitle('Evidence').rootFolder.files;
    expect((await spErrorOf(visitor.addUsingPath('x.txt', 'x'))).status).toBe(403);
  });

  it('refuses adding a list item to a library without a file', async () => {
    expect((await spErrorOf(library().items.add({ Title: 'x' }))).message).toMatch(/SPFileCollection.Add/);
  });

  it('deletes a file with its item', async () => {
    await library().rootFolder.files.addUsingPath('gone.txt', 'x');
    await client(sim.webUrl).web.getFileByServerRelativePath('/sites/nimm/Evidence/gone.txt').delete();
    expect(await library().items()).toEqual([]);
    expect((await fetch(`${sim.webUrl}/Evidence/gone.txt`)).status).toBe(404);
  });
});
