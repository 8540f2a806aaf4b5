/** A bug in the engine must still reach the user as one sentence, not a stack trace. */
import { hasStackTrace, nimm, TINY_ASSESSMENT, TINY_MODEL } from './support';

jest.mock('../../src/nimm', () => ({
  ...jest.requireActual('../../src/nimm'),
  scoreAssessment: () => {
    throw new TypeError("Cannot read properties of undefined (reading 'level')");
  }
}));

describe('an unexpected failure inside nimm', () => {
  it('exits 3 with one line that calls it a bug', () => {
    const result = nimm('score', TINY_MODEL, TINY_ASSESSMENT);
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      "nimm: internal error: Cannot read properties of undefined (reading 'level') (this is a bug in nimm; please report it with the command you ran)"
    );
    expect(hasStackTrace(result.stderr)).toBe(false);
  });
});
