/**
 * Local SharePoint Online REST simulator for the NIMM Assessment Suite.
 *
 * ```ts
 * const { sim, webUrl, close } = await startSimulator({ port: 0 });
 * const sp = spfi().using(SPBrowser({ baseUrl: webUrl }));
 * ```
 * The signed-in user comes from the `X-Sim-User` header or the `nimm-sim-user` cookie (a login,
 * e-mail or the part after the last `|`); default the owner.
 */
import * as http from 'http';
import { AddressInfo } from 'net';
import { SharePointSimulator } from './simulator';
import { SimulatorOptions } from './types';

export { SharePointSimulator } from './simulator';
export { DEFAULT_USERS } from './model/users';
export type { FaultSpec, RequestLogEntry, SimUser, SimulatorOptions } from './types';
export { USER_COOKIE } from './types';

export interface RunningSimulator {
  sim: SharePointSimulator;
  /** e.g. `http://127.0.0.1:4321` */
  origin: string;
  /** e.g. `http://127.0.0.1:4321/sites/nimm` */
  webUrl: string;
  close(): Promise<void>;
}

/** Starts the simulator on 127.0.0.1 (`port` 0 picks a free one). Anything else on the origin gets 404. */
export async function startSimulator(opts: SimulatorOptions & { port?: number } = {}): Promise<RunningSimulator> {
  const sim = new SharePointSimulator(opts);
  const server = http.createServer((req, res) => {
    sim.handle(req, res).then((handled) => {
      if (!handled) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('Not found');
      }
    }, () => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const sitePath = `/${(opts.sitePath ?? '/sites/nimm').replace(/^\/+|\/+$/g, '')}`;
  return {
    sim,
    origin,
    webUrl: `${origin}${sitePath}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        sim.flush();
        server.close((err) => (err ? reject(err) : resolve()));
        // fetch keeps connections alive; without this close() would wait for them to time out.
        server.closeAllConnections();
      }),
  };
}
