import { spPost } from '@pnp/sp';
import { File } from '@pnp/sp/files';
import { startSimulator } from '../../tools/sp-simulator';
import { startedForAll } from '../support/startedForAll';
import { client, spErrorOf } from './support';

/** A small single-upload limit stands in for SharePoint Online's 250 MB. */
const LIMIT = 1000;
const sim = startedForAll(() => startSimulator({ port: 0, maxSingleUploadBytes: LIMIT }));
const library = () => client(sim.webUrl).web.lists.getByTitle('Evidence');
const fileAt = (name: string) => client(sim.webUrl).web.getFileByServerRelativePath(`/sites/nimm/Evidence/${name}`);
const bytes = (n: number, seed = 0) => Uint8Array.from({ length: n }, (_, i) => (i * 7 + seed) % 251);
const TOO_BIG = {
  status: 400,
  code: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
  message: `The request message is too big. The server does not allow messages larger than ${LIMIT} bytes.`,
};

beforeEach(async () => {
  sim.sim.reset();
  await client(sim.webUrl).web.lists.add('Evidence', '', 101);
  await library().fields.addText('CapabilityKey');
});

describe('the single-request upload limit', () => {
  it('refuses AddUsingPath and $value bodies over the limit, with SharePoint Online\'s error', async () => {
    const files = library().rootFolder.files;
    expect(await spErrorOf(files.addUsingPath('big.bin', bytes(LIMIT + 1)))).toEqual(TOO_BIG);
    expect(await library().items()).toEqual([]);
    await files.addUsingPath('edge.bin', bytes(LIMIT));
    expect(await spErrorOf(fileAt('edge.bin').setContent(bytes(LIMIT + 1)))).toEqual(TOO_BIG);
    expect(new Uint8Array(await fileAt('edge.bin').getBuffer())).toEqual(bytes(LIMIT));
  });

  it('holds each chunk of a chunked upload to the same limit', async () => {
    const err = await spErrorOf(library().rootFolder.files.addChunked('chunks.bin', new Blob([bytes(3000)]), { chunkSize: LIMIT + 500 }));
    expect(err).toEqual(TOO_BIG);
  });
});

describe('chunked upload as PnPjs addChunked drives it', () => {
  it('uploads a file bigger than the limit in chunks and returns the SP.File', async () => {
    const content = bytes(2500, 3);
    sim.sim.clearLog();
    const file = await library().rootFolder.files.addChunked('big.bin', new Blob([content]), { chunkSize: LIMIT });
    expect(file).toMatchObject({ 'odata.type': 'SP.File', Name: 'big.bin', Length: '2500', ServerRelativeUrl: '/sites/nimm/Evidence/big.bin' });
    expect(new Uint8Array(await fileAt('big.bin').getBuffer())).toEqual(content);
    const calls = sim.sim.log.map((e) => decodeURIComponent(e.path).replace(/guid'[^']+'/, "guid'…'")).filter((p) => /upload\(/i.test(p));
    expect(calls.map((p) => p.slice(p.lastIndexOf('/') + 1))).toEqual([
      "startUpload(uploadId=guid'…')",
      "continueUpload(uploadId=guid'…',fileOffset=1000)",
      "finishUpload(uploadId=guid'…',fileOffset=2000)",
    ]);
    // The finished file has its list item like any upload.
    const item = await fileAt('big.bin').getItem<{ Id: number }>('Id');
    await item.update({ CapabilityKey: 'backup' });
    expect(await library().items.select('FileLeafRef', 'CapabilityKey', 'File_x0020_Size')()).toEqual([
      expect.objectContaining({ FileLeafRef: 'big.bin', CapabilityKey: 'backup', File_x0020_Size: '2500' }),
    ]);
  });

  it('finishes with an empty last chunk when the size is a multiple of the chunk size', async () => {
    const content = bytes(2 * LIMIT, 5);
    await library().rootFolder.files.addChunked('even.bin', new Blob([content]), { chunkSize: LIMIT });
    expect(new Uint8Array(await fileAt('even.bin').getBuffer())).toEqual(content);
  });

  it('keeps chunks aside until finishUpload, and refuses an unknown upload id or a wrong offset', async () => {
    await library().rootFolder.files.addUsingPath('manual.bin', 'old');
    const id = '6f2c1e9a-3b4d-4c5e-8f70-112233445566';
    const call = (path: string, body: string) => spPost(File(fileAt('manual.bin'), path), { body });
    expect(await call(`startUpload(uploadId=guid'${id}')`, 'abc')).toBe('3');
    expect(await fileAt('manual.bin').getText()).toBe('old');
    expect((await spErrorOf(call(`continueUpload(uploadId=guid'${id}',fileOffset=2)`, 'de'))).status).toBe(400);
    expect((await spErrorOf(call("continueUpload(uploadId=guid'00000000-0000-0000-0000-000000000001',fileOffset=3)", 'de'))).status).toBe(400);
    expect(await call(`continueUpload(uploadId=guid'${id}',fileOffset=3)`, 'de')).toBe('5');
    expect(await fileAt('manual.bin').getText()).toBe('old');
    expect(await call(`finishUpload(uploadId=guid'${id}',fileOffset=5)`, 'f')).toMatchObject({ Name: 'manual.bin', Length: '6' });
    expect(await fileAt('manual.bin').getText()).toBe('abcdef');
    // The session ends with finishUpload.
    expect((await spErrorOf(call(`continueUpload(uploadId=guid'${id}',fileOffset=6)`, 'g'))).status).toBe(400);
  });

  it('drops the chunks on cancelUpload and leaves the file as it was', async () => {
    await library().rootFolder.files.addUsingPath('cancel.bin', 'keep');
    const id = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
    await spPost(File(fileAt('cancel.bin'), `startUpload(uploadId=guid'${id}')`), { body: 'xyz' });
    await fileAt('cancel.bin').cancelUpload(id);
    expect((await spErrorOf(spPost(File(fileAt('cancel.bin'), `finishUpload(uploadId=guid'${id}',fileOffset=3)`), { body: '' }))).status).toBe(400);
    expect(await fileAt('cancel.bin').getText()).toBe('keep');
  });
});
