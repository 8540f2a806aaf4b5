import { keyProblem, suggestKey, validateModel, Model } from '../../src/nimm';
import { buildModel, clone } from './fixtures';

describe('keys', () => {
  test('a key with a double separator is explained with the whole rule and the corrected key', () => {
    expect(keyProblem('build-and-deployment--build')).toBe(
      'must be lower-case letters and digits in words joined by single "-" or "." ' +
        '(no spaces, no separator at the start or end, and never two together), for example "build-and-deployment-build"'
    );
  });

  test('valid keys have no problem', () => {
    for (const key of ['change-management', 'change-management.2.1', 'a', '3']) expect(keyProblem(key)).toBeNull();
  });

  test('the suggestion lowers case, joins words and trims separators', () => {
    expect(suggestKey('Change Management')).toBe('change-management');
    expect(suggestKey('-service-desk-')).toBe('service-desk');
    expect(suggestKey('ops..2')).toBe('ops.2');
    expect(suggestKey('EPR / go-live')).toBe('epr-go-live');
  });

  test('nothing is suggested when nothing usable is left', () => {
    expect(keyProblem('---')).toBe('must be lower-case letters and digits in words joined by single "-" or "." (no spaces, no separator at the start or end, and never two together)');
  });

  test('validation reports a bad capability key with its suggestion at its path', () => {
    const model = clone(buildModel({ configuration: { foundation: true } }, {})) as Model;
    model.capabilities[0].key = 'config--management';
    const problems = validateModel(model).problems;
    expect(problems).toContainEqual({
      path: '$.capabilities[0].key',
      message: `Capability 'config--management': 'key' must be lower-case letters and digits in words joined by single "-" or "." (no spaces, no separator at the start or end, and never two together), for example "config-management".`
    });
  });
});
