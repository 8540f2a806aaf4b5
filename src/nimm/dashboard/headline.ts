/**
 * The dashboard's headline: the organisation's level and score exactly as scoring works them
 * out (rule 6 of docs/scoring.md), the rule behind them in one sentence, how much has been
 * assessed, and where the foundation capabilities stand. Nothing here works a level out again:
 * it reads the score report, so the headline always agrees with every other screen.
 */
import { HoldBack, holdBacks } from '../assessment/holdBack';
import { assessmentProgress, ProgressFigures, TrackedResponse } from '../assessment/progress';
import type { CapabilityStatus } from '../assessment/responses';
import type { AssessmentScope } from '../assessment/scope';
import { NimmError } from '../errors';
import { indexModel, ModelIndex } from '../model/modelIndex';
import type { Assessment, Model } from '../model/schema';
import { rollUp } from '../scoring/rollUps';
import { scoreAssessment } from '../scoring/scoreAssessment';
import type { RollUp, ScoreReport } from '../scoring/types';
import { count, describeLevel, formatScore, joinNames, levelName } from './format';
import { assessmentIssues, DashboardIssue } from './issues';
import { reportPositions, scoreOf } from './reportRows';

/** Options for the headline. */
export interface HeadlineOptions {
  /** The assessment's score report, when the screen already has it (saves scoring twice). */
  report?: ScoreReport;
  /**
   * The stored responses with their workflow status (agreed, ready for review...), for the
   * progress figures. Without them the assessment's own responses are used, which carry no
   * status: progress then counts nothing as agreed (see workflowStatus).
   */
  responses?: readonly TrackedResponse[];
  /** The capabilities the round covers, for the progress figures; the whole model when not given. */
  scope?: AssessmentScope;
}

/** How many capabilities are at each scoring status (they add up to `capabilities`). */
export interface StatusCounts {
  /** Capabilities in the model. */
  capabilities: number;
  /** Assessed and applicable: these are the capabilities counted in levels and scores. */
  assessed: number;
  /** No answers and no agreed level: shown at level 1, not counted. */
  notAssessed: number;
  /** Marked not applicable: no level, not counted. */
  notApplicable: number;
}

/** A foundation capability as the headline shows it. */
export interface FoundationCapability {
  capability: string;
  name: string;
  /** Its category's key. */
  category: string;
  status: CapabilityStatus;
  /** Rule 3: the agreed level, else the computed level; null when not applicable. */
  assessedLevel: number | null;
  /** Rule 4: what it counts at after dependencies; null when not applicable. */
  effectiveLevel: number | null;
  /** The model's name for the effective level ("Controlled"); null when not applicable or unnamed. */
  effectiveLevelName: string | null;
  /** True when a dependency holds it below its assessed level. */
  heldBack: boolean;
  /** The dependencies holding it back, lowest level first, each with its sentence. */
  holdBacks: HoldBack[];
}

/** The foundation capabilities (the model's "start here" list) and their own roll-up. */
export interface FoundationSummary {
  /** Rule 6 applied to the foundation capabilities alone: lowest and mean effective level of those assessed. */
  level: number | null;
  score: number | null;
  /** In model order. */
  capabilities: FoundationCapability[];
  /** One sentence, e.g. "4 of 5 foundation capabilities are assessed; the lowest is at level 2 (Controlled)." */
  sentence: string;
}

/** Everything the dashboard's headline shows. Numbers are raw: round scores to two places to show them. */
export interface DashboardHeadline {
  model: { key: string; version: string; name: string };
  assessment: { title: string; scope: string; date: string };
  /** The organisation's level (rule 6): the lowest effective level of the assessed capabilities; null when none is assessed. */
  level: number | null;
  /** The model's name for that level ("Controlled"). */
  levelName: string | null;
  /** The organisation's score (rule 6): the mean effective level of the assessed capabilities; null when none is assessed. */
  score: number | null;
  /** The rule behind the level and the score, in one sentence with the figures. */
  rule: string;
  /** How many capabilities are assessed, not assessed and not applicable. */
  counts: StatusCounts;
  /** One sentence on what is counted and what is left out. */
  coverage: string;
  /** How far the assessment round has got (workflow, not maturity): see assessmentProgress. */
  progress: ProgressFigures;
  foundation: FoundationSummary;
  /** What the headline worked round (a different model version, answers to criteria the model no longer has). */
  issues: DashboardIssue[];
}

/** The headline of one assessment. */
export function dashboardHeadline(model: Model, assessment: Assessment, options: HeadlineOptions = {}): DashboardHeadline {
  const index = indexModel(model);
  const report = options.report ?? scoreAssessment(model, assessment);
  const issues = assessmentIssues(index, assessment);
  const counts = statusCounts(index, report);
  const { level, score } = report.overall;

  let progress: ProgressFigures;
  try {
    progress = assessmentProgress(model, options.responses ?? assessment.responses, options.scope);
  } catch (error) {
    // Only a profile scope the model lacks throws here: show the whole model's progress instead.
    if (!(error instanceof NimmError)) {
      throw error;
    }
    issues.push({ subject: null, message: `${error.message} Progress is shown over the whole model instead.` });
    progress = assessmentProgress(model, options.responses ?? assessment.responses);
  }

  return {
    model: { key: model.key, version: model.version, name: model.name },
    assessment: { title: assessment.title, scope: assessment.scope, date: assessment.date },
    level,
    levelName: levelName(index, level),
    score,
    rule: ruleSentence(index, report.overall, counts.assessed),
    counts,
    coverage: coverageSentence(counts),
    progress: stripped(progress),
    foundation: foundationSummary(index, report),
    issues
  };
}

function statusCounts(index: ModelIndex, report: ScoreReport): StatusCounts {
  const counts: StatusCounts = { capabilities: 0, assessed: 0, notAssessed: 0, notApplicable: 0 };
  index.capabilityByKey.forEach((_entry, key) => {
    const score = scoreOf(report, key);
    counts.capabilities += 1;
    if (score.status === 'not-assessed') {
      counts.notAssessed += 1;
    } else if (score.status === 'not-applicable') {
      counts.notApplicable += 1;
    } else {
      counts.assessed += 1;
    }
  });
  return counts;
}

/** Rule 6 in one sentence, with this organisation's figures in it. */
function ruleSentence(index: ModelIndex, overall: RollUp, assessed: number): string {
  if (overall.level === null || overall.score === null) {
    return 'No capability has been assessed yet, so the organisation has no level and no score.';
  }
  const level = describeLevel(index, overall.level);
  if (assessed === 1) {
    return `The organisation is at ${level} and scores ${formatScore(overall.score)}: both are the level of the only capability assessed so far.`;
  }
  return `The organisation is at ${level}, the lowest level among the ${assessed} capabilities assessed, and scores ${formatScore(overall.score)}, the average of their levels.`;
}

function coverageSentence(counts: StatusCounts): string {
  const leftOut: string[] = [];
  if (counts.notAssessed > 0) {
    leftOut.push(`${counts.notAssessed} not assessed`);
  }
  if (counts.notApplicable > 0) {
    leftOut.push(`${counts.notApplicable} not applicable`);
  }
  const assessed = `${counts.assessed} of ${count(counts.capabilities, 'capability', 'capabilities')} ${counts.assessed === 1 ? 'is' : 'are'} assessed`;
  if (leftOut.length === 0) {
    return `${assessed}, so every capability counts in the level and score.`;
  }
  const total = counts.notAssessed + counts.notApplicable;
  return `${assessed}; the ${joinNames(leftOut)} ${total === 1 ? 'is' : 'are'} left out of the level and score.`;
}

function foundationSummary(index: ModelIndex, report: ScoreReport): FoundationSummary {
  const entries = index.capabilities.filter((entry) => entry.capability.foundation && index.capabilityByKey.get(entry.capability.key) === entry);
  const capabilities = entries.map((entry): FoundationCapability => {
    const score = scoreOf(report, entry.capability.key);
    const held = holdBacks(index, report, entry);
    return {
      capability: entry.capability.key,
      name: entry.capability.name,
      category: entry.capability.category,
      status: score.status,
      assessedLevel: score.assessedLevel,
      effectiveLevel: score.effectiveLevel,
      effectiveLevelName: levelName(index, score.effectiveLevel),
      heldBack: held.length > 0,
      holdBacks: held
    };
  });
  const { states, effective } = reportPositions(index, report);
  const { level, score } = rollUp(
    entries.map((entry) => entry.position),
    states,
    effective
  );
  return { level, score, capabilities, sentence: foundationSentence(index, capabilities, level) };
}

function foundationSentence(index: ModelIndex, capabilities: readonly FoundationCapability[], level: number | null): string {
  if (capabilities.length === 0) {
    return 'The model marks no capability as a foundation capability.';
  }
  const assessed = capabilities.filter((c) => c.status === 'assessed').length;
  const opening = `${assessed} of ${count(capabilities.length, 'foundation capability', 'foundation capabilities')} ${assessed === 1 ? 'is' : 'are'} assessed`;
  const lowest = level === null ? '' : `; the lowest is at ${describeLevel(index, level)}`;
  const held = capabilities.filter((c) => c.heldBack).map((c) => c.name);
  const heldSentence = held.length === 0 ? '' : ` ${joinNames(held)} ${held.length === 1 ? 'is' : 'are'} held back by a dependency.`;
  return `${opening}${lowest}.${heldSentence}`;
}

/** The overall figures only: the headline has no use for the per-category breakdown. */
function stripped(progress: ProgressFigures): ProgressFigures {
  const { capabilities, byStatus, complete, percentComplete, criteria, answeredCriteria, percentAnswered } = progress;
  return { capabilities, byStatus, complete, percentComplete, criteria, answeredCriteria, percentAnswered };
}
