/** Run versus improve: budget records as percentages against the 70/30 benchmark, by UK financial year. */
import { budgetSplit, parseFinancialYear } from '../../../src/nimm';

describe('run versus improve', () => {
  test('amounts become percentages', () => {
    const [year] = budgetSplit([{ year: '2025/26', run: 800, improve: 200 }]).years;
    expect(year).toMatchObject({ year: '2025/26', startYear: 2025, basis: 'amounts', runAmount: 800, improveAmount: 200, runPercent: 80, improvePercent: 20 });
  });

  test('one percentage gives the other', () => {
    expect(budgetSplit([{ year: '2025/26', runPercent: 72 }]).years[0]).toMatchObject({ basis: 'percentages', runPercent: 72, improvePercent: 28, runAmount: null });
    expect(budgetSplit([{ year: '2025/26', improvePercent: 35 }]).years[0]).toMatchObject({ runPercent: 65, improvePercent: 35 });
  });

  test('two rounded percentages close to 100 are read as the split they stand for', () => {
    const [year] = budgetSplit([{ year: '2025/26', runPercent: 66.7, improvePercent: 33.4 }]).years;
    expect(year.runPercent + year.improvePercent).toBeCloseTo(100, 10);
    expect(year.improvePercent).toBeCloseTo((33.4 / 100.1) * 100, 10);
  });

  test('the improvement share is compared with 30%, below, at or above, to one decimal place', () => {
    const { years } = budgetSplit([
      { year: '2023/24', runPercent: 72 },
      { year: '2024/25', run: 700, improve: 300 },
      { year: '2025/26', runPercent: 65 },
      { year: '2026/27', improvePercent: 29.96 }
    ]);
    expect(years.map((y) => [y.year, y.position])).toEqual([
      ['2023/24', 'below'],
      ['2024/25', 'at'],
      ['2025/26', 'above'],
      ['2026/27', 'at']
    ]);
    expect(years[0].improveVsBenchmark).toBeCloseTo(-2, 10);
  });

  test('years come oldest first, each with the change in improvement share since the one before', () => {
    const { years } = budgetSplit([{ year: '2025/26', runPercent: 72 }, { year: '2024/25', run: 800, improve: 200 }]);
    expect(years.map((y) => [y.year, y.improveChange])).toEqual([
      ['2024/25', null],
      ['2025/26', 8]
    ]);
  });

  test('each year has one plain sentence', () => {
    const { years } = budgetSplit([
      { year: '2024/25', run: 800, improve: 200 },
      { year: '2025/26', runPercent: 72 },
      { year: '2026/27', runPercent: 70 },
      { year: '2027/28', runPercent: 70 }
    ]);
    expect(years.map((y) => y.sentence)).toEqual([
      'In 2024/25, 80% of the IT budget went on running the organisation and 20% on improving it: 10 points below the 30% improvement share of the 70/30 benchmark.',
      'In 2025/26, 72% of the IT budget went on running the organisation and 28% on improving it: 2 points below the 30% improvement share of the 70/30 benchmark, up 8 points on 2024/25.',
      'In 2026/27, 70% of the IT budget went on running the organisation and 30% on improving it: in line with the 70/30 benchmark, up 2 points on 2025/26.',
      'In 2027/28, 70% of the IT budget went on running the organisation and 30% on improving it: in line with the 70/30 benchmark, the same share as in 2026/27.'
    ]);
  });

  test('the benchmark is reported with the years', () => {
    expect(budgetSplit([]).benchmark).toEqual({ runPercent: 70, improvePercent: 30 });
  });
});

describe('budget records that cannot be read', () => {
  const problems = (records: Parameters<typeof budgetSplit>[0]) => budgetSplit(records).problems.map((p) => p.message);

  test('are reported with their position and left out, and the rest still shown', () => {
    const split = budgetSplit([{ year: '2025/27', runPercent: 70 }, { year: '2024/25', runPercent: 75 }]);
    expect(split.years.map((y) => y.year)).toEqual(['2024/25']);
    expect(split.problems).toEqual([
      { index: 0, year: '2025/27', message: "Record 1: '2025/27' is not a financial year: the second year must be the one after the first, as in 2025/26." }
    ]);
  });

  test('financial years may be written 2025/26, 2025-26 or 2025/2026, and are shown as 2025/26', () => {
    expect(parseFinancialYear('2025/26')).toEqual({ year: '2025/26', startYear: 2025 });
    expect(parseFinancialYear(' 2025-26 ')).toEqual({ year: '2025/26', startYear: 2025 });
    expect(parseFinancialYear('2025/2026')).toEqual({ year: '2025/26', startYear: 2025 });
    expect(parseFinancialYear('2099/00')).toEqual({ year: '2099/00', startYear: 2099 });
  });

  test('a year that is not a financial year is explained', () => {
    expect(problems([{ year: '2025', runPercent: 70 }, { year: '', runPercent: 70 }, { year: '25/26', runPercent: 70 }])).toEqual([
      "Record 1: '2025' is not a financial year: write it like 2025/26 (April 2025 to March 2026).",
      'Record 2: there is no financial year: write it like 2025/26.',
      "Record 3: '25/26' is not a financial year: write it like 2025/26 (April 2025 to March 2026)."
    ]);
  });

  test('a year listed twice keeps its first record', () => {
    const split = budgetSplit([{ year: '2025/26', runPercent: 70 }, { year: '2025-26', runPercent: 60 }]);
    expect(split.years.map((y) => y.runPercent)).toEqual([70]);
    expect(split.problems.map((p) => p.message)).toEqual(['2025/26 is listed more than once; the first record for it (number 1) is used.']);
  });

  test('figures that are missing, negative, not numbers, over 100% or contradictory are explained', () => {
    expect(
      problems([
        { year: '2020/21' },
        { year: '2021/22', run: 500 },
        { year: '2022/23', run: -1, improve: 10 },
        { year: '2023/24', runPercent: Number.NaN },
        { year: '2024/25', runPercent: 120 },
        { year: '2025/26', runPercent: 60, improvePercent: 30 },
        { year: '2026/27', run: 0, improve: 0 },
        { year: '2027/28', run: 800, improve: 200, runPercent: 70 },
        { year: '2028/29', run: '800' as unknown as number, improve: 200 }
      ])
    ).toEqual([
      '2020/21: there are no figures: give the run and improve amounts, or the percentage on either.',
      '2021/22: give both the run and the improve amounts (or percentages instead), not just one.',
      '2022/23: the run amount must be a number of 0 or more, not -1.',
      '2023/24: the run percentage must be a number of 0 or more, not NaN.',
      '2024/25: a percentage cannot be more than 100.',
      '2025/26: the percentages add up to 90, not 100.',
      '2026/27: the run and improve amounts are both 0, so there is no split to show.',
      '2027/28: the amounts give 80% on running, but the percentages given say 70%.',
      '2028/29: the run amount must be a number of 0 or more, not "800".'
    ]);
  });

  test('amounts and percentages that agree are read from the amounts', () => {
    expect(budgetSplit([{ year: '2025/26', run: 720, improve: 280, runPercent: 72 }]).years[0]).toMatchObject({ basis: 'amounts', runPercent: 72 });
  });

  test('a record that is not an object is reported, not thrown', () => {
    expect(budgetSplit([null as unknown as { year: string }]).problems).toEqual([{ index: 0, year: null, message: 'Record 1 is not a set of budget figures.' }]);
  });
});
