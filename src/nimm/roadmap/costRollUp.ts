/**
 * A plan's costs rolled up by phase and by UK financial year (1 April to 31 March). A phase's
 * cost falls in the financial years its dates cover, shared by the number of days in each (to the
 * penny, the last year taking what rounding leaves, so the years add up to the phase exactly).
 * Steps with no cost estimate are counted, not guessed.
 */
import { parseFinancialYear } from '../dashboard/budgetSplit';
import type { PhaseDates } from './schedule';

/** One phase's costs as the roll-up reads them. */
export interface PhaseCosts {
  phase: number;
  dates: PhaseDates;
  /** The cost of each step, null when not estimated. */
  costs: ReadonlyArray<number | null>;
}

export interface PhaseCostLine {
  phase: number;
  dates: PhaseDates;
  /** The sum of the estimated costs. */
  cost: number;
  /** Steps with no cost estimate. */
  uncosted: number;
}

export interface YearCostLine {
  /** "2026/27". */
  year: string;
  /** 2026 for 2026/27. */
  startYear: number;
  cost: number;
  /** Phases with days in the year, in order. */
  phases: number[];
  /** Steps with no cost estimate in those phases. */
  uncosted: number;
}

export interface CostRollUp {
  phases: PhaseCostLine[];
  /** Financial years any phase covers, in order (a year a phase has days in is listed even at £0). */
  years: YearCostLine[];
  total: number;
  uncosted: number;
}

/** The financial year a YYYY-MM-DD date falls in, e.g. 2026 for any day from 2026-04-01 to 2027-03-31. */
export function financialYearOf(date: string): number {
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= 4 ? year : year - 1;
}

/** "2026/27" for 2026. */
export function financialYearName(startYear: number): string {
  return `${startYear}/${String(((startYear + 1) % 100) + 100).slice(1)}`;
}

function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86400000;
}

function pence(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The days of `dates` in each financial year, in order. */
function daysByYear(dates: PhaseDates): Array<{ startYear: number; days: number }> {
  const first = financialYearOf(dates.start);
  const last = financialYearOf(dates.end);
  const out: Array<{ startYear: number; days: number }> = [];
  for (let y = first; y <= last; y += 1) {
    const from = Math.max(dayNumber(dates.start), dayNumber(`${y}-04-01`));
    const to = Math.min(dayNumber(dates.end), dayNumber(`${y + 1}-03-31`));
    out.push({ startYear: y, days: to - from + 1 });
  }
  return out;
}

/** The plan's costs by phase and by financial year. */
export function rollUpCosts(phases: readonly PhaseCosts[]): CostRollUp {
  const years: Record<number, YearCostLine> = {};
  const lines: PhaseCostLine[] = [];
  let total = 0;
  let uncosted = 0;
  phases.forEach((p) => {
    let cost = 0;
    let missing = 0;
    p.costs.forEach((c) => {
      if (c === null) missing += 1;
      else cost += c;
    });
    cost = pence(cost);
    lines.push({ phase: p.phase, dates: p.dates, cost, uncosted: missing });
    total = pence(total + cost);
    uncosted += missing;
    const spans = daysByYear(p.dates);
    const days = spans.reduce((n, s) => n + s.days, 0);
    let left = cost;
    spans.forEach((s, i) => {
      const share = i === spans.length - 1 ? pence(left) : pence((cost * s.days) / days);
      left = pence(left - share);
      const line = years[s.startYear] || (years[s.startYear] = { year: financialYearName(s.startYear), startYear: s.startYear, cost: 0, phases: [], uncosted: 0 });
      line.cost = pence(line.cost + share);
      line.phases.push(p.phase);
      line.uncosted += missing;
    });
  });
  const ordered = Object.keys(years)
    .map(Number)
    .sort((a, b) => a - b)
    .map((y) => years[y]);
  return { phases: lines, years: ordered, total, uncosted };
}

/** What the assessment records of the IT budget, for setting the plan's costs against. */
export interface ImproveBudget {
  /** "2026/27" as written on the assessment, or null. */
  budgetYear: string | null;
  improveBudget: number | null;
  runBudgetPercent: number | null;
}

/** How one year's planned cost stands against the improve budget. */
export type YearBudgetStanding =
  | { kind: 'against'; year: YearCostLine; budget: number; share: number }
  | { kind: 'other-year'; year: YearCostLine; budgetYear: string; budget: number }
  | { kind: 'amounts-needed'; year: YearCostLine; runBudgetPercent: number }
  | { kind: 'none'; year: YearCostLine };

/**
 * Each year's cost against the improve budget: the budget of the year it was recorded for (a
 * recorded amount with no year, or a year not written like 2026/27, counts for every year); the
 * year it was recorded for, for other years; that amounts are needed when only the run share is
 * known; or nothing.
 */
export function costsAgainstBudget(rollUp: CostRollUp, budget: ImproveBudget): YearBudgetStanding[] {
  const parsed = budget.budgetYear === null ? null : parseFinancialYear(budget.budgetYear);
  const recordedYear = parsed !== null && typeof parsed !== 'string' ? parsed : null;
  return rollUp.years.map((year): YearBudgetStanding => {
    if (budget.improveBudget !== null) {
      if (recordedYear === null || recordedYear.startYear === year.startYear) {
        return { kind: 'against', year, budget: budget.improveBudget, share: budget.improveBudget > 0 ? year.cost / budget.improveBudget : 0 };
      }
      return { kind: 'other-year', year, budgetYear: recordedYear.year, budget: budget.improveBudget };
    }
    if (budget.runBudgetPercent !== null) return { kind: 'amounts-needed', year, runBudgetPercent: budget.runBudgetPercent };
    return { kind: 'none', year };
  });
}
