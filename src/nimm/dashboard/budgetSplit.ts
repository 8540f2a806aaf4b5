/**
 * Run versus improve: how a trust's IT budget splits between running the organisation
 * (maintenance and infrastructure) and improving it, year by year, against the analysts' rule of
 * thumb of 70% run and 30% improve. Records come from people typing figures in, so a bad one is
 * reported in a sentence and left out, never thrown.
 */
import { formatOneDecimal } from './format';

/** The benchmark: 70% of the budget on running the organisation, 30% on improving it. */
export const BUDGET_BENCHMARK = { runPercent: 70, improvePercent: 30 } as const;

/** How far (in percentage points) two percentages given together may add up away from 100 and still be read as a split. */
export const PERCENT_TOLERANCE = 1;

/** One year's figures: amounts (any currency unit, both needed) or percentages (either or both). */
export interface BudgetRecord {
  /** A UK financial year, "2025/26" (April 2025 to March 2026); "2025-26" and "2025/2026" are read too. */
  year: string;
  /** Amount spent running the organisation. */
  run?: number;
  /** Amount spent improving it. */
  improve?: number;
  /** Share on running, 0 to 100. */
  runPercent?: number;
  /** Share on improving, 0 to 100. */
  improvePercent?: number;
}

/** Where a year's improvement share sits against the benchmark's 30%, to one decimal place. */
export type BenchmarkPosition = 'below' | 'at' | 'above';

/** One year's split, as percentages. */
export interface BudgetYear {
  /** The year written "2025/26". */
  year: string;
  /** The calendar year it starts in (2025 for 2025/26). */
  startYear: number;
  /** Whether the percentages come from amounts or were given as percentages. */
  basis: 'amounts' | 'percentages';
  /** Amounts when given; null otherwise. */
  runAmount: number | null;
  improveAmount: number | null;
  /** Shares of the budget, adding up to 100; not rounded. */
  runPercent: number;
  improvePercent: number;
  /** improvePercent - 30: positive when more goes on improvement than the benchmark. */
  improveVsBenchmark: number;
  position: BenchmarkPosition;
  /** Change in the improvement share since the previous valid year listed (percentage points); null for the first. */
  improveChange: number | null;
  /** One sentence, e.g. "In 2025/26, 72% of the IT budget went on running the organisation and 28% on improving it: 2 points below the 30% improvement share of the 70/30 benchmark, up 3 points on 2024/25." */
  sentence: string;
}

/** A record left out, and why. */
export interface BudgetProblem {
  /** Its position in the records given (from 0). */
  index: number;
  /** Its year as given, for the message; null when there was none. */
  year: string | null;
  message: string;
}

/** The years' splits and the records that could not be read. */
export interface BudgetSplit {
  benchmark: { runPercent: number; improvePercent: number };
  /** Valid years, oldest first. */
  years: BudgetYear[];
  problems: BudgetProblem[];
}

/** Normalises, checks and sorts the records; see docs/scoring.md, "For the dashboard". */
export function budgetSplit(records: readonly BudgetRecord[]): BudgetSplit {
  const problems: BudgetProblem[] = [];
  const read: Array<Omit<BudgetYear, 'improveChange' | 'sentence'>> = [];
  const seen: Record<string, number> = {};
  (records ?? []).forEach((record, index) => {
    const given = record !== null && typeof record === 'object' && typeof record.year === 'string' ? record.year : null;
    const problem = (message: string): void => {
      problems.push({ index, year: given, message });
    };
    if (record === null || typeof record !== 'object') {
      problem(`Record ${index + 1} is not a set of budget figures.`);
      return;
    }
    const year = parseFinancialYear(record.year);
    if (typeof year === 'string') {
      problem(`Record ${index + 1}: ${year}`);
      return;
    }
    if (Object.prototype.hasOwnProperty.call(seen, year.year)) {
      problem(`${year.year} is listed more than once; the first record for it (number ${seen[year.year] + 1}) is used.`);
      return;
    }
    const split = readSplit(record, year.year);
    if (typeof split === 'string') {
      problem(split);
      return;
    }
    seen[year.year] = index;
    read.push({ ...year, ...split, improveVsBenchmark: split.improvePercent - BUDGET_BENCHMARK.improvePercent, position: positionOf(split.improvePercent) });
  });
  const years = read
    .sort((a, b) => a.startYear - b.startYear)
    .map((year, i, all): BudgetYear => {
      const improveChange = i === 0 ? null : year.improvePercent - all[i - 1].improvePercent;
      return { ...year, improveChange, sentence: sentenceFor(year, improveChange, i === 0 ? null : all[i - 1].year) };
    });
  return { benchmark: { ...BUDGET_BENCHMARK }, years, problems };
}

/**
 * A UK financial year, "2025/26", from "2025/26", "2025-26" or "2025/2026" (spaces around
 * ignored); the second year must follow the first. Returns the problem in words otherwise.
 */
export function parseFinancialYear(value: unknown): { year: string; startYear: number } | string {
  if (typeof value !== 'string' || value.trim() === '') {
    return 'there is no financial year: write it like 2025/26.';
  }
  const match = /^(\d{4})\s*[/-]\s*(\d{2}|\d{4})$/.exec(value.trim());
  if (!match) {
    return `'${value}' is not a financial year: write it like 2025/26 (April 2025 to March 2026).`;
  }
  const start = Number(match[1]);
  const end = Number(match[2]);
  const follows = match[2].length === 2 ? end === (start + 1) % 100 : end === start + 1;
  if (!follows) {
    return `'${value}' is not a financial year: the second year must be the one after the first, as in ${start}/${String((start + 1) % 100 + 100).slice(1)}.`;
  }
  return { year: `${start}/${String((start + 1) % 100 + 100).slice(1)}`, startYear: start };
}

type Split = Pick<BudgetYear, 'basis' | 'runAmount' | 'improveAmount' | 'runPercent' | 'improvePercent'>;

function given(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/** The split as percentages, or the problem in words. */
function readSplit(record: BudgetRecord, year: string): Split | string {
  const fields: Array<[keyof BudgetRecord, string]> = [
    ['run', 'the run amount'],
    ['improve', 'the improve amount'],
    ['runPercent', 'the run percentage'],
    ['improvePercent', 'the improve percentage']
  ];
  for (const [field, words] of fields) {
    const value: unknown = record[field];
    if (given(value) && (typeof value !== 'number' || !isFinite(value) || value < 0)) {
      return `${year}: ${words} must be a number of 0 or more, not ${typeof value === 'number' ? String(value) : JSON.stringify(value)}.`;
    }
  }
  const percents = [record.runPercent, record.improvePercent].filter(given) as number[];
  if (percents.some((p) => p > 100)) {
    return `${year}: a percentage cannot be more than 100.`;
  }
  const fromPercents = percentSplit(record, year);
  if (typeof fromPercents === 'string') {
    return fromPercents;
  }
  if (given(record.run) || given(record.improve)) {
    if (!given(record.run) || !given(record.improve)) {
      return `${year}: give both the run and the improve amounts (or percentages instead), not just one.`;
    }
    const run = record.run as number;
    const improve = record.improve as number;
    if (run + improve === 0) {
      return `${year}: the run and improve amounts are both 0, so there is no split to show.`;
    }
    const split: Split = { basis: 'amounts', runAmount: run, improveAmount: improve, runPercent: (run / (run + improve)) * 100, improvePercent: (improve / (run + improve)) * 100 };
    if (fromPercents !== null && Math.abs(fromPercents.runPercent - split.runPercent) > PERCENT_TOLERANCE) {
      return `${year}: the amounts give ${formatOneDecimal(split.runPercent)}% on running, but the percentages given say ${formatOneDecimal(fromPercents.runPercent)}%.`;
    }
    return split;
  }
  return fromPercents ?? `${year}: there are no figures: give the run and improve amounts, or the percentage on either.`;
}

/** The split from percentages, null when none is given, or the problem in words. */
function percentSplit(record: BudgetRecord, year: string): Split | string | null {
  const hasRun = given(record.runPercent);
  const hasImprove = given(record.improvePercent);
  if (!hasRun && !hasImprove) {
    return null;
  }
  let run = hasRun ? (record.runPercent as number) : 100 - (record.improvePercent as number);
  let improve = hasImprove ? (record.improvePercent as number) : 100 - run;
  if (hasRun && hasImprove) {
    const total = run + improve;
    if (Math.abs(total - 100) > PERCENT_TOLERANCE) {
      return `${year}: the percentages add up to ${formatOneDecimal(total)}, not 100.`;
    }
    // Rounded figures such as 66.7 and 33.4 are read as the split they stand for.
    run = (run / total) * 100;
    improve = (improve / total) * 100;
  }
  return { basis: 'percentages', runAmount: null, improveAmount: null, runPercent: run, improvePercent: improve };
}

/** Below, at or above 30%, judged to one decimal place (what the sentence shows). */
function positionOf(improvePercent: number): BenchmarkPosition {
  const difference = Math.round((improvePercent - BUDGET_BENCHMARK.improvePercent) * 10) / 10;
  return difference < 0 ? 'below' : difference > 0 ? 'above' : 'at';
}

function points(value: number): string {
  const text = formatOneDecimal(Math.abs(value));
  return `${text} ${text === '1' ? 'point' : 'points'}`;
}

function sentenceFor(year: Omit<BudgetYear, 'improveChange' | 'sentence'>, change: number | null, previous: string | null): string {
  const split = `In ${year.year}, ${formatOneDecimal(year.runPercent)}% of the IT budget went on running the organisation and ${formatOneDecimal(year.improvePercent)}% on improving it`;
  const benchmark =
    year.position === 'at'
      ? 'in line with the 70/30 benchmark'
      : `${points(year.improveVsBenchmark)} ${year.position} the 30% improvement share of the 70/30 benchmark`;
  let trend = '';
  if (change !== null && previous !== null) {
    const rounded = Math.round(change * 10) / 10;
    trend = rounded === 0 ? `, the same share as in ${previous}` : `, ${rounded > 0 ? 'up' : 'down'} ${points(change)} on ${previous}`;
  }
  return `${split}: ${benchmark}${trend}.`;
}
