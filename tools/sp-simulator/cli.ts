/**
 * Runs the simulator on its own, for poking at it by hand:
 *   npx tsx tools/sp-simulator/cli.ts [--port 4322] [--data data/sp-simulator.json] [--site /sites/nimm]
 */
import { startSimulator } from './index';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const running = await startSimulator({
    port: Number(option('port') ?? 4322),
    dataFile: option('data'),
    sitePath: option('site'),
  });
  console.log(`SharePoint simulator listening: ${running.webUrl}`);
  for (const u of running.sim.users) console.log(`  ${u.role.padEnd(7)} ${u.title} <${u.email}>`);
  // SIGINT/SIGTERM save and exit 0. Answered changes are already on disk (the simulator saves
  // before it answers); flushing first also covers anything else, even if closing hangs. A second
  // signal exits at once.
  let stopping = false;
  const stop = (): void => {
    running.sim.flush();
    if (stopping) process.exit(0);
    stopping = true;
    running.close().then(() => process.exit(0), (e: unknown) => {
      console.error('The simulator did not stop cleanly:', e);
      process.exit(1);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
