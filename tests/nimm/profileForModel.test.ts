/** A profile kept apart from the model (a site's own, or levels picked by hand) read against one model version. */
import { planRoadmap, profileForModel, scoreAssessment, withProfiles, type Profile } from '../../src/nimm';
import { assess, buildModel } from './fixtures';

const model = buildModel({ a: {}, b: { deps: [[2, 'a', 2]] } }, { p: { b: 2 } });
const top = Math.max(...model.levels.map((l) => l.level));

describe('profileForModel', () => {
  const kept: Profile = { key: 'local-x', name: 'X', kind: 'service', targets: { a: 3, b: top + 2, gone: 2 } };

  test('sets aside targets on capabilities this version lacks and lowers those above its top level, naming both', () => {
    const read = profileForModel(model, kept);
    expect(read.profile).toEqual({ ...kept, targets: { a: 3, b: top } });
    expect(read.notInModel).toEqual(['gone']);
    expect(read.capped).toEqual(['b']);
    // The profile given is not changed: its targets stay whole for a version that has them.
    expect(kept.targets).toEqual({ a: 3, b: top + 2, gone: 2 });
  });

  test('with the profile added, the engine scores and plans to it like one of the model\'s own', () => {
    const extended = withProfiles(model, [profileForModel(model, kept).profile]);
    expect(extended.profiles.map((p) => p.key)).toEqual(['p', 'local-x']);
    const report = scoreAssessment(extended, assess(extended));
    // Without setting 'gone' aside, rule 7 would count it against level 1 and it could never be met.
    expect(report.profiles['local-x'].gaps.map((g) => g.capability).sort()).toEqual(['a', 'b']);
    const roadmap = planRoadmap(extended, assess(extended), 'local-x');
    expect(roadmap.unreachable).toEqual([]);
    expect(roadmap.phases[roadmap.phases.length - 1].projectedLevels).toEqual(expect.objectContaining({ a: 3, b: top }));
  });

  test('withProfiles leaves the model as it is with nothing to add, and never shadows a profile of the model', () => {
    expect(withProfiles(model, [])).toBe(model);
    expect(withProfiles(model, [{ key: 'p', name: 'Other', kind: 'target', targets: {} }]).profiles).toEqual(model.profiles);
  });
});
