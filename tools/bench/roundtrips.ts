/**
 * Measures the HTTP round trips the assessment web part pays to open an assessment.
 * Run: npx tsx tools/bench/roundtrips.ts
 *
 * Starts a SharePoint simulator in memory, sets the site up, publishes the default NHS model and a
 * synthetic 500-capability model, starts an assessment on each (empty, then with every
 * capability answered), and loads each view as a member through the real SharePointStore and
 * PnPjs, counting the requests in the simulator's log.
 */
import { startSimulator } from '../sp-simulator';
import { SharePointStore } from '../../src/data/SharePointStore';
import { connectLocalSite } from '../../src/data/sp/connect';
import { F, LISTS } from '../../src/data/schema/names';
import { getDefaultModel } from '../../src/nimm/defaultModel';
import { syntheticModel } from '../../src/nimm/testing/syntheticModel';
import type { Model } from '../../src/nimm/model/schema';

interface Row {
  model: string;
  capabilities: number;
  responses: number;
  roundTrips: number;
  requests: string;
  ms: number;
}

async function main(): Promise<void> {
  const running = await startSimulator({ port: 0 });
  const { sim, webUrl } = running;
  const login = (role: string): string => sim.users.find((u) => u.role === role)?.login ?? '';
  try {
    const owner = new SharePointStore(await connectLocalSite({ webUrl, userLogin: login('owner') }));
    const member = new SharePointStore(await connectLocalSite({ webUrl, userLogin: login('member') }));
    await owner.ensureSchema();
    const defaultVersion = await owner.publishDefaultModel();
    const synthetic = syntheticModel({ capabilities: 500, seed: 1 });
    const syntheticVersion = await owner.publishModel(synthetic);
    const defaultModel = getDefaultModel();

    const rows: Row[] = [];
    for (const [label, versionId, model] of [['Default NHS model', defaultVersion.id, defaultModel], ['Synthetic model', syntheticVersion.id, synthetic]] as [string, number, Model][]) {
      const assessment = await owner.createAssessment({ title: `${label} benchmark`, scope: 'Benchmark', modelVersionId: versionId });
      rows.push(await measure(label, model, assessment.id));
      // Every capability answered, written straight into the list (the load is what is measured).
      sim.bulkAddItems(
        LISTS.responses,
        model.capabilities.map((c) => ({
          Title: c.key,
          [F.assessmentId]: assessment.id,
          [F.capabilityKey]: c.key,
          [F.status]: 'in-progress',
          [F.answers]: JSON.stringify(Object.fromEntries(c.levels.flatMap((l) => l.criteria).map((k) => [k.key, 'met'])))
        }))
      );
      rows.push(await measure(label, model, assessment.id));
    }

    async function measure(label: string, model: Model, assessmentId: number): Promise<Row> {
      sim.clearLog();
      const started = Date.now();
      const view = await member.loadAssessmentView(assessmentId);
      const ms = Date.now() - started;
      if (view.issues.length > 0) throw new Error(`unexpected data issues: ${JSON.stringify(view.issues.slice(0, 3))}`);
      return {
        model: label,
        capabilities: model.capabilities.length,
        responses: view.responses.length,
        roundTrips: sim.log.length,
        requests: sim.log.map((e) => `${e.method} ${e.path.replace(/^.*\/_api\//, '')}${e.batchParts ? ` (${e.batchParts} parts)` : ''}`).join(' + '),
        ms
      };
    }

    console.log('Round trips to load an assessment view (SharePointStore.loadAssessmentView, as a member):\n');
    console.log(['model', 'capabilities', 'responses', 'round trips', 'ms', 'requests'].join(' | '));
    for (const r of rows) console.log([r.model, r.capabilities, r.responses, r.roundTrips, r.ms, r.requests].join(' | '));
    const worst = Math.max(...rows.map((r) => r.roundTrips));
    console.log(`\nWorst case: ${worst} round trip${worst === 1 ? '' : 's'} (budget: 2).`);
    if (worst > 2) process.exitCode = 1;
  } finally {
    await running.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
