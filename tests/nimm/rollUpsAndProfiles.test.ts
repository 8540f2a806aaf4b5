/** Rules 6 and 7: category and overall roll-ups, profile gaps, met and readiness. */
import { scoreAssessment, Profile } from '../../src/nimm';
import { assess, atLevel, buildModel } from './fixtures';

const model = buildModel(
  {
    directory: { category: 'technical-one' },
    identity: { category: 'technical-one' },
    backup: { category: 'technical-one' },
    budgeting: { category: 'business-one' }
  },
  { baseline: { directory: 3, identity: 2, backup: 2 } }
);

describe('roll-ups', () => {
  const report = scoreAssessment(
    model,
    assess(model, {
      directory: atLevel(model, 'directory', 4),
      identity: atLevel(model, 'identity', 2),
      backup: { notApplicable: true }
    })
  );

  test('a category\'s level is the lowest effective level of its counted capabilities', () => {
    expect(report.categories['technical-one'].level).toBe(2);
  });

  test('a category\'s score is the mean effective level of its counted capabilities', () => {
    expect(report.categories['technical-one'].score).toBe(3);
  });

  test('not-applicable and not-assessed capabilities are not counted', () => {
    expect(report.categories['technical-one']).toEqual({ level: 2, score: 3 });
  });

  test('a category with no counted capability has no level and no score', () => {
    expect(report.categories['business-one']).toEqual({ level: null, score: null });
  });

  test('the overall roll-up is over all counted capabilities, not over categories', () => {
    const both = scoreAssessment(
      model,
      assess(model, { directory: atLevel(model, 'directory', 4), identity: atLevel(model, 'identity', 2), budgeting: atLevel(model, 'budgeting', 5) })
    );
    expect(both.overall).toEqual({ level: 2, score: 11 / 3 });
  });

  test('with nothing assessed the overall roll-up is empty', () => {
    expect(scoreAssessment(model, assess(model)).overall).toEqual({ level: null, score: null });
  });

  test('every model category is reported, in model order', () => {
    expect(Object.keys(report.categories)).toEqual(['technical-one', 'business-one']);
  });

  test('roll-ups use effective levels, after dependencies', () => {
    const dependent = buildModel({ directory: {}, identity: { deps: [[3, 'directory', 3]] } });
    const held = scoreAssessment(dependent, assess(dependent, { directory: atLevel(dependent, 'directory', 2), identity: atLevel(dependent, 'identity', 4) }));
    expect(held.overall).toEqual({ level: 2, score: 2 });
  });
});

describe('profiles', () => {
  test('a gap is the target less the effective level', () => {
    const report = scoreAssessment(model, assess(model, { directory: atLevel(model, 'directory', 1) }));
    expect(report.profiles.baseline.gaps[0]).toEqual({ capability: 'directory', target: 3, effectiveLevel: 1, gap: 2 });
  });

  test('a capability above its target has a gap of 0', () => {
    const report = scoreAssessment(model, assess(model, { identity: atLevel(model, 'identity', 4) }));
    expect(report.profiles.baseline.gaps[1].gap).toBe(0);
  });

  test('a profile is met when every gap is 0', () => {
    const report = scoreAssessment(
      model,
      assess(model, { directory: atLevel(model, 'directory', 3), identity: atLevel(model, 'identity', 2), backup: atLevel(model, 'backup', 5) })
    );
    expect(report.profiles.baseline.met).toBe(true);
  });

  test('readiness is the share of targets with no gap', () => {
    const report = scoreAssessment(model, assess(model, { directory: atLevel(model, 'directory', 3) }));
    expect(report.profiles.baseline.met).toBe(false);
    expect(report.profiles.baseline.readiness).toBe(1 / 3);
  });

  test('a target on a not-applicable capability is left out', () => {
    const report = scoreAssessment(
      model,
      assess(model, { directory: atLevel(model, 'directory', 3), identity: atLevel(model, 'identity', 2), backup: { notApplicable: true } })
    );
    expect(report.profiles.baseline).toEqual({
      met: true,
      readiness: 1,
      gaps: [
        { capability: 'directory', target: 3, effectiveLevel: 3, gap: 0 },
        { capability: 'identity', target: 2, effectiveLevel: 2, gap: 0 }
      ]
    });
  });

  test('a target on a capability not assessed counts against level 1', () => {
    const report = scoreAssessment(model, assess(model));
    expect(report.profiles.baseline.gaps.map((g) => g.effectiveLevel)).toEqual([1, 1, 1]);
  });

  test('a profile with every target not applicable is met', () => {
    const small = buildModel({ backup: {} }, { only: { backup: 4 } });
    expect(scoreAssessment(small, assess(small, { backup: { notApplicable: true } })).profiles.only).toEqual({ met: true, readiness: 1, gaps: [] });
  });

  test('profiles passed in the options replace the model\'s own', () => {
    const local: Profile = { key: 'entitlement', name: 'Local entitlement', kind: 'entitlement', targets: { directory: 2 } };
    const report = scoreAssessment(model, assess(model), { profiles: [local] });
    expect(Object.keys(report.profiles)).toEqual(['entitlement']);
  });

  test('gaps use effective levels, after dependencies', () => {
    const dependent = buildModel({ directory: {}, identity: { deps: [[3, 'directory', 3]] } }, { p: { identity: 3 } });
    const report = scoreAssessment(dependent, assess(dependent, { identity: atLevel(dependent, 'identity', 4) }));
    expect(report.profiles.p.gaps[0]).toEqual({ capability: 'identity', target: 3, effectiveLevel: 2, gap: 1 });
  });
});
