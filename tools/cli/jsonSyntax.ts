/**
 * Finds where and why a JSON text stops being JSON. JSON.parse's own messages differ between
 * Node versions and often quote a multi-line slice of the file instead of giving a position,
 * so for the one-line error a maintainer reads we scan the text ourselves (only after
 * JSON.parse has failed, so speed does not matter).
 */

/** Where a JSON text goes wrong: a character offset and a short reason. */
export interface JsonSyntaxError {
  readonly offset: number;
  readonly reason: string;
}

/** A place in a text file as people count it: line and column from 1. */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

class Stop {
  public constructor(public readonly offset: number, public readonly reason: string) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = '"\\/bfnrt';

/** The first syntax error in the text, or undefined when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let i = 0;

  const describe = (at: number): string => (at >= text.length ? 'end of file' : JSON.stringify(text[at]));
  const fail = (reason: string, at = i): never => {
    throw new Stop(at, reason);
  };
  const skipSpace = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const expect = (char: string, what: string): void => {
    skipSpace();
    if (text[i] !== char) fail(`expected ${what} but found ${describe(i)}`);
    i++;
  };

  const string = (): void => {
    const start = i++;
    for (;;) {
      if (i >= text.length) fail('a string is not closed', start);
      const char = text[i];
      if (char === '"') {
        i++;
        return;
      }
      if (char < ' ') fail('a line break or control character inside a string');
      if (char === '\\') {
        const next = text[i + 1];
        if (next === 'u' ? !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)) : !ESCAPES.includes(next ?? '')) {
          fail('an invalid escape sequence in a string');
        }
        i += next === 'u' ? 6 : 2;
      } else {
        i++;
      }
    }
  };

  const value = (): void => {
    skipSpace();
    const char = text[i];
    if (char === '{') {
      i++;
      skipSpace();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        skipSpace();
        if (text[i] !== '"') fail(`expected a property name in double quotes but found ${describe(i)}`);
        string();
        expect(':', '":"');
        value();
        skipSpace();
        if (text[i] === '}') {
          i++;
          return;
        }
        if (text[i] !== ',') fail(`expected "," or "}" but found ${describe(i)}`);
        i++;
      }
    }
    if (char === '[') {
      i++;
      skipSpace();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        skipSpace();
        if (text[i] === ']') {
          i++;
          return;
        }
        if (text[i] !== ',') fail(`expected "," or "]" but found ${describe(i)}`);
        i++;
      }
    }
    if (char === '"') {
      string();
      return;
    }
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, i)) {
        i += literal.length;
        return;
      }
    }
    NUMBER.lastIndex = i;
    const number = NUMBER.exec(text);
    if (number) {
      i += number[0].length;
      return;
    }
    fail(`expected a value but found ${describe(i)}`);
  };

  try {
    skipSpace();
    if (i >= text.length) return { offset: 0, reason: 'the file is empty' };
    value();
    skipSpace();
    if (i < text.length) fail(`unexpected ${describe(i)} after the end of the JSON value`);
    return undefined;
  } catch (error) {
    if (error instanceof Stop) return { offset: error.offset, reason: error.reason };
    throw error;
  }
}

/** Line and column (from 1) of a character offset. */
export function positionOf(text: string, offset: number): TextPosition {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
