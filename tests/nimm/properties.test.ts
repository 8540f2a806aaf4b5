/** Invariants of the rules, checked on many generated models and assessments. */
import fc from 'fast-check';
import { Answer, Assessment, indexModel, planRoadmap, scoreAssessment, validateAssessment, validateModel } from '../../src/nimm';
import { modelAndAssessmentArb } from './arbitraries';
import { buildModel, clone } from './fixtures';

const RUNS = { numRuns: 300 };

/** The order of answers for "raising": unanswered and not-met count alike, then partial, then met. */
const RANK: Record<string, number> = { unanswered: 0, 'not-met': 0, partial: 1, met: 2 };

describe('properties of scoring', () => {
  test('generated models are valid (so the properties below speak about valid input)', () => {
    fc.assert(
      fc.property(modelAndAssessmentArb, ({ model, assessment }) => {
        expect(validateModel(model).problems).toEqual([]);
        expect(validateAssessment(assessment, model).problems).toEqual([]);
      }),
      { numRuns: 50 }
    );
  });

  test('the effective level never exceeds the assessed level', () => {
    fc.assert(
      fc.property(modelAndAssessmentArb, ({ model, assessment }) => {
        for (const score of Object.values(scoreAssessment(model, assessment).capabilities)) {
          if (score.status !== 'not-applicable') {
            expect(score.effectiveLevel).toBeLessThanOrEqual(score.assessedLevel as number);
          }
        }
      }),
      RUNS
    );
  });

  test('effective levels are the highest levels whose requirements hold', () => {
    fc.assert(
      fc.property(modelAndAssessmentArb, ({ model, assessment }) => {
        const report = scoreAssessment(model, assessment);
        for (const capability of model.capabilities) {
          const score = report.capabilities[capability.key];
          if (score.status === 'not-applicable') {
            continue;
          }
          const holds = (level: number): boolean =>
            capability.dependencies
              .filter((d) => d.level <= level)
              .every((d) => {
                const required = report.capabilities[d.requires].effectiveLevel;
                return required === null || required >= d.minLevel;
              });
          const effective = score.effectiveLevel as number;
          expect(holds(effective)).toBe(true);
          if (effective < (score.assessedLevel as number)) {
            expect(holds(effective + 1)).toBe(false);
          }
        }
      }),
      RUNS
    );
  });

  test('the lowest perspective level is the computed level', () => {
    fc.assert(
      fc.property(modelAndAssessmentArb, ({ model, assessment }) => {
        for (const score of Object.values(scoreAssessment(model, assessment).capabilities)) {
          const levels = Object.values(score.perspectiveLevels);
          if (levels.length > 0) {
            expect(Math.min(...levels)).toBe(score.computedLevel);
          }
        }
      }),
      RUNS
    );
  });

  test('a roll-up level never exceeds its score', () => {
    fc.assert(
      fc.property(modelAndAssessmentArb, ({ model, assessment }) => {
        const report = scoreAssessment(model, assessment);
        for (const rollUp of [report.overall, ...Object.values(report.categories)]) {
          if (rollUp.level !== null) {
            expect(rollUp.level).toBeLessThanOrEqual(rollUp.score as number);
          }
        }
      }),
      RUNS
    );
  });

  test('raising an answer never lowers any computed or effective level', () => {
    const withRaise = modelAndAssessmentArb.chain(({ model, assessment }) => {
      const criteria = model.capabilities.flatMap((c) => c.levels.flatMap((l) => l.criteria.map((k) => ({ capability: c.key, key: k.key }))));
      return fc.tuple(fc.constant(model), fc.constant(assessment), fc.constantFrom(...criteria), fc.constantFrom<Answer>('partial', 'met'));
    });
    fc.assert(
      fc.property(withRaise, ([model, assessment, criterion, raised]) => {
        const response = assessment.responses.find((r) => r.capability === criterion.capability);
        const current = response?.answers[criterion.key] ?? 'unanswered';
        fc.pre(current !== 'n/a' && RANK[raised] > RANK[current]);
        const after = raiseAnswer(assessment, criterion.capability, criterion.key, raised);
        const before = scoreAssessment(model, assessment).capabilities;
        const now = scoreAssessment(model, after).capabilities;
        for (const key of Object.keys(before)) {
          if (before[key].status === 'not-applicable') {
            continue;
          }
          expect(now[key].computedLevel as number).toBeGreaterThanOrEqual(before[key].computedLevel as number);
          expect(now[key].effectiveLevel as number).toBeGreaterThanOrEqual(before[key].effectiveLevel as number);
        }
      }),
      RUNS
    );
  });
});

describe('properties of roadmaps', () => {
  test('a step never comes before, or alongside, a step it requires', () => {
    fc.assert(
      fc.property(modelAndAssessmentArb, ({ model, assessment }) => {
        const report = planRoadmap(model, assessment, 'target');
        const phaseOf = new Map<string, number>();
        for (const phase of report.phases) {
          for (const step of phase.steps) {
            phaseOf.set(`${step.capability}@${step.level}`, phase.phase);
          }
        }
        const index = indexModel(model);
        for (const phase of report.phases) {
          for (const step of phase.steps) {
            const previous = phaseOf.get(`${step.capability}@${step.level - 1}`);
            if (previous !== undefined) {
              expect(previous).toBeLessThan(phase.phase);
            }
            for (const requirement of index.capabilityByKey.get(step.capability)?.capability.dependencies ?? []) {
              if (requirement.level <= step.level) {
                const required = phaseOf.get(`${requirement.requires}@${requirement.minLevel}`);
                if (required !== undefined) {
                  expect(required).toBeLessThan(phase.phase);
                }
              }
            }
          }
        }
      }),
      RUNS
    );
  });

  test('applying every step of a roadmap meets its profile', () => {
    fc.assert(
      fc.property(modelAndAssessmentArb, ({ model, assessment }) => {
        const report = planRoadmap(model, assessment, 'target');
        expect(report.unreachable).toEqual([]);
        const done = applySteps(assessment, report.phases.flatMap((p) => p.steps));
        expect(scoreAssessment(model, done).profiles.target.met).toBe(true);
      }),
      RUNS
    );
  });

  test('the last phase projects the levels that applying every step gives', () => {
    fc.assert(
      fc.property(modelAndAssessmentArb, ({ model, assessment }) => {
        const report = planRoadmap(model, assessment, 'target');
        fc.pre(report.phases.length > 0);
        const projected = report.phases[report.phases.length - 1].projectedLevels;
        const done = scoreAssessment(model, applySteps(assessment, report.phases.flatMap((p) => p.steps)));
        for (const key of Object.keys(projected)) {
          expect(projected[key]).toBe(done.capabilities[key].effectiveLevel);
        }
      }),
      RUNS
    );
  });
});

describe('properties of validation', () => {
  test('validateModel never throws, whatever JSON it is given', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        const result = validateModel(input);
        expect(result.ok).toBe(false);
        expect(result.problems.map((p) => p.message).join(' ')).not.toMatch(/could not be checked/);
      }),
      { numRuns: 500 }
    );
  });

  test('validateModel never throws when any part of a valid model is replaced with arbitrary JSON', () => {
    const base = buildModel({ a: { foundation: true }, b: { deps: [[3, 'a', 2]] }, c: { deps: [[2, 'b', 2]] } }, { p: { c: 3 } });
    const paths = allPaths(base);
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, replacement) => {
        const input = replaceAt(clone(base), path, replacement);
        const result = validateModel(input);
        expect(Array.isArray(result.problems)).toBe(true);
        for (const problem of result.problems) {
          expect(problem.path.startsWith('$')).toBe(true);
          // The last-resort catch would hide a crash inside a check: none may be reached.
          expect(problem.message).not.toMatch(/could not be checked/);
        }
      }),
      { numRuns: 1000 }
    );
  });

  test('validateAssessment never throws, whatever JSON it is given', () => {
    const model = buildModel({ a: {} });
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        const result = validateAssessment(input, model);
        expect(result.ok).toBe(false);
        expect(result.problems.map((p) => p.message).join(' ')).not.toMatch(/could not be checked/);
      }),
      { numRuns: 500 }
    );
  });
});

function raiseAnswer(assessment: Assessment, capability: string, criterion: string, answer: Answer): Assessment {
  const copy = clone(assessment);
  let response = copy.responses.find((r) => r.capability === capability);
  if (response === undefined) {
    response = { capability, notApplicable: false, agreedLevel: null, rationale: '', answers: {} };
    copy.responses.push(response);
  }
  response.answers[criterion] = answer;
  return copy;
}

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

type Path = Array<string | number>;

function allPaths(value: unknown, prefix: Path = []): Path[] {
  const paths: Path[] = [prefix];
  if (Array.isArray(value)) {
    value.forEach((item, i) => paths.push(...allPaths(item, [...prefix, i])));
  } else if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) {
      paths.push(...allPaths((value as Record<string, unknown>)[key], [...prefix, key]));
    }
  }
  return paths;
}

function replaceAt(root: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) {
    return replacement;
  }
  let node = root as Record<string | number, unknown>;
  for (const segment of path.slice(0, -1)) {
    node = node[segment] as Record<string | number, unknown>;
  }
  node[path[path.length - 1]] = replacement;
  return root;
}
