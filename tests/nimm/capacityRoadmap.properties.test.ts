/** Invariants of rule 10 (capacity-limited roadmaps), checked on many generated models, assessments, capacities and efforts. */
import fc from 'fast-check';
import { Assessment, indexModel, Model, planRoadmap, RoadmapOptions, RoadmapReport, scoreAssessment, stepKey } from '../../src/nimm';
import { modelAndAssessmentArb } from './arbitraries';
import { clone } from './fixtures';

const RUNS = { numRuns: 300 };

/** Efforts in halves, so that sums are exact and comparisons with the capacity are too. */
const EFFORTS = [0, 0.5, 1, 1, 1, 2, 3, 6];
const CAPACITIES = [0.5, 1, 1.5, 2, 3, 5];

interface Case {
  model: Model;
  assessment: Assessment;
  capacity: number;
  efforts: Record<string, number> | undefined;
}

/** A generated model and assessment, a capacity, and (three times in four) efforts for every possible step. */
const caseArb: fc.Arbitrary<Case> = modelAndAssessmentArb.chain(({ model, assessment }) => {
  const keys = model.capabilities.flatMap((c) => [2, 3, 4, 5].map((level) => stepKey(c.key, level)));
  const effortsArb = fc
    .array(fc.constantFrom(...EFFORTS), { minLength: keys.length, maxLength: keys.length })
    .map((values) => {
      const record: Record<string, number> = {};
      keys.forEach((key, i) => {
        record[key] = values[i];
      });
      return record;
    });
  return fc.record({
    model: fc.constant(model),
    assessment: fc.constant(assessment),
    capacity: fc.constantFrom(...CAPACITIES),
    efforts: fc.option(effortsArb, { nil: undefined, freq: 3 })
  });
});

function effortOf(efforts: Record<string, number> | undefined, capability: string, level: number): number {
  return efforts?.[stepKey(capability, level)] ?? 1;
}

function plan({ model, assessment, capacity, efforts }: Case): RoadmapReport {
  return planRoadmap(model, assessment, 'target', { capacity, efforts });
}

/** Effective levels before any work: the starting point of phase 1. */
function levelsNow(model: Model, assessment: Assessment): Record<string, number | null> {
  const levels: Record<string, number | null> = {};
  const capabilities = scoreAssessment(model, assessment).capabilities;
  for (const key of Object.keys(capabilities)) {
    levels[key] = capabilities[key].effectiveLevel;
  }
  return levels;
}

/**
 * Whether a step could start after the levels given: its capability holds the level below, and
 * every requirement of its level and those below holds (not-applicable capabilities satisfy any).
 * The generated models have no cycles, so "reached" in the rules is exactly "the effective
 * level is at least".
 */
function ready(model: Model, levels: Record<string, number | null>, capability: string, level: number): boolean {
  const entry = indexModel(model).capabilityByKey.get(capability);
  if (entry === undefined || (levels[capability] ?? 1) < level - 1) {
    return false;
  }
  return entry.capability.dependencies
    .filter((d) => d.level <= level)
    .every((d) => {
      const held = levels[d.requires];
      return held === null || held >= d.minLevel;
    });
}

/** The levels after each phase, index 0 being before any work; null marks not applicable. */
function levelsByPhase(c: Case, report: RoadmapReport): Array<Record<string, number | null>> {
  const now = levelsNow(c.model, c.assessment);
  return [now, ...report.phases.map((phase) => ({ ...now, ...phase.projectedLevels }))];
}

describe('properties of capacity-limited roadmaps', () => {
  test('every phase holds effort up to the capacity, or one step bigger than it (and perhaps steps of effort 0)', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        for (const phase of plan(c).phases) {
          const stepEfforts = phase.steps.map((s) => effortOf(c.efforts, s.capability, s.level));
          expect(phase.effort).toBe(stepEfforts.reduce((n, e) => n + e, 0));
          if (phase.effort > c.capacity) {
            const positive = stepEfforts.filter((e) => e > 0);
            expect(positive).toHaveLength(1);
            expect(positive[0]).toBeGreaterThan(c.capacity);
          }
        }
      }),
      RUNS
    );
  });

  test('phases are numbered from 1 without gaps, none is empty, and there are no more phases than steps', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const report = plan(c);
        expect(report.phases.map((p) => p.phase)).toEqual(report.phases.map((_p, i) => i + 1));
        expect(report.phases.every((p) => p.steps.length > 0)).toBe(true);
      }),
      RUNS
    );
  });

  test('a step never comes before, or alongside, a step it requires', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const report = plan(c);
        const phaseOf = new Map<string, number>();
        for (const phase of report.phases) {
          for (const step of phase.steps) {
            phaseOf.set(stepKey(step.capability, step.level), phase.phase);
          }
        }
        const index = indexModel(c.model);
        for (const phase of report.phases) {
          for (const step of phase.steps) {
            const previous = phaseOf.get(stepKey(step.capability, step.level - 1));
            if (previous !== undefined) {
              expect(previous).toBeLessThan(phase.phase);
            }
            for (const requirement of index.capabilityByKey.get(step.capability)?.capability.dependencies ?? []) {
              const required = phaseOf.get(stepKey(requirement.requires, requirement.minLevel));
              if (requirement.level <= step.level && required !== undefined) {
                expect(required).toBeLessThan(phase.phase);
              }
            }
          }
        }
      }),
      RUNS
    );
  });

  test('everything a step builds on holds once the phases before it are done', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const report = plan(c);
        const levels = levelsByPhase(c, report);
        for (const phase of report.phases) {
          for (const step of phase.steps) {
            expect({ step, ready: ready(c.model, levels[phase.phase - 1], step.capability, step.level) }).toEqual({ step, ready: true });
          }
        }
      }),
      RUNS
    );
  });

  test('a step left for a later phase was not ready for an earlier one, or did not fit in it', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const report = plan(c);
        const levels = levelsByPhase(c, report);
        for (const later of report.phases) {
          for (const step of later.steps) {
            const effort = effortOf(c.efforts, step.capability, step.level);
            for (const earlier of report.phases.slice(0, later.phase - 1)) {
              if (ready(c.model, levels[earlier.phase - 1], step.capability, step.level)) {
                // It was passed over in first fit: the phase had used capacity and it would not fit.
                expect({ step, phase: earlier.phase, fits: effort === 0 || earlier.effort === 0 || earlier.effort + effort <= c.capacity }).toEqual({
                  step,
                  phase: earlier.phase,
                  fits: false
                });
              }
            }
          }
        }
      }),
      RUNS
    );
  });

  test('the steps are rule 8 steps, and applying them all meets the profile', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const report = plan(c);
        expect(report.unreachable).toEqual([]);
        const all = (r: RoadmapReport): string[] => r.phases.flatMap((p) => p.steps.map((s) => stepKey(s.capability, s.level))).sort();
        expect(all(report)).toEqual(all(planRoadmap(c.model, c.assessment, 'target')));
        const done = applySteps(c.assessment, report.phases.flatMap((p) => p.steps));
        expect(scoreAssessment(c.model, done).profiles.target.met).toBe(true);
      }),
      RUNS
    );
  });

  test('the projected levels of every phase are what applying the steps so far gives', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const report = plan(c);
        const steps: Array<{ capability: string; level: number }> = [];
        for (const phase of report.phases) {
          steps.push(...phase.steps);
          const done = scoreAssessment(c.model, applySteps(c.assessment, steps)).capabilities;
          for (const key of Object.keys(phase.projectedLevels)) {
            expect(phase.projectedLevels[key]).toBe(done[key].effectiveLevel);
          }
        }
      }),
      RUNS
    );
  });

  test('with a capacity of at least the total effort, the roadmap is rule 8, phase for phase', () => {
    fc.assert(
      fc.property(caseArb, fc.constantFrom(0, 0.5, 10), (c, extra) => {
        const options: RoadmapOptions = { efforts: c.efforts };
        const unlimited = planRoadmap(c.model, c.assessment, 'target', options);
        const total = unlimited.phases.reduce((n, p) => n + p.effort, 0);
        fc.pre(total + extra > 0);
        expect(planRoadmap(c.model, c.assessment, 'target', { ...options, capacity: total + extra })).toEqual(unlimited);
      }),
      RUNS
    );
  });

  test("with a capacity of at least the effort of rule 8's largest phase, the roadmap is rule 8", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const options: RoadmapOptions = { efforts: c.efforts };
        const unlimited = planRoadmap(c.model, c.assessment, 'target', options);
        const largest = unlimited.phases.reduce((n, p) => Math.max(n, p.effort), 0);
        fc.pre(largest > 0);
        expect(planRoadmap(c.model, c.assessment, 'target', { ...options, capacity: largest })).toEqual(unlimited);
      }),
      RUNS
    );
  });
});

function applySteps(assessment: Assessment, steps: Array<{ capability: string; level: number }>): Assessment {
  const copy = clone(assessment);
  for (const step of steps) {
    let response = copy.responses.find((r) => r.capability === step.capability);
    if (response === undefined) {
      response = { capability: step.capability, notApplicable: false, agreedLevel: null, rationale: '', answers: {} };
      copy.responses.push(response);
    }
    response.agreedLevel = Math.max(response.agreedLevel ?? 0, step.level);
  }
  return copy;
}

describe('properties of roadmaps with steps held back by hand', () => {
  /** A case, and holds for some of rule 8's steps (phases 1 to 6), with the capacity left out half the time. */
  const heldArb = caseArb.chain((c) => {
    const steps = planRoadmap(c.model, c.assessment, 'target').phases.flatMap((p) => p.steps.map((s) => stepKey(s.capability, s.level)));
    return fc.record({
      c: fc.constant(c),
      limited: fc.boolean(),
      holds: fc.array(fc.tuple(fc.constantFrom('', ...steps), fc.integer({ min: 1, max: 6 })), { maxLength: 4 }).map((pairs) => {
        const holds: Record<string, number> = {};
        pairs.forEach(([key, phase]) => {
          if (key !== '') holds[key] = phase;
        });
        return holds;
      })
    });
  });

  test('a held step is never before its phase, nothing comes before what it requires, and the steps are rule 8\'s', () => {
    fc.assert(
      fc.property(heldArb, ({ c, limited, holds }) => {
        const options: RoadmapOptions = { efforts: c.efforts, notBefore: holds, ...(limited ? { capacity: c.capacity } : {}) };
        const report = planRoadmap(c.model, c.assessment, 'target', options);
        const phaseOf = new Map<string, number>();
        report.phases.forEach((phase) => phase.steps.forEach((step) => phaseOf.set(stepKey(step.capability, step.level), phase.phase)));
        Object.keys(holds).forEach((key) => expect({ key, atOrAfter: (phaseOf.get(key) ?? 0) >= holds[key] }).toEqual({ key, atOrAfter: true }));
        const levels = levelsByPhase(c, report);
        for (const phase of report.phases) {
          for (const step of phase.steps) {
            expect({ step, ready: ready(c.model, levels[phase.phase - 1], step.capability, step.level) }).toEqual({ step, ready: true });
          }
        }
        const all = (r: RoadmapReport): string[] => r.phases.flatMap((p) => p.steps.map((s) => stepKey(s.capability, s.level))).sort();
        expect(all(report)).toEqual(all(planRoadmap(c.model, c.assessment, 'target')));
        // The last phase holds a step: a hold never leaves empty phases at the end.
        if (report.phases.length > 0) expect(report.phases[report.phases.length - 1].steps.length).toBeGreaterThan(0);
        // Holding nothing (or only to phase 1) plans as before.
        const unheld = planRoadmap(c.model, c.assessment, 'target', { efforts: c.efforts, notBefore: {}, ...(limited ? { capacity: c.capacity } : {}) });
        expect(JSON.parse(JSON.stringify(unheld))).toEqual(JSON.parse(JSON.stringify(planRoadmap(c.model, c.assessment, 'target', { efforts: c.efforts, ...(limited ? { capacity: c.capacity } : {}) }))));
      }),
      RUNS
    );
  });
});
