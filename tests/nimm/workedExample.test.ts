/** The worked example in docs/scoring.md, so the page and the engine cannot drift apart. */
import { analyseImpact, planRoadmap, scoreAssessment } from '../../src/nimm';
import { assess, atLevel, buildModel } from './fixtures';

const model = buildModel(
  {
    'change-management': {
      foundation: true,
      criteria: { 2: ['process', 'people', 'technology'], 3: ['process', 'technology'], 4: ['process', 'people'], 5: ['process'] },
      deps: [[3, 'configuration-management', 2]]
    },
    'incident-management': { foundation: true },
    'service-desk': {},
    'configuration-management': { category: 'business-one' },
    'release-management': { category: 'business-one', deps: [[3, 'change-management', 3]] }
  },
  { example: { 'change-management': 3, 'incident-management': 3, 'configuration-management': 2 } }
);

const assessment = assess(model, {
  'change-management': {
    agreedLevel: 3,
    answers: {
      'change-management.2.1': 'met',
      'change-management.2.2': 'met',
      'change-management.2.3': 'n/a',
      'change-management.3.1': 'met',
      'change-management.3.2': 'partial',
      'change-management.4.1': 'not-met'
    }
  },
  'configuration-management': { answers: { 'configuration-management.2.1': 'not-met' } },
  'incident-management': atLevel(model, 'incident-management', 2),
  'service-desk': atLevel(model, 'service-desk', 4),
  'release-management': atLevel(model, 'release-management', 3)
});

describe('the worked example in docs/scoring.md', () => {
  const report = scoreAssessment(model, assessment);
  const cm = report.capabilities['change-management'];

  test('rules 1 and 2: change management computes to level 2, held back by technology', () => {
    expect(cm.computedLevel).toBe(2);
    expect(cm.perspectiveLevels).toEqual({ technology: 2, process: 3, people: 3 });
  });

  test('rule 5: progress to level 3 is 0.75', () => {
    expect(cm.progressToNext).toBe(0.75);
  });

  test('rules 3 and 4: agreed at 3, effective 2, held back by configuration management', () => {
    expect(cm).toMatchObject({ assessedLevel: 3, effectiveLevel: 2, heldBackBy: ['configuration-management'] });
  });

  test('rule 6: the category is at level 2 with a score of 2.67', () => {
    expect(report.categories['technical-one'].level).toBe(2);
    expect(report.categories['technical-one'].score).toBeCloseTo(2.67, 2);
  });

  test('rule 7: the profile has three gaps of 1 and readiness 0', () => {
    expect(report.profiles.example.gaps.map((g) => g.gap)).toEqual([1, 1, 1]);
    expect(report.profiles.example.readiness).toBe(0);
  });

  test('rule 8: one phase raises configuration and incident management, and change management comes good', () => {
    const roadmap = planRoadmap(model, assessment, 'example');
    expect(roadmap.phases).toHaveLength(1);
    expect(roadmap.phases[0].steps).toEqual(
      expect.arrayContaining([
        { capability: 'configuration-management', level: 2 },
        { capability: 'incident-management', level: 3 }
      ])
    );
    expect(roadmap.phases[0].steps).toHaveLength(2);
    expect(roadmap.phases[0].projectedLevels['change-management']).toBe(3);
  });

  test('rule 9: raising configuration management lifts change management directly and release management after it', () => {
    const impact = analyseImpact(model, assessment, 'configuration-management', 2);
    expect(impact.primary).toEqual([{ capability: 'change-management', before: 2, after: 3 }]);
    expect(impact.secondary).toEqual([{ capability: 'release-management', before: 2, after: 3 }]);
    expect(impact.profiles).toEqual([{ profile: 'example', before: { met: false, readiness: 0 }, after: { met: false, readiness: 2 / 3 } }]);
  });

  test('rule 10: one step per phase puts incident management first and change management comes good in phase 2', () => {
    const roadmap = planRoadmap(model, assessment, 'example', { capacity: 1 });
    expect(roadmap.phases.map((phase) => ({ steps: phase.steps, effort: phase.effort }))).toEqual([
      { steps: [{ capability: 'incident-management', level: 3 }], effort: 1 },
      { steps: [{ capability: 'configuration-management', level: 2 }], effort: 1 }
    ]);
    expect(roadmap.phases[0].projectedLevels).toEqual({ 'change-management': 2, 'incident-management': 3, 'configuration-management': 1 });
    expect(roadmap.phases[1].projectedLevels).toEqual({ 'change-management': 3, 'incident-management': 3, 'configuration-management': 2 });
  });
});
