/**
 * The small model most dashboard tests share, worked by hand:
 *
 * | capability | category      | foundation | answers / agreed          | assessed | effective |
 * | ---------- | ------------- | ---------- | ------------------------- | -------- | --------- |
 * | config     | technical-one |            | config.2.1 not met        | 1        | 1         |
 * | change     | technical-one | yes        | met up to 3               | 3        | 2 (level 3 needs config at 2) |
 * | incident   | technical-one | yes        | met up to 4               | 4        | 4         |
 * | budgeting  | business-one  |            | agreed 2, no answers      | 2        | 2         |
 * | skills     | business-one  |            | not applicable            | -        | -         |
 *
 * Counted: config 1, change 2, incident 4, budgeting 2: level 1, score 9 / 4 = 2.25.
 */
import type { Assessment, Model } from '../../../src/nimm';
import { assess, atLevel, buildModel } from '../fixtures';

export function smallModel(): Model {
  const model = buildModel({
    config: {},
    change: { foundation: true, deps: [[3, 'config', 2]] },
    incident: { foundation: true },
    budgeting: { category: 'business-one' },
    skills: { category: 'business-one' }
  });
  model.capabilities.forEach((capability) => {
    capability.name = capability.key.charAt(0).toUpperCase() + capability.key.slice(1);
  });
  return model;
}

export function smallAssessment(model: Model): Assessment {
  return assess(model, {
    config: { answers: { 'config.2.1': 'not-met' } },
    change: atLevel(model, 'change', 3),
    incident: atLevel(model, 'incident', 4),
    budgeting: { agreedLevel: 2 },
    skills: { notApplicable: true }
  });
}
