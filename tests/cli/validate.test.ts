import { BAD_MODEL, defaultModelFile, hasStackTrace, nimm, TINY_ASSESSMENT, TINY_MODEL } from './support';

describe('nimm validate', () => {
  it('summarises a valid model in one line and exits 0', () => {
    const result = nimm('validate', TINY_MODEL);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      'Valid model tiny 1.0: 5 capabilities, 1 category, 3 levels, 2 perspectives, 20 criteria, 2 dependencies, 1 profile.'
    );
  });

  it('accepts the default NHS model', () => {
    const result = nimm('validate', defaultModelFile());
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Valid model nhs-nimm \S+: \d+ capabilities, 13 categories, 5 levels, 5 perspectives, /);
    expect(result.stdout.split('\n')).toHaveLength(1);
  });

  it('lists every problem of an invalid model, one "path: message" per line, and exits 1', () => {
    const result = nimm('validate', BAD_MODEL);
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(5);
    for (const line of lines) {
      expect(line).toMatch(/^\S+: \S.*/);
    }
    expect(result.stderr).toMatch(/bad-model\.json is not a valid model: \d+ problems\./);
  });

  it('names each kind of mistake in the example bad model', () => {
    const { stdout } = nimm('validate', BAD_MODEL);
    for (const word of ['change-management', 'service-management', 'technology', 'testing', 'service-desk']) {
      expect(stdout).toContain(word);
    }
  });

  it('refuses an assessment file given as a model, with exit 2 and one message', () => {
    const result = nimm('validate', TINY_ASSESSMENT);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`nimm: ${TINY_ASSESSMENT} is a NIMM assessment file, not a model file`);
    expect(hasStackTrace(result.stderr)).toBe(false);
  });
});
