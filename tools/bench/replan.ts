/**
 * `npm run bench:replan`: how long the roadmap web part takes to re-plan on each keystroke, on the
 * default NHS model and the workbench's demo trust, against one animation frame (16.7 ms at 60 Hz).
 * A benchmark, not a test: it reports, it never fails on a timing.
 *
 * The view is the real one: a child process seeds an in-memory SharePoint simulator exactly as the
 * workbench does (tools/workbench/seed.ts: the default model, five closed rounds, this year's
 * assessment with its responses, and its saved roadmap plan towards cyber resilience) and saves the
 * simulator's state to a temporary file; this process starts a simulator on that file and loads the
 * demo assessment through the real SharePointStore.loadRoadmap, as a member. Seeding runs in the
 * child because the seed itself plans once, which would warm up the code measured here: this way
 * planBase and the first computePlan below are truly the first in the process, as on a page load.
 *
 * Each change is what the planner (src/components/roadmap/RoadmapPlanner.tsx) passes to
 * computePlan after one keystroke or pick: new settings or new step edits, over the same base and
 * stored plan. Only computePlan is timed, not React's render of the result.
 */
import { fork } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { startSimulator } from '../sp-simulator';
import { SharePointStore } from '../../src/data/SharePointStore';
import { CUSTOM_GOAL, type LocalProfile, type RoadmapPlanSettings, type RoadmapView } from '../../src/data/types';
import { computePlan, planBase, settingsOf, todayIso, type ComputedPlan, type PlanBase, type StepDraft, type StoredPlan } from '../../src/components/roadmap/roadmapData';
import { connectLocalSite } from '../support/connectLocalSite';
import { demoAssessmentTitle, seedDemoSite } from '../workbench/seed';
import { renderTable } from '../cli/format/table';

/** One animation frame at 60 Hz. */
const FRAME_MS = 1000 / 60;
/** Rounds over a change's keystrokes before measuring, so the JIT has compiled the hot paths. */
const WARMUP_ROUNDS = 30;
/** Measured runs per keystroke. */
const MEASURED_ROUNDS = 200;
/** Stop measuring one change after this long (keeping at least MIN_ROUNDS rounds), so a slow build still finishes. */
const CHANGE_BUDGET_MS = 20000;
const MIN_ROUNDS = 20;
const SEED_CHILD = 'NIMM_REPLAN_SEED_FILE';

/** One keystroke (or pick): the settings and step edits the planner re-plans with. */
interface Keystroke {
  label: string;
  settings: RoadmapPlanSettings;
  edits: Record<string, StepDraft>;
}

/** A kind of change: the keystrokes of one person's edit, replayed in turn. */
interface Change {
  name: string;
  keystrokes: Keystroke[];
}

interface Stats {
  runs: number;
  median: number;
  p95: number;
  max: number;
  under: number;
}

/** In the child: seed a simulator saved to `file` as the workbench does, then exit. */
async function seedChild(file: string): Promise<void> {
  const running = await startSimulator({ port: 0, dataFile: file });
  try {
    await seedDemoSite(running.webUrl, running.sim, () => undefined);
  } finally {
    await running.close();
  }
}

function seedInChild(file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, [], { env: { ...process.env, [SEED_CHILD]: file }, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`Seeding the demo site failed (exit code ${code}).`))));
  });
}

/** The demo trust's roadmap view, loaded through the store from the seeded site. */
async function loadDemoView(): Promise<RoadmapView> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nimm-replan-'));
  const file = path.join(dir, 'simulator.json');
  try {
    await seedInChild(file);
    const running = await startSimulator({ port: 0, dataFile: file });
    try {
      const member = running.sim.users.find((u) => u.role === 'member');
      if (!member) throw new Error('The simulator has no member.');
      const store = new SharePointStore(await connectLocalSite({ webUrl: running.webUrl, userLogin: member.login }));
      const demo = (await store.listAssessments()).items.find((a) => a.title === demoAssessmentTitle());
      if (!demo) throw new Error('The demo assessment is not on the seeded site.');
      const view = await store.loadRoadmap({ assessmentId: demo.id });
      if (view.issues.length > 0) throw new Error(`The demo roadmap loaded with data issues: ${JSON.stringify(view.issues.slice(0, 3))}`);
      if (!view.plan) throw new Error('The demo assessment has no saved roadmap plan.');
      return view;
    } finally {
      await running.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function stats(samples: number[]): Stats {
  const sorted = samples.slice().sort((a, b) => a - b);
  const n = sorted.length;
  const mid = Math.floor(n / 2);
  return {
    runs: n,
    median: n % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2,
    p95: sorted[Math.min(n - 1, Math.ceil(0.95 * n) - 1)],
    max: sorted[n - 1],
    under: sorted.filter((s) => s < FRAME_MS).length / n
  };
}

function timed<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

/** Runs each keystroke of a change in turn (warm-up rounds, then measured rounds), timing each computePlan. */
function measure(base: PlanBase, stored: StoredPlan, change: Change, today: string, locals: LocalProfile[]): number[][] {
  const replan = (k: Keystroke): ComputedPlan | null => computePlan(base, stored, k.settings, k.edits, today, locals);
  for (let round = 0; round < WARMUP_ROUNDS; round++) change.keystrokes.forEach(replan);
  const samples: number[][] = change.keystrokes.map(() => []);
  const began = performance.now();
  for (let round = 0; round < MEASURED_ROUNDS; round++) {
    change.keystrokes.forEach((k, i) => {
      const start = performance.now();
      replan(k);
      samples[i].push(performance.now() - start);
    });
    if (round + 1 >= MIN_ROUNDS && performance.now() - began > CHANGE_BUDGET_MS) break;
  }
  return samples;
}

const ms = (value: number): string => value.toFixed(2);
const share = (value: number): string => `${(value * 100).toFixed(1)}%`;

function shape(plan: ComputedPlan | null): { steps: string; phases: string } {
  if (!plan) return { steps: '-', phases: '-' };
  return { steps: String(plan.steps.size), phases: String(plan.phases.length) };
}

async function main(): Promise<void> {
  const started = performance.now();
  console.log(`Roadmap re-plan benchmark: Node ${process.version}, ${os.cpus().length} CPU(s), frame budget ${ms(FRAME_MS)} ms (60 Hz), load average ${os.loadavg()[0].toFixed(2)}`);
  console.log('  seeding the workbench demo site in a child process and loading its roadmap...');
  const view = await loadDemoView();
  const today = todayIso();
  const stored: StoredPlan = { plan: view.plan, actions: view.actions, earlier: view.earlier };
  const saved = settingsOf(view.plan as RoadmapPlanSettings);

  // On load: the base once, then the first plan, both cold (nothing has planned in this process yet).
  const baseRun = timed(() => planBase(view));
  const base = baseRun.value;
  if (!base) throw new Error('The demo roadmap has no model or assessment.');
  const firstPlan = timed(() => computePlan(base, stored, saved, {}, today));
  if (!firstPlan.value) throw new Error(`The saved profile ${saved.profile} is not one of the model's.`);
  const warmBase: number[] = [];
  for (let i = 0; i < 50; i++) warmBase.push(timed(() => planBase(view)).ms);

  const model = base.model;
  const capabilities = model.capabilities.length;
  const criteria = model.capabilities.reduce((n, c) => n + c.levels.reduce((m, l) => m + l.criteria.length, 0), 0);
  console.log('');
  console.log(`Model:      ${model.name} ${view.modelVersion ? view.modelVersion.version : ''} (${capabilities} capabilities, ${criteria} criteria, ${model.profiles.length} profiles)`);
  console.log(`Assessment: ${view.assessment ? view.assessment.title : '-'} (${view.responses.length} responses)`);
  console.log(
    `Saved plan: profile ${saved.profile}, capacity ${saved.capacity === null ? 'none' : `${saved.capacity} ${saved.capacityUnit}`} a phase, ` +
      `${saved.phaseMonths}-month phases from ${saved.startDate}, default effort ${saved.defaultEffortDays} person-days; ${view.actions.length} actions saved`
  );

  // The step whose effort is typed: the first of the saved plan not yet estimated.
  const withDays = (capacity: number | null): RoadmapPlanSettings => ({ ...saved, capacityUnit: 'days', capacity });
  const effortStep = firstPlan.value.phases.flatMap((p) => p.steps).find((s) => s.estimateDays === null) ?? firstPlan.value.phases[0].steps[0];
  const effort = (typed: string, value: number | null, settings: RoadmapPlanSettings): Keystroke => ({
    label: `"${typed}"`,
    settings,
    edits: { [effortStep.key]: { estimateDays: value } }
  });
  // The profile whose plan has the most steps (the worst case for a keystroke).
  const stepsFor = (profile: string): number => computePlan(base, stored, { ...saved, profile }, {}, today)?.steps.size ?? 0;
  const largest = model.profiles.reduce((a, b) => (stepsFor(b.key) > stepsFor(a.key) ? b : a));
  const changes: Change[] = [
    {
      name: '1. Goal profile picked (saved capacity)',
      keystrokes: model.profiles.map((p) => ({ label: p.key, settings: { ...saved, profile: p.key }, edits: {} }))
    },
    {
      name: '2a. Capacity typed, steps',
      keystrokes: [1, 12, 5, 50].map((c) => ({ label: `"${c}"`, settings: { ...saved, capacityUnit: 'steps', capacity: c }, edits: {} }))
    },
    {
      name: '2b. Capacity typed, person-days',
      keystrokes: [1, 12, 120, 3, 30].map((c) => ({ label: `"${c}"`, settings: withDays(c), edits: {} }))
    },
    {
      name: '3a. Step effort typed, capacity 30 person-days',
      keystrokes: [effort('1', 1, withDays(30)), effort('15', 15, withDays(30)), effort('', null, withDays(30)), effort('8', 8, withDays(30))]
    },
    {
      name: `3b. Step effort typed, capacity ${saved.capacity} ${saved.capacityUnit} (saved)`,
      keystrokes: [effort('1', 1, saved), effort('15', 15, saved), effort('', null, saved), effort('8', 8, saved)]
    },
    {
      name: '4. No capacity (rule 8) vs a capacity (rule 10)',
      keystrokes: [
        { label: 'none (rule 8)', settings: { ...saved, capacity: null }, edits: {} },
        { label: `${saved.capacity} ${saved.capacityUnit} (saved)`, settings: saved, edits: {} },
        { label: '30 days', settings: withDays(30), edits: {} }
      ]
    },
    {
      name: `5. Largest plan (profile ${largest.key}): capacity none vs steps vs person-days`,
      keystrokes: [
        { label: 'none (rule 8)', settings: { ...saved, profile: largest.key, capacity: null }, edits: {} },
        ...[1, 6].map((c): Keystroke => ({ label: `${c} step${c === 1 ? '' : 's'}`, settings: { ...saved, profile: largest.key, capacityUnit: 'steps', capacity: c }, edits: {} })),
        ...[1, 30].map((c): Keystroke => ({ label: `${c} day${c === 1 ? '' : 's'}`, settings: { ...withDays(c), profile: largest.key }, edits: {} }))
      ]
    }
  ];
  // A goal picked by hand, one level changed per keystroke (each a new goal, so it is scored anew),
  // and the site's own profiles (the workbench seeds one) as goals.
  const locals = view.localProfiles.profiles;
  const baseline = model.profiles.filter((p) => p.key === largest.key)[0];
  const customKeys = Object.keys(baseline.targets).slice(0, 6);
  changes.push({
    name: `6. Custom goal: a level picked per keystroke (from ${largest.key}'s ${Object.keys(baseline.targets).length} targets)`,
    keystrokes: customKeys.map((key, i) => {
      const targets = { ...baseline.targets, [key]: Math.min(5, baseline.targets[key] + 1) };
      return { label: `${key} to ${targets[key]}`, settings: { ...saved, profile: CUSTOM_GOAL, customTargets: targets, capacity: i % 2 === 0 ? saved.capacity : null }, edits: {} };
    })
  });
  // Steps held back by hand (a button on the board): the saved plan's first steps held a phase later, one more per keystroke.
  const firstSteps = firstPlan.value.phases.flatMap((p) => p.steps).slice(0, 4);
  changes.push({
    name: '7. A step held back a phase (saved capacity), one more per click',
    keystrokes: firstSteps.map((step, i) => {
      const holds: Record<string, number> = {};
      firstSteps.slice(0, i + 1).forEach((s) => {
        holds[s.key] = s.phase + 1;
      });
      return { label: `${i + 1} held`, settings: { ...saved, holds }, edits: {} };
    })
  });
  if (locals.length > 0) {
    changes.push({
      name: '8. The site\'s own profiles as the goal (saved capacity)',
      keystrokes: locals.map((p) => ({ label: p.key, settings: { ...saved, profile: p.key, customTargets: null }, edits: {} }))
    });
  }

  console.log(`  measuring: ${WARMUP_ROUNDS} warm-up rounds, then ${MEASURED_ROUNDS} measured runs of each keystroke...`);
  const rows: string[][] = [];
  const summary: string[][] = [];
  const everything: number[] = [];
  for (const change of changes) {
    const samples = measure(base, stored, change, today, locals);
    rows.push([change.name, '', '', '', '', '', '', '', '']);
    change.keystrokes.forEach((k, i) => {
      const s = stats(samples[i]);
      const { steps, phases } = shape(computePlan(base, stored, k.settings, k.edits, today, locals));
      rows.push([`  ${k.label}`, steps, phases, String(s.runs), ms(s.median), ms(s.p95), ms(s.max), share(s.under)]);
    });
    const all = ([] as number[]).concat(...samples);
    everything.push(...all);
    const s = stats(all);
    summary.push([change.name, String(s.runs), ms(s.median), ms(s.p95), ms(s.max), share(s.under)]);
  }
  const total = stats(everything);
  summary.push(['All keystrokes', String(total.runs), ms(total.median), ms(total.p95), ms(total.max), share(total.under)]);

  console.log('');
  console.log('computePlan per keystroke (one run = one re-plan):');
  console.log(
    renderTable(
      [
        { header: 'Change / keystroke' },
        { header: 'Steps', align: 'right' },
        { header: 'Phases', align: 'right' },
        { header: 'Runs', align: 'right' },
        { header: 'Median ms', align: 'right' },
        { header: 'p95 ms', align: 'right' },
        { header: 'Max ms', align: 'right' },
        { header: `< ${ms(FRAME_MS)} ms`, align: 'right' }
      ],
      rows
    )
  );
  console.log('');
  console.log('By change:');
  console.log(
    renderTable(
      [
        { header: 'Change' },
        { header: 'Runs', align: 'right' },
        { header: 'Median ms', align: 'right' },
        { header: 'p95 ms', align: 'right' },
        { header: 'Max ms', align: 'right' },
        { header: `< ${ms(FRAME_MS)} ms`, align: 'right' }
      ],
      summary
    )
  );
  console.log('');
  console.log('On load (not per keystroke):');
  console.log(`  planBase(view), first call in the process: ${ms(baseRun.ms)} ms (warm, median of ${warmBase.length}: ${ms(stats(warmBase).median)} ms)`);
  const first = shape(firstPlan.value);
  console.log(`  computePlan, first call (the saved plan, ${first.steps} steps in ${first.phases} phases): ${ms(firstPlan.ms)} ms`);
  console.log('');
  console.log(`Step whose effort is typed (3a, 3b): ${effortStep.key}, the first of the saved plan not yet estimated; typed "1", "15", cleared, "8".`);
  console.log('Times are computePlan alone (planning, readiness, links, merge with the saved actions), not React rendering.');
  console.log('The planner re-plans on every keystroke in the capacity field; a step\'s effort is applied when the step panel is kept.');
  console.log(`Finished in ${((performance.now() - started) / 1000).toFixed(1)} s (load average now ${os.loadavg()[0].toFixed(2)}).`);
}

const seedFile = process.env[SEED_CHILD];
if (seedFile) {
  seedChild(seedFile).catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
} else {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
