import { nimm, TINY_ASSESSMENT, TINY_MODEL } from './support';

describe('nimm score', () => {
  it('prints a table with levels by name and exits 0', () => {
    const result = nimm('score', TINY_MODEL, TINY_ASSESSMENT);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Assessment  Tiny trust');
    expect(result.stdout).toMatch(/Overall +level 1 Basic, score 1\.67/);
    expect(result.stdout).toMatch(/^Operations +1 Basic +1\.67 +3 of 5$/m);
  });

  it('shows a capability held back by its dependency at its effective level', () => {
    const { stdout } = nimm('score', TINY_MODEL, TINY_ASSESSMENT);
    expect(stdout).toMatch(/^Change management +2 Controlled +3 +3 +- +configuration$/m);
    expect(stdout).toMatch(/^Configuration management +1 Basic +1 +1 +75%$/m);
  });

  it('marks a not-applicable capability and counts it apart', () => {
    const { stdout } = nimm('score', TINY_MODEL, TINY_ASSESSMENT);
    expect(stdout).toMatch(/^File and print +not applicable$/m);
    expect(stdout).toContain('3 capabilities counted; 1 not applicable and 1 not assessed are not counted');
  });

  it('shows each perspective level of an assessed capability', () => {
    const { stdout } = nimm('score', TINY_MODEL, TINY_ASSESSMENT);
    expect(stdout).toMatch(/^Capability +process +people$/m);
    expect(stdout).toMatch(/^Configuration management +2 +1$/m);
  });

  it('shows profile readiness', () => {
    const { stdout } = nimm('score', TINY_MODEL, TINY_ASSESSMENT);
    expect(stdout).toMatch(/^standard +Standard everywhere +target +no +0% +3 of 3$/m);
  });

  it('prints the domain report as JSON with --json', () => {
    const result = nimm('score', TINY_MODEL, TINY_ASSESSMENT, '--json');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report).sort()).toEqual(['capabilities', 'categories', 'overall', 'profiles']);
    expect(report.capabilities.change).toEqual({
      computedLevel: 3,
      assessedLevel: 3,
      effectiveLevel: 2,
      perspectiveLevels: { process: 3, people: 3 },
      heldBackBy: ['configuration'],
      progressToNext: null,
      status: 'assessed'
    });
    expect(report.capabilities.monitoring.status).toBe('not-assessed');
    expect(report.capabilities.printing.status).toBe('not-applicable');
    expect(report.categories.operations.level).toBe(1);
    expect(report.overall.level).toBe(1);
    expect(report.profiles.standard).toMatchObject({ met: false, readiness: 0 });
    expect(report.profiles.standard.gaps[0]).toEqual(
      expect.objectContaining({ capability: expect.any(String), target: 3, effectiveLevel: expect.any(Number), gap: expect.any(Number) })
    );
  });
});
