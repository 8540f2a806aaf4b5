import { readFileSync } from 'fs';
import { dirname } from 'path';
import { BAD_MODEL, hasStackTrace, nimm, TINY_ASSESSMENT, TINY_MODEL, writeTemp, writeTempJson } from './support';

const tinyAssessment = (): Record<string, unknown> => JSON.parse(readFileSync(TINY_ASSESSMENT, 'utf8'));

/** Every bad input ends the same way: exit 2, nothing on stdout, one line on stderr, no stack. */
function expectOneMessage(result: { code: number; stdout: string; stderr: string }, pattern: RegExp): void {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(pattern);
  expect(hasStackTrace(result.stderr)).toBe(false);
}

describe('bad input files', () => {
  it('a missing model file is named', () => {
    expectOneMessage(nimm('score', '/no/such/model.json', TINY_ASSESSMENT), /^nimm: cannot read \/no\/such\/model\.json: no such file$/);
  });

  it('a missing assessment file is named', () => {
    expectOneMessage(nimm('score', TINY_MODEL, '/no/such/assessment.json'), /cannot read \/no\/such\/assessment\.json: no such file/);
  });

  it('a folder in place of a file is named', () => {
    expectOneMessage(nimm('validate', dirname(TINY_MODEL)), /cannot read .*fixtures: it is a folder, not a file/);
  });

  it('a file that is not JSON gets the line and column of the mistake', () => {
    const path = writeTemp('broken.json', '{\n  "format": "nimm-model",\n  "key": oops\n}');
    expectOneMessage(nimm('validate', path), /broken\.json is not valid JSON: expected a value but found "o" \(line 3, column 10\)$/);
  });

  it('an empty file is not valid JSON', () => {
    expectOneMessage(nimm('validate', writeTemp('empty.json', '')), /empty\.json is not valid JSON/);
  });

  it('a JSON list is not a model', () => {
    expectOneMessage(nimm('validate', writeTempJson('list.json', [1, 2])), /list\.json is not a NIMM model file: it holds a list, not a JSON object$/);
  });

  it('JSON without a format is not a model', () => {
    expectOneMessage(nimm('validate', writeTempJson('other.json', { name: 'x' })), /other\.json is not a NIMM model file: it has no "format" field/);
  });

  it('a model given where the assessment belongs is named as such', () => {
    expectOneMessage(nimm('score', TINY_MODEL, TINY_MODEL), /tiny-model\.json is a NIMM model file, not an assessment file$/);
  });

  it('a later format version is refused with the version this tool reads', () => {
    const path = writeTempJson('v2.json', { ...JSON.parse(readFileSync(TINY_MODEL, 'utf8')), formatVersion: 2 });
    expectOneMessage(nimm('validate', path), /v2\.json uses nimm-model format version 2; this version of nimm reads version 1$/);
  });

  it('an invalid model in score says so and points at nimm validate', () => {
    expectOneMessage(
      nimm('score', BAD_MODEL, TINY_ASSESSMENT),
      /bad-model\.json is not a valid model \(\d+ problems, the first: .+\); run "nimm validate .*bad-model\.json" to see every problem$/
    );
  });

  it.each([['roadmap', '--profile', 'standard'], ['impact', '--capability', 'change', '--level', '2']])(
    'an invalid model in %s points at nimm validate',
    (command, ...options) => {
      expectOneMessage(nimm(command, BAD_MODEL, TINY_ASSESSMENT, ...options), /is not a valid model .*nimm validate/);
    }
  );

  it('an assessment made for another model is a mismatch', () => {
    const path = writeTempJson('other-model.json', { ...tinyAssessment(), model: { key: 'nhs-nimm', version: '2026.1' } });
    expectOneMessage(nimm('score', TINY_MODEL, path), /other-model\.json was made for model nhs-nimm 2026\.1, but .*tiny-model\.json is model tiny 1\.0$/);
  });

  it('an assessment made for another version of the same model is scored, with a warning', () => {
    const path = writeTempJson('old-version.json', { ...tinyAssessment(), model: { key: 'tiny', version: '0.9' } });
    const result = nimm('score', TINY_MODEL, path);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^warning: .*old-version\.json: \$\.model\.version: .*version '0\.9'/);
  });

  it('an assessment answering a criterion the model lacks is refused with the problem', () => {
    const assessment = tinyAssessment() as { responses: { answers: Record<string, string> }[] };
    assessment.responses[0].answers['configuration.9.9'] = 'met';
    const path = writeTempJson('extra-answer.json', assessment);
    expectOneMessage(
      nimm('score', TINY_MODEL, path),
      /extra-answer\.json is not a valid assessment for model tiny 1\.0 in .*tiny-model\.json \(1 problem: .*configuration\.9\.9.*\)$/
    );
  });

  it('an assessment with a bad answer value is refused', () => {
    const assessment = tinyAssessment() as { responses: { answers: Record<string, string> }[] };
    assessment.responses[0].answers['configuration.2.1'] = 'yes';
    expectOneMessage(nimm('score', TINY_MODEL, writeTempJson('bad-answer.json', assessment)), /bad-answer\.json is not a valid assessment/);
  });

  it('an assessment that is not JSON is named', () => {
    expectOneMessage(nimm('impact', TINY_MODEL, writeTemp('half.json', '{"format":'), '--capability', 'change', '--level', '2'), /half\.json is not valid JSON/);
  });
});
