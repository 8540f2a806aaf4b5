import { hasStackTrace, nimm, TINY_ASSESSMENT, TINY_MODEL } from './support';

const args = (...extra: string[]): string[] => ['impact', TINY_MODEL, TINY_ASSESSMENT, ...extra];

describe('nimm impact', () => {
  it('lists direct dependants as primary effects and the knock-on changes as secondary', () => {
    const result = nimm(...args('--capability', 'configuration', '--level', '2'));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Impact of raising Configuration management (configuration) from 1 Basic to 2 Controlled');
    const primary = result.stdout.indexOf('Primary effects');
    const secondary = result.stdout.indexOf('Secondary effects');
    expect(result.stdout.slice(primary, secondary)).toMatch(/Change management +2 Controlled +3 Standardised/);
    expect(result.stdout.slice(secondary)).toMatch(/Release management +2 Controlled +3 Standardised/);
  });

  it('shows profiles whose readiness changes, before and after', () => {
    const { stdout } = nimm(...args('--capability', 'configuration', '--level', '2'));
    expect(stdout).toMatch(/^Standard everywhere +no +no +0% +67%$/m);
  });

  it('prints the domain report as JSON with --json', () => {
    const result = nimm(...args('--capability', 'configuration', '--level', '2', '--json'));
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ capability: 'configuration', from: 1, to: 2 });
    expect(report.primary).toEqual([{ capability: 'change', before: 2, after: 3 }]);
    expect(report.secondary).toEqual([{ capability: 'release', before: 2, after: 3 }]);
    expect(report.profiles).toHaveLength(1);
    expect(report.profiles[0]).toMatchObject({ profile: 'standard', before: { met: false, readiness: 0 }, after: { met: false } });
  });

  it.each([['0'], ['4'], ['two'], ['2.5']])('refuses --level %s with the allowed range', (level) => {
    const result = nimm(...args('--capability', 'configuration', '--level', level));
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `nimm: --level must be a whole number from 1 to 3 (the levels of ${TINY_MODEL}), not "${level}"`
    );
  });

  it('refuses an unknown capability, naming the model file', () => {
    const result = nimm(...args('--capability', 'teleportation', '--level', '2'));
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`nimm: ${TINY_MODEL} has no capability "teleportation"`);
    expect(hasStackTrace(result.stderr)).toBe(false);
  });

  it('shows usage when --level is missing', () => {
    const result = nimm(...args('--capability', 'configuration'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^nimm: missing option "--level"/);
  });
});
