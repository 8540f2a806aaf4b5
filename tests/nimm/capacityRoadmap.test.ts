/** Rule 10: capacity-limited roadmaps, worked by hand (the properties are in capacityRoadmap.properties.test.ts). */
import { planRoadmap, RoadmapOptions, RoadmapReport, stepKey } from '../../src/nimm';
import { syntheticAssessment, syntheticModel } from '../../tools/synthetic/syntheticModel';
import { assess, atLevel, buildModel } from './fixtures';

function stepsByPhase(report: RoadmapReport): string[][] {
  return report.phases.map((phase) => phase.steps.map((s) => `${s.capability}${s.level}`));
}

function efforts(report: RoadmapReport): number[] {
  return report.phases.map((phase) => phase.effort);
}

/** a2 is needed by b2; c needs two steps; nothing assessed. */
const chainModel = buildModel({ a: {}, b: { deps: [[2, 'a', 2]] }, c: {} }, { p: { b: 2, c: 3 } });
/** Four capabilities with nothing between them, each needing one step. */
const flatModel = buildModel({ a: {}, b: {}, c: {}, d: {} }, { p: { a: 2, b: 2, c: 2, d: 2 } });

describe('rule 10: without a capacity', () => {
  test('the roadmap is rule 8, and each phase reports its number of steps as its effort', () => {
    const report = planRoadmap(chainModel, assess(chainModel), 'p');
    expect(stepsByPhase(report)).toEqual([['a2', 'c2'], ['b2', 'c3']]);
    expect(efforts(report)).toEqual([2, 2]);
    expect(planRoadmap(chainModel, assess(chainModel), 'p', {})).toEqual(report);
    expect(planRoadmap(chainModel, assess(chainModel), 'p', { capacity: undefined })).toEqual(report);
  });

  test('efforts without a capacity change only the efforts reported', () => {
    const report = planRoadmap(chainModel, assess(chainModel), 'p', { efforts: { 'a:2': 3, 'c:3': 0.5 } });
    expect(stepsByPhase(report)).toEqual([['a2', 'c2'], ['b2', 'c3']]);
    expect(efforts(report)).toEqual([4, 1.5]);
  });

  test('a capacity of Infinity is no limit at all', () => {
    expect(planRoadmap(chainModel, assess(chainModel), 'p', { capacity: Infinity })).toEqual(planRoadmap(chainModel, assess(chainModel), 'p'));
  });
});

describe('rule 10: filling phases', () => {
  test('a capacity of 1 takes one step per phase, the ready steps in rule 8 order', () => {
    // Phase 2: c2 (one step waits on it) comes before b2 (none waits on it), though b2 is
    // ready only from phase 2 and c2 was left over from phase 1.
    const report = planRoadmap(chainModel, assess(chainModel), 'p', { capacity: 1 });
    expect(stepsByPhase(report)).toEqual([['a2'], ['c2'], ['b2'], ['c3']]);
    expect(efforts(report)).toEqual([1, 1, 1, 1]);
    expect(report.phases.map((p) => p.phase)).toEqual([1, 2, 3, 4]);
  });

  test('without efforts the capacity is the number of steps per phase', () => {
    const report = planRoadmap(flatModel, assess(flatModel), 'p', { capacity: 3 });
    expect(stepsByPhase(report)).toEqual([['a2', 'b2', 'c2'], ['d2']]);
    expect(efforts(report)).toEqual([3, 1]);
  });

  test('a capacity need not be a whole number', () => {
    expect(stepsByPhase(planRoadmap(flatModel, assess(flatModel), 'p', { capacity: 2.5 }))).toEqual([['a2', 'b2'], ['c2', 'd2']]);
    const halves = { 'a:2': 0.5, 'b:2': 0.5, 'c:2': 0.5, 'd:2': 1 };
    expect(stepsByPhase(planRoadmap(flatModel, assess(flatModel), 'p', { capacity: 1.5, efforts: halves }))).toEqual([['a2', 'b2', 'c2'], ['d2']]);
  });

  test('first fit: a step that does not fit waits, and a smaller one after it takes the room', () => {
    const report = planRoadmap(flatModel, assess(flatModel), 'p', { capacity: 3, efforts: { 'a:2': 2, 'b:2': 3, 'c:2': 1, 'd:2': 3 } });
    expect(stepsByPhase(report)).toEqual([['a2', 'c2'], ['b2'], ['d2']]);
    expect(efforts(report)).toEqual([3, 3, 3]);
  });

  test('a step bigger than the capacity has a phase to itself', () => {
    const first = planRoadmap(flatModel, assess(flatModel), 'p', { capacity: 2, efforts: { 'a:2': 5 } });
    expect(stepsByPhase(first)).toEqual([['a2'], ['b2', 'c2'], ['d2']]);
    expect(efforts(first)).toEqual([5, 2, 1]);
    // Later in the order, it waits until it comes first in a phase with nothing in it yet.
    const later = planRoadmap(flatModel, assess(flatModel), 'p', { capacity: 2, efforts: { 'b:2': 5 } });
    expect(stepsByPhase(later)).toEqual([['a2', 'c2'], ['b2'], ['d2']]);
    expect(efforts(later)).toEqual([2, 5, 1]);
  });

  test('steps of effort 0 always fit, even beside a step bigger than the capacity', () => {
    const report = planRoadmap(flatModel, assess(flatModel), 'p', { capacity: 2, efforts: { 'a:2': 5, 'b:2': 0, 'c:2': 0 } });
    expect(stepsByPhase(report)).toEqual([['a2', 'b2', 'c2'], ['d2']]);
    expect(efforts(report)).toEqual([5, 1]);
  });

  test('a step of effort 0 uses no capacity, so a bigger step can still join it', () => {
    const report = planRoadmap(flatModel, assess(flatModel), 'p', { capacity: 2, efforts: { 'a:2': 0, 'b:2': 5 } });
    expect(stepsByPhase(report)).toEqual([['a2', 'b2'], ['c2', 'd2']]);
    expect(efforts(report)).toEqual([5, 2]);
  });

  test('a chain of steps of effort 0 still takes one phase per step', () => {
    const model = buildModel({ a: {} }, { p: { a: 4 } });
    const report = planRoadmap(model, assess(model), 'p', { capacity: 1, efforts: () => 0 });
    expect(stepsByPhase(report)).toEqual([['a2'], ['a3'], ['a4']]);
    expect(efforts(report)).toEqual([0, 0, 0]);
  });

  test('a level already assessed uses no capacity and is reached with its last requirement', () => {
    // change is agreed at 3 but held back until configuration reaches 2; release needs change at 3.
    const model = buildModel(
      { x: { foundation: true }, configuration: {}, change: { deps: [[3, 'configuration', 2]] }, release: { deps: [[2, 'change', 3]] } },
      { p: { x: 2, release: 2 } }
    );
    const assessment = assess(model, { change: { agreedLevel: 3 } });
    const report = planRoadmap(model, assessment, 'p', { capacity: 1 });
    expect(stepsByPhase(report)).toEqual([['x2'], ['configuration2'], ['release2']]);
    expect(report.phases.map((phase) => phase.projectedLevels.change)).toEqual([2, 3, 3]);
    expect(stepsByPhase(planRoadmap(model, assessment, 'p'))).toEqual([['x2', 'configuration2'], ['release2']]);
  });

  test('foundation capabilities come first, then the steps more later steps wait on, then by key', () => {
    const model = buildModel(
      { alpha: {}, bravo: {}, zulu: { foundation: true }, yankee: { deps: [[2, 'bravo', 2]] }, xray: { deps: [[2, 'bravo', 2]] } },
      { p: { alpha: 2, bravo: 2, zulu: 2, yankee: 2, xray: 2 } }
    );
    expect(stepsByPhase(planRoadmap(model, assess(model), 'p', { capacity: 2 }))).toEqual([['zulu2', 'bravo2'], ['alpha2', 'xray2'], ['yankee2']]);
  });

  test('with a capacity of at least the total effort, the phases are rule 8', () => {
    const options: RoadmapOptions = { efforts: { 'a:2': 2, 'c:3': 0.5 } };
    const unlimited = planRoadmap(chainModel, assess(chainModel), 'p', options);
    const total = efforts(unlimited).reduce((n, e) => n + e, 0);
    expect(total).toBe(4.5);
    expect(planRoadmap(chainModel, assess(chainModel), 'p', { ...options, capacity: total })).toEqual(unlimited);
    expect(planRoadmap(chainModel, assess(chainModel), 'p', { ...options, capacity: 100 })).toEqual(unlimited);
    // Here even the largest phase (effort 3) fits a capacity of 3; below that, the plan changes.
    expect(planRoadmap(chainModel, assess(chainModel), 'p', { ...options, capacity: 3 })).toEqual(unlimited);
    expect(stepsByPhase(planRoadmap(chainModel, assess(chainModel), 'p', { ...options, capacity: 2.5 }))).toEqual([['a2'], ['c2', 'b2'], ['c3']]);
  });

  test('projected levels follow the phases', () => {
    const report = planRoadmap(chainModel, assess(chainModel), 'p', { capacity: 1 });
    expect(report.phases.map((phase) => phase.projectedLevels)).toEqual([
      { a: 2, b: 1, c: 1 },
      { a: 2, b: 1, c: 2 },
      { a: 2, b: 2, c: 2 },
      { a: 2, b: 2, c: 3 }
    ]);
  });

  test('a profile already met needs no phases, whatever the capacity', () => {
    const model = buildModel({ a: {} }, { p: { a: 2 } });
    expect(planRoadmap(model, assess(model, { a: atLevel(model, 'a', 3) }), 'p', { capacity: 1 })).toEqual({ profile: 'p', phases: [], unreachable: [] });
  });
});

describe('rule 10: efforts', () => {
  test('a record and a function of capability and level give the same plan', () => {
    const record = { 'a:2': 2, 'c:2': 0, 'c:3': 3 };
    const fromRecord = planRoadmap(chainModel, assess(chainModel), 'p', { capacity: 2, efforts: record });
    const fromFunction = planRoadmap(chainModel, assess(chainModel), 'p', {
      capacity: 2,
      efforts: (capability, level) => (record as Record<string, number>)[stepKey(capability, level)] ?? 1
    });
    expect(fromFunction).toEqual(fromRecord);
    expect(stepsByPhase(fromRecord)).toEqual([['a2', 'c2'], ['b2'], ['c3']]);
    expect(efforts(fromRecord)).toEqual([2, 1, 3]);
  });

  test('step keys are "capability:level"', () => {
    expect(stepKey('change-management', 3)).toBe('change-management:3');
  });

  test('efforts for steps the roadmap does not have are ignored', () => {
    const report = planRoadmap(flatModel, assess(flatModel), 'p', { capacity: 2, efforts: { 'a:5': 9, 'nothing:2': 9 } });
    expect(stepsByPhase(report)).toEqual([['a2', 'b2'], ['c2', 'd2']]);
  });

  test('the efforts function is asked once for each planned step', () => {
    const asked: string[] = [];
    planRoadmap(chainModel, assess(chainModel), 'p', {
      capacity: 1,
      efforts: (capability, level) => {
        asked.push(stepKey(capability, level));
        return 1;
      }
    });
    expect(asked.sort()).toEqual(['a:2', 'b:2', 'c:2', 'c:3']);
  });
});

describe('rule 10: what it cannot do', () => {
  test('a target no work can reach is listed as in rule 8, and the steps towards it are planned', () => {
    const model = buildModel({ a: { criteria: { 2: ['process'], 3: ['process'] } } }, { p: { a: 4 } });
    const report = planRoadmap(model, assess(model), 'p', { capacity: 1 });
    expect(stepsByPhase(report)).toEqual([['a2'], ['a3']]);
    expect(report.unreachable).toEqual(planRoadmap(model, assess(model), 'p').unreachable);
    expect(report.unreachable).toHaveLength(1);
  });

  test('a dependency cycle ends the plan rather than looping: the steps it blocks are never ready', () => {
    // Only in an unvalidated model: a and b each need the other at level 2.
    const model = buildModel({ a: { deps: [[2, 'b', 2]] }, b: { deps: [[2, 'a', 2]] }, c: {} }, { p: { a: 2, b: 2, c: 3 } });
    const report = planRoadmap(model, assess(model), 'p', { capacity: 1 });
    expect(stepsByPhase(report)).toEqual([['c2'], ['c3']]);
    expect(report.unreachable.map((u) => u.capability)).toEqual(['a', 'b']);
  });

  test.each([0, -1, NaN, -Infinity])('a capacity of %p is refused', (capacity) => {
    expect(() => planRoadmap(flatModel, assess(flatModel), 'p', { capacity })).toThrow(RangeError);
    expect(() => planRoadmap(flatModel, assess(flatModel), 'p', { capacity })).toThrow(`A roadmap's capacity must be a number above 0, not ${capacity}.`);
  });

  test.each([-1, NaN, Infinity])('an effort of %p is refused, naming the step', (effort) => {
    expect(() => planRoadmap(flatModel, assess(flatModel), 'p', { capacity: 2, efforts: { 'b:2': effort } })).toThrow(
      `The effort of step 'b:2' must be a finite number of 0 or more, not ${effort}.`
    );
    expect(() => planRoadmap(flatModel, assess(flatModel), 'p', { efforts: () => effort })).toThrow(RangeError);
  });
});

describe('rule 10: projected levels are built when read', () => {
  const options: RoadmapOptions = { capacity: 1 };

  test('in any order, they are the same as read in phase order', () => {
    const inOrder = planRoadmap(chainModel, assess(chainModel), 'p', options).phases.map((phase) => phase.projectedLevels);
    const phases = planRoadmap(chainModel, assess(chainModel), 'p', options).phases;
    const shuffled = [3, 0, 2, 1, 0].map((i) => ({ i, levels: phases[i].projectedLevels }));
    for (const { i, levels } of shuffled) {
      expect(levels).toEqual(inOrder[i]);
    }
  });

  test('they read as plain data: JSON, copies and the same object each time', () => {
    const report = planRoadmap(chainModel, assess(chainModel), 'p', options);
    const json = JSON.parse(JSON.stringify(report));
    expect(json).toEqual(report);
    expect(Object.keys(json.phases[0])).toEqual(['phase', 'steps', 'projectedLevels', 'effort']);
    expect({ ...report.phases[1] }.projectedLevels).toEqual({ a: 2, b: 1, c: 2 });
    expect(report.phases[2].projectedLevels).toBe(report.phases[2].projectedLevels);
  });

  test('they can be replaced like any property', () => {
    const report = planRoadmap(chainModel, assess(chainModel), 'p', options);
    report.phases[0].projectedLevels = { a: 5 };
    expect(report.phases[0].projectedLevels).toEqual({ a: 5 });
    expect(report.phases[1].projectedLevels).toEqual({ a: 2, b: 1, c: 2 });
  });
});

describe('rule 10: a large model', () => {
  test('a capacity of 1 on 1,000 capabilities gives one phase per step, each of effort 1', () => {
    const model = syntheticModel({ capabilities: 1000, seed: 7 });
    const assessment = syntheticAssessment(model, 7);
    const unlimited = planRoadmap(model, assessment, 'baseline');
    const steps = unlimited.phases.reduce((n, phase) => n + phase.steps.length, 0);
    const limited = planRoadmap(model, assessment, 'baseline', { capacity: 1 });
    expect(limited.phases).toHaveLength(steps);
    expect(limited.phases.every((phase) => phase.steps.length === 1 && phase.effort === 1)).toBe(true);
    expect(limited.phases[limited.phases.length - 1].projectedLevels).toEqual(unlimited.phases[unlimited.phases.length - 1].projectedLevels);
  });
});

describe('steps held back by hand', () => {
  // b needs a at level 2; nothing assessed. Rule 8: [a2, c2], [b2, c3].
  const model = buildModel({ a: {}, b: { deps: [[2, 'a', 2]] }, c: {} }, { p: { b: 2, c: 3 } });
  const plan = (options: RoadmapOptions): string[][] => stepsByPhase(planRoadmap(model, assess(model), 'p', options));

  test('a held step goes no earlier than its phase, and what waits on it waits longer', () => {
    expect(plan({})).toEqual([
      ['a2', 'c2'],
      ['b2', 'c3']
    ]);
    expect(plan({ notBefore: { 'a:2': 2 } })).toEqual([['c2'], ['a2', 'c3'], ['b2']]);
  });

  test('a step held past the rest leaves the phases between empty (they are still quarters of the plan)', () => {
    const report = planRoadmap(model, assess(model), 'p', { notBefore: { 'c:3': 4 } });
    expect(stepsByPhase(report)).toEqual([['a2', 'c2'], ['b2'], [], ['c3']]);
    expect(efforts(report)).toEqual([2, 1, 0, 1]);
    expect(report.phases[2].projectedLevels).toEqual(report.phases[1].projectedLevels);
  });

  test('with a capacity, a held step is ready from its phase and takes its turn there', () => {
    expect(plan({ capacity: 1 })).toEqual([['a2'], ['c2'], ['b2'], ['c3']]);
    expect(plan({ capacity: 1, notBefore: { 'a:2': 2 } })).toEqual([['c2'], ['a2'], ['b2'], ['c3']]);
  });

  test('a hold of phase 1, or on a step the plan does not have, changes nothing; a hold that is not a whole phase is refused', () => {
    expect(plan({ notBefore: { 'a:2': 1, 'z:2': 3 } })).toEqual(plan({}));
    expect(() => plan({ notBefore: { 'a:2': 1.5 } })).toThrow(/whole phase number of 1 or more/);
    expect(() => plan({ notBefore: { 'a:2': 0 } })).toThrow(RangeError);
  });
});
