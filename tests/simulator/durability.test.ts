/**
 * The data file: an answered change is on disk before the answer (so a kill -9 the moment it
 * arrives loses nothing), SIGTERM stops cleanly with the file current, and a hand-edited file
 * with null values reads as SharePoint would show empty columns.
 */
import { ChildProcess, spawn } from 'child_process';
import * as os from 'os';
import * as path from 'path';
import { startSimulator } from '../../tools/sp-simulator';
import { client } from './support';

// The real fs module (not the ES-module wrapper), so that a spy on it is what the simulator calls.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const fs: typeof import('fs') = require('fs');

const ROOT = path.resolve(__dirname, '..', '..');
const CLI = path.join(ROOT, 'tools', 'sp-simulator', 'cli.ts');

let dir: string;
let dataFile: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sp-sim-durable-'));
  dataFile = path.join(dir, 'site.json');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

interface Child {
  proc: ChildProcess;
  webUrl: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Starts `tools/sp-simulator/cli.ts` in its own Node process (tsx as a loader, so there is one
 * process to kill, not a wrapper and a child) and waits for the address it prints.
 */
function startCli(file: string): Promise<Child> {
  const proc = spawn(process.execPath, ['--import', 'tsx', CLI, '--port', '0', '--data', file], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => proc.on('exit', (code, signal) => resolve({ code, signal })));
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`the simulator did not start:\n${out}\n${err}`)), 20000);
    proc.stderr!.on('data', (c: Buffer) => { err += c.toString(); });
    proc.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /listening: (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ proc, webUrl: m[1], exited });
      }
    });
    proc.on('exit', () => reject(new Error(`the simulator exited before it started:\n${out}\n${err}`)));
  });
}

/** Kills the process the moment it is called (SIGKILL: no handler, no flush) and waits for it to go. */
async function killHard(child: Child): Promise<void> {
  child.proc.kill('SIGKILL');
  expect((await child.exited).signal).toBe('SIGKILL');
}

async function digest(webUrl: string): Promise<string> {
  const r = await fetch(`${webUrl}/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json' } });
  return (await r.json()).FormDigestValue;
}

const json = { Accept: 'application/json', 'Content-Type': 'application/json' };

describe('durability', () => {
  it('keeps an acknowledged add, MERGE and $batch through a kill -9 the moment each answer arrives', async () => {
    let child = await startCli(dataFile);
    try {
      const d = await digest(child.webUrl);
      const lists = await fetch(`${child.webUrl}/_api/web/lists`, { method: 'POST', headers: { ...json, 'X-RequestDigest': d }, body: '{"Title":"Responses"}' });
      expect(lists.status).toBe(201);
      const added = await fetch(`${child.webUrl}/_api/web/lists/getByTitle('Responses')/items`, { method: 'POST', headers: { ...json, 'X-RequestDigest': d }, body: '{"Title":"Saved"}' });
      expect(added.status).toBe(201);
      await killHard(child); // before even reading the body

      child = await startCli(dataFile);
      const item = await client(child.webUrl).web.lists.getByTitle('Responses').items.getById(1)();
      expect(item.Title).toBe('Saved');

      const merged = await fetch(`${child.webUrl}/_api/web/lists/getByTitle('Responses')/items(1)`, {
        method: 'POST',
        headers: { ...json, 'X-HTTP-Method': 'MERGE', 'IF-Match': item['odata.etag'], 'X-RequestDigest': await digest(child.webUrl) },
        body: '{"Title":"Changed"}',
      });
      expect(merged.status).toBe(204);
      await killHard(child);

      child = await startCli(dataFile);
      expect((await client(child.webUrl).web.lists.getByTitle('Responses').items.getById(1)()).Title).toBe('Changed');

      const parts = ['First', 'Second'].map((t) => [
        '--changeset_c', 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
        `POST ${child.webUrl}/_api/web/lists/getByTitle('Responses')/items HTTP/1.1`, 'accept: application/json', 'content-type: application/json', '',
        JSON.stringify({ Title: t }), '',
      ].join('\n'));
      const body = ['--batch_b', 'Content-Type: multipart/mixed; boundary="changeset_c"', '', ...parts, '--changeset_c--', '', '--batch_b--', ''].join('\n');
      const batch = await fetch(`${child.webUrl}/_api/$batch`, {
        method: 'POST',
        headers: { 'Content-Type': 'multipart/mixed; boundary=batch_b', 'X-RequestDigest': await digest(child.webUrl) },
        body,
      });
      expect(batch.status).toBe(200);
      await killHard(child);

      child = await startCli(dataFile);
      const titles = (await client(child.webUrl).web.lists.getByTitle('Responses').items.select('Title')()).map((i: { Title: string }) => i.Title);
      expect(titles).toEqual(['Changed', 'First', 'Second']);
    } finally {
      child.proc.kill('SIGKILL');
    }
  });

  it('exits with code 0 on SIGTERM, leaving the data file current and no temporary file', async () => {
    const child = await startCli(dataFile);
    try {
      await client(child.webUrl).web.lists.add('Kept');
      child.proc.kill('SIGTERM');
      expect(await child.exited).toEqual({ code: 0, signal: null });
      const stored = JSON.parse(fs.readFileSync(dataFile, 'utf8'));
      expect(stored.site.lists.map((l: { title: string }) => l.title)).toEqual(['Kept']);
      expect(fs.readdirSync(dir)).toEqual(['site.json']);
    } finally {
      child.proc.kill('SIGKILL');
    }
  });

  it('saves a $batch once, before its answer is written', async () => {
    const running = await startSimulator({ port: 0, dataFile });
    const rename = jest.spyOn(fs, 'renameSync');
    try {
      const sp = client(running.webUrl);
      await sp.web.lists.add('Responses');
      const [batched, execute] = sp.batched();
      const list = batched.web.lists.getByTitle('Responses');
      const adds = ['A', 'B', 'C', 'D'].map((t) => list.items.add({ Title: t }));
      const read = list.items();
      rename.mockClear();
      await execute();
      await Promise.all(adds);
      await read;
      // Synchronously, as the answer arrives: no timer has had a chance to save in between.
      expect(rename.mock.calls.filter(([, to]) => to === dataFile)).toHaveLength(1);
      const stored = JSON.parse(fs.readFileSync(dataFile, 'utf8'));
      expect(stored.site.lists[0].items.map((i: { values: { Title: string } }) => i.values.Title)).toEqual(['A', 'B', 'C', 'D']);
    } finally {
      rename.mockRestore();
      await running.close();
    }
  });

  it('does not acknowledge a change it could not save', async () => {
    const running = await startSimulator({ port: 0, dataFile });
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const rename = jest.spyOn(fs, 'renameSync');
    try {
      const sp = client(running.webUrl);
      await sp.web.lists.add('Responses');
      rename.mockImplementationOnce(() => { throw new Error('ENOSPC: no space left on device'); });
      await expect(sp.web.lists.getByTitle('Responses').items.add({ Title: 'Lost?' })).rejects.toMatchObject({ status: 500 });
      // The next change writes everything still pending, the earlier item included.
      await sp.web.lists.getByTitle('Responses').items.add({ Title: 'Next' });
      const stored = JSON.parse(fs.readFileSync(dataFile, 'utf8'));
      expect(stored.site.lists[0].items.map((i: { values: { Title: string } }) => i.values.Title)).toEqual(['Lost?', 'Next']);
    } finally {
      rename.mockRestore();
      error.mockRestore();
      await running.close();
    }
  });
});

describe('a hand-edited data file with null values', () => {
  it('answers as SharePoint does for items with empty columns instead of failing with 500', async () => {
    const first = await startSimulator({ port: 0, dataFile });
    const sp = client(first.webUrl);
    await sp.web.lists.add('Responses', '', 100, false, { EnableVersioning: true });
    await sp.web.lists.getByTitle('Responses').fields.addNumber('Score');
    await sp.web.lists.getByTitle('Responses').fields.addUser('Reviewer');
    await sp.web.lists.getByTitle('Responses').fields.addMultiChoice('Tags', { Choices: ['a', 'b'] });
    await sp.web.lists.getByTitle('Responses').items.add({ Title: 'One', Score: 1 });
    await sp.web.lists.getByTitle('Responses').items.add({ Title: 'Two', Score: 2 });
    await sp.web.lists.getByTitle('Responses').items.getById(2).update({ Score: 3 });
    await first.close();

    const stored = JSON.parse(fs.readFileSync(dataFile, 'utf8'));
    const [one, two] = stored.site.lists[0].items;
    one.values = null;
    one.history = null;
    two.values = { Title: null, Score: null, ReviewerId: null, Reviewer: null, Tags: null };
    two.history[0].values = null;
    fs.writeFileSync(dataFile, JSON.stringify(stored));

    const second = await startSimulator({ port: 0, dataFile });
    try {
      const items = client(second.webUrl).web.lists.getByTitle('Responses').items;
      expect(await items.getById(1)()).toMatchObject({ Id: 1, Title: null, Score: null, ReviewerId: null });
      expect(await items.getById(2)()).toMatchObject({ Id: 2, Title: null, Score: null, ReviewerId: null });
      expect((await items.select('Id', 'Title', 'Score')()).map((i: { Id: number; Title: unknown }) => [i.Id, i.Title])).toEqual([[1, null], [2, null]]);
      expect(await items.filter('Score eq null').select('Id')()).toHaveLength(2);
      expect(await items.getById(2).versions()).toHaveLength(2);
      await items.getById(1).update({ Title: 'Mended', Score: 5 });
      expect(await items.getById(1)()).toMatchObject({ Title: 'Mended', Score: 5 });
    } finally {
      await second.close();
    }
  });
});
