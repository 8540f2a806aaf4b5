/**
 * `npm run bench`: how long scoring, roadmap planning (rule 8, and rule 10 with a capacity of
 * 10 per phase, with every step of effort 1 and with varied efforts) and model validation take
 * on synthetic models of 100, 1,000 and 10,000 capabilities (5 levels, 5 criteria per level),
 * and whether time grows about linearly with size. A benchmark, not a test: it reports, it
 * never fails.
 *
 * Each measurement warms up first (so the JIT has compiled the hot paths), then reports the
 * median (the typical run) and the minimum (the least disturbed by GC and other processes).
 */
import { performance } from 'perf_hooks';
import { planRoadmap, scoreAssessment, validateModel } from '../../src/nimm';
import type { Model } from '../../src/nimm';
import { syntheticAssessment, syntheticModel } from '../synthetic/syntheticModel';
import { syntheticEfforts } from '../synthetic/syntheticEfforts';
import { renderTable } from '../cli/format/table';

const SIZES = [100, 1000, 10000];
const LEVELS = 5;
const CRITERIA_PER_LEVEL = 5;
const SEED = 20261126;
const BENCH_PROFILE = 'bench-level-3-4';
/** The capacity per phase of the capacity-limited roadmaps (rule 10). */
const CAPACITY = 10;
const SCORE_BUDGET_MS = 50;
/** Stop sampling one operation after this long (keeping at least 3 samples), so a slow build still finishes. */
const SAMPLING_BUDGET_MS = 15000;
const MIN_SAMPLES = 3;

/** Runs per size: fewer at 10,000 capabilities keeps the whole bench well under two minutes. */
function runsFor(capabilities: number): { warmup: number; measured: number } {
  return capabilities >= 10000 ? { warmup: 2, measured: 9 } : { warmup: 5, measured: 21 };
}

interface Timing {
  readonly median: number;
  readonly min: number;
}

interface SizeResult {
  readonly capabilities: number;
  readonly criteria: number;
  readonly score: Timing;
  readonly roadmap: Timing;
  readonly capacity: Timing;
  readonly capacityEfforts: Timing;
  readonly validate: Timing;
  /** Phases of each roadmap: rule 8, capacity with efforts of 1, capacity with varied efforts. */
  readonly phases: [number, number, number];
  /** Steps of the roadmap (the same in all three). */
  readonly steps: number;
  /** One run: a capacity-limited plan (efforts of 1), then every phase's projected levels read. */
  readonly capacityRead: number;
}

function time(fn: () => unknown, warmup: number, measured: number): Timing {
  for (let i = 0; i < warmup; i++) {
    fn();
  }
  const samples: number[] = [];
  const began = performance.now();
  for (let i = 0; i < measured; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
    if (samples.length >= MIN_SAMPLES && performance.now() - began > SAMPLING_BUDGET_MS) {
      break;
    }
  }
  samples.sort((a, b) => a - b);
  const mid = Math.floor(samples.length / 2);
  const median = samples.length % 2 === 1 ? samples[mid] : (samples[mid - 1] + samples[mid]) / 2;
  return { median, min: samples[0] };
}

/** A profile asking every capability for level 3 or 4 (alternately), so the roadmap has real work. */
function withBenchProfile(model: Model): Model {
  const targets: Record<string, number> = {};
  model.capabilities.forEach((capability, i) => {
    targets[capability.key] = i % 2 === 0 ? 3 : 4;
  });
  return {
    ...model,
    profiles: [...model.profiles, { key: BENCH_PROFILE, name: 'Benchmark: level 3 or 4 everywhere', kind: 'target', targets }]
  };
}

function measure(capabilities: number): SizeResult {
  const model = withBenchProfile(
    syntheticModel({ capabilities, levels: LEVELS, criteriaPerLevel: CRITERIA_PER_LEVEL, seed: SEED })
  );
  const assessment = syntheticAssessment(model, SEED);
  // Validation works on interchange JSON, so give it what a file would hold.
  const json: unknown = JSON.parse(JSON.stringify(model));
  const criteria = model.capabilities.reduce((n, c) => n + c.levels.reduce((m, l) => m + l.criteria.length, 0), 0);
  const { warmup, measured } = runsFor(capabilities);
  const efforts = syntheticEfforts(model, SEED);
  const unlimited = planRoadmap(model, assessment, BENCH_PROFILE);
  const limited = planRoadmap(model, assessment, BENCH_PROFILE, { capacity: CAPACITY });
  const varied = planRoadmap(model, assessment, BENCH_PROFILE, { capacity: CAPACITY, efforts });
  const readStart = performance.now();
  planRoadmap(model, assessment, BENCH_PROFILE, { capacity: CAPACITY }).phases.forEach((phase) => phase.projectedLevels);
  const capacityRead = performance.now() - readStart;
  return {
    capabilities,
    criteria,
    score: time(() => scoreAssessment(model, assessment), warmup, measured),
    roadmap: time(() => planRoadmap(model, assessment, BENCH_PROFILE), warmup, measured),
    capacity: time(() => planRoadmap(model, assessment, BENCH_PROFILE, { capacity: CAPACITY }), warmup, measured),
    capacityEfforts: time(() => planRoadmap(model, assessment, BENCH_PROFILE, { capacity: CAPACITY, efforts }), warmup, measured),
    validate: time(() => validateModel(json), warmup, measured),
    phases: [unlimited.phases.length, limited.phases.length, varied.phases.length],
    steps: unlimited.phases.reduce((n, phase) => n + phase.steps.length, 0),
    capacityRead
  };
}

const ms = (value: number): string => value.toFixed(value < 10 ? 2 : 1);
const perCapability = (value: number, capabilities: number): string => (value / capabilities).toFixed(4);
const count = (value: number): string => value.toLocaleString('en-GB');

function main(): void {
  const started = performance.now();
  console.log(`NIMM benchmark: ${LEVELS} levels, ${CRITERIA_PER_LEVEL} criteria per level, Node ${process.version}`);
  const results: SizeResult[] = [];
  for (const size of SIZES) {
    process.stdout.write(`  measuring ${count(size)} capabilities...\n`);
    results.push(measure(size));
  }

  const operations: [string, (r: SizeResult) => Timing][] = [
    ['score', (r) => r.score],
    ['roadmap', (r) => r.roadmap],
    [`roadmap C=${CAPACITY}`, (r) => r.capacity],
    [`roadmap C=${CAPACITY} efforts`, (r) => r.capacityEfforts],
    ['validate', (r) => r.validate]
  ];
  const rows: string[][] = [];
  for (const [name, pick] of operations) {
    results.forEach((result, i) => {
      const timing = pick(result);
      const previous = i > 0 ? pick(results[i - 1]).median : undefined;
      rows.push([
        name,
        count(result.capabilities),
        count(result.criteria),
        ms(timing.median),
        ms(timing.min),
        perCapability(timing.median, result.capabilities),
        previous === undefined ? '-' : `x${(timing.median / previous).toFixed(1)}`
      ]);
    });
  }
  console.log('');
  console.log(
    renderTable(
      [
        { header: 'Operation' },
        { header: 'Capabilities', align: 'right' },
        { header: 'Criteria', align: 'right' },
        { header: 'Median ms', align: 'right' },
        { header: 'Min ms', align: 'right' },
        { header: 'ms per capability', align: 'right' },
        { header: 'Growth (10x size)', align: 'right' }
      ],
      rows
    )
  );

  console.log('');
  console.log(`Roadmaps: rule 8, then rule 10 with a capacity of ${CAPACITY} per phase (efforts of 1, then varied efforts from 0 to 13).`);
  console.log(`Projected levels are built when a phase is first read; the last column is one run of the C=${CAPACITY} plan with every phase read.`);
  console.log(
    renderTable(
      [
        { header: 'Capabilities', align: 'right' },
        { header: 'Steps', align: 'right' },
        { header: 'Phases (rule 8)', align: 'right' },
        { header: `Phases (C=${CAPACITY})`, align: 'right' },
        { header: `Phases (C=${CAPACITY}, efforts)`, align: 'right' },
        { header: 'Plan + read all, ms', align: 'right' }
      ],
      results.map((r) => [count(r.capabilities), count(r.steps), ...r.phases.map(count), ms(r.capacityRead)])
    )
  );

  const thousand = results.find((r) => r.capabilities === 1000);
  if (thousand) {
    const under = thousand.score.median < SCORE_BUDGET_MS;
    console.log('');
    console.log(
      `Scoring 1,000 capabilities: median ${ms(thousand.score.median)} ms, ` +
        `${under ? 'under' : 'NOT under'} the ${SCORE_BUDGET_MS} ms budget.`
    );
  }
  console.log('Linear growth shows as about x10 per row in the growth column.');
  console.log(`Finished in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}

main();
