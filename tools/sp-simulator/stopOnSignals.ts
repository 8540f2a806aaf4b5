/**
 * Ctrl+C (SIGINT) and SIGTERM save and stop cleanly, exiting 0. Every answered change is already
 * on disk (the simulator saves before it answers); flushing first also covers anything else, even
 * if closing hangs. A second signal while closing exits at once.
 */
export function stopOnSignals(server: { sim: { flush(): void }; close(): Promise<void> }, what: string): void {
  let stopping = false;
  const stop = (): void => {
    server.sim.flush();
    if (stopping) process.exit(0);
    stopping = true;
    server.close().then(
      () => process.exit(0),
      (e: unknown) => {
        console.error(`The ${what} did not stop cleanly:`, e);
        process.exit(1);
      }
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
