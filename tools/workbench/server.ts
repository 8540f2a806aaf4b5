import * as http from 'http';
import * as path from 'path';
import * as fs from 'fs';
import { SharePointSimulator, USER_COOKIE, type SimulatorOptions } from '../sp-simulator';
import { stopOnSignals } from '../sp-simulator/stopOnSignals';
import { bundleWorkbench } from './bundle';
import { renderPage } from './page';
import { seedDemoSite } from './seed';
import { DEMO_TRUSTS, seedTrustSite, type DemoTrust } from './seedTrusts';

/**
 * The local workbench: one loopback server that answers SharePoint REST for a simulated site
 * (/sites/nimm/_api/...) and serves a page hosting the suite's apps on the same origin, as a
 * SharePoint page would. Data persists in data/simulator.json; first run sets the site up and
 * seeds the default NHS model and a demo trust.
 */
export interface WorkbenchOptions {
  port?: number;
  dataFile?: string;
  minify?: boolean;
  quiet?: boolean;
  /**
   * Milliseconds the simulator adds before each SharePoint answer once the demo site is seeded
   * (SimulatorOptions.latencyMs); `npm start` takes it from SIM_LATENCY_MS. Default 0.
   */
  latencyMs?: number;
}

export interface RunningWorkbench {
  origin: string;
  webUrl: string;
  sim: SharePointSimulator;
  /** The other demo trusts' sites on the same server (the dashboard's across-sites view). */
  otherSites: { trust: DemoTrust; webUrl: string; sim: SharePointSimulator }[];
  close(): Promise<void>;
}

/** Another trust's simulated site on the workbench's server, set up the first time it is asked for. */
interface HostedSite {
  trust: DemoTrust;
  sim: SharePointSimulator;
  /** Its set-up, once started; null until then (and again after a reset). */
  seeded: Promise<void> | null;
}

/** The data file of another trust's site, beside the main one (none when the main site has none). */
function trustDataFile(dataFile: string | undefined, trust: DemoTrust): string | undefined {
  if (!dataFile) return undefined;
  const slug = trust.path.split('/').pop() ?? 'trust';
  return path.join(path.dirname(dataFile), `${path.basename(dataFile, '.json')}.${slug}.json`);
}

/** True when the request is for the site at `sitePath` (its API or its files). */
function isForSite(req: http.IncomingMessage, sitePath: string): boolean {
  const pathname = (req.url || '/').split('?')[0].toLowerCase();
  const site = sitePath.toLowerCase();
  return pathname === site || pathname.startsWith(`${site}/`);
}

const root = path.resolve(__dirname, '..', '..');
const SITE_PATH = '/sites/nimm';

export async function startWorkbench(options: WorkbenchOptions = {}): Promise<RunningWorkbench> {
  const say = (line: string): void => { if (!options.quiet) console.log(line); };
  const outDir = path.join(root, 'temp', 'workbench');
  fs.mkdirSync(outDir, { recursive: true });
  const bundleFile = path.join(outDir, 'app.js');
  say('Bundling the workbench...');
  await bundleWorkbench(bundleFile, { minify: options.minify });

  const sim = new SharePointSimulator({ sitePath: SITE_PATH, dataFile: options.dataFile });
  // The other trusts' sites: one tenant, so the same people can sign in to each, but each site
  // gives access only to its own (a trust's noAccess roles get SharePoint's 403 there).
  const others: HostedSite[] = DEMO_TRUSTS.map((trust) => {
    const siteOptions: SimulatorOptions = {
      sitePath: trust.path,
      dataFile: trustDataFile(options.dataFile, trust),
      users: sim.users.filter((u) => trust.noAccess.indexOf(u.role) < 0),
      tenantUsers: sim.users
    };
    return { trust, sim: new SharePointSimulator(siteOptions), seeded: null };
  });
  const server = http.createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      console.error('Workbench error:', e);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('The workbench could not answer this request. See the terminal for details.');
    });
  });

  let origin = '';
  // Node's own calls to the server go to the address it listens on, whatever localhost resolves to.
  let internalOrigin = '';
  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (await sim.handle(req, res)) return;
    // One server, several sites: each simulator answers only for its own site path.
    for (const other of others) {
      if (!isForSite(req, other.trust.path)) continue;
      await seedOnFirstUse(other);
      if (await other.sim.handle(req, res)) return;
    }
    const url = new URL(req.url || '/', origin);
    if (req.method === 'GET' && (url.pathname === '/' || url.pathname === `${SITE_PATH}/SitePages/Workbench.aspx`)) {
      // The page's site URL follows the address the browser used (localhost or 127.0.0.1), so
      // its requests stay same-origin, as they are on a SharePoint page.
      const pageOrigin = req.headers.host ? `http://${req.headers.host}` : origin;
      // The page shows whoever the simulator will answer as. A cookie naming nobody on the site
      // (left from an earlier run with other users) is cleared, and the page falls back to the owner.
      const named = sim.signedInUser(req);
      const user = named ?? sim.users.find((u) => u.role === 'owner') ?? sim.users[0];
      const html = await renderPage({ origin: pageOrigin, internalOrigin, sitePath: SITE_PATH, user, users: sim.users, otherSitePaths: others.map((o) => o.trust.path) });
      const headers: Record<string, string> = { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' };
      if (!named) headers['Set-Cookie'] = `${USER_COOKIE}=; Max-Age=0; Path=/; SameSite=Lax`;
      res.writeHead(200, headers);
      res.end(html);
      return;
    }
    if (req.method === 'GET' && (url.pathname === '/workbench/app.js' || url.pathname === '/workbench/app.js.map')) {
      const file = url.pathname.endsWith('.map') ? `${bundleFile}.map` : bundleFile;
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' });
      fs.createReadStream(file).pipe(res);
      return;
    }
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204);
      res.end();
      return;
    }
    if (req.method === 'POST' && url.pathname === '/workbench/reset') {
      // Resetting deletes the whole site, so only its owner may, as only an owner could delete a
      // real site's lists. The page hides the button from others; this is the check that counts.
      const user = sim.signedInUser(req);
      // A page on another site must not reset it through the browser: a cross-site POST carries no
      // Lax cookie, and no cookie means the owner. Browsers say where a request came from.
      const site = req.headers['sec-fetch-site'];
      const crossSite = site !== undefined && site !== 'same-origin' && site !== 'none';
      if (!user || user.role !== 'owner' || crossSite) {
        res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
        res.end(
          crossSite
            ? 'Only the workbench page itself can reset the demo data.'
            : `Only the site owner can reset the demo data; you are signed in as ${user ? `${user.title}, a site ${user.role}` : 'someone the site does not know'}.`
        );
        return;
      }
      sim.reset();
      // The other trusts' sites start again too, set up afresh the next time they are asked for.
      for (const other of others) {
        other.sim.reset();
        other.seeded = null;
      }
      await seedUnhurried();
      res.writeHead(204);
      res.end();
      return;
    }
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Not found on the local workbench.');
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4321, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  origin = `http://localhost:${port}`;
  internalOrigin = `http://127.0.0.1:${port}`;
  const webUrl = `${origin}${SITE_PATH}`;
  // Seeding is the workbench's own set-up, not what a user waits for: it runs without the
  // simulated latency, which applies from the first page request on.
  async function seedUnhurried(): Promise<void> {
    sim.setLatency(0);
    try {
      await seedDemoSite(`${internalOrigin}${SITE_PATH}`, sim, say);
    } finally {
      sim.setLatency(options.latencyMs ?? 0);
    }
  }
  /**
   * Sets another trust's site up the first time anything asks for it, so that starting the
   * workbench (and each browser test file) costs nothing for sites it may never show. The set-up
   * talks to that site's simulator on a loopback server of its own, so it never waits behind the
   * requests it is holding back here.
   */
  function seedOnFirstUse(other: HostedSite): Promise<void> {
    if (!other.seeded) {
      const run = (async () => {
        const seeder = http.createServer((req, res) => {
          other.sim.handle(req, res).then((handled) => {
            if (!handled) {
              res.writeHead(404);
              res.end();
            }
          }, () => {
            if (!res.headersSent) res.writeHead(500);
            res.end();
          });
        });
        await new Promise<void>((resolve, reject) => {
          seeder.once('error', reject);
          seeder.listen(0, '127.0.0.1', () => resolve());
        });
        const address = seeder.address();
        const seederPort = typeof address === 'object' && address ? address.port : 0;
        try {
          await seedTrustSite(`http://127.0.0.1:${seederPort}${other.trust.path}`, other.sim, other.trust, say);
        } finally {
          seeder.closeAllConnections();
          await new Promise<void>((resolve) => seeder.close(() => resolve()));
        }
        // Its answers wait as long as the main site's do.
        other.sim.setLatency(options.latencyMs ?? 0);
      })();
      // A set-up that failed is tried again on the next request, not kept as a failure.
      run.catch(() => {
        if (other.seeded === run) other.seeded = null;
      });
      other.seeded = run;
    }
    return other.seeded;
  }

  await seedUnhurried();
  return {
    origin,
    webUrl,
    sim,
    otherSites: others.map((o) => ({ trust: o.trust, webUrl: `${origin}${o.trust.path}`, sim: o.sim })),
    close: () =>
      new Promise<void>((resolve) => {
        // Anything still unsaved goes to disk first, whatever happens to the connections.
        sim.flush();
        for (const other of others) other.sim.flush();
        server.close(() => resolve());
        // Browsers keep connections alive; without this close() waits for them to time out.
        server.closeAllConnections();
      })
  };
}

if (require.main === module) {
  const port = Number(process.env.PORT || 4321);
  const latencyText = process.env.SIM_LATENCY_MS;
  const latencyMs = latencyText ? Number(latencyText) : 0;
  if (!Number.isFinite(latencyMs) || latencyMs < 0) {
    console.error(`SIM_LATENCY_MS must be a number of milliseconds, 0 or more (for example SIM_LATENCY_MS=100 npm start); it was "${latencyText}".`);
    process.exit(1);
  }
  startWorkbench({ port, dataFile: path.join(root, 'data', 'simulator.json'), latencyMs })
    .then((wb) => {
      stopOnSignals(wb, 'workbench');
      console.log(`\nNIMM Assessment Suite local workbench: ${wb.origin}/`);
      console.log(`Simulated SharePoint site: ${wb.webUrl} (data in data/simulator.json; "Reset demo data" on the page starts again)`);
      console.log(`Other trusts' sites for the dashboard's "Across sites" view: ${wb.otherSites.map((o) => o.webUrl).join(', ')} (set up when first shown)`);
      if (latencyMs > 0) console.log(`Each SharePoint request waits ${latencyMs} ms before it is answered (SIM_LATENCY_MS).`);
      console.log('Press Ctrl+C to stop.');
    })
    .catch((e: unknown) => {
      const err = e as NodeJS.ErrnoException;
      if (err && err.code === 'EADDRINUSE') {
        console.error(`Port ${port} is already in use. Stop the other program or run with PORT=<another port> npm start.`);
      } else {
        console.error('The workbench could not start:', err && err.message ? err.message : e);
      }
      process.exit(1);
    });
}
