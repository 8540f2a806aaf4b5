/**
 * Turns zod's shape issues into problems a model maintainer can act on: the JSON path plus a
 * sentence that names the item (by its key where it has one) and the field, instead of zod's
 * terse "Expected string, received number".
 */
import type { ZodIssue } from 'zod';
import { formatPath, PathSegment, Problem, quote } from './problems';

/** Converts every zod issue into a problem, reading the raw input to name the item involved. */
export function zodIssuesToProblems(issues: readonly ZodIssue[], input: unknown): Problem[] {
  return issues.map((issue) => ({
    path: formatPath(issue.path),
    message: sentence(issue, input)
  }));
}

function sentence(issue: ZodIssue, input: unknown): string {
  const subject = describeSubject(input, issue.path);
  const field = describeField(issue.path);
  const detail = describeIssue(issue);
  if (field === undefined) {
    return `${capitalise(subject ?? 'The file')} ${detail}.`;
  }
  return subject === undefined ? `${capitalise(field)} ${detail}.` : `${capitalise(subject)}: ${field} ${detail}.`;
}

/** How the offending field is named: `'summary'`, or "an entry of 'criteria'" for list items. */
function describeField(path: readonly PathSegment[]): string | undefined {
  if (path.length === 0) {
    return undefined;
  }
  const last = path[path.length - 1];
  if (typeof last === 'number') {
    const parent = path.length > 1 ? path[path.length - 2] : undefined;
    return parent === undefined ? `entry ${last}` : `each entry of ${quote(String(parent))}`;
  }
  const parent = path.length > 1 ? path[path.length - 2] : undefined;
  if (parent === 'answers') {
    return `the answer to ${quote(last)}`;
  }
  if (parent === 'targets') {
    return `the target for ${quote(last)}`;
  }
  return quote(last);
}

const SINGULAR: Record<string, string> = {
  capabilities: 'capability',
  categories: 'category',
  perspectives: 'perspective',
  profiles: 'profile',
  criteria: 'criterion',
  responses: 'response'
};

/**
 * Names the nearest item above the offending field that has a key, e.g. "capability
 * 'change-management' level 2" or "criterion 'change-management.2.1'", so a message still
 * makes sense when read away from its path. The last path segment is the field itself.
 */
export function describeSubject(input: unknown, path: readonly PathSegment[]): string | undefined {
  let node: unknown = input;
  let subject: string | undefined;
  let owner: string | undefined;
  // The last segment is the field itself, not an item that contains it.
  for (let i = 0; i < path.length - 1; i += 1) {
    const segment = path[i];
    node = isRecord(node) || Array.isArray(node) ? (node as Record<string, unknown>)[segment as string] : undefined;
    const collection = i > 0 ? path[i - 1] : undefined;
    if (typeof segment !== 'number' || typeof collection !== 'string' || !isRecord(node)) {
      continue;
    }
    if (collection === 'levels' && typeof node.level === 'number') {
      subject = owner === undefined ? `model level ${node.level}` : `${owner} level ${node.level}`;
    } else if (collection === 'dependencies') {
      const level = typeof node.level === 'number' ? ` level ${node.level}` : '';
      subject = `dependency of ${owner ?? 'a capability'}${level}`;
    } else if (collection === 'responses' && typeof node.capability === 'string') {
      subject = `response for ${quote(node.capability)}`;
    } else if (Object.prototype.hasOwnProperty.call(SINGULAR, collection) && typeof node.key === 'string') {
      subject = `${SINGULAR[collection]} ${quote(node.key)}`;
      if (collection === 'capabilities') {
        owner = subject;
      }
    }
  }
  return subject;
}

function describeIssue(issue: ZodIssue): string {
  // Our own schema messages start in lower case; zod's defaults start with a capital.
  const custom = /^[a-z]/.test(issue.message) ? issue.message : undefined;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.received === 'undefined') {
        return 'is missing';
      }
      return `must be ${describeType(issue.expected)}, not ${describeType(issue.received)}`;
    case 'invalid_literal':
      return `must be ${JSON.stringify(issue.expected)}, not ${describeValue(issue.received)}`;
    case 'invalid_enum_value':
      return `must be ${listChoices(issue.options)}, not ${describeValue(issue.received)}`;
    case 'too_small':
      return custom ?? describeBound('at least', 'more than', issue.type, issue.minimum, issue.inclusive);
    case 'too_big':
      return custom ?? describeBound('at most', 'less than', issue.type, issue.maximum, issue.inclusive);
    case 'unrecognized_keys':
      return `has fields the format does not define: ${issue.keys.map(quote).join(', ')}`;
    default:
      return custom ?? 'is not valid here';
  }
}

function describeBound(inclusiveWord: string, exclusiveWord: string, type: string, bound: number | bigint, inclusive: boolean): string {
  const word = inclusive ? inclusiveWord : exclusiveWord;
  if (type === 'array') {
    return `must have ${word} ${String(bound)} ${bound === 1 ? 'entry' : 'entries'}`;
  }
  if (type === 'string') {
    return `must be ${word} ${String(bound)} characters long`;
  }
  return `must be ${word} ${String(bound)}`;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  float: 'a number with a fraction',
  nan: 'not-a-number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
  undefined: 'missing'
};

function describeType(type: string): string {
  return TYPE_WORDS[type] ?? type;
}

function describeValue(value: unknown): string {
  if (value === undefined) {
    return 'missing';
  }
  if (typeof value === 'string') {
    return quote(value);
  }
  if (Array.isArray(value)) {
    return 'a list';
  }
  if (value === null || typeof value !== 'object') {
    return String(value);
  }
  return 'an object';
}

function listChoices(options: readonly (string | number)[]): string {
  const quoted = options.map((o) => quote(o));
  if (quoted.length <= 1) {
    return quoted.join('');
  }
  return `one of ${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

function capitalise(text: string): string {
  return text.length === 0 ? text : text[0].toUpperCase() + text.slice(1);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
