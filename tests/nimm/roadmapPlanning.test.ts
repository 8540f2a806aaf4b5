/** What the roadmap web part adds to rules 8 and 10: phases as dates, readiness after each phase, and each step's links. */
import { addMonths, phaseDates, planRoadmap, quarterOf, roadmapReadiness, roadmapStepLinks, scoreAssessment, stepKey } from '../../src/nimm';
import { assess, atLevel, buildModel } from './fixtures';

describe('phases as dates', () => {
  test('a quarter-long phase runs from its first day to the day before the next one starts', () => {
    expect(phaseDates('2026-04-01', 3, 1)).toEqual({ start: '2026-04-01', end: '2026-06-30' });
    expect(phaseDates('2026-04-01', 3, 2)).toEqual({ start: '2026-07-01', end: '2026-09-30' });
    expect(phaseDates('2026-04-01', 3, 4)).toEqual({ start: '2027-01-01', end: '2027-03-31' });
    expect(phaseDates('2026-04-01', 12, 2)).toEqual({ start: '2027-04-01', end: '2028-03-31' });
    expect(phaseDates('2026-11-15', 1, 2)).toEqual({ start: '2026-12-15', end: '2027-01-14' });
  });

  test('a month from the 31st ends with the shorter month, and the phase after keeps the 31st', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(phaseDates('2026-01-31', 1, 1)).toEqual({ start: '2026-01-31', end: '2026-02-27' });
    expect(phaseDates('2026-01-31', 1, 3)).toEqual({ start: '2026-03-31', end: '2026-04-29' });
    expect(addMonths('2026-12-01', -1)).toBe('2026-11-01');
  });

  test('consecutive phases leave no gap and never overlap', () => {
    for (const months of [1, 3, 6, 12]) {
      for (let phase = 1; phase < 30; phase++) {
        const { end } = phaseDates('2027-08-31', months, phase);
        const next = phaseDates('2027-08-31', months, phase + 1).start;
        expect(new Date(`${next}T00:00:00Z`).getTime() - new Date(`${end}T00:00:00Z`).getTime()).toBe(86400000);
      }
    }
  });

  test('refuses what is not a date, a phase below 1 and a length below a month', () => {
    expect(() => phaseDates('1 April 2026', 3, 1)).toThrow(RangeError);
    expect(() => phaseDates('2026-04-01', 3, 0)).toThrow(RangeError);
    expect(() => phaseDates('2026-04-01', 0, 1)).toThrow(RangeError);
    expect(() => phaseDates('2026-04-01', 1.5, 1)).toThrow(RangeError);
  });

  test('names the calendar quarter of a date', () => {
    expect(quarterOf('2027-09-30')).toEqual({ quarter: 3, year: 2027 });
    expect(quarterOf('2027-01-01')).toEqual({ quarter: 1, year: 2027 });
    expect(quarterOf('2027-12-31')).toEqual({ quarter: 4, year: 2027 });
  });
});

/** a2 is needed by b2; c needs two steps; d is not applicable. */
const model = buildModel({ a: {}, b: { deps: [[2, 'a', 2]] }, c: {}, d: {}, e: { criteria: { 2: ['process'] } } }, { p: { b: 2, c: 3, d: 4 }, far: { e: 4, a: 2 } });

describe('readiness after each phase', () => {
  test('counts rule 7\'s targets after each phase, and says after which phase all are met', () => {
    const assessment = assess(model, { d: { notApplicable: true } });
    const roadmap = planRoadmap(model, assessment, 'p');
    const readiness = roadmapReadiness(scoreAssessment(model, assessment), roadmap);
    // d is not applicable, so two targets count; b2 and c3 come in phase 2.
    expect(readiness.points.map((p) => [p.phase, p.met, p.counted])).toEqual([[0, 0, 2], [1, 0, 2], [2, 2, 2]]);
    expect(readiness.metAfter).toBe(2);
  });

  test('follows the capacity: the same steps spread over more phases reach it later', () => {
    const assessment = assess(model);
    const readiness = roadmapReadiness(scoreAssessment(model, assessment), planRoadmap(model, assessment, 'p', { capacity: 1 }));
    const met = readiness.points.map((p) => p.met);
    // Seven steps (a2 b2 c2 c3 d2 d3 d4), one a phase: the three targets are met one by one, the last after phase 7.
    expect(met).toHaveLength(8);
    expect(met.slice().sort((x, y) => x - y)).toEqual(met);
    expect(met[met.length - 1]).toBe(3);
    expect(readiness.metAfter).toBe(7);
  });

  test('is met at once when nothing is to do, and never when a target cannot be reached', () => {
    const done = assess(model, { b: atLevel(model, 'b', 2), a: atLevel(model, 'a', 2), c: atLevel(model, 'c', 3), d: atLevel(model, 'd', 4) });
    const met = roadmapReadiness(scoreAssessment(model, done), planRoadmap(model, done, 'p'));
    expect(met.points).toEqual([{ phase: 0, met: 3, counted: 3, readiness: 1 }]);
    expect(met.metAfter).toBe(0);
    // e has criteria only up to level 2, so level 4 is out of reach; a2 still comes.
    const none = assess(model);
    const far = roadmapReadiness(scoreAssessment(model, none), planRoadmap(model, none, 'far'));
    expect(far.points.map((p) => p.readiness)).toEqual([0, 0.5]);
    expect(far.metAfter).toBeNull();
  });
});

describe('what a step waits on and what waits on it', () => {
  test('its own previous step and the step a dependency names, both ways', () => {
    const assessment = assess(model);
    const links = roadmapStepLinks(model, planRoadmap(model, assessment, 'p'));
    expect(links[stepKey('b', 2)]).toEqual({ waitsOn: [{ capability: 'a', level: 2 }], waitedOnBy: [] });
    expect(links[stepKey('a', 2)]).toEqual({ waitsOn: [], waitedOnBy: [{ capability: 'b', level: 2 }] });
    expect(links[stepKey('c', 3)].waitsOn).toEqual([{ capability: 'c', level: 2 }]);
    expect(links[stepKey('c', 2)].waitedOnBy).toEqual([{ capability: 'c', level: 3 }]);
  });

  test('leaves out a requirement met already', () => {
    const assessment = assess(model, { a: atLevel(model, 'a', 2) });
    const links = roadmapStepLinks(model, planRoadmap(model, assessment, 'p'));
    expect(links[stepKey('b', 2)].waitsOn).toEqual([]);
    expect(links[stepKey('a', 2)]).toBeUndefined();
  });
});
