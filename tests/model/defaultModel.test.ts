import { getDefaultModel, getDefaultModelJson } from '../../src/nimm/defaultModel';
import { validateModel, scoreAssessment } from '../../src/nimm';
import type { Assessment, Model } from '../../src/nimm';
import { readability, BRAND_NAMES } from '../../tools/content/readability';
import { assess } from '../nimm/fixtures';

const model: Model = getDefaultModel();

/** An assessment with every capability agreed at one level. */
function assessedEverywhereAt(level: number): Assessment {
  return assess(model, Object.fromEntries(model.capabilities.map((c) => [c.key, { agreedLevel: level }])));
}

describe('the default NHS model', () => {
  it('validates with no problems and no warnings', () => {
    const result = validateModel(getDefaultModelJson());
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('has the five published levels in order', () => {
    expect(model.levels.map((l) => `${l.level} ${l.name}`)).toEqual(['1 Basic', '2 Controlled', '3 Standardised', '4 Optimised', '5 Innovative']);
  });

  it('has five perspectives and thirteen categories, seven technical and six business', () => {
    expect(model.perspectives).toHaveLength(5);
    expect(model.categories.filter((c) => c.aspect === 'technical')).toHaveLength(7);
    expect(model.categories.filter((c) => c.aspect === 'business')).toHaveLength(6);
  });

  it('has at least 74 capabilities, every category used', () => {
    expect(model.capabilities.length).toBeGreaterThanOrEqual(74);
    for (const category of model.categories) {
      expect(model.capabilities.some((c) => c.category === category.key)).toBe(true);
    }
  });

  it('flags the publicly known foundation capabilities', () => {
    const foundation = model.capabilities.filter((c) => c.foundation).map((c) => c.key).sort();
    expect(foundation).toEqual(['change-management', 'identity-management', 'incident-management', 'release-management', 'service-monitoring']);
  });

  it('gives every capability a summary, a descriptor for every level and criteria for levels 2 to 5 across at least three perspectives', () => {
    for (const capability of model.capabilities) {
      expect(capability.summary.trim()).not.toBe('');
      expect(capability.basicDescriptor?.trim()).toBeTruthy();
      expect(capability.levels.map((l) => l.level)).toEqual([2, 3, 4, 5]);
      for (const level of capability.levels) {
        expect(level.descriptor.trim()).not.toBe('');
        expect(level.criteria.length).toBeGreaterThan(0);
      }
      const perspectives = new Set(capability.levels.flatMap((l) => l.criteria.map((c) => c.perspective)));
      expect(perspectives.size).toBeGreaterThanOrEqual(3);
    }
  });

  it('gives every dependency a reason', () => {
    for (const capability of model.capabilities) {
      for (const dependency of capability.dependencies) expect(dependency.why.trim()).not.toBe('');
    }
  });

  it('lets every capability reach level 5: with everything assessed at 5, no dependency holds any capability back', () => {
    const report = scoreAssessment(model, assessedEverywhereAt(5));
    for (const capability of model.capabilities) {
      expect(report.capabilities[capability.key].effectiveLevel).toBe(5);
      expect(report.capabilities[capability.key].heldBackBy).toEqual([]);
    }
  });

  it('ships the profiles the brief asks for: a level 3 baseline, foundation first, three or more service profiles and an entitlement example marked as local settings', () => {
    const kinds = (kind: string) => model.profiles.filter((p) => p.kind === kind);
    const baseline = model.profiles.find((p) => p.key === 'level-3-baseline');
    expect(baseline && Object.keys(baseline.targets)).toHaveLength(model.capabilities.length);
    expect(Object.values(baseline?.targets ?? {}).every((t) => t === 3)).toBe(true);
    expect(model.profiles.some((p) => p.key === 'foundation-first')).toBe(true);
    expect(kinds('service').length).toBeGreaterThanOrEqual(3);
    const entitlement = kinds('entitlement');
    expect(entitlement.length).toBeGreaterThanOrEqual(1);
    expect(entitlement.every((p) => /local settings/i.test(p.localSettingsNote ?? ''))).toBe(true);
  });

  it('is written in plain English: criteria and descriptors average Flesch-Kincaid grade 11 or below, and no criterion is over 35 words', () => {
    const grades: number[] = [];
    const longCriteria: string[] = [];
    for (const capability of model.capabilities) {
      for (const level of capability.levels) {
        grades.push(readability(level.descriptor).grade);
        for (const criterion of level.criteria) {
          const r = readability(criterion.text);
          grades.push(r.grade);
          if (r.words > 35) longCriteria.push(criterion.key);
        }
      }
    }
    const average = grades.reduce((a, b) => a + b, 0) / grades.length;
    expect(average).toBeLessThanOrEqual(11);
    expect(longCriteria).toEqual([]);
  });

  it('is vendor-neutral: no product or company names in any text', () => {
    const offenders = model.capabilities
      .filter((c) => BRAND_NAMES.test(JSON.stringify(c)))
      .map((c) => `${c.key}: ${JSON.stringify(c).match(BRAND_NAMES)?.[0]}`);
    expect(offenders).toEqual([]);
    expect(BRAND_NAMES.test(JSON.stringify({ ...model, capabilities: [] }))).toBe(false);
  });

  it('uses UK spelling in what users read', () => {
    const text = JSON.stringify(model);
    expect(text).not.toMatch(/\b(organization|standardized|optimized|prioritize|color|center|analyze)\b/i);
  });
});

describe('the readability measure used by the plain-English test', () => {
  it('rates a short plain sentence below a long technical one', () => {
    const plain = readability('Every change is recorded and approved before it is made.');
    const dense = readability('Comprehensive infrastructure virtualisation necessitates organisational standardisation of configuration methodologies.');
    expect(plain.grade).toBeLessThan(dense.grade);
    expect(plain.words).toBe(10);
  });
});
