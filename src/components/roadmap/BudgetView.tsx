import * as React from 'react';
import { ColumnHeads } from '../shared/ColumnHeads';
import { useTheme } from '@fluentui/react';
import { RoadmapStrings as strings } from '../../loc/roadmapStrings';
import { formatString } from '../../loc/strings';
import { Heading } from '../shared/Heading';
import { dateText } from '../shell/dates';
import { budgetSentence, planBudget, planCosts, uncostedText } from './budgetData';
import { getRoadmapClassNames } from './roadmap.styles';
import { poundsText } from './roadmapText';
import type { IRoadmapViewProps } from './views';

/** The plan's estimated costs by phase and by financial year, each year in a sentence against the improve budget. */
export const BudgetView: React.FC<IRoadmapViewProps> = ({ plan, base, headingLevel }) => {
  const classNames = getRoadmapClassNames(useTheme());
  const costs = React.useMemo(() => planCosts(plan), [plan]);
  const standing = React.useMemo(() => planBudget(plan, base.view.assessment), [plan, base]);
  const uncosted = uncostedText(costs.uncosted);
  return (
    <>
      <Heading level={headingLevel} className={classNames.sectionHeading}>
        {strings.BudgetHeading}
      </Heading>
      {costs.phases.length === 0 ? (
        <p className={classNames.paragraph}>{strings.BudgetNoPhases}</p>
      ) : (
        <>
          <p className={classNames.paragraph}>{strings.BudgetIntro}</p>
          <ul className={classNames.smallList} data-nimm-budget="sentences">
            {standing.map((s) => (
              <li key={s.year.startYear}>{budgetSentence(s)}</li>
            ))}
          </ul>
          {uncosted ? <p className={classNames.note}>{uncosted}</p> : null}
          <div className={classNames.tableBox}>
            <table className={classNames.table}>
              <caption className={classNames.caption}>{strings.BudgetYearsCaption}</caption>
              <ColumnHeads labels={[strings.ColumnYear, strings.ColumnPhases, strings.ColumnCost, strings.ColumnUncosted]} />
              <tbody>
                {costs.years.map((y) => (
                  <tr key={y.startYear}>
                    <th scope="row">{y.year}</th>
                    <td>{y.phases.join(', ')}</td>
                    <td>{poundsText(y.cost)}</td>
                    <td>{y.uncosted}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className={classNames.tableBox}>
            <table className={classNames.table}>
              <caption className={classNames.caption}>{strings.BudgetPhasesCaption}</caption>
              <ColumnHeads labels={[strings.ColumnPhase, strings.ColumnDates, strings.ColumnCost, strings.ColumnUncosted]} />
              <tbody>
                {costs.phases.map((p) => (
                  <tr key={p.phase}>
                    <th scope="row">{formatString(strings.PhaseNumber, p.phase)}</th>
                    <td>{formatString(strings.DateRange, dateText(p.dates.start), dateText(p.dates.end))}</td>
                    <td>{poundsText(p.cost)}</td>
                    <td>{p.uncosted}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{strings.TotalRow}</th>
                  <td />
                  <td>{poundsText(costs.total)}</td>
                  <td>{costs.uncosted}</td>
                </tr>
              </tfoot>
            </table>
          </div>
        </>
      )}
    </>
  );
};
