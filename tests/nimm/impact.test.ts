/** Rule 9: the impact of assessing one capability at a new level. */
import { analyseImpact, NimmError } from '../../src/nimm';
import { assess, atLevel, buildModel } from './fixtures';

const model = buildModel(
  {
    configuration: {},
    change: { deps: [[3, 'configuration', 2]] },
    release: { deps: [[3, 'change', 3]] },
    monitoring: {}
  },
  { baseline: { change: 3 }, release: { release: 3 }, monitoring: { monitoring: 2 } }
);
const assessment = assess(model, {
  configuration: atLevel(model, 'configuration', 1),
  change: atLevel(model, 'change', 4),
  release: atLevel(model, 'release', 4),
  monitoring: atLevel(model, 'monitoring', 3)
});

describe('impact analysis', () => {
  const report = analyseImpact(model, assessment, 'configuration', 2);

  test('reports the change from the current assessed level to the new one', () => {
    expect(report).toMatchObject({ capability: 'configuration', from: 1, to: 2 });
  });

  test('primary effects are capabilities with a direct dependency whose effective level changes', () => {
    expect(report.primary).toEqual([{ capability: 'change', before: 2, after: 4 }]);
  });

  test('secondary effects are the other capabilities whose effective level changes', () => {
    expect(report.secondary).toEqual([{ capability: 'release', before: 2, after: 4 }]);
  });

  test('capabilities that do not move are not listed', () => {
    expect([...report.primary, ...report.secondary].map((c) => c.capability)).not.toContain('monitoring');
  });

  test('every profile whose result changes is listed before and after', () => {
    expect(report.profiles).toEqual([
      { profile: 'baseline', before: { met: false, readiness: 0 }, after: { met: true, readiness: 1 } },
      { profile: 'release', before: { met: false, readiness: 0 }, after: { met: true, readiness: 1 } }
    ]);
  });

  test('lowering a capability shows what falls with it', () => {
    const lowered = analyseImpact(model, assess(model, { configuration: atLevel(model, 'configuration', 3), change: atLevel(model, 'change', 4) }), 'configuration', 1);
    expect(lowered.primary).toEqual([{ capability: 'change', before: 4, after: 2 }]);
  });

  test('a change that moves nothing has no effects', () => {
    expect(analyseImpact(model, assessment, 'monitoring', 4)).toEqual({ capability: 'monitoring', from: 3, to: 4, primary: [], secondary: [], profiles: [] });
  });

  test('a capability not assessed changes from level 1', () => {
    expect(analyseImpact(model, assess(model), 'monitoring', 2).from).toBe(1);
  });

  test('a not-applicable capability changes from no level, and counts once assessed', () => {
    const notApplicable = assess(model, { monitoring: { notApplicable: true } });
    const impact = analyseImpact(model, notApplicable, 'monitoring', 1);
    expect(impact.from).toBeNull();
    expect(impact.profiles).toEqual([{ profile: 'monitoring', before: { met: true, readiness: 1 }, after: { met: false, readiness: 0 } }]);
  });

  test('an unknown capability is a NimmError', () => {
    expect(() => analyseImpact(model, assessment, 'chnge', 2)).toThrow(new NimmError('unknown-capability', "There is no capability 'chnge' in model 'test-model'."));
  });

  test('a level outside the model is a NimmError', () => {
    expect(() => analyseImpact(model, assessment, 'change', 6)).toThrow('The level must be a whole number from 1 to 5, not 6.');
  });

  test('the assessment itself is left unchanged', () => {
    const before = JSON.stringify(assessment);
    analyseImpact(model, assessment, 'configuration', 5);
    expect(JSON.stringify(assessment)).toBe(before);
  });
});
