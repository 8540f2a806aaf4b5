import fc from 'fast-check';
import { findJsonSyntaxError, positionOf } from '../../tools/cli/jsonSyntax';

const parses = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('finding a JSON syntax error', () => {
  it('finds nothing wrong in any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2), (value, indent) => {
      expect(findJsonSyntaxError(JSON.stringify(value, null, indent))).toBeUndefined();
    }));
  });

  it('agrees with JSON.parse on whether arbitrary text is JSON', () => {
    const jsonish = fc.stringOf(fc.constantFrom('{', '}', '[', ']', '"', ':', ',', ' ', '\n', '1', '-', '.', 'e', 'a', '\\', 'u', 'true', 'null'));
    fc.assert(fc.property(jsonish, (text) => {
      expect(findJsonSyntaxError(text) === undefined).toBe(parses(text));
    }), { numRuns: 2000 });
  });

  it('points at an unquoted value', () => {
    const text = '{\n  "format": "nimm-model",\n  "key": oops\n}';
    const found = findJsonSyntaxError(text)!;
    expect(found.reason).toBe('expected a value but found "o"');
    expect(positionOf(text, found.offset)).toEqual({ line: 3, column: 10 });
  });

  it('points at a trailing comma', () => {
    const text = '{ "a": 1, }';
    expect(findJsonSyntaxError(text)).toEqual({ offset: 10, reason: 'expected a property name in double quotes but found "}"' });
  });

  it('names an unclosed string by where it starts', () => {
    expect(findJsonSyntaxError('["abc')).toEqual({ offset: 1, reason: 'a string is not closed' });
  });

  it('calls an empty file empty', () => {
    expect(findJsonSyntaxError('  \n')).toEqual({ offset: 0, reason: 'the file is empty' });
  });
});
