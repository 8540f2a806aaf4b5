/** Rules 1, 2, 3 and 5: attained levels, computed, perspective and assessed levels, progress. */
import { scoreAssessment } from '../../src/nimm';
import { assess, buildModel, metUpTo } from './fixtures';

// One capability: two criteria per level, perspectives as listed.
const model = buildModel({
  change: {
    criteria: {
      2: ['process', 'technology'],
      3: ['process', 'people'],
      4: ['process', 'technology'],
      5: ['process', 'technology']
    }
  }
});

function scoreOf(answers: Record<string, 'met' | 'partial' | 'not-met' | 'n/a'>, agreedLevel: number | null = null) {
  return scoreAssessment(model, assess(model, { change: { answers, agreedLevel } })).capabilities.change;
}

describe('attained levels and the computed level', () => {
  test('with no criterion met the computed level is 1', () => {
    expect(scoreOf({ 'change.2.1': 'not-met' }).computedLevel).toBe(1);
  });

  test('a level with every criterion met is attained', () => {
    expect(scoreOf(metUpTo(model, 'change', 2)).computedLevel).toBe(2);
  });

  test('a level with an unmet criterion is not attained', () => {
    expect(scoreOf({ ...metUpTo(model, 'change', 3), 'change.3.2': 'not-met' }).computedLevel).toBe(2);
  });

  test('a partially met criterion does not attain its level', () => {
    expect(scoreOf({ ...metUpTo(model, 'change', 3), 'change.3.2': 'partial' }).computedLevel).toBe(2);
  });

  test('an unanswered criterion counts as not met', () => {
    const answers = metUpTo(model, 'change', 3);
    delete answers['change.3.1'];
    expect(scoreOf(answers).computedLevel).toBe(2);
  });

  test('criteria answered n/a are passed over', () => {
    expect(scoreOf({ ...metUpTo(model, 'change', 3), 'change.3.1': 'n/a' }).computedLevel).toBe(3);
  });

  test('a level whose criteria are all n/a is attained', () => {
    expect(scoreOf({ ...metUpTo(model, 'change', 3), 'change.3.1': 'n/a', 'change.3.2': 'n/a' }).computedLevel).toBe(3);
  });

  test('levels count only while consecutive: a met level above an unmet one does not count', () => {
    const answers = { ...metUpTo(model, 'change', 4), 'change.3.1': 'not-met' as const };
    expect(scoreOf(answers).computedLevel).toBe(2);
  });

  test('a level the capability defines without criteria is never attained', () => {
    const sparse = buildModel({ change: { criteria: { 2: ['process'], 3: [], 4: ['process'] } } });
    const answers = { 'change.2.1': 'met' as const, 'change.4.1': 'met' as const };
    expect(scoreAssessment(sparse, assess(sparse, { change: { answers } })).capabilities.change.computedLevel).toBe(2);
  });

  test('a level the capability does not define stops the count', () => {
    const gap = buildModel({ change: { criteria: { 2: ['process'], 4: ['process'] } } });
    const answers = { 'change.2.1': 'met' as const, 'change.4.1': 'met' as const };
    expect(scoreAssessment(gap, assess(gap, { change: { answers } })).capabilities.change.computedLevel).toBe(2);
  });

  test('meeting every criterion reaches the top level', () => {
    expect(scoreOf(metUpTo(model, 'change', 5)).computedLevel).toBe(5);
  });
});

describe('perspective levels', () => {
  test('each perspective with criteria gets a level, in the model\'s perspective order', () => {
    expect(Object.keys(scoreOf({ 'change.2.1': 'met' }).perspectiveLevels)).toEqual(['technology', 'process', 'people']);
  });

  test('the lowest perspective level is the computed level', () => {
    const score = scoreOf({ ...metUpTo(model, 'change', 5), 'change.4.2': 'not-met' });
    expect(score.computedLevel).toBe(3);
    expect(Math.min(...Object.values(score.perspectiveLevels))).toBe(3);
  });

  test('the other perspectives show which one holds the level back', () => {
    const score = scoreOf({ ...metUpTo(model, 'change', 5), 'change.4.2': 'not-met' });
    expect(score.perspectiveLevels).toEqual({ technology: 3, process: 5, people: 5 });
  });

  test('a perspective passes over levels where it has no criteria', () => {
    // "people" has criteria only at level 3; met there, it rises to the capability's top.
    expect(scoreOf({ 'change.3.2': 'met' }).perspectiveLevels.people).toBe(5);
  });

  test('a perspective stops at its first level with an unmet criterion', () => {
    expect(scoreOf({ 'change.2.2': 'met' }).perspectiveLevels.technology).toBe(3);
  });

  test('perspective levels go no higher than the capability defines without a gap', () => {
    const gap = buildModel({ change: { criteria: { 2: ['process'], 3: ['people'], 5: ['process'] } } });
    const score = scoreAssessment(gap, assess(gap, { change: { answers: { 'change.3.1': 'met' } } })).capabilities.change;
    expect(score.perspectiveLevels).toEqual({ process: 1, people: 3 });
  });
});

describe('assessed level', () => {
  test('without an agreed level the assessed level is the computed level', () => {
    expect(scoreOf(metUpTo(model, 'change', 3)).assessedLevel).toBe(3);
  });

  test('an agreed level stands in for the computed level, higher or lower', () => {
    expect(scoreOf(metUpTo(model, 'change', 3), 4).assessedLevel).toBe(4);
    expect(scoreOf(metUpTo(model, 'change', 3), 2).assessedLevel).toBe(2);
  });

  test('an agreed level leaves the computed level as the answers give it', () => {
    expect(scoreOf(metUpTo(model, 'change', 3), 4).computedLevel).toBe(3);
  });
});

describe('progress to the next level', () => {
  test('is the share of the next level\'s criteria met, partial counting half', () => {
    expect(scoreOf({ ...metUpTo(model, 'change', 2), 'change.3.1': 'met', 'change.3.2': 'partial' }).progressToNext).toBe(0.75);
  });

  test('leaves criteria answered n/a out of the share', () => {
    expect(scoreOf({ ...metUpTo(model, 'change', 2), 'change.3.1': 'partial', 'change.3.2': 'n/a' }).progressToNext).toBe(0.5);
  });

  test('is measured from the computed level, not the agreed one', () => {
    expect(scoreOf({ ...metUpTo(model, 'change', 2), 'change.3.1': 'met' }, 4).progressToNext).toBe(0.5);
  });

  test('is null at the top level', () => {
    expect(scoreOf(metUpTo(model, 'change', 5)).progressToNext).toBeNull();
  });

  test('is null when the next level has no criteria', () => {
    const short = buildModel({ change: { criteria: { 2: ['process'], 3: [] } } });
    const score = scoreAssessment(short, assess(short, { change: { answers: { 'change.2.1': 'met' } } })).capabilities.change;
    expect(score.progressToNext).toBeNull();
  });

  test('keeps the raw fraction, unrounded', () => {
    const three = buildModel({ change: { criteria: { 2: ['process', 'process', 'process'] } } });
    const score = scoreAssessment(three, assess(three, { change: { answers: { 'change.2.1': 'met' } } })).capabilities.change;
    expect(score.progressToNext).toBe(1 / 3);
  });
});

describe('status', () => {
  const two = buildModel({ change: {}, release: {} });

  test('a capability with answers is assessed', () => {
    expect(scoreAssessment(two, assess(two, { change: { answers: { 'change.2.1': 'not-met' } } })).capabilities.change.status).toBe('assessed');
  });

  test('a capability with only an agreed level is assessed', () => {
    expect(scoreAssessment(two, assess(two, { change: { agreedLevel: 2 } })).capabilities.change.status).toBe('assessed');
  });

  test('a capability with no response is not assessed, at level 1 throughout', () => {
    expect(scoreAssessment(two, assess(two, {})).capabilities.change).toEqual({
      computedLevel: 1,
      assessedLevel: 1,
      effectiveLevel: 1,
      perspectiveLevels: { technology: 1, process: 1 },
      heldBackBy: [],
      progressToNext: 0,
      status: 'not-assessed'
    });
  });

  test('an empty response counts as not assessed', () => {
    expect(scoreAssessment(two, assess(two, { change: {} })).capabilities.change.status).toBe('not-assessed');
  });

  test('a not-applicable capability has no levels', () => {
    expect(scoreAssessment(two, assess(two, { change: { notApplicable: true, answers: metUpTo(two, 'change', 3) } })).capabilities.change).toEqual({
      computedLevel: null,
      assessedLevel: null,
      effectiveLevel: null,
      perspectiveLevels: {},
      heldBackBy: [],
      progressToNext: null,
      status: 'not-applicable'
    });
  });
});
