import { hasStackTrace, nimm, TINY_ASSESSMENT, TINY_MODEL } from './support';

describe('nimm roadmap', () => {
  it('prints the steps phase by phase, in dependency order', () => {
    const result = nimm('roadmap', TINY_MODEL, TINY_ASSESSMENT, '--profile', 'standard');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Roadmap to "Standard everywhere" (standard)');
    expect(result.stdout).toContain('2 steps in 2 phases.');
    const phase1 = result.stdout.indexOf('Phase 1');
    const phase2 = result.stdout.indexOf('Phase 2');
    expect(phase1).toBeGreaterThan(-1);
    expect(phase2).toBeGreaterThan(phase1);
    expect(result.stdout.slice(phase1, phase2)).toMatch(/1 +Configuration management +configuration +2 Controlled/);
    expect(result.stdout.slice(phase2)).toMatch(/2 +Configuration management +configuration +3 Standardised/);
  });

  it('projects effective levels after each phase against the target', () => {
    const { stdout } = nimm('roadmap', TINY_MODEL, TINY_ASSESSMENT, '--profile', 'standard');
    expect(stdout).toMatch(/^Capability +Now +Phase 1 +Phase 2 +Target$/m);
    expect(stdout).toMatch(/^Change management +2 +3 +3 +3$/m);
  });

  it('prints the domain report as JSON with --json', () => {
    const result = nimm('roadmap', TINY_MODEL, TINY_ASSESSMENT, '--profile=standard', '--json');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report).sort()).toEqual(['phases', 'profile', 'unreachable']);
    expect(report.profile).toBe('standard');
    const steps = report.phases.flatMap((p: { steps: unknown[] }) => p.steps);
    expect(steps).toEqual([
      { capability: 'configuration', level: 2 },
      { capability: 'configuration', level: 3 }
    ]);
    expect(report.unreachable).toEqual([]);
  });

  it('names the file and lists the profiles when the profile is unknown', () => {
    const result = nimm('roadmap', TINY_MODEL, TINY_ASSESSMENT, '--profile', 'gold');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`nimm: ${TINY_MODEL} has no profile "gold"; its profiles are: standard`);
    expect(hasStackTrace(result.stderr)).toBe(false);
  });

  it('shows usage when --profile is missing', () => {
    const result = nimm('roadmap', TINY_MODEL, TINY_ASSESSMENT);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^nimm: missing option "--profile"/);
    expect(result.stderr).toContain('Usage: nimm <command>');
  });
});
