import * as React from 'react';
import { ColumnHeads } from '../shared/ColumnHeads';
import { FontWeights, HighContrastSelector, type ITheme, memoizeFunction, mergeStyleSets, MessageBar, useTheme } from '@fluentui/react';
import { DashboardStrings as strings } from '../../loc/dashboardStrings';
import { formatString } from '../../loc/strings';
import { BUDGET_BENCHMARK, type BudgetYear } from '../../nimm';
import { Heading } from '../shared/Heading';
import { getDashboardClassNames } from './dashboard.styles';
import { budgetViewData } from './budgetData';
import type { IDashboardViewProps } from './dashboardData';

/** A share to at most one decimal place, without a trailing ".0" ("28", "28.5"). */
function share(value: number): string {
  return String(Math.round(value * 10) / 10);
}

const AMOUNT_FORMAT = typeof Intl !== 'undefined' ? new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }) : null;

function pounds(value: number): string {
  return `\u00a3${AMOUNT_FORMAT ? AMOUNT_FORMAT.format(value) : String(value)}`;
}

/** The year's improvement share against 30%, in words (judged to one decimal place, as the engine does). */
function againstText(year: BudgetYear): string {
  const points = share(Math.abs(year.improveVsBenchmark));
  if (year.position === 'at') return strings.BudgetAt;
  if (year.position === 'below') return points === '1' ? strings.BudgetBelowOne : formatString(strings.BudgetBelowMany, points);
  return points === '1' ? strings.BudgetAboveOne : formatString(strings.BudgetAboveMany, points);
}

/**
 * The bar's colours come from the theme: the share on improving in the primary button's pair and
 * the share on running in a neutral with the body text, which keep their contrast in SharePoint's
 * themes and Teams' dark and high-contrast ones. Every segment says what it is in words.
 */
const getBudgetClassNames = memoizeFunction((theme: ITheme) => {
  const { palette, semanticColors, fonts } = theme;
  return mergeStyleSets({
    chart: { display: 'grid', gap: 8, margin: '8px 0 16px', maxWidth: '48em' },
    row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '4px 12px' },
    rowLabel: { ...fonts.medium, fontWeight: FontWeights.semibold, flex: '0 0 9em', minWidth: 0 },
    bar: { flex: '1 1 14em', minWidth: 0, display: 'flex', border: `1px solid ${palette.neutralPrimary}`, minHeight: 32 },
    segment: {
      ...fonts.small,
      fontWeight: FontWeights.semibold,
      display: 'flex',
      alignItems: 'center',
      padding: '4px 6px',
      minWidth: 0,
      overflowWrap: 'anywhere',
      boxSizing: 'border-box'
    },
    run: { background: palette.neutralLight, color: semanticColors.bodyText, selectors: { [HighContrastSelector]: { background: 'Canvas', color: 'CanvasText' } } },
    improve: {
      background: semanticColors.primaryButtonBackground,
      color: semanticColors.primaryButtonText,
      borderLeft: `2px solid ${palette.neutralPrimary}`,
      selectors: { [HighContrastSelector]: { background: 'Highlight', color: 'HighlightText' } }
    }
  });
});

const Bar: React.FC<{ label: string; runPercent: number; improvePercent: number; classNames: ReturnType<typeof getBudgetClassNames> }> = ({ label, runPercent, improvePercent, classNames }) => (
  <div className={classNames.row}>
    <span className={classNames.rowLabel}>{label}</span>
    <span className={classNames.bar}>
      {runPercent >= 0.5 ? (
        <span className={`${classNames.segment} ${classNames.run}`} style={{ flex: `0 0 ${runPercent}%` }}>
          {formatString(strings.BudgetBarRun, share(runPercent))}
        </span>
      ) : null}
      {improvePercent >= 0.5 ? (
        <span className={`${classNames.segment} ${classNames.improve}`} style={{ flex: `1 1 ${improvePercent}%` }}>
          {formatString(strings.BudgetBarImprove, share(improvePercent))}
        </span>
      ) : null}
    </span>
  </div>
);

/**
 * Run versus improve: the IT budget splits recorded with the shown assessment and the earlier ones
 * of its scope, read by the engine's budgetSplit. The shown year against the 70/30 benchmark in a
 * sentence and a stacked bar (with its text alternative), a table over the years, and the records
 * that could not be read with the reason.
 */
export const BudgetView: React.FC<IDashboardViewProps> = ({ data, headingLevel }) => {
  const theme = useTheme();
  const classNames = getDashboardClassNames(theme);
  const own = getBudgetClassNames(theme);
  const budget = React.useMemo(() => budgetViewData(data.view, data.shown.assessment), [data]);
  const { current, split, problems } = budget;

  return (
    <>
      <Heading level={headingLevel} className={classNames.sectionHeading}>
        {strings.BudgetHeading}
      </Heading>
      <p className={classNames.paragraph}>{strings.BudgetIntro}</p>
      {split.years.length === 0 ? <MessageBar isMultiline={true}>{formatString(strings.BudgetNone, budget.scope)}</MessageBar> : null}
      {current ? (
        <>
          <Heading level={headingLevel + 1} className={classNames.subHeading}>
            {formatString(strings.BudgetYearHeading, current.year)}
          </Heading>
          {!budget.currentIsShown ? <p className={classNames.paragraph}>{formatString(strings.BudgetNotShownYear, current.year)}</p> : null}
          <p className={classNames.paragraph}>{current.sentence}</p>
          <div className={own.chart} role="img" aria-label={formatString(strings.BudgetBarLabel, current.year, share(current.runPercent), share(current.improvePercent))}>
            <Bar label={current.year} runPercent={current.runPercent} improvePercent={current.improvePercent} classNames={own} />
            <Bar label={strings.BudgetBenchmarkName} runPercent={BUDGET_BENCHMARK.runPercent} improvePercent={BUDGET_BENCHMARK.improvePercent} classNames={own} />
          </div>
          <div className={classNames.tableBox} role="region" aria-label={strings.BudgetTableCaption} tabIndex={0}>
            <table className={classNames.table}>
              <caption className={classNames.caption}>{strings.BudgetTableCaption}</caption>
              <ColumnHeads labels={[strings.BudgetYearColumn, strings.BudgetRunColumn, strings.BudgetImproveColumn, strings.BudgetShareColumn, strings.BudgetAgainstColumn]} />
              <tbody>
                {split.years.map((y) => (
                  <tr key={y.year}>
                    <th scope="row">{y.year}</th>
                    <td>{y.runAmount !== null ? formatString(strings.BudgetAmountCell, pounds(y.runAmount), share(y.runPercent)) : formatString(strings.BudgetShareCell, share(y.runPercent))}</td>
                    <td>{y.improveAmount !== null ? formatString(strings.BudgetAmountCell, pounds(y.improveAmount), share(y.improvePercent)) : formatString(strings.BudgetShareCell, share(y.improvePercent))}</td>
                    <td>{formatString(strings.BudgetShareCell, share(y.improvePercent))}</td>
                    <td>{againstText(y)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
      {problems.length > 0 ? (
        <>
          <Heading level={headingLevel + 1} className={classNames.subHeading}>
            {strings.BudgetProblemsHeading}
          </Heading>
          <p className={classNames.paragraph}>{strings.BudgetProblemsIntro}</p>
          <ul className={classNames.list}>
            {problems.map((p, i) => (
              <li key={`${p.assessment.id}-${i}`}>{formatString(strings.BudgetProblem, p.assessment.title, p.message)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
};
