/** Re-planning over the actions already saved: src/data/merge/mergeRoadmap.ts. */
import { mergeRoadmap, type PlannedStep } from '../../src/data/merge/mergeRoadmap';
import type { RoadmapAction } from '../../src/data/types';

function step(capability: string, level: number, phase = 1, changes: Partial<PlannedStep> = {}): PlannedStep {
  return {
    key: `${capability}:${level}`,
    capability,
    level,
    title: `Raise ${capability} to level ${level}`,
    phase,
    startDate: '2027-01-01',
    dueDate: '2027-03-31',
    estimateDays: null,
    estimateCost: null,
    improvementIdeas: '',
    ...changes
  };
}

let nextId = 1;
function action(capability: string, level: number, changes: Partial<RoadmapAction> = {}): RoadmapAction {
  return {
    itemId: nextId++,
    etag: '"1"',
    assessmentId: 10,
    capability,
    title: `Raise ${capability} to level ${level}`,
    fromLevel: level - 1,
    toLevel: level,
    phase: 1,
    owner: '',
    ownerLogin: '',
    dueDate: '2027-03-31',
    startDate: '2027-01-01',
    status: 'planned',
    estimateDays: null,
    estimateCost: null,
    notes: '',
    stepKey: `${capability}:${level}`,
    improvementIdeas: '',
    modified: null,
    ...changes
  };
}

describe('merging a plan with the actions on the site', () => {
  test('a first plan adds every step as a planned action with its phase, dates, levels and improvement ideas', () => {
    const merge = mergeRoadmap({ assessmentId: 10, steps: [step('a', 2, 1, { improvementIdeas: 'Buy a tool.', estimateDays: 5, estimateCost: 1200 }), step('a', 3, 2)], existing: [], assessedLevels: {} });
    expect(merge.add).toEqual([
      expect.objectContaining({ assessmentId: 10, capability: 'a', fromLevel: 1, toLevel: 2, phase: 1, stepKey: 'a:2', status: 'planned', owner: '', notes: '', improvementIdeas: 'Buy a tool.', estimateDays: 5, estimateCost: 1200, startDate: '2027-01-01', dueDate: '2027-03-31' }),
      expect.objectContaining({ toLevel: 3, phase: 2, stepKey: 'a:3' })
    ]);
    expect(merge.add.every((a) => a.itemId === undefined && a.etag === undefined)).toBe(true);
    expect([merge.update, merge.obsolete, merge.done, merge.unchanged]).toEqual([[], [], [], []]);
  });

  test('a step still needed keeps its action\'s owner, notes and status; its phase and dates follow the plan', () => {
    const kept = action('a', 2, { owner: 'Marcus Reid', ownerLogin: 'i:0#.f|membership|marcus', notes: 'Talk to the CAB.', status: 'in-progress' });
    const merge = mergeRoadmap({ assessmentId: 10, steps: [step('a', 2, 3, { startDate: '2027-07-01', dueDate: '2027-09-30' })], existing: [kept], assessedLevels: { a: 1 } });
    expect(merge.update).toEqual([
      expect.objectContaining({ itemId: kept.itemId, etag: kept.etag, owner: 'Marcus Reid', ownerLogin: 'i:0#.f|membership|marcus', notes: 'Talk to the CAB.', status: 'in-progress', phase: 3, startDate: '2027-07-01', dueDate: '2027-09-30' })
    ]);
    expect(merge.byStep['a:2']).toBe(kept);
    expect(merge.add).toEqual([]);
  });

  test('an action that would not change is left alone', () => {
    const kept = action('a', 2);
    const merge = mergeRoadmap({ assessmentId: 10, steps: [step('a', 2)], existing: [kept], assessedLevels: {} });
    expect(merge.unchanged).toEqual([kept]);
    expect([merge.add, merge.update, merge.obsolete, merge.done]).toEqual([[], [], [], []]);
  });

  test('the person\'s unsaved changes win over what is stored', () => {
    const kept = action('a', 2, { owner: 'Marcus Reid', notes: 'old' });
    const merge = mergeRoadmap({ assessmentId: 10, steps: [step('a', 2, 1, { edits: { owner: 'Olivia Owen', ownerLogin: 'olivia', notes: 'new', status: 'done' } })], existing: [kept], assessedLevels: {} });
    expect(merge.update).toEqual([expect.objectContaining({ owner: 'Olivia Owen', ownerLogin: 'olivia', notes: 'new', status: 'done' })]);
  });

  test('a step no longer needed because the assessment shows its level reached is marked done', () => {
    const reached = action('a', 2, { owner: 'Marcus Reid' });
    const merge = mergeRoadmap({ assessmentId: 10, steps: [], existing: [reached], assessedLevels: { a: 2 } });
    expect(merge.done).toEqual([expect.objectContaining({ itemId: reached.itemId, status: 'done', owner: 'Marcus Reid' })]);
    expect(merge.obsolete).toEqual([]);
  });

  test('a step no longer needed for another reason is marked obsolete, never dropped from the list', () => {
    const otherProfile = action('b', 3, { notes: 'keep me' });
    const notApplicable = action('c', 2);
    const merge = mergeRoadmap({ assessmentId: 10, steps: [], existing: [otherProfile, notApplicable], assessedLevels: { b: 2, c: null } });
    expect(merge.obsolete.map((a) => [a.itemId, a.status, a.notes])).toEqual([[otherProfile.itemId, 'obsolete', 'keep me'], [notApplicable.itemId, 'obsolete', '']]);
    expect(merge.done).toEqual([]);
  });

  test('dropped and done actions keep their status; an obsolete one needed again is planned again', () => {
    const dropped = action('a', 2, { status: 'dropped' });
    const done = action('b', 2, { status: 'done' });
    const obsolete = action('c', 2, { status: 'obsolete', owner: 'Vera Lane' });
    const merge = mergeRoadmap({ assessmentId: 10, steps: [step('c', 2)], existing: [dropped, done, obsolete], assessedLevels: { a: 1, b: 1, c: 1 } });
    expect(merge.unchanged).toEqual(expect.arrayContaining([dropped, done]));
    expect(merge.update).toEqual([expect.objectContaining({ itemId: obsolete.itemId, status: 'planned', owner: 'Vera Lane' })]);
  });

  test('an obsolete action the assessment now shows reached is marked done', () => {
    const obsolete = action('a', 2, { status: 'obsolete' });
    const merge = mergeRoadmap({ assessmentId: 10, steps: [], existing: [obsolete], assessedLevels: { a: 3 } });
    expect(merge.done).toEqual([expect.objectContaining({ itemId: obsolete.itemId, status: 'done' })]);
  });

  test('carrying a plan forward moves every action of it to the new assessment', () => {
    const still = action('a', 3, { assessmentId: 4, owner: 'Marcus Reid' });
    const reached = action('a', 2, { assessmentId: 4, status: 'in-progress' });
    const gone = action('b', 2, { assessmentId: 4 });
    const finished = action('c', 2, { assessmentId: 4, status: 'done' });
    const merge = mergeRoadmap({ assessmentId: 11, steps: [step('a', 3), step('d', 2)], existing: [still, reached, gone, finished], assessedLevels: { a: 2, b: 1, c: 2 } });
    expect(merge.update.map((a) => [a.itemId, a.assessmentId, a.status, a.owner])).toEqual([[still.itemId, 11, 'planned', 'Marcus Reid'], [finished.itemId, 11, 'done', '']]);
    expect(merge.done.map((a) => [a.itemId, a.assessmentId])).toEqual([[reached.itemId, 11]]);
    expect(merge.obsolete.map((a) => [a.itemId, a.assessmentId])).toEqual([[gone.itemId, 11]]);
    expect(merge.add.map((a) => [a.stepKey, a.assessmentId])).toEqual([['d:2', 11]]);
  });

  test('actions added by hand are left alone', () => {
    const manual = action('a', 3, { stepKey: null, title: 'Hire a change manager' });
    const merge = mergeRoadmap({ assessmentId: 10, steps: [], existing: [manual], assessedLevels: { a: 3 } });
    expect(merge.manual).toEqual([manual]);
    expect([merge.add, merge.update, merge.obsolete, merge.done, merge.unchanged]).toEqual([[], [], [], [], []]);
  });

  test('two actions for one step keep the one under way and mark the other obsolete', () => {
    const first = action('a', 2);
    const second = action('a', 2, { status: 'in-progress', owner: 'Marcus Reid' });
    const merge = mergeRoadmap({ assessmentId: 10, steps: [step('a', 2)], existing: [first, second], assessedLevels: {} });
    expect(merge.byStep['a:2']).toBe(second);
    expect(merge.obsolete.map((a) => a.itemId)).toEqual([first.itemId]);
  });

  test('every action on the site ends up in exactly one of the outcomes', () => {
    const existing = [action('a', 2), action('a', 3, { status: 'done' }), action('b', 2, { stepKey: null }), action('c', 2, { status: 'obsolete' }), action('d', 4)];
    const merge = mergeRoadmap({ assessmentId: 10, steps: [step('a', 2, 2), step('c', 2)], existing, assessedLevels: { a: 1, d: 4 } });
    const ids = [...merge.update, ...merge.obsolete, ...merge.done].map((a) => a.itemId).concat(merge.unchanged.map((a) => a.itemId), merge.manual.map((a) => a.itemId));
    expect(ids.slice().sort()).toEqual(existing.map((a) => a.itemId).sort());
  });
});
