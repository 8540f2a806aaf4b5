/**
 * Reads the model and assessment files a command is given, turning every way a file can be
 * unusable into one InputError sentence that names the file.
 */
import { readFileSync } from 'fs';
import { validateAssessment, validateModel } from '../../src/nimm';
import type { Assessment, Model, Problem } from '../../src/nimm';
import { InputError } from './errors';
import { findJsonSyntaxError, positionOf } from './jsonSyntax';
import { plural } from './format/text';

type FileKind = 'model' | 'assessment';

const FORMAT: Record<FileKind, string> = { model: 'nimm-model', assessment: 'nimm-assessment' };
const FORMAT_VERSION = 1;

/** Reads and parses a JSON file; throws InputError when it is missing, unreadable or not JSON. */
export function readJsonFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read ${path}: ${describeFsError(error)}`);
  }
  // Editors on Windows often save JSON with a byte-order mark, which JSON.parse rejects.
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`${path} is not valid JSON: ${describeJsonError(error, text)}`);
  }
}

/**
 * Checks that parsed JSON claims to be the kind of NIMM file expected, so that passing an
 * assessment where a model belongs gets a plain answer rather than a page of schema problems.
 */
export function checkFormat(input: unknown, path: string, kind: FileKind): void {
  const expected = FORMAT[kind];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new InputError(`${path} is not a NIMM ${kind} file: it holds ${describeJsonValue(input)}, not a JSON object`);
  }
  const { format, formatVersion } = input as { format?: unknown; formatVersion?: unknown };
  if (format === undefined) {
    throw new InputError(`${path} is not a NIMM ${kind} file: it has no "format" field (expected "${expected}")`);
  }
  if (format !== expected) {
    const other = (Object.keys(FORMAT) as FileKind[]).find((k) => FORMAT[k] === format);
    throw new InputError(
      other
        ? `${path} is a NIMM ${other} file, not ${kind === 'assessment' ? 'an' : 'a'} ${kind} file`
        : `${path} is not a NIMM ${kind} file: its "format" is ${JSON.stringify(format)} (expected "${expected}")`
    );
  }
  if (formatVersion !== FORMAT_VERSION) {
    throw new InputError(
      `${path} uses ${expected} format version ${JSON.stringify(formatVersion)}; this version of nimm reads version ${FORMAT_VERSION}`
    );
  }
}

/** Reports a warning that does not stop the command (e.g. an unknown field, another model version). */
export type Warn = (message: string) => void;

/** Loads a model a command will work with; an invalid model is an input error that points at `nimm validate`. */
export function loadModel(path: string, warn: Warn): Model {
  const input = readJsonFile(path);
  checkFormat(input, path, 'model');
  const result = validateModel(input);
  if (!result.ok) {
    throw new InputError(
      `${path} is not a valid model (${describeProblems(result.problems)}); run "nimm validate ${path}" to see every problem`
    );
  }
  reportWarnings(path, result.warnings, warn);
  return result.value;
}

/**
 * Loads an assessment and checks it fits the model. An assessment for another model is an
 * error; one for another version of the same model is only a warning, as in the domain, because
 * answers are keyed by stable criterion keys and any that no longer fit are reported as problems.
 */
export function loadAssessment(path: string, model: Model, modelPath: string, warn: Warn): Assessment {
  const input = readJsonFile(path);
  checkFormat(input, path, 'assessment');
  const ref = (input as { model?: { key?: unknown; version?: unknown } }).model;
  if (ref && typeof ref === 'object' && typeof ref.key === 'string' && ref.key !== model.key) {
    throw new InputError(
      `${path} was made for model ${ref.key} ${String(ref.version)}, but ${modelPath} is model ${model.key} ${model.version}`
    );
  }
  const result = validateAssessment(input, model);
  if (!result.ok) {
    throw new InputError(
      `${path} is not a valid assessment for model ${model.key} ${model.version} in ${modelPath} (${describeProblems(result.problems)})`
    );
  }
  reportWarnings(path, result.warnings, warn);
  return result.value;
}

function reportWarnings(path: string, warnings: readonly Problem[], warn: Warn): void {
  for (const warning of warnings) {
    warn(`warning: ${path}: ${warning.path}: ${warning.message}`);
  }
}

/** "1 problem: path: message" or "3 problems, the first: path: message". */
function describeProblems(problems: readonly Problem[]): string {
  if (problems.length === 0) {
    return 'no details given';
  }
  // The message is embedded in a longer sentence, so its own full stop would end it too early.
  const first = `${problems[0].path || '(top level)'}: ${problems[0].message.replace(/\.$/, '')}`;
  return problems.length === 1 ? `1 problem: ${first}` : `${plural(problems.length, 'problem')}, the first: ${first}`;
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** One line on what is wrong with the JSON and where, the same on every Node version. */
function describeJsonError(error: unknown, text: string): string {
  const found = findJsonSyntaxError(text);
  if (found) {
    const { line, column } = positionOf(text, found.offset);
    return `${found.reason} (line ${line}, column ${column})`;
  }
  return (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ');
}

function describeJsonValue(value: unknown): string {
  if (Array.isArray(value)) {
    return 'a list';
  }
  if (value === null) {
    return 'null';
  }
  return `a ${typeof value}`;
}
