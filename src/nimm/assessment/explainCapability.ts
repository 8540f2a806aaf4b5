/**
 * Why a capability sits at its level: what the answers give, what the team agreed, what
 * dependencies hold it back and what the next level still needs. Scoring explains itself here
 * so a team never has to reverse-engineer a number (a frequent complaint about maturity tools).
 * Every level comes from scoreAssessment: this file only reads the report and the model.
 */
import { NimmError } from '../errors';
import { indexModel } from '../model/modelIndex';
import type { Assessment, Model, Response } from '../model/schema';
import { scoreAssessment } from '../scoring/scoreAssessment';
import type { ScoreReport } from '../scoring/types';
import { HoldBack, holdBacks } from './holdBack';
import { NextLevelProgress, nextLevelProgress } from './nextLevel';
import type { CapabilityStatus } from './responses';

/** Why one capability is at its level. Levels are null when it is not applicable. */
export interface CapabilityExplanation {
  capability: string;
  name: string;
  status: CapabilityStatus;
  /** What the answers alone give (rule 2). */
  computedLevel: number | null;
  /** The level the team agreed, when recorded (and the capability applies); otherwise null. */
  agreedLevel: number | null;
  /** True when an agreed level is recorded and differs from the computed level: both are kept. */
  agreedDiffers: boolean;
  /** The agreed level when recorded, otherwise the computed level (rule 3). */
  assessedLevel: number | null;
  /** The assessed level as far as dependencies allow (rule 4). */
  effectiveLevel: number | null;
  /** The level each perspective's answers reach (rule 2). */
  perspectiveLevels: Record<string, number>;
  /** The dependencies holding it below its assessed level, lowest level first. */
  holdBacks: HoldBack[];
  /** What the level above the computed level still needs; null at the top or when not applicable. */
  nextLevel: NextLevelProgress | null;
  /** The explanation in plain sentences, in reading order. */
  sentences: string[];
}

/** An assessment, or just its responses: the screens hold responses, the command line a file. */
export type ResponsesOrAssessment = Assessment | readonly Response[];

/** The assessment to score: scoring reads only its responses, so the rest is filled in plainly. */
function asAssessment(model: Model, input: ResponsesOrAssessment): Assessment {
  if (!Array.isArray(input)) {
    return input as Assessment;
  }
  return {
    format: 'nimm-assessment',
    formatVersion: 1,
    model: { key: model.key, version: model.version },
    title: '',
    scope: '',
    date: '1970-01-01',
    responses: input as Response[]
  };
}

/**
 * Explains one capability of an assessment. The report can be passed in when the screen has
 * already scored the assessment, so a page of explanations scores it once.
 */
export function explainCapability(model: Model, responses: ResponsesOrAssessment, capabilityKey: string, report?: ScoreReport): CapabilityExplanation {
  const index = indexModel(model);
  const entry = index.capabilityByKey.get(capabilityKey);
  if (entry === undefined) {
    throw new NimmError('unknown-capability', `There is no capability '${capabilityKey}' in model '${model.key}'.`);
  }
  const assessment = asAssessment(model, responses);
  const scores = report ?? scoreAssessment(model, assessment);
  const score = scores.capabilities[capabilityKey];
  // The first response for a capability counts, as in scoring.
  const response = assessment.responses.filter((r) => r.capability === capabilityKey)[0];
  const agreed = score.status !== 'not-applicable' && response !== undefined && response.agreedLevel !== null && response.agreedLevel !== undefined ? response.agreedLevel : null;
  const held = holdBacks(index, scores, entry);
  const nextLevel = score.status === 'not-applicable' ? null : nextLevelProgress(index, scores, entry, response?.answers ?? {});
  const explanation: CapabilityExplanation = {
    capability: capabilityKey,
    name: entry.capability.name,
    status: score.status,
    computedLevel: score.computedLevel,
    agreedLevel: agreed,
    agreedDiffers: agreed !== null && agreed !== score.computedLevel,
    assessedLevel: score.assessedLevel,
    effectiveLevel: score.effectiveLevel,
    perspectiveLevels: score.perspectiveLevels,
    holdBacks: held,
    nextLevel,
    sentences: []
  };
  explanation.sentences = sentencesFor(explanation, index.topLevel);
  return explanation;
}

/** The explanation read aloud: levels first, then what holds it back, then what is next. */
function sentencesFor(e: CapabilityExplanation, topLevel: number): string[] {
  if (e.status === 'not-applicable') {
    return ['Marked not applicable: it has no level and is left out of roll-ups and profiles.'];
  }
  const sentences: string[] = [];
  if (e.status === 'not-assessed') {
    sentences.push('Not assessed yet, so it counts as level 1.');
  } else if (e.agreedDiffers) {
    sentences.push(`The team agreed level ${e.agreedLevel}; the answers alone give level ${e.computedLevel}.`);
  } else if (e.agreedLevel !== null) {
    sentences.push(`The team agreed level ${e.agreedLevel}, as the answers give.`);
  } else {
    sentences.push(`The answers give level ${e.computedLevel}.`);
  }
  for (const holdBack of e.holdBacks) {
    sentences.push(holdBack.sentence);
  }
  if (e.holdBacks.length === 0 && e.status === 'assessed') {
    sentences.push(`No dependency holds it back: it counts at level ${e.effectiveLevel}.`);
  }
  const next = e.nextLevel;
  if (next === null) {
    sentences.push(`The answers reach the top level, ${topLevel}.`);
  } else if (next.applicable === 0 && next.notApplicable === 0) {
    sentences.push(`Level ${next.level} has no criteria in this model, so answers cannot reach it.`);
  } else {
    sentences.push(`Towards level ${next.level}: ${next.summary}${next.partial > 0 ? `, ${next.partial} partly` : ''}.`);
    for (const requirement of next.requirements) {
      sentences.push(requirement.sentence);
    }
  }
  return sentences;
}
