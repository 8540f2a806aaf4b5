/**
 * The options `nimm roadmap` adds for rule 10: `--capacity <C>` and `--efforts <file.json>`,
 * checked here so that a mistake gets one sentence naming the option or the file, the key and
 * what is wrong, rather than reaching the domain (which treats bad options as a bug).
 */
import type { Model } from '../../src/nimm';
import { InputError } from './errors';
import { readJsonFile } from './load';

/** A plain decimal number: "5", "2.5", ".5" (no signs, exponents, "Infinity" or hex). */
const DECIMAL = /^(\d+(\.\d+)?|\.\d+)$/;

/** The value of `--capacity`: a number above 0. */
export function parseCapacity(text: string): number {
  const capacity = Number(text);
  if (!DECIMAL.test(text) || !(capacity > 0) || !isFinite(capacity)) {
    throw new InputError(`--capacity must be a number above 0 (the most effort one phase may hold), not "${text}"`);
  }
  return capacity;
}

/**
 * Reads an efforts file: a JSON object of "capability:level" keys and efforts, for example
 * { "change-management:3": 2, "testing:2": 0.5 }. Each key must name a capability of the model
 * and a level a step can raise it to (2 up to the model's highest); each effort must be a
 * number of 0 or more. A step the file does not name has effort 1.
 */
export function loadEfforts(path: string, model: Model, modelPath: string): Record<string, number> {
  const input = readJsonFile(path);
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new InputError(
      `${path} is not an efforts file: it holds ${describeKind(input)}, not a JSON object of efforts by "capability:level" (for example {"change-management:3": 2})`
    );
  }
  const top = model.levels.reduce((n, l) => Math.max(n, l.level), 1);
  const efforts: Record<string, number> = {};
  const entries = input as Record<string, unknown>;
  for (const key of Object.keys(entries)) {
    const where = `${path}: "${key}"`;
    const colon = key.lastIndexOf(':');
    const capability = colon === -1 ? '' : key.slice(0, colon);
    const levelText = colon === -1 ? '' : key.slice(colon + 1);
    if (capability === '' || !/^\d+$/.test(levelText)) {
      throw new InputError(`${where} is not a step: keys must be "capability:level", for example "change-management:3"`);
    }
    if (!model.capabilities.some((c) => c.key === capability)) {
      throw new InputError(`${where} names capability "${capability}", which is not in ${modelPath}`);
    }
    const level = Number(levelText);
    if (level < 2 || level > top) {
      throw new InputError(
        `${where} names level ${levelText}, but a step raises a capability to a level from 2 to ${top} (the levels of ${modelPath})`
      );
    }
    const effort = entries[key];
    if (typeof effort !== 'number' || !isFinite(effort) || effort < 0) {
      throw new InputError(`${where} has ${describeEffort(effort)}; an effort must be a number of 0 or more`);
    }
    efforts[key] = effort;
  }
  return efforts;
}

function describeKind(value: unknown): string {
  if (Array.isArray(value)) {
    return 'a list';
  }
  return value === null ? 'null' : `a ${typeof value}`;
}

function describeEffort(value: unknown): string {
  if (typeof value === 'number') {
    // JSON.parse turns a number too large for JavaScript (1e999) into Infinity.
    return isFinite(value) ? `effort ${value}` : 'an effort too large to use';
  }
  if (typeof value === 'string') {
    return `effort ${JSON.stringify(value)}, which is text, not a number`;
  }
  if (Array.isArray(value)) {
    return 'a list as its effort';
  }
  if (typeof value === 'object' && value !== null) {
    return 'a JSON object as its effort';
  }
  return `effort ${String(value)}`;
}
