import { getDefaultModel } from '../../src/nimm/defaultModel';
import { nimm } from './support';

describe('nimm help and command dispatch', () => {
  it.each([['help'], ['--help'], ['-h']])('"%s" prints usage to stdout and exits 0', (arg) => {
    const result = nimm(arg);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: nimm <command>/);
    for (const command of ['validate', 'score', 'roadmap', 'impact', 'default-model']) {
      expect(result.stdout).toContain(command);
    }
  });

  it('no command at all exits 2 with usage', () => {
    const result = nimm();
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^nimm: missing command\n\nUsage: nimm <command>/);
  });

  it('an unknown command exits 2 with usage', () => {
    const result = nimm('grade', 'model.json');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^nimm: unknown command "grade"\n\nUsage:/);
  });

  it('a missing argument exits 2 with usage', () => {
    const result = nimm('score', 'model.json');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^nimm: missing <assessment\.json>\n\nUsage:/);
  });

  it('an extra argument exits 2 with usage', () => {
    const result = nimm('validate', 'a.json', 'b.json');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^nimm: unexpected argument "b\.json"/);
  });

  it('an option a command does not take exits 2', () => {
    const result = nimm('validate', 'a.json', '--json');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^nimm: option "--json" does not apply to "validate"/);
  });

  it('default-model prints the default model as JSON', () => {
    const result = nimm('default-model');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(getDefaultModel());
  });
});
