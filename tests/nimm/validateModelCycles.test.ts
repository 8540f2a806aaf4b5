import { validateModel } from '../../src/nimm';
import { buildModel } from './fixtures';

function problemsOf(input: unknown): Array<{ path: string; message: string }> {
  return validateModel(input).problems;
}

describe('validateModel: dependency cycles', () => {
  test('two capabilities that need each other form a cycle, reported readably', () => {
    const input = buildModel({ a: { deps: [[3, 'b', 2]] }, b: { deps: [[2, 'a', 3]] } });
    expect(problemsOf(input)).toEqual([
      {
        path: '$.capabilities[0].dependencies[0]',
        message: "Dependencies form a cycle, so none of these levels can ever count: 'a' level 3 needs 'b' level 2, which needs 'a' level 3."
      }
    ]);
  });

  test('capabilities that need each other at levels that fit together are not a cycle', () => {
    // a3 needs b2 and b3 needs a2: a graph of capabilities alone would call this a cycle.
    const input = buildModel({ a: { deps: [[3, 'b', 2]] }, b: { deps: [[3, 'a', 2]] } });
    expect(problemsOf(input)).toEqual([]);
  });

  test('a chain of "builds on" steps in a cycle reads as one step', () => {
    const input = buildModel({ a: { deps: [[2, 'b', 2]] }, b: { deps: [[2, 'a', 4]] } });
    expect(problemsOf(input)[0].message).toBe(
      "Dependencies form a cycle, so none of these levels can ever count: 'a' level 2 needs 'b' level 2, which needs 'a' level 4, which builds on 'a' level 2."
    );
  });

  test('a capability needing its own level or above is a cycle', () => {
    const input = buildModel({ a: { deps: [[3, 'a', 3]] } });
    expect(problemsOf(input)[0].message).toBe(
      "Dependencies form a cycle, so none of these levels can ever count: 'a' level 3 needs 'a' level 3."
    );
  });

  test('every separate cycle is reported', () => {
    const input = buildModel({
      a: { deps: [[2, 'b', 2]] },
      b: { deps: [[2, 'a', 2]] },
      c: { deps: [[2, 'd', 2]] },
      d: { deps: [[2, 'c', 2]] }
    });
    expect(problemsOf(input).map((p) => p.path)).toEqual(['$.capabilities[0].dependencies[0]', '$.capabilities[2].dependencies[0]']);
  });

  test('dependencies that only point downwards are not a cycle', () => {
    const input = buildModel({ a: { deps: [[4, 'b', 2]] }, b: { deps: [[3, 'a', 3]] } });
    expect(problemsOf(input)).toEqual([]);
  });

  test('a capability needing a lower level of itself is a warning, not a cycle', () => {
    const result = validateModel(buildModel({ a: { deps: [[3, 'a', 2]] } }));
    expect(result.ok).toBe(true);
    expect(result.warnings[0].message).toBe(
      "Dependency of 'a' level 3 requires 'a' itself at level 2, which level 3 builds on anyway; it has no effect."
    );
  });
});

describe('validateModel: robustness', () => {
  test.each([
    ['null', null],
    ['a string', 'model'],
    ['a number', 3],
    ['an empty object', {}],
    ['lists where objects belong', { format: 'nimm-model', levels: [[]], capabilities: [[], null, 'x'] }],
    ['objects where lists belong', { capabilities: { a: 1 }, profiles: { b: 2 } }],
    ['a huge level number', { ...buildModel({ a: {} }), levels: [{ level: 1e9, name: 'x', summary: '' }] }]
  ])('%s gives problems, never an exception', (_name, input) => {
    const result = validateModel(input);
    expect(result.ok).toBe(false);
    expect(result.problems.length).toBeGreaterThan(0);
  });
});
