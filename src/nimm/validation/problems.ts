/**
 * What validators hand back: every problem at once, each with the JSON path of the offending
 * value and a plain sentence, so a model maintainer can fix a file in one pass.
 */

/** One thing wrong (or, as a warning, worth a look) in an input file. */
export interface Problem {
  /** JSON path of the offending value, e.g. `$.capabilities[3].dependencies[0].requires`. */
  path: string;
  /** A plain UK English sentence that names the offending key. */
  message: string;
}

/**
 * The outcome of validating unknown input. `ok` is true exactly when there are no problems;
 * warnings never make input invalid.
 */
export type ValidationResult<T> =
  | { ok: true; value: T; problems: Problem[]; warnings: Problem[] }
  | { ok: false; problems: Problem[]; warnings: Problem[] };

/** One step of a JSON path: an object property name or an array index. */
export type PathSegment = string | number;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Writes a path the way JSONPath tools read it: `$.a[0].b`, with keys that are not plain
 * identifiers (criterion keys such as `change-management.2.1`) in quoted brackets.
 */
export function formatPath(segments: readonly PathSegment[]): string {
  let path = '$';
  for (const segment of segments) {
    if (typeof segment === 'number') {
      path += `[${segment}]`;
    } else if (IDENTIFIER.test(segment)) {
      path += `.${segment}`;
    } else {
      path += `[${JSON.stringify(segment)}]`;
    }
  }
  return path;
}

/** Collects problems and warnings while checks run, so each check stays a plain function. */
export class ProblemList {
  /** Problems found so far: any one makes the input invalid. */
  public readonly problems: Problem[] = [];
  /** Warnings found so far: worth fixing, but the input is still usable. */
  public readonly warnings: Problem[] = [];

  /** Records a problem at the given path. */
  public problem(path: readonly PathSegment[], message: string): void {
    this.problems.push({ path: formatPath(path), message });
  }

  /** Records a warning at the given path. */
  public warning(path: readonly PathSegment[], message: string): void {
    this.warnings.push({ path: formatPath(path), message });
  }

  /** The final result: valid with the value when no problem was recorded. */
  public result<T>(value: T | undefined): ValidationResult<T> {
    if (this.problems.length === 0 && value !== undefined) {
      return { ok: true, value, problems: [], warnings: this.warnings };
    }
    return { ok: false, problems: this.problems, warnings: this.warnings };
  }
}

/** Quotes a key or other value from the input for a message, e.g. `'change-management'`. */
export function quote(value: unknown): string {
  if (typeof value === 'string') {
    return `'${value}'`;
  }
  return JSON.stringify(value) ?? String(value);
}

/** Names what was given instead of an object, e.g. "a list" or "text". */
export function describeTopLevel(input: unknown): string {
  if (input === null) {
    return 'null';
  }
  if (Array.isArray(input)) {
    return 'a list';
  }
  switch (typeof input) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'undefined':
      return 'nothing';
    default:
      return `a ${typeof input}`;
  }
}
