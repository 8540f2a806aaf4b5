/**
 * The simulator refuses what SharePoint Online refuses: a batch after a failed part, batches and
 * bodies over SharePoint's size limits, over-long text values and list titles, and ETags in a form
 * SharePoint does not send. Each test would pass against a lenient simulator only if the product
 * code under test could get away with something SharePoint does not allow.
 */
import { startSimulator } from '../../tools/sp-simulator';
import { client, spErrorOf, useSimulator } from './support';

const sim = useSimulator();
const responses = () => client(sim.webUrl).web.lists.getByTitle('Responses');

beforeEach(async () => {
  sim.sim.reset();
  sim.sim.setBatchContinuesAfterFailure(false);
  const sp = client(sim.webUrl);
  await sp.web.lists.add('Responses');
  const fields = sp.web.lists.getByTitle('Responses').fields;
  await fields.addNumber('Score');
  await fields.addMultilineText('Notes');
  await fields.createFieldAsXml({ SchemaXml: '<Field Type="Text" Name="Code" DisplayName="Code" MaxLength="10" />', Options: 8 });
  sim.sim.bulkAddItems('Responses', [{ Title: 'A', Score: 1 }, { Title: 'B', Score: 2 }]);
});

/** A form digest for raw requests. */
async function digest(): Promise<string> {
  const r = await fetch(`${sim.webUrl}/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json' } });
  return (await r.json()).FormDigestValue;
}

/** A raw `$batch` of `count` GETs of item 1, as PnPjs writes one. */
function batchOfGets(count: number): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    lines.push('--batch_b', 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
      `GET ${sim.webUrl}/_api/web/lists/getByTitle('Responses')/items(1)?$select=Title HTTP/1.1`, 'accept: application/json', '');
  }
  lines.push('--batch_b--', '');
  return lines.join('\n');
}

async function postBatch(body: string): Promise<Response> {
  return fetch(`${sim.webUrl}/_api/$batch`, {
    method: 'POST',
    headers: { 'Content-Type': 'multipart/mixed; boundary=batch_b', 'X-RequestDigest': await digest() },
    body,
  });
}

const INDEX_OUT_OF_RANGE = { status: 500, code: '-1, System.IndexOutOfRangeException', message: 'Index was outside the bounds of the array.' };

describe('$batch after a failed part (pnp/pnpjs#486, #1275)', () => {
  it('does not run the parts after a failed one and answers each 500 IndexOutOfRangeException', async () => {
    const [batched, execute] = client(sim.webUrl).batched();
    const list = batched.web.lists.getByTitle('Responses');
    const before = list.items.getById(1)();
    const stale = list.items.getById(1).update({ Score: 9 }, '"stale"');
    const laterWrite = list.items.getById(2).update({ Score: 20 });
    const laterRead = list.items.getById(2)();
    for (const p of [stale, laterWrite, laterRead]) p.catch(() => undefined);
    await execute();

    expect((await before).Title).toBe('A');
    expect((await spErrorOf(stale)).status).toBe(412);
    expect(await spErrorOf(laterWrite)).toEqual(INDEX_OUT_OF_RANGE);
    expect(await spErrorOf(laterRead)).toEqual(INDEX_OUT_OF_RANGE);
    // The write after the failure was not carried out.
    expect((await responses().items.getById(2)()).Score).toBe(2);
  });

  it('runs every part when the simulator is started with batchContinuesAfterFailure', async () => {
    const lenient = await startSimulator({ port: 0, batchContinuesAfterFailure: true });
    try {
      const sp = client(lenient.webUrl);
      await sp.web.lists.add('Responses');
      lenient.sim.bulkAddItems('Responses', [{ Title: 'A' }, { Title: 'B' }]);
      const [batched, execute] = sp.batched();
      const list = batched.web.lists.getByTitle('Responses');
      const missing = batched.web.lists.getByTitle('Missing').items();
      const laterWrite = list.items.getById(2).update({ Title: 'B2' });
      missing.catch(() => undefined);
      await execute();
      expect((await spErrorOf(missing)).status).toBe(404);
      await laterWrite;
      expect((await sp.web.lists.getByTitle('Responses').items.getById(2)()).Title).toBe('B2');
    } finally {
      await lenient.close();
    }
  });
});

describe('limits', () => {
  it('accepts 100 operations in one $batch and refuses 101 as a whole with 400', async () => {
    const ok = await postBatch(batchOfGets(100));
    expect(ok.status).toBe(200);
    expect((await ok.text()).match(/HTTP\/1.1 200 OK/g)).toHaveLength(100);

    sim.sim.clearLog();
    const refused = await postBatch(batchOfGets(101));
    expect(refused.status).toBe(400);
    expect((await refused.json())['odata.error']).toEqual({
      code: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
      message: { lang: 'en-US', value: "The current batch message contains too many parts. A maximum number of '100' query operations and change sets are allowed in a batch message." },
    });
    expect(sim.sim.log.map((e) => e.batchParts)).toEqual([undefined]);
  });

  it('runs none of the writes in a $batch of more than 100', async () => {
    const [batched, execute] = client(sim.webUrl).batched({ maxRequests: 101 });
    const adds = Array.from({ length: 101 }, (_, i) => batched.web.lists.getByTitle('Responses').items.add({ Title: `N${i}` }));
    for (const p of adds) p.catch(() => undefined);
    await expect(execute()).rejects.toMatchObject({ status: 400 });
    expect(await responses().items()).toHaveLength(2);
  });

  it('refuses a request body over 1,048,576 bytes with 400 and stores nothing', async () => {
    const body = JSON.stringify({ Title: 'Big', Notes: 'x'.repeat(1_048_576) });
    const err = await spErrorOf(responses().items.add(JSON.parse(body)));
    expect(err).toEqual({
      status: 400,
      code: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
      message: `The maximum number of bytes allowed to be read from the stream has been exceeded. After the last read operation, a total of ${Buffer.byteLength(body)} bytes has been read from the stream; however a maximum of 1048576 bytes is allowed.`,
    });
    expect(await responses().items()).toHaveLength(2);
    // Just under the limit is fine (a multi-line text column has no 255-character cap).
    const fits = await responses().items.add({ Title: 'Fits', Notes: 'x'.repeat(1_000_000) });
    expect(fits.Notes).toHaveLength(1_000_000);
  });

  it('applies the body limit to a whole $batch', async () => {
    const [batched, execute] = client(sim.webUrl).batched();
    const a = batched.web.lists.getByTitle('Responses').items.add({ Title: 'A2', Notes: 'x'.repeat(600_000) });
    const b = batched.web.lists.getByTitle('Responses').items.add({ Title: 'B2', Notes: 'y'.repeat(600_000) });
    for (const p of [a, b]) p.catch(() => undefined);
    await expect(execute()).rejects.toMatchObject({ status: 400 });
    expect(await responses().items()).toHaveLength(2);
  });

  it('does not hold file uploads (AddUsingPath, $value) to the 1 MiB body limit', async () => {
    const sp = client(sim.webUrl);
    await sp.web.lists.add('Evidence', '', 101);
    const big = new Uint8Array(1_500_000).fill(7);
    await sp.web.lists.getByTitle('Evidence').rootFolder.files.addUsingPath('big.bin', big);
    const file = sp.web.getFileByServerRelativePath('/sites/nimm/Evidence/big.bin');
    await file.setContent(new Uint8Array(1_200_000).fill(8));
    expect(new Uint8Array(await file.getBuffer())).toHaveLength(1_200_000);
  });

  it('refuses a single line of text value over 255 characters on add and on update', async () => {
    const tooLong = {
      status: 500,
      code: '-2130575336, Microsoft.SharePoint.SPException',
      message: 'Invalid text value.\n\nA text field contains invalid data. Please check the value and try again.',
    };
    expect(await spErrorOf(responses().items.add({ Title: 't'.repeat(256) }))).toEqual(tooLong);
    expect(await responses().items()).toHaveLength(2);
    const ok = await responses().items.add({ Title: 't'.repeat(255) });
    expect(ok.Title).toHaveLength(255);
    expect(await spErrorOf(responses().items.getById(1).update({ Title: 'u'.repeat(256) }))).toEqual(tooLong);
    expect((await responses().items.getById(1)()).Title).toBe('A');
  });

  it('uses a text column\'s MaxLength when it is smaller than 255', async () => {
    expect((await spErrorOf(responses().items.add({ Title: 'C', Code: 'c'.repeat(11) }))).status).toBe(500);
    expect((await responses().items.add({ Title: 'C', Code: 'c'.repeat(10) })).Code).toBe('cccccccccc');
    expect((await spErrorOf(responses().items.getById(1).update({ Code: 'c'.repeat(11) }))).status).toBe(500);
  });

  it('refuses a list title over 255 characters on create and on rename', async () => {
    const sp = client(sim.webUrl);
    const create = await spErrorOf(sp.web.lists.add('L'.repeat(256)));
    expect(create).toMatchObject({ status: 400, code: '-2147024809, System.ArgumentException' });
    expect((await sp.web.lists()).map((l: { Title: string }) => l.Title)).toEqual(['Responses']);
    await sp.web.lists.add('L'.repeat(255));
    const rename = await spErrorOf(sp.web.lists.getByTitle('Responses').update({ Title: 'R'.repeat(256) }));
    expect(rename.status).toBe(400);
    expect((await sp.web.lists.getByTitle('Responses').select('Title')()).Title).toBe('Responses');
  });
});

describe('item ETags', () => {
  const ETAG_FORM = /^"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12},\d+"$/;

  it('are "<item GUID>,<version>" in odata.etag and in the ETag header of an add and a MERGE', async () => {
    const d = await digest();
    const url = `${sim.webUrl}/_api/web/lists/getByTitle('Responses')/items`;
    const added = await fetch(url, { method: 'POST', headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-RequestDigest': d }, body: '{"Title":"E"}' });
    const item = await added.json();
    expect(item['odata.etag']).toMatch(ETAG_FORM);
    expect(item['odata.etag']).toBe(`"${item.GUID},1"`);
    expect(added.headers.get('etag')).toBe(`"${item.GUID},1"`);
    const merged = await fetch(`${url}(${item.Id})`, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-HTTP-Method': 'MERGE', 'IF-Match': item['odata.etag'], 'X-RequestDigest': d },
      body: '{"Score":5}',
    });
    expect(merged.status).toBe(204);
    expect(merged.headers.get('etag')).toBe(`"${item.GUID},2"`);
  });

  it('no longer match the plain "<version>" form; * still matches', async () => {
    const item = await responses().items.getById(1)();
    expect(item['odata.etag']).toBe(`"${item.GUID},1"`);
    const err = await spErrorOf(responses().items.getById(1).update({ Score: 3 }, '"1"'));
    expect(err.status).toBe(412);
    expect(err.message).toBe(`The request ETag value '"1"' does not match the object's ETag value '"${item.GUID},1"'.`);
    expect(await spErrorOf(responses().items.getById(1).delete('"1"'))).toMatchObject({ status: 412 });
    await responses().items.getById(1).update({ Score: 3 }, '*');
    expect((await responses().items.getById(1)()).Score).toBe(3);
  });

  it('leave a list\'s ETag and a file\'s ETag in their own forms', async () => {
    const sp = client(sim.webUrl);
    const list = await sp.web.lists.getByTitle('Responses')();
    expect((list as unknown as Record<string, unknown>)['odata.etag']).toMatch(/^"\d+"$/);
    await sp.web.lists.add('Evidence', '', 101);
    await sp.web.lists.getByTitle('Evidence').rootFolder.files.addUsingPath('a.txt', 'A');
    const file = await sp.web.getFileByServerRelativePath('/sites/nimm/Evidence/a.txt')();
    expect(file.ETag).toMatch(/^"\{[0-9A-Fa-f-]{36}\},1"$/);
    const libraryItem = await sp.web.lists.getByTitle('Evidence').items.getById(1)();
    expect(libraryItem['odata.etag']).toBe(`"${libraryItem.GUID},1"`);
  });
});
