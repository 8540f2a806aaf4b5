/** The dashboard's headline: the organisation's level and score, the rule, coverage and the foundation capabilities. */
import { dashboardHeadline, scoreAssessment } from '../../../src/nimm';
import { assess } from '../fixtures';
import { smallAssessment, smallModel } from './smallModel';

const model = smallModel();
const assessment = smallAssessment(model);

describe('the headline', () => {
  const headline = dashboardHeadline(model, assessment);

  test('the level is the lowest and the score the mean effective level of the assessed capabilities, as scoring gives them', () => {
    expect(headline).toMatchObject({ level: 1, levelName: 'Basic', score: 2.25 });
    expect(scoreAssessment(model, assessment).overall).toEqual({ level: headline.level, score: headline.score });
  });

  test('the rule is one sentence with the figures in it, the score to two places', () => {
    expect(headline.rule).toBe('The organisation is at level 1 (Basic), the lowest level among the 4 capabilities assessed, and scores 2.25, the average of their levels.');
  });

  test('it counts the capabilities assessed, not assessed and not applicable, and says what is left out', () => {
    expect(headline.counts).toEqual({ capabilities: 5, assessed: 4, notAssessed: 0, notApplicable: 1 });
    expect(headline.coverage).toBe('4 of 5 capabilities are assessed; the 1 not applicable is left out of the level and score.');
  });

  test('the foundation capabilities show their effective levels and what holds them back', () => {
    expect(headline.foundation.capabilities.map((c) => [c.capability, c.assessedLevel, c.effectiveLevel, c.effectiveLevelName, c.heldBack])).toEqual([
      ['change', 3, 2, 'Controlled', true],
      ['incident', 4, 4, 'Optimised', false]
    ]);
    expect(headline.foundation.capabilities[0].holdBacks.map((h) => [h.capability, h.name, h.needsLevel, h.currentLevel])).toEqual([['config', 'Config', 2, 1]]);
  });

  test('the foundation capabilities have their own roll-up and a sentence', () => {
    expect(headline.foundation).toMatchObject({ level: 2, score: 3 });
    expect(headline.foundation.sentence).toBe('2 of 2 foundation capabilities are assessed; the lowest is at level 2 (Controlled). Change is held back by a dependency.');
  });

  test('progress figures come from the responses, with their workflow status when the screen has it', () => {
    expect(headline.progress).toMatchObject({ capabilities: 5, complete: 1 });
    const stored = assessment.responses.map((r) => ({ ...r, status: r.notApplicable ? ('not-applicable' as const) : ('agreed' as const) }));
    expect(dashboardHeadline(model, assessment, { responses: stored }).progress).toMatchObject({ complete: 5, percentComplete: 100 });
  });

  test('a profile scope the model lacks is reported and progress falls back to the whole model', () => {
    const scoped = dashboardHeadline(model, assessment, { scope: { kind: 'profile', profile: 'nowhere' } });
    expect(scoped.progress.capabilities).toBe(5);
    expect(scoped.issues.map((i) => i.message)).toEqual(["There is no profile 'nowhere' in model 'test-model'. Progress is shown over the whole model instead."]);
  });

  test('a report passed in is used as it is', () => {
    const report = scoreAssessment(model, assessment);
    report.overall = { level: 3, score: 3 };
    expect(dashboardHeadline(model, assessment, { report })).toMatchObject({ level: 3, score: 3 });
  });
});

describe('a headline with little to show', () => {
  test('with nothing assessed there is no level or score, and the rule says so', () => {
    const headline = dashboardHeadline(model, assess(model));
    expect(headline).toMatchObject({ level: null, levelName: null, score: null });
    expect(headline.rule).toBe('No capability has been assessed yet, so the organisation has no level and no score.');
    expect(headline.coverage).toBe('0 of 5 capabilities are assessed; the 5 not assessed are left out of the level and score.');
    expect(headline.foundation).toMatchObject({ level: null, score: null, sentence: '0 of 2 foundation capabilities are assessed.' });
  });

  test('with one capability assessed the rule says both figures are its level', () => {
    const headline = dashboardHeadline(model, assess(model, { incident: { agreedLevel: 3 } }));
    expect(headline.rule).toBe('The organisation is at level 3 (Standardised) and scores 3.00: both are the level of the only capability assessed so far.');
  });

  test('an assessment made for another model version, with answers the model no longer has, is reported, not thrown', () => {
    const older = smallAssessment(model);
    older.model.version = '0.9';
    older.responses[0].answers['config.2.9'] = 'met';
    older.responses.push({ capability: 'retired', notApplicable: false, agreedLevel: 2, rationale: '', answers: {} });
    const headline = dashboardHeadline(model, older);
    expect(headline.level).toBe(1);
    expect(headline.issues.map((i) => i.message)).toEqual([
      "The assessment 'Test assessment' was made for version 0.9 of the model and is shown against version 1: answers to criteria the model no longer has are ignored.",
      "1 answer for 'config' is to criteria this capability does not have in model version 1 (config.2.9); it is ignored.",
      "The assessment has a response for 'retired', which is not in model 'test-model' version 1; it is left out."
    ]);
  });

  test('a model without foundation capabilities says so', () => {
    const plain = smallModel();
    plain.capabilities.forEach((c) => {
      c.foundation = false;
    });
    expect(dashboardHeadline(plain, smallAssessment(plain)).foundation).toEqual({
      level: null,
      score: null,
      capabilities: [],
      sentence: 'The model marks no capability as a foundation capability.'
    });
  });
});
