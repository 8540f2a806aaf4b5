import * as fs from 'fs';
import * as path from 'path';
import type { SharePointSimulator } from '../sp-simulator';
import { SharePointStore, emptyDraft, type ResponseDraft } from '../../src/data';
import { connectLocalSite } from '../support/connectLocalSite';
import { validateAssessment, type Response } from '../../src/nimm';

const SAMPLE = path.resolve(__dirname, '..', '..', 'docs', 'examples', 'sample-assessment.json');

/** What a response from the sample file looks like once it is a store draft. */
function draftFrom(response: Response): ResponseDraft {
  const answered = Object.keys(response.answers).length > 0;
  return {
    ...emptyDraft(),
    notApplicable: response.notApplicable,
    agreedLevel: response.agreedLevel,
    rationale: response.rationale,
    answers: { ...response.answers },
    status: response.notApplicable ? 'not-applicable' : response.agreedLevel !== null ? 'agreed' : answered ? 'in-progress' : 'not-started'
  };
}

/**
 * Sets the simulated site up as an owner would (ensure schema, publish the default NHS model)
 * and adds a demo trust's part-completed assessment, all through the real SharePointStore.
 * Safe to run on every start: each step only acts when its result is missing.
 */
export async function seedDemoSite(webUrl: string, sim: SharePointSimulator, say: (line: string) => void): Promise<void> {
  const owner = sim.users.find((u) => u.role === 'owner');
  if (!owner) throw new Error('The simulator has no site owner to set the site up with.');
  const store = new SharePointStore(await connectLocalSite({ webUrl, userLogin: owner.login }));

  const report = await store.ensureSchema();
  if (report.changes.length) say(`Set up the NIMM lists (schema version ${report.toVersion}).`);

  let stored = await store.getPublishedModel();
  if (!stored) {
    const version = await store.publishDefaultModel();
    say(`Published the default NHS model ${version.version} (${version.capabilityCount} capabilities).`);
    stored = await store.getPublishedModel();
    if (!stored) throw new Error('The default model was published but cannot be read back.');
  }

  if ((await store.listAssessments()).items.length > 0) return;
  const parsed = validateAssessment(JSON.parse(fs.readFileSync(SAMPLE, 'utf8')), stored.model);
  if (!parsed.ok) throw new Error(`The demo assessment ${SAMPLE} is not valid: ${parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  const sample = parsed.value;
  const assessment = await store.createAssessment({
    title: sample.title,
    scope: sample.scope,
    targetProfile: 'level-3-baseline',
    lead: owner.title,
    startDate: sample.date,
    runBudgetPercent: 72
  });
  for (const response of sample.responses) {
    await store.saveResponse(assessment.id, { capability: response.capability, base: null, draft: draftFrom(response) });
  }
  say(`Added the demo assessment "${assessment.title}" with ${sample.responses.length} capabilities answered.`);
}
