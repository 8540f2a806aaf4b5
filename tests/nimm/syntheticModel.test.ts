import { planRoadmap, scoreAssessment, validateAssessment, validateModel } from '../../src/nimm';
import { syntheticAssessment, syntheticModel } from '../../tools/synthetic/syntheticModel';

describe('synthetic models', () => {
  const model = syntheticModel({ capabilities: 200, seed: 7 });

  test('are valid, with no warnings', () => {
    const result = validateModel(model);
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  test('have the size asked for', () => {
    const small = syntheticModel({ capabilities: 12, levels: 4, criteriaPerLevel: 3 });
    expect(small.capabilities).toHaveLength(12);
    expect(small.levels).toHaveLength(4);
    expect(small.capabilities[0].levels.map((l) => l.criteria.length)).toEqual([3, 3, 3]);
  });

  test('are the same for the same seed', () => {
    expect(syntheticModel({ capabilities: 50, seed: 3 })).toEqual(syntheticModel({ capabilities: 50, seed: 3 }));
  });

  test('differ between seeds', () => {
    expect(syntheticModel({ capabilities: 50, seed: 3 })).not.toEqual(syntheticModel({ capabilities: 50, seed: 4 }));
  });

  test('depend only on earlier capabilities', () => {
    const position = new Map(model.capabilities.map((c, i) => [c.key, i]));
    for (const [i, capability] of model.capabilities.entries()) {
      for (const dependency of capability.dependencies) {
        expect(position.get(dependency.requires)).toBeLessThan(i);
      }
    }
  });

  test('with a dependency rate of 0 have no dependencies', () => {
    expect(syntheticModel({ capabilities: 30, dependencyRate: 0 }).capabilities.every((c) => c.dependencies.length === 0)).toBe(true);
  });

  test('come with an assessment that fits them', () => {
    expect(validateAssessment(syntheticAssessment(model, 1), model).problems).toEqual([]);
  });

  test('can reach every profile', () => {
    const assessment = syntheticAssessment(model, 1);
    for (const profile of model.profiles) {
      expect(planRoadmap(model, assessment, profile.key).unreachable).toEqual([]);
    }
  });

  test('give a spread of levels when scored', () => {
    const report = scoreAssessment(model, syntheticAssessment(model, 1));
    const levels = new Set(Object.values(report.capabilities).map((c) => c.effectiveLevel));
    expect(levels.size).toBeGreaterThanOrEqual(4);
  });
});
