/**
 * fast-check generators for small, valid, acyclic models and assessments of them. Models have
 * five levels and criteria at every level 2..5, and dependencies only point to earlier
 * capabilities, so they always validate and every target can be reached.
 */
import fc from 'fast-check';
import type { Answer, Assessment, Model } from '../../src/nimm';
import { assess, buildModel, CapabilitySpec, PERSPECTIVES, ResponseSpec } from './fixtures';

const KEYS = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf'];

const criteriaArb = fc.array(fc.constantFrom(...PERSPECTIVES), { minLength: 1, maxLength: 3 });

function capabilityArb(position: number): fc.Arbitrary<CapabilitySpec> {
  const deps =
    position === 0
      ? fc.constant([] as Array<[number, string, number]>)
      : fc.array(
          fc.tuple(fc.integer({ min: 2, max: 5 }), fc.constantFrom(...KEYS.slice(0, position)), fc.integer({ min: 2, max: 5 })),
          { maxLength: 3 }
        );
  return fc.record({
    criteria: fc.record({ 2: criteriaArb, 3: criteriaArb, 4: criteriaArb, 5: criteriaArb }),
    deps,
    foundation: fc.boolean()
  });
}

/**
 * A valid model of 1-7 capabilities with one profile, "target", over some of them. The list
 * order is shuffled, so requirements do not always come before what depends on them and the
 * engine cannot get away with a single pass in list order.
 */
const orderedModelArb: fc.Arbitrary<Model> = fc.integer({ min: 1, max: KEYS.length }).chain((count) =>
  fc
    .tuple(
      fc.tuple(...KEYS.slice(0, count).map((_key, i) => capabilityArb(i))),
      fc.array(fc.tuple(fc.constantFrom(...KEYS.slice(0, count)), fc.integer({ min: 1, max: 5 })), { minLength: 1, maxLength: count })
    )
    .map(([specs, targets]) => {
      const capabilities: Record<string, CapabilitySpec> = {};
      specs.forEach((spec, i) => {
        capabilities[KEYS[i]] = spec;
      });
      const target: Record<string, number> = {};
      for (const [key, level] of targets) {
        target[key] = level;
      }
      return buildModel(capabilities, { target });
    })
);

export const modelArb: fc.Arbitrary<Model> = orderedModelArb.chain((model) =>
  fc
    .shuffledSubarray(model.capabilities, { minLength: model.capabilities.length, maxLength: model.capabilities.length })
    .map((capabilities) => ({ ...model, capabilities }))
);

const answerArb: fc.Arbitrary<Answer | undefined> = fc.constantFrom<Answer | undefined>(undefined, 'not-met', 'partial', 'met', 'met', 'n/a');

/** An assessment of the model: each capability absent, not applicable, or answered (and maybe agreed). */
export function assessmentArb(model: Model): fc.Arbitrary<Assessment> {
  const responseArbs = model.capabilities.map((capability) => {
    const criteria = capability.levels.flatMap((l) => l.criteria.map((c) => c.key));
    const answered: fc.Arbitrary<ResponseSpec | null> = fc
      .tuple(fc.array(answerArb, { minLength: criteria.length, maxLength: criteria.length }), fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 4 }))
      .map(([answers, agreedLevel]) => {
        const map: Record<string, Answer> = {};
        criteria.forEach((key, i) => {
          const answer = answers[i];
          if (answer !== undefined) {
            map[key] = answer;
          }
        });
        return { answers: map, agreedLevel };
      });
    return fc.oneof(
      { arbitrary: fc.constant(null), weight: 1 },
      { arbitrary: fc.constant<ResponseSpec>({ notApplicable: true }), weight: 1 },
      { arbitrary: answered, weight: 6 }
    );
  });
  return fc.tuple(...responseArbs).map((responses) => {
    const spec: Record<string, ResponseSpec> = {};
    responses.forEach((response, i) => {
      if (response !== null) {
        spec[model.capabilities[i].key] = response;
      }
    });
    return assess(model, spec);
  });
}

/** A model together with an assessment of it. */
export const modelAndAssessmentArb = modelArb.chain((model) => assessmentArb(model).map((assessment) => ({ model, assessment })));
