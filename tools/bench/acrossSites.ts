/**
 * The dashboard's across-sites view with 20 trusts: round trips per site and the wall time of
 * loading all 20 summaries in parallel. Run: npm run bench:sites
 *
 * One HTTP server hosts 20 simulated NIMM sites (/sites/trust-01 … /sites/trust-20), each with the
 * default NHS model and an assessment answered differently, and adds 100 ms of latency to every
 * SharePoint answer. Each site is set up from one template (lists and model published once through
 * the store, then copied as the simulator's data file) and its assessment and responses are
 * written straight into its lists, so no request (and no form digest) is made before the runs.
 *
 * Three runs (and one without latency, to show what is processing), each loading the 20 summaries in parallel through SharePointStore (the visitor's own
 * access, as the web part reads other trusts' sites):
 *  - first visit: stores as the web part makes them for other sites, with no form digest in hand
 *    (the reads are GETs, which need none: one round trip per site all the same);
 *  - digest in hand (connectLocalSite, as a page has for its own site): the same reads;
 *  - the same with one site where the visitor has no access.
 */
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import type { AddressInfo } from 'net';
import { SharePointSimulator, DEFAULT_USERS, startSimulator } from '../sp-simulator';
import { SharePointStore } from '../../src/data/SharePointStore';
import { isStoreError } from '../../src/data/errors';
import { assessmentToItem } from '../../src/data/mappers/assessment';
import { F, LISTS } from '../../src/data/schema/names';
import type { SiteSummary } from '../../src/data/types';
import { getDefaultModel } from '../../src/nimm/defaultModel';
import { connectLocalSite, spForLocalSite } from '../support/connectLocalSite';
import { demoAssessment } from '../workbench/seed';

const SITES = 20;
const LATENCY_MS = 100;
const VISITOR = DEFAULT_USERS.find((u) => u.role === 'visitor')!;
const OWNER = DEFAULT_USERS.find((u) => u.role === 'owner')!;

interface Hosted {
  path: string;
  sim: SharePointSimulator;
}

/** Sets up the template site (lists, default model) once, through the store; returns its data file. */
async function makeTemplate(dir: string): Promise<{ file: string; versionId: number }> {
  const file = path.join(dir, 'template.json');
  const running = await startSimulator({ port: 0, dataFile: file });
  try {
    const owner = new SharePointStore(await connectLocalSite({ webUrl: running.webUrl, userLogin: OWNER.login }));
    await owner.ensureSchema();
    const version = await owner.publishDefaultModel();
    return { file, versionId: version.id };
  } finally {
    await running.close();
  }
}

/** Trust n's site: the template's lists and model, and its own assessment with its own answers. */
function makeSite(dir: string, template: { file: string; versionId: number }, n: number): Hosted {
  const slug = `trust-${String(n).padStart(2, '0')}`;
  const file = path.join(dir, `${slug}.json`);
  fs.copyFileSync(template.file, file);
  const sim = new SharePointSimulator({ sitePath: `/sites/${slug}`, dataFile: file, tenantUsers: DEFAULT_USERS });
  const model = getDefaultModel();
  const sample = demoAssessment(model);
  sim.bulkAddItems(LISTS.assessments, [
    assessmentToItem({ title: `Trust ${n}: infrastructure self-assessment`, scope: 'Trust-wide', startDate: sample.date }, { id: template.versionId, modelKey: model.key, version: model.version }, sample.date)
  ]);
  // Different answers per trust: every n-th capability's answers are lowered a step.
  sim.bulkAddItems(
    LISTS.responses,
    sample.responses.map((r, i) => ({
      Title: r.capability,
      // The template has no assessment, so this one is item 1.
      [F.assessmentId]: 1,
      [F.capabilityKey]: r.capability,
      [F.responseKey]: `1/${r.capability}`,
      [F.status]: r.notApplicable ? 'not-applicable' : 'agreed',
      [F.notApplicable]: r.notApplicable,
      [F.answers]: JSON.stringify(
        i % n === 0 ? Object.fromEntries(Object.entries(r.answers).map(([k, v]) => [k, v === 'met' ? 'partial' : v === 'partial' ? 'not-met' : v])) : r.answers
      )
    }))
  );
  return { path: `/sites/${slug}`, sim };
}

/** One server for every site: each simulator answers only for its own path. */
async function serve(sites: Hosted[]): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    (async () => {
      for (const site of sites) if (await site.sim.handle(req, res)) return;
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found');
    })().catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      })
  };
}

interface RunResult {
  ms: number;
  trips: number[];
  loaded: SiteSummary[];
  failed: { site: string; kind: string; message: string }[];
}

async function run(sites: Hosted[], stores: SharePointStore[], origin: string): Promise<RunResult> {
  for (const s of sites) s.sim.clearLog();
  const started = Date.now();
  const outcomes = await Promise.all(stores.map((store) => store.loadSiteSummary().then((value) => ({ value }), (error: unknown) => ({ error }))));
  const ms = Date.now() - started;
  const loaded: SiteSummary[] = [];
  const failed: RunResult['failed'] = [];
  outcomes.forEach((o, i) => {
    if ('value' in o) loaded.push(o.value);
    else failed.push({ site: `${origin}${sites[i].path}`, kind: isStoreError(o.error) ? o.error.kind : 'unexpected', message: isStoreError(o.error) ? o.error.message : String(o.error) });
  });
  return { ms, trips: sites.map((s) => s.sim.log.length), loaded, failed };
}

function report(label: string, r: RunResult): void {
  const min = Math.min(...r.trips);
  const max = Math.max(...r.trips);
  console.log(`\n${label}`);
  console.log(`  requests per site: ${min === max ? String(min) : `${min} to ${max}`} (${r.trips.reduce((a, b) => a + b, 0)} in all; a site's requests go together, and all sites in parallel)`);
  console.log(`  wall time for all ${r.trips.length} sites: ${r.ms} ms (${LATENCY_MS} ms latency per request)`);
  console.log(`  summaries: ${r.loaded.length} loaded, ${r.failed.length} failed`);
  for (const f of r.failed) console.log(`  ${f.site}: ${f.kind}: ${f.message}`);
  const levels = r.loaded.map((s) => (s.level === null ? '-' : `L${s.level} ${s.score?.toFixed(2)}`));
  console.log(`  organisation level and score by site: ${levels.join(', ')}`);
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nimm-bench-sites-'));
  let close: (() => Promise<void>) | undefined;
  try {
    const setUpStarted = Date.now();
    const template = await makeTemplate(dir);
    const sites = Array.from({ length: SITES }, (_v, i) => makeSite(dir, template, i + 1));
    const server = await serve(sites);
    close = server.close;
    // A warm-up on a site of its own (another server, so nothing is kept for the measured
    // addresses): the first calls of any code in Node are slower than the rest, and what is
    // measured is the trips and the wait, not the JIT compiling the simulator and the store.
    const spare = makeSite(dir, template, SITES + 1);
    const spareServer = await serve([spare]);
    const spareStore = new SharePointStore(await connectLocalSite({ webUrl: `${spareServer.origin}${spare.path}`, userLogin: VISITOR.login }));
    for (let i = 0; i < 5; i++) await spareStore.loadSiteSummary();
    await spareServer.close();
    for (const s of sites) s.sim.setLatency(LATENCY_MS);
    console.log(`${SITES} simulated NIMM sites on one server (${server.origin}), set up in ${Date.now() - setUpStarted} ms; ${LATENCY_MS} ms latency per request.`);

    const webUrls = sites.map((s) => `${server.origin}${s.path}`);
    const firstVisit = webUrls.map((webUrl) => new SharePointStore(spForLocalSite({ webUrl, userLogin: VISITOR.login })));
    const cold = await run(sites, firstVisit, server.origin);
    report('First visit (no form digest in hand; three GETs sent together per site)', cold);

    // As a page has for its own site: the digest fetched before (not timed).
    const warmStores = await Promise.all(webUrls.map(async (webUrl) => new SharePointStore(await connectLocalSite({ webUrl, userLogin: VISITOR.login }))));
    const warm = await run(sites, warmStores, server.origin);
    report('Digest in hand (the same three GETs per site)', warm);

    // The same with no latency: what is left is this one Node process answering for 20 sites and
    // working out 20 summaries (on SharePoint the answering is the tenant's, in parallel).
    for (const s of sites) s.sim.setLatency(0);
    const processing = await run(sites, warmStores, server.origin);
    console.log(`  the same with no latency: ${processing.ms} ms (simulators and store sharing one process)`);
    for (const s of sites) s.sim.setLatency(LATENCY_MS);

    sites[6].sim.removeFromSite(VISITOR.login);
    const forbidden = await run(sites, warmStores, server.origin);
    report(`The same with ${server.origin}${sites[6].path} forbidden to the visitor`, forbidden);

    const failures: string[] = [];
    // One round trip per site: its three GETs, sent together, and nothing after them.
    if ([cold, warm].some((run) => run.trips.some((t) => t !== 3)) || warm.failed.length > 0) failures.push('a site took more than its three GETs sent together (one round trip)');
    if (cold.failed.length > 0 || forbidden.failed.length !== 1 || forbidden.failed[0].kind !== 'forbidden') failures.push('a run did not end as expected');
    if (failures.length > 0) {
      console.error(`\nFAILED: ${failures.join('; ')}.`);
      process.exitCode = 1;
    }
  } finally {
    await close?.();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error('The benchmark could not run:', e);
  process.exit(1);
});
