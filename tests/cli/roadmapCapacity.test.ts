/** `nimm roadmap --capacity <C> --efforts <file>`: rule 10 at the command line, and every way its input can be wrong. */
import { defaultModelFile, hasStackTrace, nimm, SAMPLE_ASSESSMENT, TINY_ASSESSMENT, TINY_MODEL, writeTemp, writeTempJson } from './support';

interface Phase {
  phase: number;
  steps: Array<{ capability: string; level: number }>;
  projectedLevels: Record<string, number>;
  effort: number;
}

const stepsOf = (phases: Phase[]): string[][] => phases.map((p) => p.steps.map((s) => `${s.capability}:${s.level}`));

/** Every bad input ends the same way: exit 2, nothing on stdout, one line on stderr, no stack. */
function expectOneMessage(result: { code: number; stdout: string; stderr: string }, message: string | RegExp): void {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.split('\n')).toHaveLength(1);
  if (typeof message === 'string') {
    expect(result.stderr).toBe(message);
  } else {
    expect(result.stderr).toMatch(message);
  }
  expect(hasStackTrace(result.stderr)).toBe(false);
}

describe('nimm roadmap with a capacity', () => {
  let model: string;
  beforeAll(() => {
    model = defaultModelFile();
  });
  const roadmap = (...options: string[]): ReturnType<typeof nimm> =>
    nimm('roadmap', model, SAMPLE_ASSESSMENT, '--profile', 'foundation-first', ...options);

  it('reports each phase effort in JSON, with or without a capacity', () => {
    const unlimited = JSON.parse(roadmap('--json').stdout);
    expect(Object.keys(unlimited).sort()).toEqual(['phases', 'profile', 'unreachable']);
    expect(Object.keys(unlimited.phases[0])).toEqual(['phase', 'steps', 'projectedLevels', 'effort']);
    expect(unlimited.phases.map((p: Phase) => p.effort)).toEqual([3, 1]);

    const result = roadmap('--capacity', '2', '--json');
    expect(result.code).toBe(0);
    const limited: { phases: Phase[] } = JSON.parse(result.stdout);
    expect(stepsOf(limited.phases)).toEqual([
      ['identity-management:3', 'testing:2'],
      ['release-management:3', 'configuration-management:2']
    ]);
    expect(limited.phases.map((p) => p.effort)).toEqual([2, 2]);
    expect(limited.phases[0].projectedLevels['identity-management']).toBe(3);
    expect(limited.phases[1].projectedLevels['change-management']).toBe(3);
  });

  it('shows the capacity and each phase effort as text', () => {
    const { code, stdout } = roadmap('--capacity', '2');
    expect(code).toBe(0);
    expect(stdout).toContain('4 steps in 2 phases. Steps in one phase can run side by side.\nTotal effort 4.\n');
    expect(stdout).toContain("Capacity 2 per phase: a phase's efforts add up to 2 or less, unless one step needs more on its own.");
    expect(stdout).toContain('Each step counts as effort 1');
    expect(stdout).toMatch(/^Phase 1 \(effort 2 of 2\)$/m);
    expect(stdout).toMatch(/^Phase 2 \(effort 2 of 2\)$/m);
    expect(stdout).toMatch(/^Capability +Now +Phase 1 +Phase 2 +Target$/m);
  });

  it('shows each phase effort without a capacity too', () => {
    const { stdout } = roadmap();
    expect(stdout).toMatch(/^Phase 1 \(effort 3\)$/m);
    expect(stdout).not.toContain('Capacity');
    expect(stdout).not.toContain('Total effort');
  });

  it('reads efforts from a file: named steps take their effort, others count 1', () => {
    const efforts = writeTempJson('efforts.json', { 'identity-management:3': 3, 'testing:2': 0.5, 'configuration-management:2': 0 });
    const result = roadmap('--capacity', '2', '--efforts', efforts, '--json');
    expect(result.code).toBe(0);
    const report: { phases: Phase[] } = JSON.parse(result.stdout);
    // Identity management is bigger than the capacity, so it has phase 1 to itself, apart from
    // configuration management, whose effort of 0 always fits.
    expect(stepsOf(report.phases)).toEqual([['identity-management:3', 'configuration-management:2'], ['testing:2'], ['release-management:3']]);
    expect(report.phases.map((p) => p.effort)).toEqual([3, 0.5, 1]);

    const text = roadmap('--capacity', '2', '--efforts', efforts).stdout;
    expect(text).toContain('4 steps in 3 phases. Steps in one phase can run side by side.\nTotal effort 4.5.\n');
    expect(text).toMatch(/^Phase 1 \(effort 3 of 2\)$/m);
    expect(text).toMatch(/^ +#  Capability +Key +Raise to +Effort$/m);
    expect(text).toMatch(/^ +3 +Testing +testing +2 Controlled +0\.5$/m);
    expect(text).not.toContain('Each step counts as effort 1');
  });

  it('takes efforts without a capacity: the phases are as before, with their efforts', () => {
    const efforts = writeTempJson('efforts-only.json', { 'release-management:3': 2.5 });
    const report: { phases: Phase[] } = JSON.parse(roadmap('--efforts', efforts, '--json').stdout);
    expect(report.phases.map((p) => p.steps.length)).toEqual([3, 1]);
    expect(report.phases.map((p) => p.effort)).toEqual([3, 2.5]);
  });

  it('accepts a capacity with decimals', () => {
    const report: { phases: Phase[] } = JSON.parse(roadmap('--capacity=1.5', '--json').stdout);
    expect(report.phases.map((p) => p.effort)).toEqual([1, 1, 1, 1]);
  });
});

describe('nimm roadmap: bad capacity and efforts', () => {
  const roadmap = (...options: string[]): ReturnType<typeof nimm> =>
    nimm('roadmap', TINY_MODEL, TINY_ASSESSMENT, '--profile', 'standard', ...options);

  it.each(['0', '-1', 'two', '1e3', 'Infinity', '0x10', '5.', '00'])('refuses a capacity of "%s"', (capacity) => {
    expectOneMessage(roadmap('--capacity', capacity), `nimm: --capacity must be a number above 0 (the most effort one phase may hold), not "${capacity}"`);
  });

  it('needs a value for --capacity and --efforts', () => {
    expect(roadmap('--capacity').stderr).toMatch(/^nimm: option "--capacity" needs a value/);
    expect(roadmap('--efforts').stderr).toMatch(/^nimm: option "--efforts" needs a value/);
  });

  it('--capacity and --efforts are for roadmap only', () => {
    const result = nimm('score', TINY_MODEL, TINY_ASSESSMENT, '--capacity', '2');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^nimm: option "--capacity" does not apply to "score"/);
  });

  it('names an efforts file that cannot be read', () => {
    expectOneMessage(roadmap('--efforts', '/no/such/efforts.json'), 'nimm: cannot read /no/such/efforts.json: no such file');
  });

  it('names an efforts file that is not JSON, with the place of the mistake', () => {
    const path = writeTemp('broken-efforts.json', '{ "configuration:2": 2, }');
    expectOneMessage(roadmap('--efforts', path), /broken-efforts\.json is not valid JSON: .*\(line 1, column \d+\)$/);
  });

  it.each([
    [[1, 2], 'a list'],
    [3, 'a number'],
    ['configuration:2', 'a string'],
    [null, 'null']
  ])('refuses an efforts file holding %j', (content, kind) => {
    const path = writeTempJson('not-object.json', content);
    expectOneMessage(
      roadmap('--efforts', path),
      `nimm: ${path} is not an efforts file: it holds ${kind}, not a JSON object of efforts by "capability:level" (for example {"change-management:3": 2})`
    );
  });

  it.each(['configuration', 'configuration:', ':2', 'configuration:two', 'configuration:2.5', 'configuration-2'])(
    'refuses the key "%s", which is not capability:level',
    (key) => {
      const path = writeTempJson('bad-key.json', { [key]: 1 });
      expectOneMessage(roadmap('--efforts', path), `nimm: ${path}: "${key}" is not a step: keys must be "capability:level", for example "change-management:3"`);
    }
  );

  it('refuses a key naming a capability the model does not have', () => {
    const path = writeTempJson('unknown-capability.json', { 'configuration:2': 1, 'backup:2': 1 });
    expectOneMessage(roadmap('--efforts', path), `nimm: ${path}: "backup:2" names capability "backup", which is not in ${TINY_MODEL}`);
  });

  it.each(['1', '4', '0'])('refuses a key for level %s, which no step reaches in a three-level model', (level) => {
    const path = writeTempJson('bad-level.json', { [`configuration:${level}`]: 1 });
    expectOneMessage(
      roadmap('--efforts', path),
      `nimm: ${path}: "configuration:${level}" names level ${level}, but a step raises a capability to a level from 2 to 3 (the levels of ${TINY_MODEL})`
    );
  });

  it.each([
    [-1, 'effort -1'],
    ['2', 'effort "2", which is text, not a number'],
    [null, 'effort null'],
    [true, 'effort true'],
    [[2], 'a list as its effort'],
    [{ days: 2 }, 'a JSON object as its effort']
  ])('refuses an effort of %j, naming the key', (effort, described) => {
    const path = writeTempJson('bad-effort.json', { 'configuration:2': 1, 'change:3': effort });
    expectOneMessage(roadmap('--efforts', path), `nimm: ${path}: "change:3" has ${described}; an effort must be a number of 0 or more`);
  });

  it('refuses an effort too large for a number', () => {
    const path = writeTemp('huge-effort.json', '{ "configuration:2": 1e999 }');
    expectOneMessage(roadmap('--efforts', path), `nimm: ${path}: "configuration:2" has an effort too large to use; an effort must be a number of 0 or more`);
  });

  it('lists --capacity and --efforts in the usage', () => {
    const { stdout } = nimm('help');
    expect(stdout).toContain('roadmap <model.json> <assessment.json> --profile <key> [--capacity <C>] [--efforts <file>]');
    expect(stdout).toMatch(/^ {2}--capacity +The most effort one phase of a roadmap may hold/m);
    expect(stdout).toMatch(/^ {2}--efforts +A JSON file of each step's effort/m);
  });
});
