import * as React from 'react';
import { useTheme } from '@fluentui/react';
import type { WorkshopScores } from '../../../data/types';
import { formatString, WorkshopStrings as strings } from '../../../loc/strings';
import type { Perspective, PerspectiveSpread, WorkshopSpread } from '../../../nimm';
import { getWorkshopClassNames } from './workshop.styles';
import { medianText } from './workshopLogic';

export interface IWorkshopTableProps {
  /** Makes the caption's id unique on the page. */
  idPrefix: string;
  capabilityName: string;
  /** The columns, in the model's order. */
  perspectives: readonly Perspective[];
  /** One row each (only levels the capability has). */
  everyone: readonly WorkshopScores[];
  /** The spread of the same scores, one entry per perspective in the same order. */
  spread: WorkshopSpread;
  /** The signed-in user's login, to mark their own row. */
  myLogin: string;
}

function sameLogin(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * Everyone's revealed scores: a row per person, a column per perspective, and beneath them the
 * lowest, highest and median score, the suggested level and whether to discuss each perspective.
 * A real table (caption, column and row headers), so a screen reader names the person and the
 * perspective of every score. It scrolls sideways inside its own region, labelled by the visible
 * title above it, which takes keyboard focus so it can be scrolled without a mouse.
 */
export const WorkshopTable: React.FC<IWorkshopTableProps> = ({ idPrefix, capabilityName, perspectives, everyone, spread, myLogin }) => {
  const classNames = getWorkshopClassNames(useTheme());
  const titleId = `${idPrefix}-title`;
  const title = formatString(strings.TableCaption, capabilityName);
  const byKey = new Map<string, PerspectiveSpread>(spread.perspectives.map((p): [string, PerspectiveSpread] => [p.perspective, p]));
  const summary = (label: string, value: (s: PerspectiveSpread) => React.ReactNode): JSX.Element => (
    <tr>
      <th scope="row" className={classNames.headerCell}>
        {label}
      </th>
      {perspectives.map((p) => {
        const s = byKey.get(p.key);
        return (
          <td key={p.key} className={classNames.summaryCell}>
            {s && s.scored > 0 ? value(s) : strings.NobodyScoredCell}
          </td>
        );
      })}
    </tr>
  );
  return (
    <>
      <p id={titleId} className={classNames.title}>
        {title}
      </p>
      <div role="region" aria-labelledby={titleId} tabIndex={0} className={classNames.tableRegion}>
        <table className={classNames.table}>
          <caption className={classNames.caption}>{title}</caption>
          <thead>
            <tr>
              <th scope="col" className={classNames.headerCell}>
                {strings.ParticipantColumn}
              </th>
              {perspectives.map((p) => (
                <th key={p.key} scope="col" className={classNames.headerCell}>
                  {p.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {everyone.map((person) => (
              <tr key={person.itemId}>
                <th scope="row" className={classNames.headerCell}>
                  {sameLogin(person.login, myLogin) ? formatString(strings.You, person.name) : person.name}
                </th>
                {perspectives.map((p) => (
                  <td key={p.key} className={classNames.cell}>
                    {person.scores[p.key] !== undefined ? String(person.scores[p.key]) : strings.NotScoredCell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            {summary(strings.LowestRow, (s) => String(s.lowest))}
            {summary(strings.HighestRow, (s) => String(s.highest))}
            {summary(strings.MedianRow, (s) => (s.median !== null ? medianText(s.median) : ''))}
            {summary(strings.SuggestedRow, (s) => String(s.suggestedConsensus))}
            <tr>
              <th scope="row" className={classNames.headerCell}>
                {strings.DiscussRow}
              </th>
              {perspectives.map((p) => {
                const s = byKey.get(p.key);
                if (!s || s.scored === 0) {
                  return (
                    <td key={p.key} className={classNames.summaryCell}>
                      {strings.NobodyScoredCell}
                    </td>
                  );
                }
                return s.discuss ? (
                  <td key={p.key} className={classNames.discussCell}>
                    {strings.Discuss}
                  </td>
                ) : (
                  <td key={p.key} className={classNames.summaryCell}>
                    {strings.NoNeedToDiscuss}
                  </td>
                );
              })}
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
};
