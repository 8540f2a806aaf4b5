/**
 * Shared set-up for the simulator tests: a real PnPjs client pointed at the simulator, signed in
 * as a chosen user through the `X-Sim-User` header.
 */
import { spfi, SPBrowser, SPFI } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/batching';
import '@pnp/sp/files';
import '@pnp/sp/folders';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/security';
import { DEFAULT_USERS, startSimulator, type RunningSimulator } from '../../tools/sp-simulator';
import { startedForAll } from '../support/startedForAll';

export const OWNER = DEFAULT_USERS.find((u) => u.role === 'owner')!;
export const MEMBER = DEFAULT_USERS.find((u) => u.role === 'member')!;
export const VISITOR = DEFAULT_USERS.find((u) => u.role === 'visitor')!;

/** One simulator for all the tests of a file (see startedForAll): use `sim.webUrl`, `sim.sim`. */
export function useSimulator(): RunningSimulator {
  return startedForAll(() => startSimulator({ port: 0 }));
}

/** A PnPjs client for the simulated web, signed in as `login` through the `X-Sim-User` header. */
export function client(webUrl: string, login: string = OWNER.login): SPFI {
  return spfi().using(SPBrowser({ baseUrl: webUrl }), InjectHeaders({ 'X-Sim-User': login }));
}

/** The `odata.error` message of a PnPjs HttpRequestError. */
export async function spErrorOf(p: Promise<unknown>): Promise<{ status: number; code: string; message: string }> {
  try {
    await p;
  } catch (e) {
    const err = e as { status: number; response: Response };
    const body = await err.response.clone().json();
    const inner = body['odata.error'] ?? body.error;
    return { status: err.status, code: inner.code, message: inner.message.value };
  }
  throw new Error('expected the request to fail');
}
