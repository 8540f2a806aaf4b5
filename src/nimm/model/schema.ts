import { z } from 'zod';
import { keyProblem } from './keys';

/**
 * Zod schemas for the public NIMM interchange formats ("nimm-model" and "nimm-assessment").
 * Field names are a public contract (docs/model-format.md): do not rename them.
 * These schemas check shape only; cross-references (unknown keys, cycles, ranges) are checked
 * by the validators, which report every problem at once with its JSON path.
 */

export { KEY_PATTERN } from './keys';

const key = z.string().superRefine((value, ctx) => {
  const problem = keyProblem(value);
  if (problem !== null) ctx.addIssue({ code: z.ZodIssueCode.custom, message: problem });
});
const text = z.string();
const nonEmptyText = z.string().trim().min(1, 'must not be empty');

/** A model level: 1..N, numbered in order without gaps. */
export const levelDefinitionSchema = z.object({
  level: z.number().int().min(1),
  name: nonEmptyText,
  summary: text
});

/** A perspective every criterion is seen through (strategy, security, technology, process, people). */
export const perspectiveSchema = z.object({
  key,
  name: nonEmptyText,
  description: text.optional()
});

/** Which side of the model a category is on. */
export const aspectSchema = z.enum(['technical', 'business']);

/** A group of capabilities. */
export const categorySchema = z.object({
  key,
  name: nonEmptyText,
  aspect: aspectSchema,
  description: text.optional()
});

/** A statement a team answers for one capability level, from one perspective. */
export const criterionSchema = z.object({
  key,
  perspective: key,
  text: nonEmptyText,
  guidance: text.optional()
});

/** One of a capability's levels 2..N, with its criteria. */
export const capabilityLevelSchema = z.object({
  level: z.number().int().min(2, 'must be 2 or more: level 1 is the floor and has no criteria'),
  descriptor: text,
  criteria: z.array(criterionSchema)
});

/** A capability counts at `level` or above only while `requires` is at `minLevel` or above. */
export const dependencySchema = z.object({
  level: z.number().int().min(2, 'must be 2 or more: level 1 is the floor and has no requirements'),
  requires: key,
  minLevel: z.number().int().min(1),
  why: text
});

/** A capability: its levels, criteria and dependencies. */
export const capabilitySchema = z.object({
  key,
  name: nonEmptyText,
  category: key,
  foundation: z.boolean().default(false),
  summary: text,
  /** What level 1 (the floor, which has no criteria) looks like for this capability. Optional. */
  basicDescriptor: text.optional(),
  ownerRole: text.optional(),
  levels: z.array(capabilityLevelSchema),
  dependencies: z.array(dependencySchema).default([])
});

/** What a profile is for: a maturity target, a service's needs, or an entitlement's thresholds. */
export const profileKindSchema = z.enum(['target', 'service', 'entitlement']);

/** A named set of target levels by capability key. */
export const profileSchema = z.object({
  key,
  name: nonEmptyText,
  kind: profileKindSchema,
  description: text.optional(),
  /** Free text shown with entitlement profiles: where the thresholds come from and who sets them. */
  localSettingsNote: text.optional(),
  targets: z.record(z.string(), z.number().int())
});

/** A whole model file ("nimm-model", format version 1). */
export const modelSchema = z.object({
  format: z.literal('nimm-model'),
  formatVersion: z.literal(1),
  key,
  version: nonEmptyText,
  name: nonEmptyText,
  description: text.optional(),
  levels: z.array(levelDefinitionSchema).min(2, 'a model needs at least two levels'),
  perspectives: z.array(perspectiveSchema).min(1, 'a model needs at least one perspective'),
  categories: z.array(categorySchema).min(1, 'a model needs at least one category'),
  capabilities: z.array(capabilitySchema),
  profiles: z.array(profileSchema).default([])
});

/** An answer to a criterion; an unanswered criterion counts as not met. */
export const answerSchema = z.enum(['met', 'partial', 'not-met', 'n/a']);

/** A team's response for one capability. */
export const responseSchema = z.object({
  capability: key,
  notApplicable: z.boolean().default(false),
  agreedLevel: z.number().int().min(1).nullable().default(null),
  rationale: text.default(''),
  answers: z.record(z.string(), answerSchema).default({})
});

/** True for a YYYY-MM-DD string naming a real day (the pattern alone lets 2026-02-30 through). */
function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) {
    return true; // the pattern check reports this one
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0-99 onto the 1900s.
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A whole assessment file ("nimm-assessment", format version 1). */
export const assessmentSchema = z.object({
  format: z.literal('nimm-assessment'),
  formatVersion: z.literal(1),
  model: z.object({ key, version: nonEmptyText }),
  title: text,
  scope: text.default(''),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
    .refine(isCalendarDate, 'must be a real calendar date'),
  responses: z.array(responseSchema)
});

/** A model level. */
export type LevelDefinition = z.infer<typeof levelDefinitionSchema>;
/** A perspective. */
export type Perspective = z.infer<typeof perspectiveSchema>;
/** `technical` or `business`. */
export type Aspect = z.infer<typeof aspectSchema>;
/** A category. */
export type Category = z.infer<typeof categorySchema>;
/** A criterion. */
export type Criterion = z.infer<typeof criterionSchema>;
/** A capability level (2..N). */
export type CapabilityLevel = z.infer<typeof capabilityLevelSchema>;
/** A dependency of a capability level on another capability. */
export type Dependency = z.infer<typeof dependencySchema>;
/** A capability. */
export type Capability = z.infer<typeof capabilitySchema>;
/** `target`, `service` or `entitlement`. */
export type ProfileKind = z.infer<typeof profileKindSchema>;
/** A profile of target levels. */
export type Profile = z.infer<typeof profileSchema>;
/** A parsed model, defaults filled in. */
export type Model = z.infer<typeof modelSchema>;
/** `met`, `partial`, `not-met` or `n/a`. */
export type Answer = z.infer<typeof answerSchema>;
/** A parsed response, defaults filled in. */
export type Response = z.infer<typeof responseSchema>;
/** A parsed assessment, defaults filled in. */
export type Assessment = z.infer<typeof assessmentSchema>;
