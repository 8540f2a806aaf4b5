/** Progress of an assessment round, and which capabilities a round covers. */
import fc from 'fast-check';
import {
  AssessmentScope,
  assessmentProgress,
  capabilitiesInScope,
  Model,
  NimmError,
  TrackedResponse,
  WORKFLOW_STATUSES,
  WorkflowStatus,
  workflowStatus
} from '../../src/nimm';
import type { StoredResponse } from '../../src/data/types';
import { modelArb } from './arbitraries';
import { buildModel } from './fixtures';

/**
 * Four capabilities, eight criteria each (two at each of levels 2-5): change and incident
 * management are foundation capabilities; the "go-live" profile targets incident management and
 * supplier management.
 */
const model = buildModel(
  {
    'change-management': { foundation: true },
    'incident-management': { foundation: true },
    'supplier-management': { category: 'business-one' },
    'budget-management': { category: 'business-one' }
  },
  { 'go-live': { 'incident-management': 3, 'supplier-management': 2 } }
);

function response(capability: string, status: WorkflowStatus | undefined, extra: Partial<TrackedResponse> = {}): TrackedResponse {
  return { capability, status, ...extra };
}

describe('progress of an assessment round', () => {
  test('counts capabilities by status; complete means agreed or not applicable', () => {
    const progress = assessmentProgress(model, [
      response('change-management', 'agreed'),
      response('incident-management', 'ready-for-review'),
      response('supplier-management', 'not-applicable', { notApplicable: true })
    ]);
    expect(progress.capabilities).toBe(4);
    expect(progress.byStatus).toEqual({ 'not-started': 1, 'in-progress': 0, 'ready-for-review': 1, agreed: 1, 'not-applicable': 1 });
    expect(progress.complete).toBe(2);
    expect(progress.percentComplete).toBe(50);
    expect(progress.statuses).toEqual({
      'change-management': 'agreed',
      'incident-management': 'ready-for-review',
      'supplier-management': 'not-applicable',
      'budget-management': 'not-started'
    });
  });

  test('a capability fully answered but not yet agreed is not complete', () => {
    const answers: Record<string, 'met'> = {};
    for (const level of model.capabilities[0].levels) for (const c of level.criteria) answers[c.key] = 'met';
    const progress = assessmentProgress(model, [response('change-management', 'in-progress', { answers })], { kind: 'capabilities', capabilities: ['change-management'] });
    expect(progress).toMatchObject({ answeredCriteria: 8, criteria: 8, percentAnswered: 100, complete: 0, percentComplete: 0 });
  });

  test('answered criteria count every answer, "n/a" and "not-met" included, of the capability\'s own criteria only', () => {
    const progress = assessmentProgress(model, [
      response('change-management', 'in-progress', {
        answers: { 'change-management.2.1': 'met', 'change-management.2.2': 'n/a', 'change-management.3.1': 'not-met', 'incident-management.2.1': 'met' }
      })
    ]);
    expect(progress.criteria).toBe(32);
    expect(progress.answeredCriteria).toBe(3);
    expect(progress.percentAnswered).toBeCloseTo(9.375, 10);
  });

  test('the criteria of a capability marked not applicable are not counted: there is nothing to answer', () => {
    const progress = assessmentProgress(model, [
      response('change-management', 'in-progress', { notApplicable: true, answers: { 'change-management.2.1': 'met' } })
    ]);
    expect(progress.statuses['change-management']).toBe('not-applicable');
    expect(progress.criteria).toBe(24);
    expect(progress.answeredCriteria).toBe(0);
  });

  test('a response marked not applicable counts as not applicable whatever status it carries', () => {
    expect(workflowStatus({ capability: 'x', status: 'in-progress', notApplicable: true })).toBe('not-applicable');
    expect(workflowStatus({ capability: 'x', status: 'not-applicable', notApplicable: false })).toBe('not-applicable');
  });

  test('without a stored status, a response is in progress once anything is answered or agreed', () => {
    expect(workflowStatus(undefined)).toBe('not-started');
    expect(workflowStatus({ capability: 'x' })).toBe('not-started');
    expect(workflowStatus({ capability: 'x', status: null, answers: {} })).toBe('not-started');
    expect(workflowStatus({ capability: 'x', answers: { 'x.2.1': 'not-met' } })).toBe('in-progress');
    expect(workflowStatus({ capability: 'x', agreedLevel: 2 })).toBe('in-progress');
    expect(workflowStatus({ capability: 'x', status: 'agreed' })).toBe('agreed');
  });

  test('per category: only categories with a capability in scope, in model order', () => {
    const progress = assessmentProgress(
      model,
      [response('budget-management', 'agreed'), response('incident-management', 'in-progress', { answers: { 'incident-management.2.1': 'met' } })],
      { kind: 'all' }
    );
    expect(progress.categories.map((c) => c.category)).toEqual(['technical-one', 'business-one']);
    expect(progress.categories[0]).toMatchObject({ capabilities: 2, complete: 0, criteria: 16, answeredCriteria: 1 });
    expect(progress.categories[1]).toMatchObject({ capabilities: 2, complete: 1, percentComplete: 50 });
    const foundation = assessmentProgress(model, [], { kind: 'foundation' });
    expect(foundation.categories.map((c) => c.category)).toEqual(['technical-one']);
  });

  test('where a capability has two responses, the first counts, as in scoring', () => {
    const progress = assessmentProgress(model, [response('change-management', 'agreed'), response('change-management', 'not-started')]);
    expect(progress.statuses['change-management']).toBe('agreed');
    expect(progress.capabilities).toBe(4);
  });

  test('nothing in scope: no percentages (null), not 0% or 100%', () => {
    const progress = assessmentProgress(model, [], { kind: 'capabilities', capabilities: [] });
    expect(progress).toMatchObject({ capabilities: 0, complete: 0, percentComplete: null, criteria: 0, percentAnswered: null, categories: [] });
  });

  test("the data layer's stored responses can be given as they are", () => {
    const stored: StoredResponse[] = [
      {
        itemId: 1,
        etag: '"1"',
        assessmentId: 7,
        capability: 'change-management',
        modified: null,
        notes: {},
        ownerLogin: '',
        reviewerLogin: '',
        reviewComment: '',
        agreedBy: '',
        agreedAt: null,
        status: 'agreed',
        notApplicable: false,
        agreedLevel: 2,
        rationale: '',
        answers: { 'change-management.2.1': 'met' },
        improvementIdeas: '',
        owner: '',
        reviewer: ''
      }
    ];
    expect(assessmentProgress(model, stored).byStatus.agreed).toBe(1);
  });
});

describe('which capabilities an assessment round covers', () => {
  test('all: every capability, in model order', () => {
    expect(capabilitiesInScope(model, { kind: 'all' })).toEqual(['change-management', 'incident-management', 'supplier-management', 'budget-management']);
  });

  test('the foundation capabilities', () => {
    expect(capabilitiesInScope(model, { kind: 'foundation' })).toEqual(['change-management', 'incident-management']);
  });

  test('the capabilities a profile targets, by key or given in full (a trust\'s own profile)', () => {
    expect(capabilitiesInScope(model, { kind: 'profile', profile: 'go-live' })).toEqual(['incident-management', 'supplier-management']);
    const local = { key: 'local', name: 'Local', kind: 'entitlement' as const, targets: { 'budget-management': 2, 'retired-capability': 3 } };
    expect(capabilitiesInScope(model, { kind: 'profile', profile: local })).toEqual(['budget-management']);
  });

  test('a hand-picked list comes back in model order, each once, without keys the model lacks', () => {
    const scope: AssessmentScope = { kind: 'capabilities', capabilities: ['budget-management', 'no-such-thing', 'change-management', 'budget-management'] };
    expect(capabilitiesInScope(model, scope)).toEqual(['change-management', 'budget-management']);
  });

  test('a profile the model does not have is an error naming it', () => {
    expect(() => capabilitiesInScope(model, { kind: 'profile', profile: 'nope' })).toThrow(NimmError);
    expect(() => capabilitiesInScope(model, { kind: 'profile', profile: 'nope' })).toThrow("There is no profile 'nope' in model 'test-model'.");
  });
});

describe('properties of progress', () => {
  const roundArb = modelArb.chain((generated: Model) => {
    const keys = generated.capabilities.map((c) => c.key);
    const responseArb = (key: string): fc.Arbitrary<TrackedResponse | null> => {
      const criteria = generated.capabilities.filter((c) => c.key === key)[0].levels.flatMap((l) => l.criteria.map((c) => c.key));
      return fc.option(
        fc.record({
          capability: fc.constant(key),
          status: fc.option(fc.constantFrom(...WORKFLOW_STATUSES), { nil: undefined }),
          notApplicable: fc.boolean(),
          answers: fc.subarray(criteria).chain((answered) =>
            fc.tuple(...answered.map(() => fc.constantFrom('met' as const, 'partial' as const, 'not-met' as const, 'n/a' as const))).map((values) => {
              const answers: Record<string, 'met' | 'partial' | 'not-met' | 'n/a'> = {};
              answered.forEach((criterion, i) => {
                answers[criterion] = values[i];
              });
              return answers;
            })
          )
        }),
        { nil: null }
      );
    };
    const scopeArb: fc.Arbitrary<AssessmentScope> = fc.oneof(
      fc.constant<AssessmentScope>({ kind: 'all' }),
      fc.constant<AssessmentScope>({ kind: 'foundation' }),
      fc.constant<AssessmentScope>({ kind: 'profile', profile: 'target' }),
      fc.subarray([...keys, 'not-in-model']).map((picked): AssessmentScope => ({ kind: 'capabilities', capabilities: picked }))
    );
    return fc.tuple(fc.constant(generated), fc.tuple(...keys.map(responseArb)), scopeArb);
  });

  test('status counts add up to the number in scope, overall and per category', () => {
    fc.assert(
      fc.property(roundArb, ([generated, responses, scope]) => {
        const tracked = responses.filter((r): r is TrackedResponse => r !== null);
        const progress = assessmentProgress(generated, tracked, scope);
        const inScope = capabilitiesInScope(generated, scope);
        const sum = (counts: Record<WorkflowStatus, number>): number => WORKFLOW_STATUSES.reduce((total, s) => total + counts[s], 0);
        expect(progress.capabilities).toBe(inScope.length);
        expect(sum(progress.byStatus)).toBe(inScope.length);
        expect(progress.complete).toBe(progress.byStatus.agreed + progress.byStatus['not-applicable']);
        expect(progress.answeredCriteria).toBeLessThanOrEqual(progress.criteria);
        expect(progress.categories.reduce((t, c) => t + c.capabilities, 0)).toBe(progress.capabilities);
        expect(progress.categories.reduce((t, c) => t + c.complete, 0)).toBe(progress.complete);
        expect(progress.categories.reduce((t, c) => t + c.criteria, 0)).toBe(progress.criteria);
        for (const category of progress.categories) {
          expect(sum(category.byStatus)).toBe(category.capabilities);
        }
        if (progress.percentComplete !== null) {
          expect(progress.percentComplete).toBeGreaterThanOrEqual(0);
          expect(progress.percentComplete).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: 300 }
    );
  });
});
