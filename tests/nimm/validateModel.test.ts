import { validateModel, Model } from '../../src/nimm';
import { buildModel, clone } from './fixtures';

function problemsOf(input: unknown): Array<{ path: string; message: string }> {
  return validateModel(input).problems;
}

function validModel(): Model {
  return buildModel(
    {
      configuration: { foundation: true },
      change: { deps: [[3, 'configuration', 2]] },
      release: { deps: [[3, 'change', 3]] }
    },
    { baseline: { change: 3, release: 3 } }
  );
}

describe('validateModel: shape', () => {
  test('a well-formed model is valid and comes back parsed', () => {
    const result = validateModel(validModel());
    expect(result.ok).toBe(true);
    expect(result.problems).toEqual([]);
  });

  test('missing optional fields take their defaults', () => {
    const input = clone(validModel()) as unknown as Record<string, unknown>;
    delete input.profiles;
    const capabilities = input.capabilities as Array<Record<string, unknown>>;
    delete capabilities[0].dependencies;
    delete capabilities[0].foundation;
    const result = validateModel(input);
    expect(result.ok && result.value.profiles).toEqual([]);
    expect(result.ok && result.value.capabilities[0]).toMatchObject({ foundation: false, dependencies: [] });
  });

  test('a value that is not an object is one plain problem at the top', () => {
    expect(problemsOf([1, 2])).toEqual([{ path: '$', message: 'A model must be a JSON object, not a list.' }]);
  });

  test('a field of the wrong type is reported with its path and the item key', () => {
    const input = clone(validModel()) as unknown as { capabilities: Array<Record<string, unknown>> };
    input.capabilities[1].summary = 42;
    expect(problemsOf(input)).toEqual([
      { path: '$.capabilities[1].summary', message: "Capability 'change': 'summary' must be text, not a number." }
    ]);
  });

  test('a missing required field is reported as missing', () => {
    const input = clone(validModel()) as unknown as Record<string, unknown>;
    delete input.name;
    expect(problemsOf(input)).toEqual([{ path: '$.name', message: "'name' is missing." }]);
  });

  test('a wrong format name says what it must be', () => {
    const input = { ...clone(validModel()), format: 'nimm-assessment' };
    expect(problemsOf(input)[0]).toEqual({ path: '$.format', message: `'format' must be "nimm-model", not 'nimm-assessment'.` });
  });

  test('a capability level numbered 1 is a problem, since level 1 has no criteria', () => {
    const input = clone(validModel());
    input.capabilities[0].levels[0].level = 1;
    const problems = problemsOf(input);
    expect(problems).toContainEqual({
      path: '$.capabilities[0].levels[0].level',
      message: "Capability 'configuration' level 1: 'level' must be 2 or more: level 1 is the floor and has no criteria."
    });
  });

  test('a key that breaks the key convention is a problem', () => {
    const input = clone(validModel());
    input.categories[0].key = 'Technical One';
    expect(problemsOf(input).map((p) => p.path)).toContain('$.categories[0].key');
  });

  test('shape problems and reference problems are reported together', () => {
    const input = clone(validModel()) as unknown as { capabilities: Array<Record<string, unknown>> };
    input.capabilities[0].summary = 7;
    input.capabilities[2].category = 'no-such-category';
    const paths = problemsOf(input).map((p) => p.path);
    expect(paths).toEqual(['$.capabilities[0].summary', '$.capabilities[2].category']);
  });

  test('a reference to a capability whose own shape is wrong is not also reported as unknown', () => {
    const input = clone(validModel()) as unknown as { capabilities: Array<Record<string, unknown>> };
    input.capabilities[0].summary = 7;
    expect(problemsOf(input).map((p) => p.path)).toEqual(['$.capabilities[0].summary']);
  });

  test('a field the format does not define is a warning, not a problem', () => {
    const input = clone(validModel()) as unknown as { capabilities: Array<Record<string, unknown>> };
    input.capabilities[0].dependancies = [];
    const result = validateModel(input);
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([
      {
        path: '$.capabilities[0].dependancies',
        message: "Capability 'configuration': field 'dependancies' is not part of the nimm-model format and is ignored."
      }
    ]);
  });
});

describe('validateModel: keys and levels', () => {
  test('a repeated capability key is reported at the second use', () => {
    const input = clone(validModel());
    input.capabilities[2].key = 'change';
    expect(problemsOf(input)).toContainEqual({
      path: '$.capabilities[2].key',
      message: "Capability key 'change' is used more than once; keys must be unique (first used at $.capabilities[1])."
    });
  });

  test('repeated category, perspective and profile keys are each reported', () => {
    const input = clone(validModel());
    input.categories[1].key = input.categories[0].key;
    input.perspectives[1].key = input.perspectives[0].key;
    input.profiles.push({ ...input.profiles[0] });
    const paths = problemsOf(input).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['$.categories[1].key', '$.perspectives[1].key', '$.profiles[1].key']));
  });

  test('criterion keys must be unique across the whole model', () => {
    const input = clone(validModel());
    input.capabilities[2].levels[0].criteria[0].key = 'change.2.1';
    expect(problemsOf(input)).toContainEqual({
      path: '$.capabilities[2].levels[0].criteria[0].key',
      message:
        "Criterion key 'change.2.1' is used more than once; criterion keys must be unique across the whole model (first used at $.capabilities[1].levels[0].criteria[0].key)."
    });
  });

  test('model levels must run 1..N without gaps', () => {
    const input = clone(validModel());
    input.levels = input.levels.filter((l) => l.level !== 3);
    expect(problemsOf(input)).toContainEqual({
      path: '$.levels[2].level',
      message: 'Model levels must be numbered 1, 2, 3 and so on, in order and without gaps; entry 2 is level 4 where level 3 was expected.'
    });
  });

  test('a repeated model level is reported once, without a gap echo', () => {
    const input = clone(validModel());
    input.levels[2].level = 2;
    expect(problemsOf(input).filter((p) => p.path.startsWith('$.levels'))).toEqual([
      { path: '$.levels[2].level', message: 'Model level 2 is defined more than once.' }
    ]);
  });

  test('a capability level above the model top is a problem', () => {
    const input = clone(validModel());
    input.capabilities[0].levels[3].level = 6;
    expect(problemsOf(input)).toContainEqual({
      path: '$.capabilities[0].levels[3].level',
      message: "Capability 'configuration' defines level 6, but the model's highest level is 5."
    });
  });

  test('a capability level listed twice is a problem', () => {
    const input = clone(validModel());
    input.capabilities[0].levels[1].level = 2;
    expect(problemsOf(input)).toContainEqual({
      path: '$.capabilities[0].levels[1].level',
      message: "Capability 'configuration' defines level 2 more than once."
    });
  });

  test('a level without criteria is a warning', () => {
    const input = clone(validModel());
    input.capabilities[0].levels[3].criteria = [];
    const result = validateModel(input);
    expect(result.ok).toBe(true);
    expect(result.warnings).toContainEqual({
      path: '$.capabilities[0].levels[3].criteria',
      message: "Capability 'configuration' level 5 has no criteria, so answers can never attain it or any level above it."
    });
  });

  test('a gap in a capability\'s levels is a warning', () => {
    const input = clone(validModel());
    input.capabilities[0].levels.splice(1, 1);
    expect(validateModel(input).warnings).toContainEqual({
      path: '$.capabilities[0].levels',
      message: "Capability 'configuration' lists no level 3, so answers can take it no higher than level 2."
    });
  });
});

describe('validateModel: references', () => {
  test('an unknown category is named', () => {
    const input = clone(validModel());
    input.capabilities[0].category = 'networks';
    expect(problemsOf(input)).toEqual([
      { path: '$.capabilities[0].category', message: "Capability 'configuration' is in category 'networks', which is not a category in this model." }
    ]);
  });

  test('an unknown perspective is named', () => {
    const input = clone(validModel());
    input.capabilities[0].levels[0].criteria[0].perspective = 'proces';
    expect(problemsOf(input)).toEqual([
      {
        path: '$.capabilities[0].levels[0].criteria[0].perspective',
        message: "Criterion 'configuration.2.1' is for perspective 'proces', which is not a perspective in this model."
      }
    ]);
  });

  test('a dependency on an unknown capability is named', () => {
    const input = clone(validModel());
    input.capabilities[2].dependencies[0].requires = 'chnge';
    expect(problemsOf(input)).toEqual([
      { path: '$.capabilities[2].dependencies[0].requires', message: "Dependency of 'release' level 3 requires 'chnge', which is not a capability in this model." }
    ]);
  });

  test('a dependency attached to a level the capability does not define is a problem', () => {
    const input = clone(validModel());
    input.capabilities[2].levels.pop();
    input.capabilities[2].dependencies[0].level = 5;
    expect(problemsOf(input)).toContainEqual({
      path: '$.capabilities[2].dependencies[0].level',
      message: "Dependency of 'release' level 5 is attached to level 5, which 'release' does not define."
    });
  });

  test('a dependency minimum above what the required capability defines is a problem', () => {
    const input = clone(validModel());
    input.capabilities[1].levels.pop();
    input.capabilities[2].dependencies[0].minLevel = 5;
    expect(problemsOf(input)).toContainEqual({
      path: '$.capabilities[2].dependencies[0].minLevel',
      message: "Dependency of 'release' level 3 requires 'change' at level 5, but 'change' defines levels only up to 4."
    });
  });

  test('a profile target on an unknown capability is named', () => {
    const input = clone(validModel());
    input.profiles[0].targets = { chnge: 3 };
    expect(problemsOf(input)).toEqual([
      { path: '$.profiles[0].targets.chnge', message: "Profile 'baseline' sets a target for 'chnge', which is not a capability in this model." }
    ]);
  });

  test('a profile target above the model top is a problem', () => {
    const input = clone(validModel());
    input.profiles[0].targets = { change: 6 };
    expect(problemsOf(input)).toEqual([
      { path: '$.profiles[0].targets.change', message: "Profile 'baseline' sets a target of 6 for 'change', but the model's highest level is 5." }
    ]);
  });

  test('a profile target above what the capability defines is a problem', () => {
    const input = clone(validModel());
    input.capabilities[1].levels.pop();
    input.profiles[0].targets = { change: 5 };
    expect(problemsOf(input)).toEqual([
      { path: '$.profiles[0].targets.change', message: "Profile 'baseline' sets a target of 5 for 'change', but 'change' defines levels only up to 4." }
    ]);
  });

  test('a profile target below level 1 is a problem', () => {
    const input = clone(validModel());
    input.profiles[0].targets = { change: 0 };
    expect(problemsOf(input)).toEqual([
      { path: '$.profiles[0].targets.change', message: "Profile 'baseline' sets a target of 0 for 'change'; targets start at level 1." }
    ]);
  });

  test('paths quote keys that are not plain names', () => {
    const input = clone(validModel());
    input.profiles[0].targets = { 'no-such': 2 };
    expect(problemsOf(input)[0].path).toBe('$.profiles[0].targets["no-such"]');
  });
});
