import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startSimulator } from '../../tools/sp-simulator';
import { client } from './support';

let dir: string;
let dataFile: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sp-sim-'));
  dataFile = path.join(dir, 'data', 'site.json');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('persistence', () => {
  it('keeps lists, fields, items, versions and files across a restart', async () => {
    const first = await startSimulator({ port: 0, dataFile });
    const sp = client(first.webUrl);
    await sp.web.lists.add('Responses', '', 100, false, { EnableVersioning: true });
    await sp.web.lists.getByTitle('Responses').fields.createFieldAsXml({ SchemaXml: '<Field Type="Number" Name="AssessmentId" Indexed="TRUE" />', Options: 8 });
    const added = await sp.web.lists.getByTitle('Responses').items.add({ Title: 'Kept', AssessmentId: 3 });
    await sp.web.lists.getByTitle('Responses').items.getById(added.Id).update({ Title: 'Kept v2' });
    await sp.web.lists.add('Evidence', '', 101);
    await sp.web.lists.getByTitle('Evidence').rootFolder.files.addUsingPath('p.bin', new Uint8Array([1, 2, 3]));
    await first.close();

    const second = await startSimulator({ port: 0, dataFile });
    try {
      const sp2 = client(second.webUrl);
      const item = await sp2.web.lists.getByTitle('Responses').items.getById(added.Id)();
      expect(item).toMatchObject({ Title: 'Kept v2', AssessmentId: 3, 'odata.etag': `"${added.GUID},2"` });
      expect(await sp2.web.lists.getByTitle('Responses').items.getById(added.Id).versions()).toHaveLength(2);
      expect((await sp2.web.lists.getByTitle('Responses').fields.getByInternalNameOrTitle('AssessmentId')()).Indexed).toBe(true);
      const next = await sp2.web.lists.getByTitle('Responses').items.add({ Title: 'Next' });
      expect(next.Id).toBe(added.Id + 1);
      const bytes = await sp2.web.getFileByServerRelativePath('/sites/nimm/Evidence/p.bin').getBuffer();
      expect(Array.from(new Uint8Array(bytes))).toEqual([1, 2, 3]);
    } finally {
      await second.close();
    }
  });

  it('moves a corrupt data file aside, says so, and starts empty', async () => {
    fs.mkdirSync(path.dirname(dataFile), { recursive: true });
    fs.writeFileSync(dataFile, '{"format":1,"site":{"lists":[{"tit');
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const sim = await startSimulator({ port: 0, dataFile });
    try {
      expect(spy).toHaveBeenCalledWith(expect.stringMatching(/Could not read the data file .*site\.json.*moved to .*site\.json\.corrupt-/));
      const aside = fs.readdirSync(path.dirname(dataFile)).filter((f) => f.includes('.corrupt-'));
      expect(aside).toHaveLength(1);
      expect(await client(sim.webUrl).web.lists()).toEqual([]);
    } finally {
      spy.mockRestore();
      await sim.close();
    }
  });

  it('reset empties the site and the file, keeping the users', async () => {
    const sim = await startSimulator({ port: 0, dataFile });
    try {
      await client(sim.webUrl).web.lists.add('Temp');
      sim.sim.reset();
      const stored = JSON.parse(fs.readFileSync(dataFile, 'utf8'));
      expect(stored.site.lists).toEqual([]);
      expect(await client(sim.webUrl).web.lists()).toEqual([]);
      expect(sim.sim.users).toHaveLength(3);
    } finally {
      await sim.close();
    }
  });

  it('writes the file atomically, leaving no temporary file behind', async () => {
    const sim = await startSimulator({ port: 0, dataFile });
    await client(sim.webUrl).web.lists.add('Temp');
    await sim.close();
    expect(fs.readdirSync(path.dirname(dataFile))).toEqual(['site.json']);
  });
});
