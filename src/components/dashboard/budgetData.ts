/** What the run-versus-improve view reads: the budget splits recorded with one scope's assessments. */
import type { AssessmentSummary, DashboardView } from '../../data/types';
import { budgetSplit, parseFinancialYear, type BudgetRecord, type BudgetSplit, type BudgetYear } from '../../nimm';

/** A record that could not be read, with the assessment it was recorded with. */
export interface BudgetViewProblem {
  assessment: AssessmentSummary;
  /** The engine's sentence, without its "Record n:" (the assessment's title says which). */
  message: string;
}

export interface BudgetViewData {
  /** The scope of the assessment shown, as written on it. */
  scope: string;
  /** Whether any assessment of the scope has a split recorded (read or not). */
  recorded: boolean;
  split: BudgetSplit;
  /** The year to show against the benchmark: the shown assessment's, else the latest read. */
  current: BudgetYear | null;
  /** Whether `current` is the shown assessment's own year. */
  currentIsShown: boolean;
  problems: BudgetViewProblem[];
}

/** When an assessment was made: its start date, or when the item was created (as the store orders them). */
function madeOn(a: AssessmentSummary): string {
  return (a.startDate ?? a.created ?? '').slice(0, 10);
}

/**
 * The assessment shown and every earlier one of its scope (all the site lists, not only the
 * history the dashboard loads responses for), newest first, in the store's order: start date,
 * then item id.
 */
export function scopeAssessments(all: readonly AssessmentSummary[], shown: AssessmentSummary): AssessmentSummary[] {
  const newestFirst = all.slice().sort((a, b) => (madeOn(a) === madeOn(b) ? b.id - a.id : madeOn(a) < madeOn(b) ? 1 : -1));
  let position = -1;
  newestFirst.forEach((a, i) => {
    if (a.id === shown.id && position < 0) position = i;
  });
  const scope = shown.scope.trim().toLowerCase();
  const earlier = newestFirst.filter((a, i) => i > position && a.id !== shown.id && a.scope.trim().toLowerCase() === scope);
  return [shown].concat(earlier);
}

/** Whether the assessment has any part of a budget split. */
function hasSplit(a: AssessmentSummary): boolean {
  return a.budgetYear !== null || a.runBudget !== null || a.improveBudget !== null || a.runBudgetPercent !== null;
}

/** The engine's record for an assessment: amounts when it has any, else the run share. */
export function budgetRecordOf(a: AssessmentSummary): BudgetRecord {
  const record: BudgetRecord = { year: a.budgetYear ?? '' };
  if (a.runBudget !== null) record.run = a.runBudget;
  if (a.improveBudget !== null) record.improve = a.improveBudget;
  if (a.runBudget === null && a.improveBudget === null && a.runBudgetPercent !== null) record.runPercent = a.runBudgetPercent;
  return record;
}

/**
 * The splits of the shown assessment's scope, by year, newest assessment first so that when two
 * assessments give the same year the newer one's figures are used.
 */
export function budgetViewData(view: DashboardView, shown: AssessmentSummary): BudgetViewData {
  const withSplit = scopeAssessments(view.assessments, shown).filter(hasSplit);
  const split = budgetSplit(withSplit.map(budgetRecordOf));
  const problems = split.problems.map((p) => ({ assessment: withSplit[p.index], message: p.message.replace(/^Record \d+: /, '') }));
  // The shown assessment is the first record when it has one; its year, if it could be read.
  const shownYear = withSplit.length > 0 && withSplit[0].id === shown.id && !split.problems.some((p) => p.index === 0) ? parseFinancialYear(withSplit[0].budgetYear) : null;
  const own = shownYear !== null && typeof shownYear !== 'string' ? split.years.filter((y) => y.year === shownYear.year)[0] ?? null : null;
  const current = own ?? (split.years.length > 0 ? split.years[split.years.length - 1] : null);
  return { scope: shown.scope, recorded: withSplit.length > 0, split, current, currentIsShown: own !== null, problems };
}

