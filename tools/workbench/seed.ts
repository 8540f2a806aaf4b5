import * as fs from 'fs';
import * as path from 'path';
import type { SharePointSimulator } from '../sp-simulator';
import { SharePointStore, emptyDraft, type ResponseDraft } from '../../src/data';
import { connectLocalSite } from '../support/connectLocalSite';
import { validateAssessment, type Assessment, type Model, type Response } from '../../src/nimm';
import { F, LISTS } from '../../src/data/schema/names';
import type { RoadmapPlanSettings } from '../../src/data/types';
import { computePlan, planBase, type StepDraft } from '../../src/components/roadmap/roadmapData';

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
  const sample = demoAssessment(stored.model);
  // Five earlier rounds of the same scope first (closed, each a little less mature than the next),
  // so the dashboard has trends from the start; then this year's round, the one being worked on.
  for (const past of pastRounds(sample)) {
    const created = await store.createAssessment({ title: past.title, scope: sample.scope, targetProfile: 'level-3-baseline', lead: owner.title, startDate: past.date });
    // Written straight into the list: these rounds are history, and seeding them through the
    // store would add hundreds of requests to every start of the workbench and its tests.
    sim.bulkAddItems(
      LISTS.responses,
      past.responses.map((r) => ({
        Title: r.capability,
        [F.assessmentId]: created.id,
        [F.capabilityKey]: r.capability,
        [F.responseKey]: `${created.id}/${r.capability}`,
        [F.status]: 'agreed',
        [F.notApplicable]: r.notApplicable,
        [F.answers]: JSON.stringify(r.answers)
      }))
    );
    const closed = await store.saveBudgetSplit({ assessmentId: created.id, etag: created.etag, year: past.budget.year, runBudget: past.budget.run, improveBudget: past.budget.improve });
    await store.closeAssessment(closed.id);
  }
  const assessment = await store.createAssessment({
    title: sample.title,
    scope: sample.scope,
    targetProfile: 'level-3-baseline',
    lead: owner.title,
    startDate: sample.date
  });
  await store.saveBudgetSplit({ assessmentId: assessment.id, etag: assessment.etag, year: '2026/27', runBudget: 7_200_000, improveBudget: 2_800_000 });
  for (const response of sample.responses) {
    await store.saveResponse(assessment.id, { capability: response.capability, base: null, draft: draftFrom(response) });
  }
  say(`Added the demo assessment "${assessment.title}" with ${sample.responses.length} capabilities answered, and five earlier rounds.`);
  const member = sim.users.find((u) => u.role === 'member');
  const planned = await seedDemoPlan(store, assessment.id, member ? { name: member.title, login: member.login } : null);
  say(`Saved a roadmap plan for it: ${planned} steps towards cyber resilience, 6 steps a quarter from 1 October 2026.`);
  const local = await store.saveLocalProfile(DEMO_LOCAL_PROFILE);
  say(`Added the site's own service profile "${local.name}" (${Object.keys(local.targets).length} capabilities), built by a deployment group.`);
}

/** A deployment group's service profile, kept on the demo site apart from the model's profiles. */
export const DEMO_LOCAL_PROFILE = {
  key: 'local-digital-pathology-deployment',
  name: 'Digital pathology deployment',
  kind: 'service' as const,
  description: 'What the digital pathology programme needs of the infrastructure before scanners go live in the laboratories: large images stored, backed up and moved between sites reliably.',
  basedOn: null,
  targets: {
    'wide-area-network': 3,
    'fixed-lan': 3,
    'backup-recovery': 3,
    'capacity-management': 3,
    'service-monitoring': 3,
    'change-management': 3,
    'identity-management': 3,
    'it-service-continuity': 3
  }
};

/**
 * The demo trust's roadmap, saved through the store as the roadmap web part saves it: towards the
 * cyber resilience profile, 6 steps a quarter from 1 October 2026, with an owner, an effort and a
 * cost on the first two steps. Returns how many steps it planned.
 */
export async function seedDemoPlan(store: SharePointStore, assessmentId: number, owner: { name: string; login: string } | null): Promise<number> {
  const view = await store.loadRoadmap({ assessmentId });
  const base = planBase(view);
  if (!base) throw new Error('The demo assessment cannot be planned: its model did not load.');
  const settings: RoadmapPlanSettings = { profile: 'cyber-resilience', capacity: 6, capacityUnit: 'steps', phaseMonths: 3, startDate: '2026-10-01', defaultEffortDays: 5, carriedFrom: null, customTargets: null };
  const empty = { plan: null, actions: [], earlier: null };
  const first = computePlan(base, empty, settings, {}, settings.startDate);
  if (!first) throw new Error('The demo model has no cyber resilience profile.');
  const edits: Record<string, StepDraft> = {};
  first.phases[0]?.steps.slice(0, 2).forEach((step, i) => {
    edits[step.key] = { estimateDays: 10 + 5 * i, estimateCost: 4000 + 2500 * i, ...(owner ? { owner: owner.name, ownerLogin: owner.login } : {}) };
  });
  const plan = computePlan(base, empty, settings, edits, settings.startDate)!;
  const saved = await store.saveRoadmapPlan({ assessmentId, plan: { ...settings, assessmentId }, actions: plan.writes });
  if (saved.conflicts.length > 0 || saved.failed) throw new Error('The demo roadmap plan could not be saved.');
  return plan.writes.length;
}

/** The demo trust's assessment of this year (docs/examples/sample-assessment.json), checked against the model. */
export function demoAssessment(model: Model): Assessment {
  const parsed = validateAssessment(JSON.parse(fs.readFileSync(SAMPLE, 'utf8')), model);
  if (!parsed.ok) throw new Error(`The demo assessment ${SAMPLE} is not valid: ${parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return parsed.value;
}

/** The demo assessment's title, by which tests find it among the seeded rounds. */
export function demoAssessmentTitle(): string {
  return (JSON.parse(fs.readFileSync(SAMPLE, 'utf8')) as { title: string }).title;
}

interface PastRound {
  title: string;
  date: string;
  responses: Response[];
  budget: { year: string; run: number; improve: number };
}

/**
 * The demo trust's five earlier rounds, made from this year's answers: k years back, answers to
 * criteria of the higher levels are a step worse (met becomes partial, partial becomes not met),
 * from level 4 a year back down to level 2 five years back, and from three years back only every
 * other capability was assessed. The improve share of the IT budget grows from 16% to 26%.
 */
export function pastRounds(sample: Assessment): PastRound[] {
  const rounds: PastRound[] = [];
  for (let k = 5; k >= 1; k--) {
    const year = Number(sample.date.slice(0, 4)) - k;
    const worseFrom = Math.max(2, 4 - Math.floor(k / 2));
    const responses = sample.responses
      .filter((_r, i) => k < 3 || i % 2 === 0)
      .map((r) => ({
        ...r,
        agreedLevel: null,
        answers: Object.fromEntries(
          Object.entries(r.answers).map(([criterion, answer]) => {
            const level = Number(criterion.split('.')[1]);
            if (!(level >= worseFrom)) return [criterion, answer];
            return [criterion, answer === 'met' ? 'partial' : answer === 'partial' ? 'not-met' : answer];
          })
        )
      })) as Response[];
    const improve = 16 + (5 - k) * 2.5;
    rounds.push({
      title: `Kestrel Vale NHS Foundation Trust: infrastructure self-assessment ${year}`,
      date: `${year}-11-15`,
      responses,
      budget: { year: `${year}/${String((year + 1) % 100).padStart(2, '0')}`, run: Math.round(10_000_000 * (100 - improve)) / 100, improve: Math.round(10_000_000 * improve) / 100 }
    });
  }
  return rounds;
}
