/**
 * Something a group of tests shares because it is slow to start (a simulator, a set-up site):
 * started before the group's first test and closed after its last. Call it inside a describe
 * block (or at the top of a file) where the hooks should go. The object returned reads through to
 * what was started, so tests use it as they would the thing itself; later hooks of the group
 * (registered after this call) already see it started.
 */
export function startedForAll<T extends { close(): Promise<void> }>(start: () => Promise<T>): T {
  let started: T | undefined;
  beforeAll(async () => {
    started = await start();
  });
  afterAll(() => started?.close());
  return new Proxy({} as T, {
    get(_target, key) {
      if (started === undefined) throw new Error(`read "${String(key)}" before it started: use it inside a hook or a test`);
      return Reflect.get(started, key);
    }
  });
}
