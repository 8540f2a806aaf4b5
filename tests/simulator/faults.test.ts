import { client, spErrorOf, useSimulator } from './support';

const sim = useSimulator();

beforeAll(async () => {
  await client(sim.webUrl).web.lists.add('Responses');
});
beforeEach(() => {
  sim.sim.setFault(null);
  sim.sim.clearLog();
});

describe('injected faults', () => {
  it('answers 429 with Retry-After, which PnPjs waits for and retries', async () => {
    sim.sim.setFault({ status: 429, retryAfterSeconds: 0, count: 1 });
    const items = await client(sim.webUrl).web.lists.getByTitle('Responses').items();
    expect(items).toEqual([]);
    expect(sim.sim.log.map((e) => e.status)).toEqual([429, 200]);
  });

  it('sends the Retry-After header on the throttled response', async () => {
    sim.sim.setFault({ status: 429, retryAfterSeconds: 1, count: 1 });
    const r = await fetch(`${sim.webUrl}/_api/web`, { headers: { Accept: 'application/json' } });
    expect(r.status).toBe(429);
    expect(r.headers.get('retry-after')).toBe('1');
    expect((await fetch(`${sim.webUrl}/_api/web`, { headers: { Accept: 'application/json' } })).status).toBe(200);
  });

  it('keeps failing with 503 until the count runs out; PnPjs gives up after three attempts', async () => {
    sim.sim.setFault({ status: 503, retryAfterSeconds: 0, count: 5 });
    const err = await spErrorOf(client(sim.webUrl).web());
    expect(err.status).toBe(503);
    expect(sim.sim.log).toHaveLength(3);
  });

  it('only touches requests that match, and adds latency', async () => {
    // A long delay keeps the comparison meaningful on a busy CI machine.
    sim.sim.setFault({ latencyMs: 1500, match: /^GET .*\/items/ });
    const t0 = Date.now();
    await client(sim.webUrl).web.select('Title')();
    const t1 = Date.now();
    await client(sim.webUrl).web.lists.getByTitle('Responses').items();
    const t2 = Date.now();
    expect(t1 - t0).toBeLessThan(1500);
    expect(t2 - t1).toBeGreaterThanOrEqual(1490); // timers may fire a hair early
  });

  it('never applies faults to the library file URLs', async () => {
    sim.sim.setFault({ status: 503 });
    expect((await fetch(`${sim.webUrl}/Responses/none.txt`)).status).toBe(404);
  });
});
