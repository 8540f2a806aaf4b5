/** The plan's costs rolled up (rollUpCosts) and set against the assessment's improve budget, in words. */
import type { AssessmentSummary } from '../../data/types';
import { RoadmapStrings as strings } from '../../loc/roadmapStrings';
import { formatString } from '../../loc/strings';
import { costsAgainstBudget, rollUpCosts, type CostRollUp, type YearBudgetStanding } from '../../nimm';
import type { ComputedPlan } from './roadmapData';
import { percentText, poundsText } from './roadmapText';

export function planCosts(plan: ComputedPlan): CostRollUp {
  return rollUpCosts(plan.phases.map((p) => ({ phase: p.phase, dates: p.dates, costs: p.steps.map((s) => s.estimateCost) })));
}

export function planBudget(plan: ComputedPlan, assessment: AssessmentSummary | null): YearBudgetStanding[] {
  const a = assessment;
  return costsAgainstBudget(planCosts(plan), {
    budgetYear: a ? a.budgetYear : null,
    improveBudget: a ? a.improveBudget : null,
    runBudgetPercent: a ? a.runBudgetPercent : null
  });
}

/** A year's cost and how it stands against the budget, in a sentence. */
export function budgetSentence(s: YearBudgetStanding): string {
  const cost = poundsText(s.year.cost);
  switch (s.kind) {
    case 'against':
      return formatString(strings.BudgetAgainst, cost, s.year.year, poundsText(s.budget), percentText(s.share));
    case 'other-year':
      return formatString(strings.BudgetOtherYear, cost, s.year.year, s.budgetYear, poundsText(s.budget));
    case 'amounts-needed':
      return formatString(strings.BudgetAmountsNeeded, cost, s.year.year, s.runBudgetPercent);
    default:
      return formatString(strings.BudgetNone, cost, s.year.year);
  }
}

export function uncostedText(count: number): string | null {
  return count === 0 ? null : count === 1 ? strings.BudgetUncostedOne : formatString(strings.BudgetUncostedMany, count);
}
