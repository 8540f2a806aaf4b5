import * as React from 'react';
import { ColumnHeads } from '../shared/ColumnHeads';
import { useTheme } from '@fluentui/react';
import type { RoadmapAction } from '../../data/types';
import { RoadmapStrings as strings } from '../../loc/roadmapStrings';
import { formatString } from '../../loc/strings';
import { Heading } from '../shared/Heading';
import { dateText } from '../shell/dates';
import { getRoadmapClassNames } from './roadmap.styles';
import { numberText, poundsText, statusText } from './roadmapText';
import type { IRoadmapViewProps } from './views';

/** Whether an action still to do is past its due date. */
export function isOverdue(action: Pick<RoadmapAction, 'dueDate' | 'status'>, today: string): boolean {
  return action.dueDate !== null && action.dueDate < today && (action.status === 'planned' || action.status === 'in-progress');
}

function datesText(action: RoadmapAction): string {
  if (action.startDate && action.dueDate) return formatString(strings.DateRange, dateText(action.startDate), dateText(action.dueDate));
  if (action.dueDate) return formatString(strings.DueOnly, dateText(action.dueDate));
  return strings.NoDates;
}

/**
 * The roadmap actions on the site, as a table: every action the plan continues (those it no longer
 * needs and those done included, never hidden), and those added by hand. Overdue actions say so in
 * words; actions the next save would mark done or obsolete say that too.
 */
export const ActionsView: React.FC<IRoadmapViewProps> = ({ plan, existing, assessmentTitle, headingLevel, today }) => {
  const classNames = getRoadmapClassNames(useTheme());
  const pending = new Map<number, string>();
  plan.merge.done.forEach((a) => a.itemId !== undefined && pending.set(a.itemId, formatString(strings.WillBeDone, a.toLevel)));
  plan.merge.obsolete.forEach((a) => a.itemId !== undefined && pending.set(a.itemId, strings.WillBeObsolete));
  const overdue = existing.filter((a) => isOverdue(a, today)).length;
  return (
    <>
      <Heading level={headingLevel} className={classNames.sectionHeading}>
        {strings.ActionsHeading}
      </Heading>
      {existing.length === 0 ? (
        <p className={classNames.paragraph}>{strings.ActionsNone}</p>
      ) : (
        <>
          <p className={classNames.paragraph}>{overdue === 0 ? strings.NoneOverdue : overdue === 1 ? strings.OverdueOne : formatString(strings.OverdueMany, overdue)}</p>
          <div className={classNames.tableBox}>
            <table className={classNames.table}>
              <caption className={classNames.caption}>{formatString(strings.ActionsCaption, assessmentTitle)}</caption>
              <ColumnHeads labels={[strings.ActionColumn, strings.PhaseColumn, strings.DatesColumn, strings.OwnerColumn, strings.StatusColumn, strings.EffortColumn, strings.CostColumn]} />
              <tbody>
                {existing.map((a) => (
                  <tr key={a.itemId}>
                    <th scope="row">
                      {a.title}
                      {a.stepKey === null ? <span className={classNames.muted}>{formatString(strings.Aside, strings.AddedByHand)}</span> : null}
                    </th>
                    <td>{a.phase === null ? strings.NoPhase : a.phase}</td>
                    <td>
                      {datesText(a)}
                      {isOverdue(a, today) && a.dueDate ? (
                        <>
                          <br />
                          <strong>{formatString(strings.Overdue, dateText(a.dueDate))}</strong>
                        </>
                      ) : null}
                    </td>
                    <td>{a.owner.trim() === '' ? strings.OwnerNone : a.owner}</td>
                    <td>
                      {statusText(a.status)}
                      {pending.has(a.itemId) ? <span className={classNames.muted}>{formatString(strings.Aside, pending.get(a.itemId) as string)}</span> : null}
                    </td>
                    <td>{a.estimateDays === null ? strings.NotEstimated : formatString(strings.EffortDays, numberText(a.estimateDays))}</td>
                    <td>{a.estimateCost === null ? strings.NotEstimated : poundsText(a.estimateCost)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
};
