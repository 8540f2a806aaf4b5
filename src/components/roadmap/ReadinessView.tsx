import * as React from 'react';
import { ColumnHeads } from '../shared/ColumnHeads';
import { useTheme } from '@fluentui/react';
import { RoadmapStrings as strings } from '../../loc/roadmapStrings';
import { formatString } from '../../loc/strings';
import { Heading } from '../shared/Heading';
import { dateText } from '../shell/dates';
import { getRoadmapClassNames } from './roadmap.styles';
import { percentText } from './roadmapText';
import type { IRoadmapViewProps } from './views';

/** The profile's readiness now and after each phase, as a table, and the targets no work reaches, with the reason. */
export const ReadinessView: React.FC<IRoadmapViewProps> = ({ plan, headingLevel }) => {
  const classNames = getRoadmapClassNames(useTheme());
  const { readiness, phases, unreachable, profile } = plan;
  return (
    <>
      <Heading level={headingLevel} className={classNames.sectionHeading}>
        {strings.ReadinessHeading}
      </Heading>
      <div className={classNames.tableBox}>
        <table className={classNames.table}>
          <caption className={classNames.caption}>{formatString(strings.ReadinessCaption, profile.name)}</caption>
          <ColumnHeads labels={[strings.WhenColumn, strings.TargetsMetColumn, strings.ReadinessColumn]} />
          <tbody>
            {readiness.points.map((point) => (
              <tr key={point.phase}>
                <th scope="row">{point.phase === 0 ? strings.NowRow : formatString(strings.AfterPhaseRow, point.phase, dateText(phases[point.phase - 1].dates.end))}</th>
                <td>{formatString(strings.TargetsMet, point.met, point.counted)}</td>
                <td>{percentText(point.readiness)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Heading level={headingLevel} className={classNames.sectionHeading}>
        {strings.UnreachableHeading}
      </Heading>
      {unreachable.length === 0 ? (
        <p className={classNames.paragraph}>{strings.UnreachableNone}</p>
      ) : (
        <>
          <p className={classNames.paragraph}>{strings.UnreachableIntro}</p>
          <ul className={classNames.smallList}>
            {unreachable.map((u) => (
              <li key={u.capability}>{formatString(strings.UnreachableLine, u.name, u.target, u.reason)}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
};
