import { client, spErrorOf, useSimulator } from './support';

const sim = useSimulator();

beforeEach(async () => {
  sim.sim.reset();
  const sp = client(sim.webUrl);
  await sp.web.lists.add('Responses');
  await sp.web.lists.getByTitle('Responses').fields.addNumber('Score');
  sim.sim.bulkAddItems('Responses', [{ Title: 'A', Score: 1 }, { Title: 'B', Score: 2 }, { Title: 'C', Score: 3 }]);
});

describe('$batch', () => {
  it('runs GETs and a changeset of writes in one round trip with the right results', async () => {
    const sp = client(sim.webUrl);
    const first = await sp.web.lists.getByTitle('Responses').items.getById(1)();
    const [batched, execute] = sp.batched();
    const list = batched.web.lists.getByTitle('Responses');
    const web = batched.web.select('Title')();
    const me = batched.web.currentUser();
    const before = list.items.select('Title', 'Score').orderBy('Score', false)();
    const added = list.items.add({ Title: 'D', Score: 4 });
    const updated = list.items.getById(1).update({ Score: 10 }, first['odata.etag']);
    const deleted = list.items.getById(2).delete();
    const after = list.items.select('Title', 'Score').orderBy('Score', false)();
    sim.sim.clearLog();
    await execute();

    // One round trip (the digest was cached by the set-up's writes).
    expect(sim.sim.log).toEqual([expect.objectContaining({ method: 'POST', path: '/sites/nimm/_api/$batch', status: 200, batchParts: 7 })]);
    expect((await web).Title).toBe('NIMM Assessment Suite');
    expect((await me).Title).toBe('Olivia Owen');
    expect((await before).map((r: { Title: string }) => r.Title)).toEqual(['C', 'B', 'A']);
    const created = await added;
    expect(created).toMatchObject({ Id: 4, Title: 'D', 'odata.etag': `"${created.GUID},1"` });
    expect((await updated).etag).toBe(`"${first.GUID},2"`);
    await deleted;
    expect((await after).map((r: { Title: string; Score: number }) => [r.Title, r.Score])).toEqual([['A', 10], ['D', 4], ['C', 3]]);
  });

  it('logs each chunk of a batch larger than PnPjs sends at once', async () => {
    const [batched, execute] = client(sim.webUrl).batched({ maxRequests: 20 });
    const reads = Array.from({ length: 25 }, (_, i) => batched.web.lists.getByTitle('Responses').items.getById((i % 3) + 1)());
    sim.sim.clearLog();
    await execute();
    expect(sim.sim.log.map((e) => e.batchParts)).toEqual([20, 5]);
    expect((await Promise.all(reads)).map((r: { Title: string }) => r.Title).slice(0, 4)).toEqual(['A', 'B', 'C', 'A']);
  });

  it('with batchContinuesAfterFailure, fails only the part that fails', async () => {
    // SharePoint Online fails every part after a failed one (strictness.test.ts); the switch
    // restores running them all.
    sim.sim.setBatchContinuesAfterFailure(true);
    try {
      const [batched, execute] = client(sim.webUrl).batched();
      const list = batched.web.lists.getByTitle('Responses');
      const stale = list.items.getById(1).update({ Score: 9 }, '"7"');
      const missing = batched.web.lists.getByTitle('Missing').items();
      const fine = list.items.getById(1)();
      stale.catch(() => undefined);
      missing.catch(() => undefined);
      await execute();
      expect((await spErrorOf(stale)).status).toBe(412);
      expect((await spErrorOf(missing)).status).toBe(404);
      expect((await fine).Score).toBe(1);
    } finally {
      sim.sim.setBatchContinuesAfterFailure(false);
    }
  });

  it('adds fields in a batch with verbose bodies', async () => {
    const [batched, execute] = client(sim.webUrl).batched();
    const fields = batched.web.lists.getByTitle('Responses').fields;
    const p1 = fields.addText('Owner Role');
    const p2 = fields.createFieldAsXml({ SchemaXml: '<Field Type="Note" Name="Detail" DisplayName="Detail" />', Options: 8 });
    await execute();
    expect((await p1).InternalName).toBe('Owner_x0020_Role');
    expect((await p2).InternalName).toBe('Detail');
  });

  it('answers with flat batchresponse parts that end with the closing boundary and a newline', async () => {
    const ctx = await (await fetch(`${sim.webUrl}/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json' } })).json();
    const body = [
      '--batch_b', 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
      `GET ${sim.webUrl}/_api/web/lists/getByTitle('Responses')/items(1)?$select=Title HTTP/1.1`, 'accept: application/json', '',
      '--batch_b', 'Content-Type: multipart/mixed; boundary="changeset_c"', '',
      '--changeset_c', 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
      `MERGE ${sim.webUrl}/_api/web/lists/getByTitle('Responses')/items(1) HTTP/1.1`, 'content-type: application/json;charset=utf-8', 'if-match: *', '',
      '{"Score":8}', '', '--changeset_c--', '', '--batch_b--', '',
    ].join('\n');
    const r = await fetch(`${sim.webUrl}/_api/$batch`, {
      method: 'POST',
      headers: { 'Content-Type': 'multipart/mixed; boundary=batch_b', 'X-RequestDigest': ctx.FormDigestValue },
      body,
    });
    const boundary = /boundary=(batchresponse_[0-9a-f-]+)/.exec(r.headers.get('content-type')!)![1];
    const text = await r.text();
    expect(text.endsWith(`--${boundary}--\n`)).toBe(true);
    expect(text).not.toMatch(/changesetresponse/);
    expect(text.split(`--${boundary}\n`)).toHaveLength(3);
    expect(text).toMatch(/HTTP\/1.1 200 OK\n/);
    expect(text).toMatch(/HTTP\/1.1 204 No Content\nETAG: "[0-9a-f-]{36},2"\n/);
  });
});
