/** One real process start, to prove bin/nimm.js runs the TypeScript sources with no build step. */
import { spawnSync } from 'child_process';
import { join } from 'path';
import { defaultModelFile } from './support';

const ROOT = join(__dirname, '..', '..');

describe('bin/nimm.js', () => {
  it('validates the default model from a real process', () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'nimm.js'), 'validate', defaultModelFile()], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60000
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Valid model nhs-nimm \S+: \d+ capabilities, 13 categories, /);
  }, 60000);
});
