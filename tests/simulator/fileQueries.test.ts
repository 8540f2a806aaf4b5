import { client, useSimulator } from './support';

const sim = useSimulator();
const library = () => client(sim.webUrl).web.lists.getByTitle('Evidence');

beforeAll(async () => {
  await client(sim.webUrl).web.lists.add('Evidence', '', 101);
  for (const [name, body] of [['a.txt', 'A'], ['b.txt', 'BB'], ['c.pdf', 'CCC']]) {
    await library().rootFolder.files.addUsingPath(name, body);
  }
});

describe('query options on a folder\'s files', () => {
  it('filters the root folder\'s files by name and honours $top', async () => {
    const named = await library().rootFolder.files.filter("Name eq 'b.txt'").top(1)();
    expect(named.map((f) => f.Name)).toEqual(['b.txt']);
    expect(await library().rootFolder.files.top(2)()).toHaveLength(2);
  });

  it('filters and orders the files of getFolderByServerRelativePath', async () => {
    const folder = client(sim.webUrl).web.getFolderByServerRelativePath('/sites/nimm/Evidence');
    const txt = await folder.files.filter("substringof('.txt',Name)").orderBy('Name', false).select('Name')();
    expect(txt.map((f) => f.Name)).toEqual(['b.txt', 'a.txt']);
  });
});
