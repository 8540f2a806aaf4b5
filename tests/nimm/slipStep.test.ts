/** "What if this step slips a phase": slipStep on small roadmaps worked by hand. */
import { phaseLoadsAfterSlip, planRoadmap, roadmapStepLinks, slipStep, type Model, type RoadmapReport } from '../../src/nimm';
import { assess, buildModel } from './fixtures';

/** a2 is needed by b2; c needs two steps; nothing assessed. Plan: [a2, c2], [b2, c3]. */
const chainModel = buildModel({ a: {}, b: { deps: [[2, 'a', 2]] }, c: {} }, { p: { b: 2, c: 3 } });

function slip(model: Model, report: RoadmapReport, key: string, phases = 1): ReturnType<typeof slipStep> {
  return slipStep(report, roadmapStepLinks(model, report), key, phases);
}

describe('slipStep', () => {
  const report = planRoadmap(chainModel, assess(chainModel), 'p');

  test('a step others wait on pushes them back, and the goal a phase later', () => {
    const result = slip(chainModel, report, 'a:2');
    expect(result.moved).toEqual([
      { key: 'a:2', capability: 'a', level: 2, from: 1, to: 2 },
      { key: 'b:2', capability: 'b', level: 2, from: 2, to: 3 }
    ]);
    expect(result.lastPhaseBefore).toBe(2);
    expect(result.lastPhaseAfter).toBe(3);
  });

  test('a step whose next level waits on it moves that level too', () => {
    const result = slip(chainModel, report, 'c:2', 2);
    expect(result.moved.map((m) => [m.key, m.from, m.to])).toEqual([
      ['c:2', 1, 3],
      ['c:3', 2, 4]
    ]);
    expect(result.lastPhaseAfter).toBe(4);
  });

  test('a last step nothing waits on moves alone', () => {
    const result = slip(chainModel, report, 'b:2');
    expect(result.moved.map((m) => m.key)).toEqual(['b:2']);
    expect(result.lastPhaseAfter).toBe(3);
  });

  test('a slip into a phase that later work already reaches leaves the goal where it was', () => {
    // d2 and e2 in phase 1, e3 in phase 2, e4 in phase 3: d2 slipping one phase ends in phase 2.
    const model = buildModel({ d: {}, e: {} }, { p: { d: 2, e: 4 } });
    const plan = planRoadmap(model, assess(model), 'p');
    const result = slip(model, plan, 'd:2');
    expect(result.moved.map((m) => [m.key, m.to])).toEqual([['d:2', 2]]);
    expect(result.lastPhaseAfter).toBe(result.lastPhaseBefore);
  });

  test('does not change the roadmap it reads', () => {
    const copy = JSON.parse(JSON.stringify(report));
    slip(chainModel, report, 'a:2', 3);
    expect(JSON.parse(JSON.stringify(report))).toEqual(copy);
  });

  test('an unknown step or a slip that is not a whole number of phases is refused', () => {
    expect(() => slip(chainModel, report, 'z:2')).toThrow(RangeError);
    expect(() => slip(chainModel, report, 'a:2', 0)).toThrow(RangeError);
    expect(() => slip(chainModel, report, 'a:2', 1.5)).toThrow(RangeError);
  });

  test('the phases\' loads after a slip: the moved steps counted where they go, a phase over the capacity seen', () => {
    // Capacity 2: [a2, c2], [b2, c3]; a2 slipping one phase puts a2 beside b2 and c3 in phase 2.
    const limited = planRoadmap(chainModel, assess(chainModel), 'p', { capacity: 2 });
    const result = slip(chainModel, limited, 'a:2');
    expect(phaseLoadsAfterSlip(limited, result, () => 1)).toEqual([
      { phase: 1, effort: 1, steps: 1 },
      { phase: 2, effort: 2, steps: 2 },
      { phase: 3, effort: 1, steps: 1 }
    ]);
    const bigC3 = phaseLoadsAfterSlip(limited, slip(chainModel, limited, 'c:2'), (key) => (key === 'c:3' ? 5 : 1));
    expect(bigC3).toEqual([
      { phase: 1, effort: 1, steps: 1 },
      { phase: 2, effort: 2, steps: 2 },
      { phase: 3, effort: 5, steps: 1 }
    ]);
  });
});
