/** Helpers for the CLI tests: run `nimm` in-process and capture what it prints. */
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { run } from '../../tools/cli/run';
import { getDefaultModel } from '../../src/nimm/defaultModel';

/** What one `nimm` run printed and returned. */
export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `nimm ...argv` in-process. */
export function nimm(...argv: string[]): CliResult {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(argv, { out: (text) => out.push(text), err: (text) => err.push(text) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

export const FIXTURES = join(__dirname, 'fixtures');
export const TINY_MODEL = join(FIXTURES, 'tiny-model.json');
export const TINY_ASSESSMENT = join(FIXTURES, 'tiny-assessment.json');
export const EXAMPLES = join(__dirname, '..', '..', 'docs', 'examples');
export const SAMPLE_ASSESSMENT = join(EXAMPLES, 'sample-assessment.json');
export const BAD_MODEL = join(EXAMPLES, 'bad-model.json');

let scratch: string | undefined;

/** Writes text to a file in a per-run temporary folder and returns its path. */
export function writeTemp(name: string, text: string): string {
  scratch = scratch ?? mkdtempSync(join(tmpdir(), 'nimm-cli-'));
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
}

/** Writes a value as JSON to a temporary file and returns its path. */
export function writeTempJson(name: string, value: unknown): string {
  return writeTemp(name, JSON.stringify(value, null, 2));
}

/** The default model written to a temporary file, as a maintainer would save it. */
export function defaultModelFile(): string {
  return writeTempJson('default-model.json', getDefaultModel());
}

/** True when the text holds a stack-trace line ("    at fn (file:1:2)"). */
export function hasStackTrace(text: string): boolean {
  return /^\s+at .+/m.test(text);
}
