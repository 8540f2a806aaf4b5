/** A plan's costs by phase and by financial year, and against the improve budget. */
import { costsAgainstBudget, financialYearName, financialYearOf, phaseDates, rollUpCosts } from '../../src/nimm';

describe('rollUpCosts', () => {
  test('financial years run from April to March', () => {
    expect(financialYearOf('2026-03-31')).toBe(2025);
    expect(financialYearOf('2026-04-01')).toBe(2026);
    expect(financialYearName(2026)).toBe('2026/27');
    expect(financialYearName(2099)).toBe('2099/00');
  });

  test('quarters from April each fall in one year; steps not costed are counted', () => {
    const phases = [1, 2, 3, 4, 5].map((n) => ({ phase: n, dates: phaseDates('2026-04-01', 3, n), costs: n === 2 ? [1000, null] : [10000, 2500.5] }));
    const result = rollUpCosts(phases);
    expect(result.phases.map((p) => [p.phase, p.cost, p.uncosted])).toEqual([[1, 12500.5, 0], [2, 1000, 1], [3, 12500.5, 0], [4, 12500.5, 0], [5, 12500.5, 0]]);
    expect(result.years.map((y) => [y.year, y.cost, y.phases, y.uncosted])).toEqual([
      ['2026/27', 38501.5, [1, 2, 3, 4], 1],
      ['2027/28', 12500.5, [5], 0]
    ]);
    expect(result.total).toBe(51002);
    expect(result.uncosted).toBe(1);
  });

  test('a phase across 31 March is shared by days, and the years add up to the phase exactly', () => {
    // 1 January to 30 June 2027: 90 days in 2026/27, 91 in 2027/28.
    const result = rollUpCosts([{ phase: 1, dates: phaseDates('2027-01-01', 6, 1), costs: [1000] }]);
    expect(result.years.map((y) => [y.year, y.cost])).toEqual([['2026/27', 497.24], ['2027/28', 502.76]]);
    expect(result.years[0].cost + result.years[1].cost).toBeCloseTo(1000, 10);
  });

  test('no phases, nothing to roll up', () => {
    expect(rollUpCosts([])).toEqual({ phases: [], years: [], total: 0, uncosted: 0 });
  });
});

describe('costsAgainstBudget', () => {
  const rollUp = rollUpCosts([1, 2, 3, 4, 5].map((n) => ({ phase: n, dates: phaseDates('2026-04-01', 3, n), costs: [30000] })));

  test('against the improve budget of the year it was recorded for; the other years say which year that is', () => {
    const standing = costsAgainstBudget(rollUp, { budgetYear: '2026/27', improveBudget: 2800000, runBudgetPercent: 70 });
    expect(standing[0]).toEqual({ kind: 'against', year: rollUp.years[0], budget: 2800000, share: 120000 / 2800000 });
    expect(standing[1]).toEqual({ kind: 'other-year', year: rollUp.years[1], budgetYear: '2026/27', budget: 2800000 });
  });

  test('an amount with no year counts for every year', () => {
    expect(costsAgainstBudget(rollUp, { budgetYear: null, improveBudget: 100, runBudgetPercent: null }).map((s) => s.kind)).toEqual(['against', 'against']);
  });

  test('only the run share known: amounts are needed; nothing known: none', () => {
    expect(costsAgainstBudget(rollUp, { budgetYear: '2026/27', improveBudget: null, runBudgetPercent: 70 }).map((s) => s.kind)).toEqual(['amounts-needed', 'amounts-needed']);
    expect(costsAgainstBudget(rollUp, { budgetYear: null, improveBudget: null, runBudgetPercent: null }).map((s) => s.kind)).toEqual(['none', 'none']);
  });
});
