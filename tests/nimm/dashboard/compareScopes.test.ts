/** Provider and customer compared capability by capability, with "mind the gap" where the customer is below. */
import { compareScopes } from '../../../src/nimm';
import { assess, atLevel, buildModel, clone } from '../fixtures';

const model = buildModel({ release: {}, change: {}, config: {}, incident: {}, directory: {} });
const provider = assess(model, {
  release: atLevel(model, 'release', 3),
  change: atLevel(model, 'change', 4),
  config: atLevel(model, 'config', 3),
  incident: atLevel(model, 'incident', 2)
});
const customer = assess(model, {
  release: atLevel(model, 'release', 2),
  change: { answers: { 'change.2.1': 'not-met' } },
  config: atLevel(model, 'config', 3),
  incident: atLevel(model, 'incident', 3),
  directory: atLevel(model, 'directory', 2)
});

describe('provider and customer', () => {
  const comparison = compareScopes({ model, assessment: provider }, { model, assessment: customer });
  const row = (key: string) => comparison.rows.filter((r) => r.capability === key)[0];

  test('every capability has both effective levels and the difference, provider minus customer', () => {
    expect(comparison.rows.map((r) => [r.capability, r.provider.effectiveLevel, r.customer.effectiveLevel, r.difference, r.flag])).toEqual([
      ['release', 3, 2, 1, 'customer-below'],
      ['change', 4, 1, 3, 'customer-below'],
      ['config', 3, 3, 0, 'level'],
      ['incident', 2, 3, -1, 'provider-below'],
      ['directory', 1, 2, null, 'not-compared']
    ]);
  });

  test('mind the gap lists where the customer is below, biggest gap first', () => {
    expect(comparison.mindTheGap.map((r) => r.capability)).toEqual(['change', 'release']);
    expect(row('change').sentence).toBe('Mind the gap: the provider is at level 4, the customer at level 1 (3 levels below).');
  });

  test('the reverse is listed separately', () => {
    expect(comparison.providerBelow.map((r) => r.capability)).toEqual(['incident']);
    expect(row('incident').sentence).toBe('The provider is at level 2, below the customer at level 3 (1 level).');
  });

  test('a capability not assessed on one side is not compared: level 1 by default says nothing', () => {
    expect(row('directory')).toMatchObject({ provider: { status: 'not-assessed', effectiveLevel: 1 }, customer: { status: 'assessed', effectiveLevel: 2 } });
    expect(row('directory').sentence).toBe('Not compared: the provider not assessed, the customer at level 2.');
  });

  test('the summary counts the capabilities compared each way', () => {
    expect(comparison.compared).toBe(4);
    expect(comparison.sentence).toBe('Of 4 capabilities assessed by both, the customer is below the provider in 2 and above it in 1.');
    expect(comparison.issues).toEqual([]);
  });

  test('labels name the two sides in the sentences', () => {
    const named = compareScopes({ model, assessment: provider, label: 'the shared service' }, { model, assessment: customer, label: 'Kestrel Vale' });
    expect(named.providerBelow[0].sentence).toBe('The shared service is at level 2, below Kestrel Vale at level 3 (1 level).');
    expect(named.sentence).toBe('Of 4 capabilities assessed by both, Kestrel Vale is below the shared service in 2 and above it in 1.');
  });
});

describe('provider and customer on different models', () => {
  test('capabilities are matched by key; one only a model has is not compared; the versions are noted', () => {
    const newer = clone(model);
    newer.version = '2';
    newer.capabilities.push({ ...clone(newer.capabilities[0]), key: 'local', name: 'Local', levels: [] });
    const comparison = compareScopes({ model, assessment: provider }, { model: newer, assessment: assess(newer, { change: atLevel(newer, 'change', 2), local: { agreedLevel: 2 } }) });
    expect(comparison.rows.map((r) => r.capability)).toEqual(['release', 'change', 'config', 'incident', 'directory', 'local']);
    expect(comparison.rows[5]).toMatchObject({ provider: { status: 'not-in-model', effectiveLevel: null }, flag: 'not-compared', sentence: 'Not compared: the provider not in its model, the customer at level 2.' });
    expect(comparison.mindTheGap.map((r) => r.capability)).toEqual(['change']);
    expect(comparison.issues.map((i) => i.message)).toEqual([
      "The provider was assessed against model 'test-model' version 1 and the customer against 'test-model' version 2: capabilities are matched by key, and a capability only one model has is not compared."
    ]);
  });

  test('with nothing assessed on both sides there is nothing to compare', () => {
    const comparison = compareScopes({ model, assessment: provider }, { model, assessment: assess(model) });
    expect(comparison).toMatchObject({ compared: 0, mindTheGap: [], providerBelow: [] });
    expect(comparison.sentence).toBe('No capability is assessed by both the provider and the customer, so there is nothing to compare.');
  });
});
