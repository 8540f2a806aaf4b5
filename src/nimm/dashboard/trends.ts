/**
 * Trends: the same capabilities across past assessments. Levels are matched by capability key,
 * so assessments made against different versions of a model line up; where the model changed
 * for a capability between two assessments, the trend says so (see modelChanges), because a
 * level reached against reworded criteria is not quite the same claim.
 */
import type { CapabilityStatus } from '../assessment/responses';
import { indexModel } from '../model/modelIndex';
import type { Assessment, Model } from '../model/schema';
import { scoreAssessment } from '../scoring/scoreAssessment';
import type { ScoreReport } from '../scoring/types';
import { joinNames } from './format';
import { assessmentIssues, DashboardIssue } from './issues';
import { compareModelVersions, ModelChange } from './modelChanges';
import { scoreOf } from './reportRows';

/** One past assessment, with the model it was made against. */
export interface TrendEntry {
  model: Model;
  assessment: Assessment;
  /** What to call it on a chart ("2025", "Spring review"); its date when not given. */
  label?: string;
  /** YYYY-MM-DD to sort by; the assessment's own date when not given. */
  date?: string;
}

/** One assessment on the timeline, oldest first. */
export interface TrendPoint {
  label: string;
  date: string;
  title: string;
  modelKey: string;
  modelVersion: string;
  /** Rule 6: the organisation's level and score in that assessment. */
  level: number | null;
  score: number | null;
  /** Capabilities assessed (counted) in it. */
  assessed: number;
}

/** Where a capability stood in one assessment. */
export interface TrendCell {
  /** `not-in-model` when that assessment's model does not have the capability. */
  status: CapabilityStatus | 'not-in-model';
  /** Rule 3; null when not applicable or not in the model. */
  assessedLevel: number | null;
  /** Rule 4: what the trend compares; null when not applicable or not in the model. */
  effectiveLevel: number | null;
}

/**
 * How a capability moved from one assessment to the next, checked in this order. Levels are
 * compared only when it was assessed both times: `up`, `down` or `same` (by effective level);
 * `new` when it is assessed now but was not before (not assessed, not applicable or not in the
 * model); `not-applicable` when newly marked not applicable; `removed` when the later model no
 * longer has it; `not-assessed` when it was assessed before and is not assessed now; `none`
 * when there is nothing to compare (not counted either time, with no change of status above).
 */
export type TrendChange = 'up' | 'down' | 'same' | 'new' | 'not-assessed' | 'not-applicable' | 'removed' | 'none';

/** The move between two consecutive assessments. */
export interface TrendStep {
  change: TrendChange;
  /** Effective level before and after, each when the capability was assessed then (so `from` is kept when it is no longer assessed). */
  from: number | null;
  to: number | null;
  /** to - from when assessed both times; otherwise null. */
  by: number | null;
  /** e.g. "Up from level 2 to level 3 since 2025." */
  sentence: string;
}

/** One capability across the assessments. */
export interface CapabilityTrend {
  capability: string;
  /** Its name in the latest model that has it. */
  name: string;
  /** Its category key in the latest model that has it. */
  category: string;
  /** Where it stood in each assessment, aligned with `points`. */
  cells: TrendCell[];
  /** The move into each assessment from the one before, aligned with `points` (null for the first). */
  steps: Array<TrendStep | null>;
  /** The move since the previous assessment (the last step); null with fewer than two assessments. */
  latest: TrendStep | null;
  /** What changed in the model for it between consecutive assessments, oldest first. */
  modelChanges: ModelChange[];
}

/** The model changes between two consecutive assessments. */
export interface ModelVersionChange {
  /** Labels of the two assessments. */
  from: string;
  to: string;
  fromVersion: string;
  toVersion: string;
  changes: ModelChange[];
}

/** Trends across assessments. */
export interface AssessmentTrends {
  /** The assessments, oldest first. */
  points: TrendPoint[];
  /** Capabilities of the latest model in its order, then those only earlier models had. */
  capabilities: CapabilityTrend[];
  /** How many capabilities moved each way since the previous assessment. */
  sinceLast: Record<TrendChange, number>;
  /** e.g. "Since 2025: 3 up, 1 down, 2 newly assessed." Empty text with fewer than two assessments. */
  sentence: string;
  /** Every pair of consecutive assessments whose models differ, with what changed. */
  modelChanges: ModelVersionChange[];
  issues: DashboardIssue[];
}

const CHANGES: readonly TrendChange[] = ['up', 'down', 'same', 'new', 'not-assessed', 'not-applicable', 'removed', 'none'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Trends across the given assessments, whatever order they come in. */
export function assessmentTrends(entries: readonly TrendEntry[]): AssessmentTrends {
  const issues: DashboardIssue[] = [];
  const sorted = sortEntries(entries, issues);
  const reports: ScoreReport[] = sorted.map((entry) => scoreAssessment(entry.model, entry.assessment));
  const points = sorted.map((entry, i): TrendPoint => {
    const report = reports[i];
    const assessed = Object.keys(report.capabilities).filter((key) => report.capabilities[key].status === 'assessed').length;
    assessmentIssues(indexModel(entry.model), entry.assessment).forEach((issue) => issues.push(issue));
    return {
      label: labelOf(entry),
      date: dateOf(entry),
      title: entry.assessment.title,
      modelKey: entry.model.key,
      modelVersion: entry.model.version,
      level: report.overall.level,
      score: report.overall.score,
      assessed
    };
  });

  const modelChanges: ModelVersionChange[] = [];
  for (let i = 1; i < sorted.length; i += 1) {
    const was = sorted[i - 1].model;
    const now = sorted[i].model;
    if (was === now) {
      continue;
    }
    if (was.key !== now.key) {
      issues.push({ subject: null, message: `'${points[i - 1].label}' used model '${was.key}' and '${points[i].label}' used model '${now.key}': capabilities are matched by key.` });
    }
    const changes = compareModelVersions(was, now);
    if (changes.length > 0 || was.version !== now.version) {
      modelChanges.push({ from: points[i - 1].label, to: points[i].label, fromVersion: was.version, toVersion: now.version, changes });
    }
  }

  const capabilities = capabilityOrder(sorted).map((key) => trendOf(key, sorted, reports, points, modelChanges));
  const sinceLast = {} as Record<TrendChange, number>;
  CHANGES.forEach((change) => {
    sinceLast[change] = 0;
  });
  capabilities.forEach((trend) => {
    if (trend.latest !== null) {
      sinceLast[trend.latest.change] += 1;
    }
  });
  const sentence = points.length < 2 ? '' : summary(points[points.length - 2].label, sinceLast);
  return { points, capabilities, sinceLast, sentence, modelChanges, issues };
}

function dateOf(entry: TrendEntry): string {
  return entry.date ?? entry.assessment.date;
}

function labelOf(entry: TrendEntry): string {
  return entry.label ?? dateOf(entry);
}

/** Oldest first; entries without a YYYY-MM-DD date go last, in the order given. */
function sortEntries(entries: readonly TrendEntry[], issues: DashboardIssue[]): TrendEntry[] {
  entries.forEach((entry) => {
    if (typeof dateOf(entry) !== 'string' || !DATE.test(dateOf(entry))) {
      issues.push({ subject: null, message: `The assessment '${entry.assessment.title}' has no date written YYYY-MM-DD, so it is placed after the dated ones.` });
    }
  });
  const key = (entry: TrendEntry): string => (typeof dateOf(entry) === 'string' && DATE.test(dateOf(entry)) ? dateOf(entry) : '\uffff');
  // Sort positions with the given order as tie-break: Array.prototype.sort need not be stable in ES5.
  return entries
    .map((entry, order) => ({ entry, order }))
    .sort((a, b) => (key(a.entry) < key(b.entry) ? -1 : key(a.entry) > key(b.entry) ? 1 : a.order - b.order))
    .map((item) => item.entry);
}

/** The latest model's keys in order, then keys only earlier models had, most recent model first. */
function capabilityOrder(sorted: readonly TrendEntry[]): string[] {
  const keys: string[] = [];
  const seen: Record<string, true> = {};
  for (let i = sorted.length - 1; i >= 0; i -= 1) {
    sorted[i].model.capabilities.forEach((capability) => {
      if (!Object.prototype.hasOwnProperty.call(seen, capability.key)) {
        seen[capability.key] = true;
        keys.push(capability.key);
      }
    });
  }
  return keys;
}

function trendOf(key: string, sorted: readonly TrendEntry[], reports: readonly ScoreReport[], points: readonly TrendPoint[], modelChanges: readonly ModelVersionChange[]): CapabilityTrend {
  let name = key;
  let category = '';
  const cells = sorted.map((entry, i): TrendCell => {
    const found = indexModel(entry.model).capabilityByKey.get(key);
    if (found === undefined) {
      return { status: 'not-in-model', assessedLevel: null, effectiveLevel: null };
    }
    name = found.capability.name;
    category = found.capability.category;
    const score = scoreOf(reports[i], key);
    return { status: score.status, assessedLevel: score.assessedLevel, effectiveLevel: score.effectiveLevel };
  });
  const steps = cells.map((cell, i) => (i === 0 ? null : step(cells[i - 1], cell, points[i - 1].label)));
  const changes: ModelChange[] = [];
  modelChanges.forEach((pair) =>
    pair.changes.forEach((change) => {
      if (change.capability === key) {
        changes.push(change);
      }
    })
  );
  return { capability: key, name, category, cells, steps, latest: steps.length > 1 ? steps[steps.length - 1] : null, modelChanges: changes };
}

function step(before: TrendCell, after: TrendCell, previous: string): TrendStep {
  const was = before.status === 'assessed' ? before.effectiveLevel : null;
  const now = after.status === 'assessed' ? after.effectiveLevel : null;
  if (was !== null && now !== null) {
    const by = now - was;
    const sentence =
      by > 0 ? `Up from level ${was} to level ${now} since ${previous}.` : by < 0 ? `Down from level ${was} to level ${now} since ${previous}.` : `Still at level ${now}, as in ${previous}.`;
    return { change: by > 0 ? 'up' : by < 0 ? 'down' : 'same', from: was, to: now, by, sentence };
  }
  if (now !== null) {
    return { change: 'new', from: null, to: now, by: null, sentence: `Assessed at level ${now}; it was ${describe(before)} in ${previous}.` };
  }
  if (after.status === 'not-applicable' && before.status !== 'not-applicable') {
    return { change: 'not-applicable', from: was, to: null, by: null, sentence: `Marked not applicable; it was ${describe(before)} in ${previous}.` };
  }
  if (after.status === 'not-in-model' && before.status !== 'not-in-model') {
    return { change: 'removed', from: was, to: null, by: null, sentence: `No longer in the model; it was ${describe(before)} in ${previous}.` };
  }
  if (was !== null) {
    return { change: 'not-assessed', from: was, to: null, by: null, sentence: `Not assessed this time; it was at level ${was} in ${previous}.` };
  }
  return { change: 'none', from: null, to: null, by: null, sentence: `Nothing to compare: ${describe(after)} now and ${describe(before)} in ${previous}.` };
}

function describe(cell: TrendCell): string {
  switch (cell.status) {
    case 'assessed':
      return `at level ${cell.effectiveLevel}`;
    case 'not-assessed':
      return 'not assessed';
    case 'not-applicable':
      return 'not applicable';
    default:
      return 'not in the model';
  }
}

function summary(previous: string, counts: Record<TrendChange, number>): string {
  const parts: string[] = [];
  if (counts.up > 0) parts.push(`${counts.up} up`);
  if (counts.down > 0) parts.push(`${counts.down} down`);
  if (counts.same > 0) parts.push(`${counts.same} unchanged`);
  if (counts.new > 0) parts.push(`${counts.new} newly assessed`);
  if (counts['not-assessed'] > 0) parts.push(`${counts['not-assessed']} no longer assessed`);
  if (counts['not-applicable'] > 0) parts.push(`${counts['not-applicable']} newly not applicable`);
  if (counts.removed > 0) parts.push(`${counts.removed} no longer in the model`);
  if (parts.length === 0) {
    return `Since ${previous}: nothing assessed in both to compare.`;
  }
  return `Since ${previous}: ${joinNames(parts)}.`;
}
