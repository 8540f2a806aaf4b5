/** Why a capability sits at its level: the explanation behind the numbers on the assessment screen. */
import fc from 'fast-check';
import { explainCapability, NimmError, Response, scoreAssessment } from '../../src/nimm';
import { modelAndAssessmentArb } from './arbitraries';
import { assess, atLevel, buildModel, metUpTo } from './fixtures';

/**
 * Change management's level 3 needs configuration management at level 3, and its level 4 needs
 * directory services at level 2. Release management's level 3 needs change management at 3.
 */
const model = buildModel({
  'change-management': {
    criteria: { 2: ['process', 'people'], 3: ['process', 'technology', 'technology', 'people', 'security', 'process', 'strategy'], 4: ['process'], 5: ['process'] },
    deps: [
      [3, 'configuration-management', 3],
      [4, 'directory-services', 2]
    ]
  },
  'configuration-management': {},
  'directory-services': {},
  'release-management': { deps: [[3, 'change-management', 3]] }
});
model.capabilities[0].name = 'Change management';
model.capabilities[1].name = 'Configuration management';
model.capabilities[2].name = 'Directory services';

function responsesOf(spec: Parameters<typeof assess>[1]): Response[] {
  return assess(model, spec).responses;
}

describe('why a capability sits at its level', () => {
  test('a capability held back by a dependency names it, the level it needs and the level it is at', () => {
    const responses = responsesOf({
      'change-management': atLevel(model, 'change-management', 3),
      'configuration-management': atLevel(model, 'configuration-management', 2)
    });
    const explanation = explainCapability(model, responses, 'change-management');
    expect(explanation).toMatchObject({ computedLevel: 3, assessedLevel: 3, effectiveLevel: 2 });
    expect(explanation.holdBacks).toEqual([
      {
        capability: 'configuration-management',
        name: 'Configuration management',
        forLevel: 3,
        needsLevel: 3,
        currentLevel: 2,
        why: 'change-management needs configuration-management.',
        limiting: true,
        sentence: 'Held at level 2 because it needs Configuration management at level 3, which is at level 2.'
      }
    ]);
    expect(explanation.sentences).toContain('Held at level 2 because it needs Configuration management at level 3, which is at level 2.');
  });

  test('every dependency between the effective and the assessed level is listed; the lowest sets the level', () => {
    const responses = responsesOf({ 'change-management': { agreedLevel: 5 }, 'configuration-management': atLevel(model, 'configuration-management', 2) });
    const { holdBacks, effectiveLevel } = explainCapability(model, responses, 'change-management');
    expect(effectiveLevel).toBe(2);
    expect(holdBacks.map((h) => [h.capability, h.forLevel, h.limiting])).toEqual([
      ['configuration-management', 3, true],
      ['directory-services', 4, false]
    ]);
    expect(holdBacks[1].sentence).toBe('Level 4 also needs Directory services at level 2, which has not been assessed, so counts as level 1.');
  });

  test('a dependency that holds is not listed, and the explanation says nothing holds it back', () => {
    const responses = responsesOf({
      'change-management': atLevel(model, 'change-management', 3),
      'configuration-management': atLevel(model, 'configuration-management', 3)
    });
    const explanation = explainCapability(model, responses, 'change-management');
    expect(explanation.holdBacks).toEqual([]);
    expect(explanation.effectiveLevel).toBe(3);
    expect(explanation.sentences).toContain('No dependency holds it back: it counts at level 3.');
  });

  test('holding back spreads: release management is held by change management, itself held back', () => {
    const responses = responsesOf({
      'change-management': atLevel(model, 'change-management', 3),
      'configuration-management': atLevel(model, 'configuration-management', 2),
      'release-management': atLevel(model, 'release-management', 4)
    });
    const { holdBacks } = explainCapability(model, responses, 'release-management');
    expect(holdBacks).toHaveLength(1);
    expect(holdBacks[0].sentence).toBe('Held at level 2 because it needs Change management at level 3, which is at level 2.');
  });

  test('progress to the next level lists the criteria not met and partly met, by perspective, with counts', () => {
    const answers = {
      ...metUpTo(model, 'change-management', 2),
      'change-management.3.1': 'met' as const,
      'change-management.3.2': 'met' as const,
      'change-management.3.3': 'partial' as const,
      'change-management.3.4': 'met' as const,
      'change-management.3.5': 'not-met' as const,
      'change-management.3.6': 'met' as const
    };
    const { nextLevel } = explainCapability(model, responsesOf({ 'change-management': { answers } }), 'change-management');
    expect(nextLevel).not.toBeNull();
    if (nextLevel === null) return;
    expect(nextLevel).toMatchObject({ level: 3, levelName: 'Standardised', met: 4, partial: 1, notMet: 2, unanswered: 1, applicable: 7, summary: '4 of 7 criteria met' });
    expect(nextLevel.progress).toBeCloseTo(4.5 / 7, 10);
    // The model's perspective order: strategy, security, technology, process, people.
    expect(nextLevel.perspectives.map((p) => [p.perspective, p.summary])).toEqual([
      ['strategy', '0 of 1 criterion met'],
      ['security', '0 of 1 criterion met'],
      ['technology', '1 of 2 criteria met'],
      ['process', '2 of 2 criteria met'],
      ['people', '1 of 1 criterion met']
    ]);
    const technology = nextLevel.perspectives.filter((p) => p.perspective === 'technology')[0];
    expect(technology.toDo).toEqual([{ key: 'change-management.3.3', text: 'Criterion 3.', answer: 'partial' }]);
    const strategy = nextLevel.perspectives.filter((p) => p.perspective === 'strategy')[0];
    expect(strategy.toDo).toEqual([{ key: 'change-management.3.7', text: 'Criterion 7.', answer: null }]);
  });

  test('the next level warns of a dependency it will need, even before its criteria are met', () => {
    const { nextLevel, sentences } = explainCapability(model, responsesOf({ 'change-management': atLevel(model, 'change-management', 2) }), 'change-management');
    expect(nextLevel?.requirements.map((r) => r.sentence)).toEqual([
      'Level 3 also needs Configuration management at level 3, which has not been assessed, so counts as level 1.'
    ]);
    expect(sentences).toContain('Towards level 3: 0 of 7 criteria met.');
  });

  test('"n/a" criteria are left out of the counts, as in the score', () => {
    const answers = { ...metUpTo(model, 'release-management', 2), 'release-management.3.1': 'n/a' as const, 'release-management.3.2': 'met' as const };
    const { nextLevel, computedLevel } = explainCapability(model, responsesOf({ 'release-management': { answers } }), 'release-management');
    // Level 3 is attained (one met, one n/a), so the next level is 4.
    expect(computedLevel).toBe(3);
    expect(nextLevel).toMatchObject({ level: 4, applicable: 2, met: 0, notApplicable: 0 });
  });

  test('an agreed level that differs from the computed one is shown beside it: both are kept', () => {
    const responses = responsesOf({ 'configuration-management': { ...atLevel(model, 'configuration-management', 2), agreedLevel: 4 } });
    const explanation = explainCapability(model, responses, 'configuration-management');
    expect(explanation).toMatchObject({ computedLevel: 2, agreedLevel: 4, agreedDiffers: true, assessedLevel: 4, effectiveLevel: 4 });
    expect(explanation.sentences[0]).toBe('The team agreed level 4; the answers alone give level 2.');
    // Progress is measured from the computed level (rule 5), not the agreed one.
    expect(explanation.nextLevel?.level).toBe(3);
  });

  test('an agreed level the answers bear out is not flagged as different', () => {
    const responses = responsesOf({ 'configuration-management': { ...atLevel(model, 'configuration-management', 2), agreedLevel: 2 } });
    const explanation = explainCapability(model, responses, 'configuration-management');
    expect(explanation).toMatchObject({ agreedLevel: 2, agreedDiffers: false });
    expect(explanation.sentences[0]).toBe('The team agreed level 2, as the answers give.');
  });

  test('no answers: level 1, with everything of level 2 still to do', () => {
    const explanation = explainCapability(model, [], 'directory-services');
    expect(explanation).toMatchObject({ status: 'not-assessed', computedLevel: 1, assessedLevel: 1, effectiveLevel: 1, agreedLevel: null, holdBacks: [] });
    expect(explanation.nextLevel).toMatchObject({ level: 2, met: 0, notMet: 2, unanswered: 2, applicable: 2, progress: 0, summary: '0 of 2 criteria met' });
    expect(explanation.sentences).toEqual(['Not assessed yet, so it counts as level 1.', 'Towards level 2: 0 of 2 criteria met.']);
  });

  test('a capability marked not applicable has no levels and nothing to do', () => {
    const explanation = explainCapability(model, responsesOf({ 'directory-services': { notApplicable: true, agreedLevel: 3 } }), 'directory-services');
    expect(explanation).toMatchObject({ status: 'not-applicable', computedLevel: null, agreedLevel: null, effectiveLevel: null, holdBacks: [], nextLevel: null });
  });

  test('at the top level there is no next level', () => {
    const explanation = explainCapability(model, responsesOf({ 'directory-services': atLevel(model, 'directory-services', 5) }), 'directory-services');
    expect(explanation.nextLevel).toBeNull();
    expect(explanation.sentences).toContain('The answers reach the top level, 5.');
  });

  test('a whole assessment, or a report already scored, can be given instead of the responses', () => {
    const assessment = assess(model, { 'change-management': atLevel(model, 'change-management', 3) });
    const fromAssessment = explainCapability(model, assessment, 'change-management');
    const fromReport = explainCapability(model, assessment, 'change-management', scoreAssessment(model, assessment));
    expect(fromReport).toEqual(fromAssessment);
    expect(explainCapability(model, assessment.responses, 'change-management')).toEqual(fromAssessment);
  });

  test('asking about a capability the model does not have is an error naming it', () => {
    expect(() => explainCapability(model, [], 'no-such-capability')).toThrow(NimmError);
    expect(() => explainCapability(model, [], 'no-such-capability')).toThrow("There is no capability 'no-such-capability' in model 'test-model'.");
  });
});

describe('properties of the explanation', () => {
  test('it agrees with the score report, never lifts the effective level above the assessed one, and its counts add up', () => {
    let heldBack = 0;
    fc.assert(
      fc.property(modelAndAssessmentArb, ({ model: generated, assessment }) => {
        const report = scoreAssessment(generated, assessment);
        for (const capability of generated.capabilities) {
          const explanation = explainCapability(generated, assessment, capability.key);
          const score = report.capabilities[capability.key];
          expect(explanation).toMatchObject({
            computedLevel: score.computedLevel,
            assessedLevel: score.assessedLevel,
            effectiveLevel: score.effectiveLevel,
            status: score.status
          });
          if (score.status === 'not-applicable') {
            continue;
          }
          const effective = explanation.effectiveLevel as number;
          expect(effective).toBeLessThanOrEqual(explanation.assessedLevel as number);
          if (explanation.agreedLevel === null) {
            expect(effective).toBeLessThanOrEqual(explanation.computedLevel as number);
          }
          // Held back exactly when the effective level is below the assessed level, by the capabilities the report names.
          expect(explanation.holdBacks.length > 0).toBe(effective < (score.assessedLevel as number));
          expect(Array.from(new Set(explanation.holdBacks.map((h) => h.capability))).sort()).toEqual(score.heldBackBy.slice().sort());
          heldBack += explanation.holdBacks.length;
          for (const holdBack of explanation.holdBacks) {
            expect(holdBack.currentLevel).toBeLessThan(holdBack.needsLevel);
            expect(holdBack.limiting).toBe(holdBack.forLevel === effective + 1);
          }
          const next = explanation.nextLevel;
          if (next !== null) {
            expect(next.met + next.partial + next.notMet).toBe(next.applicable);
            expect(next.perspectives.reduce((t, p) => t + p.applicable, 0)).toBe(next.applicable);
            expect(next.progress).toBe(score.progressToNext);
            if (next.applicable > 0) {
              expect(next.progress).toBeCloseTo((next.met + next.partial / 2) / next.applicable, 10);
            }
          }
        }
      }),
      { numRuns: 200 }
    );
    // The generated assessments do hold capabilities back, so the checks above are not vacuous.
    expect(heldBack).toBeGreaterThan(0);
  });
});
