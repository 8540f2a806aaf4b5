/**
 * Small hand-written models and assessments for the domain tests. Builders keep each test's
 * model visible at a glance: a capability is its criteria per level (one perspective per
 * criterion) plus dependencies written as [level, requires, minLevel].
 */
import type { Answer, Assessment, Capability, Model, Profile, Response } from '../../src/nimm';

export const PERSPECTIVES = ['strategy', 'security', 'technology', 'process', 'people'];

/** A capability's criteria: level number -> the perspective of each criterion at that level. */
export type CriteriaSpec = Record<number, string[]>;

export interface CapabilitySpec {
  criteria?: CriteriaSpec;
  /** [level, requires, minLevel] */
  deps?: Array<[number, string, number]>;
  foundation?: boolean;
  category?: string;
}

/** Criteria at levels 2..top, one "process" and one "technology" criterion each. */
export function fullCriteria(top = 5): CriteriaSpec {
  const spec: CriteriaSpec = {};
  for (let level = 2; level <= top; level += 1) {
    spec[level] = ['process', 'technology'];
  }
  return spec;
}

/** A capability built from a spec; criterion keys are `<key>.<level>.<n>`. */
export function capability(key: string, spec: CapabilitySpec = {}): Capability {
  const criteria = spec.criteria ?? fullCriteria();
  return {
    key,
    name: `Capability ${key}`,
    category: spec.category ?? 'technical-one',
    foundation: spec.foundation ?? false,
    summary: `What ${key} is.`,
    levels: Object.keys(criteria)
      .map(Number)
      .map((level) => ({
        level,
        descriptor: `${key} at level ${level}.`,
        criteria: criteria[level].map((perspective, i) => ({ key: `${key}.${level}.${i + 1}`, perspective, text: `Criterion ${i + 1}.` }))
      })),
    dependencies: (spec.deps ?? []).map(([level, requires, minLevel]) => ({ level, requires, minLevel, why: `${key} needs ${requires}.` }))
  };
}

/** A five-level model with two categories, the five perspectives, and the given capabilities and profiles. */
export function buildModel(capabilities: Record<string, CapabilitySpec>, profiles: Record<string, Record<string, number>> = {}): Model {
  return {
    format: 'nimm-model',
    formatVersion: 1,
    key: 'test-model',
    version: '1',
    name: 'Test model',
    levels: ['Basic', 'Controlled', 'Standardised', 'Optimised', 'Innovative'].map((name, i) => ({ level: i + 1, name, summary: `${name}.` })),
    perspectives: PERSPECTIVES.map((key) => ({ key, name: key })),
    categories: [
      { key: 'technical-one', name: 'Technical one', aspect: 'technical' },
      { key: 'business-one', name: 'Business one', aspect: 'business' }
    ],
    capabilities: Object.keys(capabilities).map((key) => capability(key, capabilities[key])),
    profiles: Object.keys(profiles).map(
      (key): Profile => ({ key, name: `Profile ${key}`, kind: 'target', targets: profiles[key] })
    )
  };
}

/** What one capability's response says; omitted fields take the format's defaults. */
export interface ResponseSpec {
  answers?: Record<string, Answer>;
  agreedLevel?: number | null;
  notApplicable?: boolean;
}

/** An assessment of `model` with the given responses, by capability key. */
export function assess(model: Model, responses: Record<string, ResponseSpec> = {}): Assessment {
  return {
    format: 'nimm-assessment',
    formatVersion: 1,
    model: { key: model.key, version: model.version },
    title: 'Test assessment',
    scope: 'Test trust',
    date: '2026-11-26',
    responses: Object.keys(responses).map(
      (capabilityKey): Response => ({
        capability: capabilityKey,
        notApplicable: responses[capabilityKey].notApplicable ?? false,
        agreedLevel: responses[capabilityKey].agreedLevel ?? null,
        rationale: '',
        answers: responses[capabilityKey].answers ?? {}
      })
    )
  };
}

/** Answers meeting every criterion of `key` at levels 2..level (and none above). */
export function metUpTo(model: Model, key: string, level: number): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  const found = model.capabilities.find((c) => c.key === key);
  for (const l of found?.levels ?? []) {
    if (l.level <= level) {
      for (const criterion of l.criteria) {
        answers[criterion.key] = 'met';
      }
    }
  }
  return answers;
}

/** A response assessed (through answers) at exactly `level`. */
export function atLevel(model: Model, key: string, level: number): ResponseSpec {
  return { answers: metUpTo(model, key, level) };
}

/** A deep copy, for tests that break a valid model in one place. */
export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
