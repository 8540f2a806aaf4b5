import { indexModel } from '../../src/nimm';
import { buildModel } from './fixtures';

const model = buildModel({
  configuration: { criteria: { 2: ['process', 'technology'], 3: ['people'] } },
  change: { category: 'business-one', deps: [[3, 'configuration', 2]] },
  release: { deps: [[2, 'change', 2], [3, 'configuration', 3]] }
});

describe('model index', () => {
  test('is built once per model object', () => {
    expect(indexModel(model)).toBe(indexModel(model));
  });

  test('a different model object gets its own index', () => {
    expect(indexModel({ ...model })).not.toBe(indexModel(model));
  });

  test('finds capabilities by key', () => {
    expect(indexModel(model).capabilityByKey.get('change')?.position).toBe(1);
  });

  test('finds where a criterion lives', () => {
    expect(indexModel(model).criterionByKey.get('configuration.3.1')).toMatchObject({ capability: 'configuration', level: 3 });
  });

  test('groups criteria by level and perspective', () => {
    const entry = indexModel(model).capabilityByKey.get('configuration');
    expect(entry?.criteriaByLevel[2].map((c) => c.key)).toEqual(['configuration.2.1', 'configuration.2.2']);
    expect(entry?.criteriaByLevelAndPerspective[3].get('people')?.map((c) => c.key)).toEqual(['configuration.3.1']);
  });

  test('lists the capabilities that depend on each capability', () => {
    const dependents = indexModel(model).capabilityByKey.get('configuration')?.dependents.map((d) => d.position);
    expect(dependents).toEqual([1, 2]);
  });

  test('groups capabilities by category in model order', () => {
    expect(indexModel(model).capabilitiesByCategory.get('technical-one')).toEqual(['configuration', 'release']);
  });

  test('knows how high answers can take each capability', () => {
    expect(indexModel(model).capabilityByKey.get('configuration')?.highestAttainableLevel).toBe(3);
  });

  test('knows the model\'s top level', () => {
    expect(indexModel(model).topLevel).toBe(5);
  });
});
