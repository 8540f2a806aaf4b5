import { validateAssessment } from '../../src/nimm';
import { assess, buildModel, clone } from './fixtures';

const model = buildModel({ change: {}, release: { deps: [[3, 'change', 3]] } });

function valid() {
  return assess(model, { change: { answers: { 'change.2.1': 'met', 'change.2.2': 'partial' } }, release: { agreedLevel: 2 } });
}

describe('validateAssessment', () => {
  test('a well-formed assessment for the model is valid', () => {
    const result = validateAssessment(valid(), model);
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([]);
  });

  test('without a model only the shape is checked', () => {
    const input = clone(valid());
    input.responses[0].capability = 'not-in-any-model';
    expect(validateAssessment(input).ok).toBe(true);
  });

  test('response fields left out take their defaults', () => {
    const input = { ...clone(valid()), responses: [{ capability: 'change' }] };
    const result = validateAssessment(input, model);
    expect(result.ok && result.value.responses[0]).toEqual({ capability: 'change', notApplicable: false, agreedLevel: null, rationale: '', answers: {} });
  });

  test('an answer other than met, partial, not-met or n/a is a problem', () => {
    const input = clone(valid()) as unknown as { responses: Array<{ answers: Record<string, string> }> };
    input.responses[0].answers['change.2.1'] = 'yes';
    expect(validateAssessment(input, model).problems).toEqual([
      {
        path: '$.responses[0].answers["change.2.1"]',
        message: "Response for 'change': the answer to 'change.2.1' must be one of 'met', 'partial', 'not-met' or 'n/a', not 'yes'."
      }
    ]);
  });

  test('a date that is not a real day is a problem', () => {
    const input = { ...clone(valid()), date: '2026-02-30' };
    expect(validateAssessment(input, model).problems).toEqual([{ path: '$.date', message: "'date' must be a real calendar date." }]);
  });

  test('two responses for one capability are a problem', () => {
    const input = clone(valid());
    input.responses.push({ ...input.responses[0] });
    expect(validateAssessment(input, model).problems).toEqual([
      { path: '$.responses[2].capability', message: "There is more than one response for capability 'change' (the first is at $.responses[0])." }
    ]);
  });

  test('a response for a capability the model lacks is a problem', () => {
    const input = clone(valid());
    input.responses[0].capability = 'chnge';
    input.responses[0].answers = {};
    expect(validateAssessment(input, model).problems).toEqual([
      { path: '$.responses[0].capability', message: "Response for 'chnge' is for a capability that is not in model 'test-model'." }
    ]);
  });

  test('an answer to a criterion the model lacks is a problem', () => {
    const input = clone(valid());
    input.responses[0].answers['change.9.1'] = 'met';
    expect(validateAssessment(input, model).problems).toEqual([
      { path: '$.responses[0].answers["change.9.1"]', message: "Response for 'change' answers criterion 'change.9.1', which is not in model 'test-model'." }
    ]);
  });

  test('an answer to another capability\'s criterion is a problem', () => {
    const input = clone(valid());
    input.responses[0].answers['release.2.1'] = 'met';
    expect(validateAssessment(input, model).problems).toEqual([
      { path: '$.responses[0].answers["release.2.1"]', message: "Response for 'change' answers criterion 'release.2.1', which belongs to capability 'release'." }
    ]);
  });

  test('an agreed level above the model top is a problem', () => {
    const input = clone(valid());
    input.responses[1].agreedLevel = 6;
    expect(validateAssessment(input, model).problems).toEqual([
      { path: '$.responses[1].agreedLevel', message: "Response for 'release' records an agreed level of 6, but the model's highest level is 5." }
    ]);
  });

  test('an agreed level below 1 is a problem', () => {
    const input = clone(valid());
    input.responses[1].agreedLevel = 0;
    expect(validateAssessment(input, model).problems.map((p) => p.path)).toEqual(['$.responses[1].agreedLevel']);
  });

  test('an assessment made for another model is a problem', () => {
    const input = clone(valid());
    input.model.key = 'other-model';
    expect(validateAssessment(input, model).problems).toEqual([
      { path: '$.model.key', message: "This assessment was made for model 'other-model', but the model given is 'test-model'." }
    ]);
  });

  test('an assessment made for another version of the model is only a warning', () => {
    const input = clone(valid());
    input.model.version = '0.9';
    const result = validateAssessment(input, model);
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([
      {
        path: '$.model.version',
        message: "This assessment was made for version '0.9' of model 'test-model', but the model given is version '1'; levels are worked out with the model given."
      }
    ]);
  });

  test('an agreed level on a not-applicable response is a warning', () => {
    const input = clone(valid());
    input.responses[1].notApplicable = true;
    expect(validateAssessment(input, model).warnings.map((w) => w.path)).toEqual(['$.responses[1].agreedLevel']);
  });

  test('shape problems in one response do not hide model problems in another', () => {
    const input = clone(valid()) as unknown as { responses: Array<Record<string, unknown>> };
    input.responses[0].notApplicable = 'no';
    input.responses[1].capability = 'relese';
    expect(validateAssessment(input, model).problems.map((p) => p.path)).toEqual(['$.responses[0].notApplicable', '$.responses[1].capability']);
  });

  test.each([null, 'text', [], {}, { responses: 'many' }, { responses: [null, 4, { answers: [] }] }])(
    'input %p gives problems, never an exception',
    (input) => {
      const result = validateAssessment(input, model);
      expect(result.ok).toBe(false);
      expect(result.problems.length).toBeGreaterThan(0);
    }
  );
});
