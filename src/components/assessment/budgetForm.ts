/**
 * The IT budget split form's logic, apart from the screen: reading what people type (amounts with
 * commas or a pound sign, shares with a per cent sign), checking it field by field, and working out
 * the share on improving against the 70/30 benchmark as the figures are typed.
 */
import type { AssessmentSummary, BudgetSplitSave } from '../../data/types';
import { AssessmentStrings as strings, formatString } from '../../loc/strings';
import { BUDGET_BENCHMARK, parseFinancialYear } from '../../nimm';

/** How the split is given: both amounts, or the share on running. */
export type BudgetMode = 'amounts' | 'percent';

/** The form's fields, as typed. */
export interface BudgetFields {
  year: string;
  mode: BudgetMode;
  run: string;
  improve: string;
  runPercent: string;
}

export type BudgetField = 'year' | 'run' | 'improve' | 'runPercent';

/** A sentence per field that cannot be saved as typed. */
export type BudgetFieldErrors = Partial<Record<BudgetField, string>>;

/**
 * An amount in pounds as people type it: "£7,200,000", "7200000", "7 200 000.50". Null when
 * nothing is typed, NaN when it is not an amount of 0 or more.
 */
export function parseAmount(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const bare = trimmed.replace(/^\u00a3/, '').replace(/[,\s\u00a0]/g, '');
  return /^\d+(\.\d+)?$/.test(bare) ? Number(bare) : NaN;
}

/** A share in per cent as typed: "72", "72.5", "72%". Null when nothing is typed, NaN when not 0 to 100. */
export function parsePercent(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const bare = trimmed.replace(/\s*%$/, '');
  if (!/^\d+(\.\d+)?$/.test(bare)) return NaN;
  const value = Number(bare);
  return value <= 100 ? value : NaN;
}

const AMOUNT_FORMAT = typeof Intl !== 'undefined' ? new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }) : null;

/** An amount as the form shows it for editing: "7,200,000". */
export function amountInput(value: number | null): string {
  if (value === null) return '';
  return AMOUNT_FORMAT ? AMOUNT_FORMAT.format(value) : String(value);
}

/** An amount in a sentence: "£7,200,000". */
export function poundsText(value: number): string {
  return `\u00a3${amountInput(value)}`;
}

/** A share to at most one decimal place, without a trailing ".0" ("28", "28.5"). */
export function shareText(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** The fields for what the assessment has recorded (amounts when it has both, else the share). */
export function fieldsOf(assessment: AssessmentSummary): BudgetFields {
  const hasAmounts = assessment.runBudget !== null || assessment.improveBudget !== null;
  return {
    year: assessment.budgetYear ?? '',
    mode: hasAmounts || assessment.runBudgetPercent === null ? 'amounts' : 'percent',
    run: amountInput(assessment.runBudget),
    improve: amountInput(assessment.improveBudget),
    runPercent: assessment.runBudgetPercent === null ? '' : shareText(assessment.runBudgetPercent)
  };
}

/** Whether anything of a split is recorded with the assessment. */
export function hasBudget(assessment: AssessmentSummary): boolean {
  return assessment.budgetYear !== null || assessment.runBudget !== null || assessment.improveBudget !== null || assessment.runBudgetPercent !== null;
}

/** The recorded split in one sentence, for the summary and the read-only view. */
export function recordedText(assessment: AssessmentSummary): string {
  if (!hasBudget(assessment)) return strings.BudgetNone;
  const year = assessment.budgetYear;
  if (year === null) return strings.BudgetNoYear;
  const { runBudget: run, improveBudget: improve } = assessment;
  if (run !== null && improve !== null && run + improve > 0) {
    const runShare = (run / (run + improve)) * 100;
    return formatString(strings.BudgetSummaryAmounts, year, poundsText(run), poundsText(improve), shareText(runShare), shareText(100 - runShare));
  }
  if (assessment.runBudgetPercent !== null) {
    return formatString(strings.BudgetSummary, year, shareText(assessment.runBudgetPercent), shareText(100 - assessment.runBudgetPercent));
  }
  return formatString(strings.BudgetYearOnly, year);
}

/** The share on improving the figures give, or null while they are incomplete or wrong. */
export function improveShare(fields: BudgetFields): number | null {
  if (fields.mode === 'percent') {
    const run = parsePercent(fields.runPercent);
    return run === null || isNaN(run) ? null : 100 - run;
  }
  const run = parseAmount(fields.run);
  const improve = parseAmount(fields.improve);
  if (run === null || improve === null || isNaN(run) || isNaN(improve) || run + improve === 0) return null;
  return (improve / (run + improve)) * 100;
}

/** The share on improving against the benchmark's 30%, in one sentence (judged to one decimal place). */
export function previewText(fields: BudgetFields): string {
  const share = improveShare(fields);
  if (share === null) return strings.BudgetPreviewNone;
  const difference = Math.round((share - BUDGET_BENCHMARK.improvePercent) * 10) / 10;
  const points = shareText(Math.abs(difference));
  if (difference === 0) return formatString(strings.BudgetPreviewAt, shareText(share));
  if (difference < 0) return points === '1' ? formatString(strings.BudgetPreviewBelowOne, shareText(share)) : formatString(strings.BudgetPreviewBelow, shareText(share), points);
  return points === '1' ? formatString(strings.BudgetPreviewAboveOne, shareText(share)) : formatString(strings.BudgetPreviewAbove, shareText(share), points);
}

/**
 * Checks the fields: what to save (without the assessment and ETag), or a sentence per field that
 * cannot be saved as typed. Amounts send no share (the store works it out); a share clears amounts.
 */
export function checkFields(fields: BudgetFields): { ok: true; split: Omit<BudgetSplitSave, 'assessmentId' | 'etag'> } | { ok: false; errors: BudgetFieldErrors } {
  const errors: BudgetFieldErrors = {};
  const year = parseFinancialYear(fields.year);
  if (typeof year === 'string') errors.year = strings.BudgetYearInvalid;
  if (fields.mode === 'percent') {
    const share = parsePercent(fields.runPercent);
    if (share === null) errors.runPercent = strings.BudgetPercentRequired;
    else if (isNaN(share)) errors.runPercent = formatString(strings.BudgetPercentInvalid, fields.runPercent.trim());
    if (Object.keys(errors).length > 0 || share === null || typeof year === 'string') return { ok: false, errors };
    return { ok: true, split: { year: year.year, runBudget: null, improveBudget: null, runBudgetPercent: share } };
  }
  const run = parseAmount(fields.run);
  const improve = parseAmount(fields.improve);
  if (run === null) errors.run = strings.BudgetRunRequired;
  else if (isNaN(run)) errors.run = formatString(strings.BudgetAmountInvalid, fields.run.trim());
  if (improve === null) errors.improve = strings.BudgetImproveRequired;
  else if (isNaN(improve)) errors.improve = formatString(strings.BudgetAmountInvalid, fields.improve.trim());
  if (run === 0 && improve === 0) errors.improve = strings.BudgetAmountsZero;
  if (Object.keys(errors).length > 0 || run === null || improve === null || typeof year === 'string') return { ok: false, errors };
  return { ok: true, split: { year: year.year, runBudget: run, improveBudget: improve, runBudgetPercent: null } };
}
