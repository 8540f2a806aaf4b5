/** The shipped examples (docs/examples) work against the default model, as docs/cli.md shows. */
import { readFileSync } from 'fs';
import { defaultModelFile, nimm, SAMPLE_ASSESSMENT } from './support';

describe('the sample assessment against the default model', () => {
  let model: string;
  beforeAll(() => {
    model = defaultModelFile();
  });

  it('is a hand-written assessment of about twenty capabilities with a mix of answers', () => {
    const sample = JSON.parse(readFileSync(SAMPLE_ASSESSMENT, 'utf8'));
    expect(sample.format).toBe('nimm-assessment');
    expect(sample.responses.length).toBeGreaterThanOrEqual(18);
    expect(sample.responses.filter((r: { notApplicable: boolean }) => r.notApplicable)).toHaveLength(2);
    expect(sample.responses.filter((r: { agreedLevel: number | null }) => r.agreedLevel !== null)).toHaveLength(1);
    const answers = new Set(sample.responses.flatMap((r: { answers: Record<string, string> }) => Object.values(r.answers)));
    expect([...answers].sort()).toEqual(['met', 'n/a', 'not-met', 'partial']);
  });

  it('scores', () => {
    const result = nimm('score', model, SAMPLE_ASSESSMENT);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Kestrel Vale NHS Foundation Trust');
  });

  it('scores as JSON with every capability of the model', () => {
    const report = JSON.parse(nimm('score', model, SAMPLE_ASSESSMENT, '--json').stdout);
    const modelJson = JSON.parse(readFileSync(model, 'utf8'));
    expect(Object.keys(report.capabilities)).toHaveLength(modelJson.capabilities.length);
  });

  it('plans a roadmap to every profile of the default model', () => {
    const modelJson = JSON.parse(readFileSync(model, 'utf8'));
    expect(modelJson.profiles.length).toBeGreaterThan(0);
    for (const profile of modelJson.profiles) {
      const result = nimm('roadmap', model, SAMPLE_ASSESSMENT, '--profile', profile.key);
      expect({ profile: profile.key, code: result.code, stderr: result.stderr }).toEqual({ profile: profile.key, code: 0, stderr: '' });
    }
  });

  it('tells the story docs/examples/README.md tells', () => {
    const { capabilities } = JSON.parse(nimm('score', model, SAMPLE_ASSESSMENT, '--json').stdout);
    expect(capabilities['configuration-management'].effectiveLevel).toBe(1);
    for (const key of ['change-management', 'service-monitoring', 'patch-management']) {
      expect({ key, ...capabilities[key] }).toMatchObject({ key, assessedLevel: 3, effectiveLevel: 2, heldBackBy: ['configuration-management'] });
    }
    expect(capabilities['directory-services']).toMatchObject({ computedLevel: 4, effectiveLevel: 3, heldBackBy: ['change-management'] });
    expect(capabilities['service-desk']).toMatchObject({ computedLevel: 2, assessedLevel: 3 });
    expect(capabilities['supplier-management'].heldBackBy).toEqual(['procurement-strategy']);
    expect(capabilities['power-cooling']).toMatchObject({ status: 'not-applicable' });
  });

  it('shows directory services as a secondary effect of raising configuration management', () => {
    const report = JSON.parse(
      nimm('impact', model, SAMPLE_ASSESSMENT, '--capability', 'configuration-management', '--level', '3', '--json').stdout
    );
    expect(report.primary.map((c: { capability: string }) => c.capability)).toContain('change-management');
    expect(report.secondary).toContainEqual({ capability: 'directory-services', before: 3, after: 4 });
  });

  it('analyses the impact of a change', () => {
    const result = nimm('impact', model, SAMPLE_ASSESSMENT, '--capability', 'configuration-management', '--level', '3');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Impact of raising Configuration management');
  });
});
