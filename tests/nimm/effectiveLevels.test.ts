/** Rule 4: effective levels honour dependencies; heldBackBy names what holds a capability back. */
import { scoreAssessment } from '../../src/nimm';
import { assess, atLevel, buildModel } from './fixtures';

const model = buildModel({
  configuration: {},
  change: { deps: [[3, 'configuration', 2]] },
  release: { deps: [[2, 'change', 2], [4, 'testing', 3]] },
  testing: {}
});

function effective(responses: Parameters<typeof assess>[1]) {
  const report = scoreAssessment(model, assess(model, responses));
  const levels: Record<string, number | null> = {};
  for (const key of Object.keys(report.capabilities)) {
    levels[key] = report.capabilities[key].effectiveLevel;
  }
  return { levels, report };
}

describe('effective levels', () => {
  test('with every requirement met the effective level is the assessed level', () => {
    const { levels } = effective({ configuration: atLevel(model, 'configuration', 2), change: atLevel(model, 'change', 4) });
    expect(levels.change).toBe(4);
  });

  test('a capability counts below a level whose requirement is unmet', () => {
    const { levels } = effective({ configuration: atLevel(model, 'configuration', 1), change: atLevel(model, 'change', 4) });
    expect(levels.change).toBe(2);
  });

  test('a requirement attached above the assessed level does not matter', () => {
    const { levels } = effective({ change: atLevel(model, 'change', 2) });
    expect(levels.change).toBe(2);
  });

  test('an agreed level is held back like a computed one', () => {
    const { levels } = effective({ change: { agreedLevel: 5 } });
    expect(levels.change).toBe(2);
  });

  test('a not-applicable required capability satisfies the requirement', () => {
    const { levels } = effective({ configuration: { notApplicable: true }, change: atLevel(model, 'change', 4) });
    expect(levels.change).toBe(4);
  });

  test('a required capability that was not assessed counts as level 1', () => {
    const { levels } = effective({ change: atLevel(model, 'change', 4) });
    expect(levels.change).toBe(2);
  });

  test('the requirement is on the effective level of the required capability, so holding back spreads', () => {
    // configuration 1 holds change at 2; release level 2 needs change 2, which still holds;
    // raise release's need to change 3 and release falls too.
    const chain = buildModel({
      configuration: {},
      change: { deps: [[3, 'configuration', 2]] },
      release: { deps: [[2, 'change', 3]] }
    });
    const report = scoreAssessment(chain, assess(chain, { change: atLevel(chain, 'change', 5), release: atLevel(chain, 'release', 5) }));
    expect(report.capabilities.change.effectiveLevel).toBe(2);
    expect(report.capabilities.release.effectiveLevel).toBe(1);
  });

  test('holding back spreads whatever order the model lists capabilities in', () => {
    const reversed = buildModel({
      release: { deps: [[2, 'change', 3]] },
      change: { deps: [[3, 'configuration', 2]] },
      configuration: {}
    });
    const report = scoreAssessment(reversed, assess(reversed, { change: atLevel(reversed, 'change', 5), release: atLevel(reversed, 'release', 5) }));
    expect(report.capabilities.release.effectiveLevel).toBe(1);
  });

  test('the lowest unmet requirement decides', () => {
    const { levels } = effective({ change: atLevel(model, 'change', 2), release: atLevel(model, 'release', 5) });
    // release level 4 needs testing 3 (not assessed: 1); level 2 needs change 2 (holds).
    expect(levels.release).toBe(3);
  });
});

describe('held back by', () => {
  test('names the required capability whose unmet requirement lies between effective and assessed', () => {
    const { report } = effective({ change: atLevel(model, 'change', 4) });
    expect(report.capabilities.change.heldBackBy).toEqual(['configuration']);
  });

  test('names every capability with an unmet requirement in that range, once each', () => {
    const { report } = effective({ release: atLevel(model, 'release', 5) });
    expect(report.capabilities.release.heldBackBy).toEqual(['change', 'testing']);
  });

  test('is empty when nothing holds the capability back', () => {
    const { report } = effective({ configuration: atLevel(model, 'configuration', 3), change: atLevel(model, 'change', 4) });
    expect(report.capabilities.change.heldBackBy).toEqual([]);
  });
});
