/** Which perspectives pull each category down (rule 2's perspective levels across a category). */
import { perspectivesByCategory, scoreAssessment } from '../../../src/nimm';
import { assess, buildModel } from '../fixtures';

/**
 * Three capabilities with process and technology criteria at levels 2 to 4:
 * - a: process met throughout (4), technology fails at level 3 (2): technology holds a back;
 * - b: process fails at level 3 (2), technology met at 2 and 3 (3): process holds b back;
 * - c: everything met (4 and 4): nothing holds it back;
 * - d: not assessed, so not counted.
 */
const ladder = { 2: ['process', 'technology'], 3: ['process', 'technology'], 4: ['process', 'technology'] };
const model = buildModel({ a: { criteria: ladder }, b: { criteria: ladder }, c: { criteria: ladder }, d: { criteria: ladder } });
const allMet = (key: string): Record<string, 'met'> => {
  const answers: Record<string, 'met'> = {};
  [2, 3, 4].forEach((level) => [1, 2].forEach((n) => (answers[`${key}.${level}.${n}`] = 'met')));
  return answers;
};
const assessment = assess(model, {
  a: { answers: { ...allMet('a'), 'a.3.2': 'not-met' } },
  b: { answers: { 'b.2.1': 'met', 'b.2.2': 'met', 'b.3.1': 'not-met', 'b.3.2': 'met' } },
  c: { answers: allMet('c') }
});
const report = scoreAssessment(model, assessment);

describe('perspectives across a category', () => {
  const [technical, business] = perspectivesByCategory(model, report);

  test('the worked capabilities have the perspective levels rule 2 gives', () => {
    expect(report.capabilities.a.perspectiveLevels).toEqual({ technology: 2, process: 4 });
    expect(report.capabilities.b.perspectiveLevels).toEqual({ technology: 3, process: 2 });
    expect(report.capabilities.c.perspectiveLevels).toEqual({ technology: 4, process: 4 });
  });

  test("a perspective's level is the lowest and its score the mean of its levels across the category's assessed capabilities", () => {
    const byKey = (key: string) => technical.perspectives.filter((p) => p.perspective === key)[0];
    expect(byKey('process')).toMatchObject({ capabilities: 3, level: 2, score: 10 / 3 });
    expect(byKey('technology')).toMatchObject({ capabilities: 3, level: 2, score: 3 });
  });

  test('a perspective pulls the category down when it is the lowest perspective of an assessed capability and another is higher', () => {
    const byKey = (key: string) => technical.perspectives.filter((p) => p.perspective === key)[0];
    expect(byKey('technology').holdsBack).toEqual([{ capability: 'a', name: 'Capability a', level: 2, highestOther: 4 }]);
    expect(byKey('process').holdsBack).toEqual([{ capability: 'b', name: 'Capability b', level: 2, highestOther: 3 }]);
    expect(byKey('technology').pullsDown).toBe(true);
  });

  test('the perspectives pulling it down come most capabilities first, then lowest mean', () => {
    expect(technical.pulledDownBy).toEqual(['technology', 'process']);
    expect(technical.sentence).toBe('technology holds back 1 of the 3 capabilities assessed; process holds back 1.');
  });

  test('every perspective of the model is listed, in model order, those without criteria empty', () => {
    expect(technical.perspectives.map((p) => p.perspective)).toEqual(['strategy', 'security', 'technology', 'process', 'people']);
    expect(technical.perspectives[0]).toMatchObject({ capabilities: 0, level: null, score: null, holdsBack: [], pullsDown: false });
  });

  test('the category carries its own level and score and the number assessed', () => {
    expect(technical).toMatchObject({ category: 'technical-one', name: 'Technical one', level: 2, score: 8 / 3, assessed: 3 });
  });

  test('a category with nothing assessed has no perspective levels to compare', () => {
    expect(business).toMatchObject({ assessed: 0, pulledDownBy: [] });
    expect(business.sentence).toBe('No capability in this category has been assessed, so there are no perspective levels to compare.');
  });
});

describe('perspectives in edge cases', () => {
  test('when every perspective of every capability is level, nothing pulls the category down', () => {
    const level = perspectivesByCategory(model, scoreAssessment(model, assess(model, { c: { answers: allMet('c') } })))[0];
    expect(level.pulledDownBy).toEqual([]);
    expect(level.sentence).toBe('No perspective holds back the only capability assessed: in each, every perspective reaches the same level.');
  });

  test('with one capability assessed, each perspective holding it back gets its own clause', () => {
    const wide = buildModel({ x: { criteria: { 2: ['strategy', 'security', 'process'] } } });
    const answers = { 'x.2.1': 'not-met', 'x.2.2': 'not-met', 'x.2.3': 'met' } as const;
    const [category] = perspectivesByCategory(wide, scoreAssessment(wide, assess(wide, { x: { answers } })));
    expect(category.sentence).toBe('strategy holds back the only capability assessed; so does security.');
  });

  test('a capability the report lacks counts as not assessed', () => {
    const partial = scoreAssessment(model, assessment);
    delete partial.capabilities.a;
    expect(perspectivesByCategory(model, partial)[0].assessed).toBe(2);
  });
});
