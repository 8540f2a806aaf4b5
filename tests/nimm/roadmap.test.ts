/** Rule 8: required levels, steps, phases, order within a phase, projected levels, unreachable targets. */
import { NimmError, planRoadmap, Model, RoadmapReport } from '../../src/nimm';
import { assess, atLevel, buildModel } from './fixtures';

function stepsByPhase(report: RoadmapReport): string[][] {
  return report.phases.map((phase) => phase.steps.map((s) => `${s.capability}${s.level}`));
}

describe('roadmap: steps and phases', () => {
  test('an unknown profile is a NimmError that names it and the known ones', () => {
    const model = buildModel({ a: {} }, { baseline: { a: 2 } });
    expect(() => planRoadmap(model, assess(model), 'basline')).toThrow(NimmError);
    expect(() => planRoadmap(model, assess(model), 'basline')).toThrow("There is no profile 'basline' in model 'test-model'. Its profiles are 'baseline'.");
  });

  test('a profile already met needs no phases', () => {
    const model = buildModel({ a: {} }, { p: { a: 2 } });
    expect(planRoadmap(model, assess(model, { a: atLevel(model, 'a', 3) }), 'p')).toEqual({ profile: 'p', phases: [], unreachable: [] });
  });

  test('each level above the assessed level up to the target is a step, one phase after the other', () => {
    const model = buildModel({ a: {} }, { p: { a: 4 } });
    expect(stepsByPhase(planRoadmap(model, assess(model, { a: atLevel(model, 'a', 2) }), 'p'))).toEqual([['a3'], ['a4']]);
  });

  test('a capability not assessed is planned from level 1', () => {
    const model = buildModel({ a: {} }, { p: { a: 3 } });
    expect(stepsByPhase(planRoadmap(model, assess(model), 'p'))).toEqual([['a2'], ['a3']]);
  });

  test('steps start above the agreed level when one is recorded', () => {
    const model = buildModel({ a: {} }, { p: { a: 4 } });
    expect(stepsByPhase(planRoadmap(model, assess(model, { a: { agreedLevel: 3 } }), 'p'))).toEqual([['a4']]);
  });

  test('phase numbers start at 1 and run without gaps', () => {
    const model = buildModel({ a: {} }, { p: { a: 5 } });
    expect(planRoadmap(model, assess(model), 'p').phases.map((p) => p.phase)).toEqual([1, 2, 3, 4]);
  });

  test('a capability needs the minimum level a dependency of a needed level demands', () => {
    const model = buildModel({ change: { deps: [[3, 'configuration', 2]] }, configuration: {} }, { p: { change: 3 } });
    const report = planRoadmap(model, assess(model, { change: atLevel(model, 'change', 2) }), 'p');
    expect(stepsByPhase(report)).toEqual([['configuration2'], ['change3']]);
  });

  test('demands spread to a fixed point through chains of dependencies', () => {
    const model = buildModel(
      { release: { deps: [[2, 'change', 3]] }, change: { deps: [[3, 'configuration', 2]] }, configuration: {} },
      { p: { release: 2 } }
    );
    expect(stepsByPhase(planRoadmap(model, assess(model), 'p'))).toEqual([['change2', 'configuration2'], ['change3'], ['release2']]);
  });

  test('dependencies of levels above what is needed are left alone', () => {
    const model = buildModel({ change: { deps: [[4, 'configuration', 3]] }, configuration: {} }, { p: { change: 3 } });
    const report = planRoadmap(model, assess(model), 'p');
    expect(stepsByPhase(report)).toEqual([['change2'], ['change3']]);
    expect(Object.keys(report.phases[0].projectedLevels)).toEqual(['change']);
  });

  test('independent steps share a phase, as early as dependencies allow', () => {
    const model = buildModel({ a: {}, b: {}, c: { deps: [[2, 'a', 2]] } }, { p: { a: 2, b: 3, c: 2 } });
    expect(stepsByPhase(planRoadmap(model, assess(model), 'p'))).toEqual([['a2', 'b2'], ['b3', 'c2']]);
  });

  test('a level already assessed but held back needs no step and comes good when its requirement is met', () => {
    const model = buildModel({ change: { deps: [[3, 'configuration', 2]] }, configuration: {} }, { p: { change: 3 } });
    const report = planRoadmap(model, assess(model, { change: atLevel(model, 'change', 3) }), 'p');
    expect(stepsByPhase(report)).toEqual([['configuration2']]);
    expect(report.phases[0].projectedLevels).toEqual({ change: 3, configuration: 2 });
  });

  test('a target on a not-applicable capability is left out', () => {
    const model = buildModel({ a: {}, b: {} }, { p: { a: 2, b: 3 } });
    expect(stepsByPhase(planRoadmap(model, assess(model, { b: { notApplicable: true } }), 'p'))).toEqual([['a2']]);
  });

  test('a not-applicable required capability satisfies its requirement', () => {
    const model = buildModel({ change: { deps: [[2, 'configuration', 3]] }, configuration: {} }, { p: { change: 2 } });
    expect(stepsByPhase(planRoadmap(model, assess(model, { configuration: { notApplicable: true } }), 'p'))).toEqual([['change2']]);
  });
});

describe('roadmap: order within a phase', () => {
  test('foundation capabilities come first', () => {
    const model = buildModel({ alpha: {}, zulu: { foundation: true } }, { p: { alpha: 2, zulu: 2 } });
    expect(stepsByPhase(planRoadmap(model, assess(model), 'p'))).toEqual([['zulu2', 'alpha2']]);
  });

  test('then steps that more later steps wait on', () => {
    const model = buildModel(
      { x: {}, y: {}, a: { deps: [[3, 'y', 2]] }, b: { deps: [[3, 'y', 2]] } },
      { p: { x: 2, y: 2, a: 3, b: 3 } }
    );
    const report = planRoadmap(model, assess(model, { a: atLevel(model, 'a', 2), b: atLevel(model, 'b', 2) }), 'p');
    expect(stepsByPhase(report)).toEqual([['y2', 'x2'], ['a3', 'b3']]);
  });

  test('then by capability key', () => {
    const model = buildModel({ charlie: {}, bravo: {}, alpha: {} }, { p: { charlie: 2, bravo: 2, alpha: 2 } });
    expect(stepsByPhase(planRoadmap(model, assess(model), 'p'))).toEqual([['alpha2', 'bravo2', 'charlie2']]);
  });
});

describe('roadmap: projected levels', () => {
  const model: Model = buildModel({ change: { deps: [[3, 'configuration', 2]] }, configuration: {}, unrelated: {} }, { p: { change: 3 } });
  const report = planRoadmap(model, assess(model), 'p');

  test('cover exactly the capabilities the roadmap involves', () => {
    expect(Object.keys(report.phases[0].projectedLevels)).toEqual(['change', 'configuration']);
  });

  test('are the effective levels once that phase and all earlier ones are done', () => {
    expect(report.phases.map((p) => p.projectedLevels)).toEqual([
      { change: 2, configuration: 2 },
      { change: 3, configuration: 2 }
    ]);
  });
});

describe('roadmap: unreachable targets', () => {
  test('a target above the levels a capability has criteria for is unreachable, with the reason', () => {
    const model = buildModel({ a: { criteria: { 2: ['process'], 3: ['process'] } } }, { p: { a: 4 } });
    // Profiles like this fail validation; the roadmap still explains rather than fails.
    const report = planRoadmap(model, assess(model), 'p');
    expect(report.unreachable).toEqual([{ capability: 'a', target: 4, reason: "'a' has criteria only up to level 3, so no work can take it to level 4." }]);
  });

  test('the reachable levels below an unreachable target are still planned', () => {
    const model = buildModel({ a: { criteria: { 2: ['process'], 3: ['process'] } } }, { p: { a: 4 } });
    expect(stepsByPhase(planRoadmap(model, assess(model), 'p'))).toEqual([['a2'], ['a3']]);
  });

  test('a target above the model is unreachable', () => {
    const model = buildModel({ a: {} }, { p: { a: 7 } });
    expect(planRoadmap(model, assess(model), 'p').unreachable).toEqual([
      { capability: 'a', target: 7, reason: "The model's highest level is 5, so 'a' cannot go above it." }
    ]);
  });

  test('a target that depends on an unreachable level names what is in the way', () => {
    const model = buildModel({ a: { deps: [[3, 'b', 3]] }, b: { criteria: { 2: ['process'] } } }, { p: { a: 3 } });
    expect(planRoadmap(model, assess(model), 'p').unreachable).toEqual([
      {
        capability: 'a',
        target: 3,
        reason: "It depends on 'b' reaching level 3, which cannot happen: 'b' has criteria only up to level 2, so no work can take it to level 3."
      }
    ]);
  });

  test('a target blocked by a dependency cycle is unreachable, and the cycle is named', () => {
    const model = buildModel({ a: { deps: [[3, 'b', 3]] }, b: { deps: [[3, 'a', 3]] } }, { p: { a: 3 } });
    const report = planRoadmap(model, assess(model), 'p');
    expect(report.unreachable).toEqual([
      {
        capability: 'a',
        target: 3,
        reason: "'a' level 3 is caught in (or waits on) a dependency cycle: 'a' level 3 needs 'b' level 3, which needs 'a' level 3."
      }
    ]);
    expect(stepsByPhase(report)).toEqual([['a2', 'b2']]);
  });

  test('a target on a capability the model lacks is unreachable', () => {
    const model = buildModel({ a: {} }, { p: { ghost: 2 } });
    expect(planRoadmap(model, assess(model), 'p').unreachable).toEqual([
      { capability: 'ghost', target: 2, reason: "'ghost' is not a capability in this model." }
    ]);
  });
});
