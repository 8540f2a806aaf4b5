import * as React from 'react';
import { ColumnHeads } from '../shared/ColumnHeads';
import { useTheme } from '@fluentui/react';
import { DashboardStrings as strings } from '../../loc/dashboardStrings';
import { formatString } from '../../loc/strings';
import { perspectivesByCategory } from '../../nimm';
import { Heading } from '../shared/Heading';
import { getDashboardClassNames } from './dashboard.styles';
import type { IDashboardViewProps } from './dashboardData';

/** For each category, which of the five perspectives pull it down, as a table per category. */
export const PerspectivesView: React.FC<IDashboardViewProps> = ({ data, headingLevel }) => {
  const classNames = getDashboardClassNames(useTheme());
  const categories = React.useMemo(() => perspectivesByCategory(data.shown.model, data.report), [data]);
  return (
    <>
      <Heading level={headingLevel} className={classNames.sectionHeading}>
        {strings.PerspectivesHeading}
      </Heading>
      <p className={classNames.paragraph}>{strings.PerspectivesIntro}</p>
      {categories.map((c) => (
        <section key={c.category} aria-label={c.name}>
          <Heading level={headingLevel + 1} className={classNames.subHeading}>
            {c.name}
          </Heading>
          <p className={classNames.paragraph}>{c.assessed === 0 ? strings.NoPerspectiveData : c.sentence}</p>
          {c.assessed > 0 ? (
            <div className={classNames.tableBox}>
              <table className={classNames.table}>
                <caption className={classNames.caption}>{c.name}</caption>
                <ColumnHeads labels={[strings.PerspectiveColumn, strings.PerspectiveLevelColumn, strings.PullsDownColumn]} />
                <tbody>
                  {c.perspectives.map((p) => (
                    <tr key={p.perspective}>
                      <th scope="row">{p.name}</th>
                      <td>{p.level === null ? strings.NotAssessedShort : formatString(strings.LevelShort, p.level)}</td>
                      <td>{p.pullsDown ? formatString(strings.HoldsBackCount, p.holdsBack.map((h) => h.name).join(', ')) : strings.No}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </section>
      ))}
    </>
  );
};
