/**
 * Runs the simulator on its own, for poking at it by hand:
 *   npx tsx tools/sp-simulator/cli.ts [--port 4322] [--data data/sp-simulator.json] [--site /sites/nimm]
 */
import { startSimulator } from './index';
import { stopOnSignals } from './stopOnSignals';

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
  stopOnSignals(running, 'simulator');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
