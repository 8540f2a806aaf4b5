/**
 * Measures the HTTP round trips the assessment web part pays to open an assessment and to save.
 * Run: npx tsx tools/bench/roundtrips.ts
 *
 * Starts a SharePoint simulator in memory, sets the site up, publishes the default NHS model and a
 * synthetic 500-capability model, starts an assessment on each (empty, then with every
 * capability answered), and loads each view as a member through the real SharePointStore and
 * PnPjs, counting the requests in the simulator's log. Then, on the default model with 100 ms of
 * simulated latency per request, it counts and times a first save, a plain save, a save merged
 * over another person's change and a true conflict, and times how long a save waits before it is
 * handed back when SharePoint throttles with a long Retry-After.
 */
import { startSimulator } from '../sp-simulator';
import { SharePointStore } from '../../src/data/SharePointStore';
import { connectLocalSite } from '../support/connectLocalSite';
import { F, LISTS } from '../../src/data/schema/names';
import { getDefaultModel } from '../../src/nimm/defaultModel';
import { syntheticModel } from '../synthetic/syntheticModel';
import type { Model } from '../../src/nimm/model/schema';
import { isStoreError, type StoreError } from '../../src/data/errors';
import { draftOf } from '../../src/data/mappers/response';
import { emptyDraft } from '../../src/data/merge/mergeResponse';
import type { SaveResponseResult } from '../../src/data/types';

interface Row {
  model: string;
  capabilities: number;
  responses: number;
  roundTrips: number;
  requests: string;
  ms: number;
}

let running: Awaited<ReturnType<typeof startSimulator>> | undefined;

async function main(): Promise<void> {
  running = await startSimulator({ port: 0 });
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
          [F.responseKey]: `${assessment.id}/${c.key}`,
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

    await measureSaves(owner, member, defaultVersion.id, defaultModel);
  } finally {
    await running.close();
  }
}

/** Round trips and time of each kind of save, at 100 ms latency per request. */
async function measureSaves(owner: SharePointStore, member: SharePointStore, versionId: number, model: Model): Promise<void> {
  const { sim } = running!;
  const assessment = await owner.createAssessment({ title: 'Save benchmark', scope: 'Benchmark', modelVersionId: versionId });
  const capability = model.capabilities.find((c) => c.levels[0].criteria.length >= 2)!;
  const [a, b] = capability.levels[0].criteria.map((c) => c.key);
  const draft = (answers: Record<string, 'met' | 'partial' | 'not-met'>) => ({ ...emptyDraft(), status: 'in-progress' as const, answers });
  const timed = async (label: string, run: () => Promise<SaveResponseResult>): Promise<SaveResponseResult> => {
    sim.clearLog();
    sim.setFault({ latencyMs: 100 });
    const started = Date.now();
    const result = await run();
    const ms = Date.now() - started;
    sim.setFault(null);
    console.log([label, result.status, sim.log.length, ms, sim.log.map((e) => `${e.status} ${e.method} ${e.path.replace(/^.*\/_api\//, '').replace(/\?.*$/, '')}`).join(' + ')].join(' | '));
    return result;
  };
  console.log('\nRound trips and time to save one capability (SharePointStore.saveResponse, 100 ms latency per request):\n');
  console.log(['save', 'outcome', 'round trips', 'ms', 'requests'].join(' | '));
  const first = await timed('first save', () => member.saveResponse(assessment.id, { capability: capability.key, base: null, draft: draft({ [a]: 'met' }) }));
  if (first.status !== 'saved') throw new Error('first save did not save');
  await timed('second of two first saves at once', () => owner.saveResponse(assessment.id, { capability: capability.key, base: null, draft: draft({ [b]: 'not-met' }) }));
  const current = (await member.loadAssessmentView(assessment.id)).responses.find((r) => r.capability === capability.key)!;
  const firstSaved = { ...first, response: current };
  const plain = await timed('plain save', () => member.saveResponse(assessment.id, { capability: capability.key, base: firstSaved.response, draft: { ...draftOf(current), answers: { ...current.answers, [a]: 'partial' } } }));
  if (plain.status !== 'saved') throw new Error('plain save did not save');
  await owner.saveResponse(assessment.id, { capability: capability.key, base: plain.response, draft: { ...draftOf(plain.response), improvementIdeas: 'Theirs.' } });
  await timed('merged over another\'s change', () => member.saveResponse(assessment.id, { capability: capability.key, base: plain.response, draft: { ...draftOf(plain.response), rationale: 'Mine.' } }));
  const reread = (await member.loadAssessmentView(assessment.id)).responses.find((r) => r.capability === capability.key)!;
  await owner.saveResponse(assessment.id, { capability: capability.key, base: reread, draft: { ...draftOf(reread), answers: { ...reread.answers, [a]: 'not-met' } } });
  await timed('true conflict', () => member.saveResponse(assessment.id, { capability: capability.key, base: reread, draft: { ...draftOf(reread), answers: { ...reread.answers, [a]: 'met' } } }));

  sim.clearLog();
  sim.setFault({ status: 429, retryAfterSeconds: 120, latencyMs: 100 });
  const started = Date.now();
  const error = await member.saveResponse(assessment.id, { capability: capability.key, base: reread, draft: draftOf(reread) }).catch((e: unknown) => e as StoreError);
  const waited = Date.now() - started;
  sim.setFault(null);
  const handedBack = isStoreError(error) && error.kind === 'throttled' ? `handed back as "${error.kind}" with a ${error.retryAfterSeconds} s wait` : `not handed back (${String(error)})`;
  console.log(`\nThrottled save (429, Retry-After: 120 s, 100 ms latency): ${handedBack} after ${waited} ms and ${sim.log.length} request${sim.log.length === 1 ? '' : 's'}; the draft is kept for the caller to send later.`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
