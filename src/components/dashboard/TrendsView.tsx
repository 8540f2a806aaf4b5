import * as React from 'react';
import { ColumnHeads } from '../shared/ColumnHeads';
import { Checkbox, MessageBar, useTheme } from '@fluentui/react';
import { domainAssessment } from '../../data/mappers/domainAssessment';
import { DashboardStrings as strings } from '../../loc/dashboardStrings';
import { formatString } from '../../loc/strings';
import { assessmentTrends, type AssessmentTrends, type TrendCell, type TrendChange, type TrendEntry, type TrendPoint, type TrendStep } from '../../nimm';
import { Heading } from '../shared/Heading';
import { dateText } from '../shell/dates';
import { getDashboardClassNames } from './dashboard.styles';
import { trendStepText } from './trendText';
import type { DashboardData, IDashboardViewProps } from './dashboardData';

/** What to call each round: its year when no other round shares it, else its date. */
export function roundLabels(dates: readonly string[]): string[] {
  const years = dates.map((d) => d.slice(0, 4));
  return dates.map((d, i) => (/^\d{4}$/.test(years[i]) && years.filter((y) => y === years[i]).length === 1 ? years[i] : dateText(d)));
}

/** The dashboard's entries as the engine's trend entries, oldest first, each labelled. */
export function trendEntries(data: DashboardData): TrendEntry[] {
  const assessments = data.view.entries.map((e, i) => (i === 0 ? data.assessment : domainAssessment(e.model, e.assessment, e.responses)));
  const labels = roundLabels(assessments.map((a) => a.date));
  return data.view.entries.map((e, i) => ({ model: e.model, assessment: assessments[i], label: labels[i], date: assessments[i].date })).reverse();
}

/** Moves in the order the summary names them; "unchanged" last, as the least news. */
const MOVES: Array<[TrendChange, string]> = [
  ['up', strings.MovedUp],
  ['down', strings.MovedDown],
  ['new', strings.MovedNew],
  ['not-assessed', strings.MovedNotAssessed],
  ['not-applicable', strings.MovedNotApplicable],
  ['removed', strings.MovedRemoved],
  ['same', strings.MovedSame]
];

/** "Since the 2025 round: 6 capabilities up, 1 down, 3 newly assessed." (two rounds or more). */
export function trendSummary(trends: AssessmentTrends): string {
  if (trends.points.length < 2) return '';
  const previous = trends.points[trends.points.length - 2].label;
  const parts = MOVES.filter(([change]) => trends.sinceLast[change] > 0).map(([change, template], i) => {
    const n = trends.sinceLast[change];
    // Only the first part names what is counted: "6 capabilities up, 1 down".
    return formatString(template, i > 0 ? String(n) : n === 1 ? strings.CountCapabilitiesOne : formatString(strings.CountCapabilitiesMany, n));
  });
  if (parts.length === 0) return formatString(strings.TrendSummaryNothing, previous);
  return formatString(strings.TrendSummary, previous, parts.join(strings.ListSeparator));
}

/** Where a capability stood in a round, in words. */
export function cellText(cell: TrendCell): string {
  if (cell.status === 'assessed' && cell.effectiveLevel !== null) return formatString(strings.LevelShort, cell.effectiveLevel);
  if (cell.status === 'not-applicable') return strings.NotApplicableShort;
  if (cell.status === 'not-in-model') return strings.NotInModelShort;
  return strings.NotAssessedShort;
}

/** The move since the previous round, in words ("no earlier round" when there is none). */
export function stepText(step: TrendStep | null): string {
  return step === null ? strings.TrendNone : trendStepText(step);
}

function scoreText(score: number | null): string {
  return score === null ? strings.NoScore : score.toFixed(1);
}

/** The organisation score by round as a line, drawn from the theme; the rounds table gives the same figures. */
const ScoreChart: React.FC<{ points: TrendPoint[]; topLevel: number }> = ({ points, topLevel }) => {
  const classNames = getDashboardClassNames(useTheme());
  const width = 560;
  const height = 200;
  const left = 36;
  const right = 24;
  const top = 20;
  const bottom = 36;
  const x = (i: number): number => (points.length === 1 ? (left + width - right) / 2 : left + ((width - left - right) * i) / (points.length - 1));
  const y = (score: number): number => top + ((height - top - bottom) * (topLevel - score)) / Math.max(1, topLevel - 1);
  const scored = points.map((p, i) => ({ p, i })).filter(({ p }) => p.score !== null);
  const levels: number[] = [];
  for (let level = 1; level <= topLevel; level++) levels.push(level);
  const label = formatString(strings.ScoreChartLabel, points.map((p) => formatString(strings.ScoreChartPoint, p.label, scoreText(p.score))).join(strings.ListSeparator));
  return (
    <svg className={classNames.chart} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} focusable="false">
      {levels.map((level) => (
        <g key={level}>
          <line className={classNames.chartAxis} x1={left} x2={width - right} y1={y(level)} y2={y(level)} strokeDasharray={level === 1 ? undefined : '2 4'} />
          <text className={classNames.chartText} x={left - 8} y={y(level) + 4} textAnchor="end">
            {level}
          </text>
        </g>
      ))}
      <polyline className={classNames.chartLine} points={scored.map(({ p, i }) => `${x(i)},${y(p.score as number)}`).join(' ')} />
      {scored.map(({ p, i }) => (
        <g key={i}>
          <circle className={classNames.chartPoint} cx={x(i)} cy={y(p.score as number)} r={4} />
          <text className={classNames.chartText} x={x(i)} y={y(p.score as number) - 8} textAnchor="middle">
            {scoreText(p.score)}
          </text>
        </g>
      ))}
      {points.map((p, i) => (
        <text key={i} className={classNames.chartText} x={x(i)} y={height - 12} textAnchor="middle">
          {p.label}
        </text>
      ))}
    </svg>
  );
};

/**
 * The assessment shown and up to five earlier rounds of the same scope: the organisation's level
 * and score per round (a table, and a line with its text alternative), each capability's effective
 * level per round with its move since the previous round, and where the model changed in between.
 */
export const TrendsView: React.FC<IDashboardViewProps> = ({ data, headingLevel }) => {
  const classNames = getDashboardClassNames(useTheme());
  const trends = React.useMemo(() => assessmentTrends(trendEntries(data)), [data]);
  const [changedOnly, setChangedOnly] = React.useState(false);
  const model = data.shown.model;
  const topLevel = model.levels.reduce((top, l) => Math.max(top, l.level), 1);
  const levelName = (level: number): string => (model.levels.filter((l) => l.level === level)[0] || { name: '' }).name;

  if (trends.points.length < 2) {
    return (
      <>
        <Heading level={headingLevel} className={classNames.sectionHeading}>
          {strings.TrendsHeading}
        </Heading>
        <MessageBar>{formatString(strings.TrendsOneRound, data.shown.assessment.scope)}</MessageBar>
      </>
    );
  }
  const rows = changedOnly ? trends.capabilities.filter((c) => c.latest !== null && c.latest.change !== 'same' && c.latest.change !== 'none') : trends.capabilities;

  return (
    <>
      <Heading level={headingLevel} className={classNames.sectionHeading}>
        {strings.TrendsHeading}
      </Heading>
      <p className={classNames.paragraph}>{trendSummary(trends)}</p>
      <div className={classNames.tableBox}>
        <table className={classNames.table}>
          <caption className={classNames.caption}>{strings.RoundsCaption}</caption>
          <ColumnHeads labels={[strings.RoundColumn, strings.StartedColumn, strings.ModelVersionColumn, strings.OrganisationLevelColumn, strings.OrganisationScoreColumn, strings.AssessedColumn]} />
          <tbody>
            {trends.points.map((p, i) => (
              <tr key={i}>
                <th scope="row">{p.label}</th>
                <td>{dateText(p.date)}</td>
                <td>{p.modelVersion}</td>
                <td>{p.level === null ? strings.OrganisationLevelNone : formatString(strings.LevelLong, p.level, levelName(p.level))}</td>
                <td>{scoreText(p.score)}</td>
                <td>{p.assessed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ScoreChart points={trends.points} topLevel={topLevel} />
      <Heading level={headingLevel + 1} className={classNames.subHeading}>
        {strings.TrendTableCaption}
      </Heading>
      <Checkbox className={classNames.checkbox} label={strings.ChangedOnly} checked={changedOnly} onChange={(_e, checked) => setChangedOnly(!!checked)} />
      <div className={classNames.tableBox}>
        <table className={classNames.table}>
          <caption className={classNames.caption}>{strings.TrendTableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.CapabilityColumn}</th>
              {trends.points.map((p, i) => (
                <th scope="col" key={i}>
                  {p.label}
                </th>
              ))}
              <th scope="col">{strings.SinceColumn}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <tr key={c.capability}>
                <th scope="row" className={classNames.rowHeader}>
                  {c.name}
                </th>
                {c.cells.map((cell, i) => (
                  <td key={i}>{cellText(cell)}</td>
                ))}
                <td className={c.latest && (c.latest.change === 'up' || c.latest.change === 'down') ? classNames.marker : undefined}>
                  {c.latest && c.latest.change === 'up' ? <span aria-hidden="true">{'\u25B2 '}</span> : null}
                  {c.latest && c.latest.change === 'down' ? <span aria-hidden="true">{'\u25BC '}</span> : null}
                  {stepText(c.latest)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Heading level={headingLevel + 1} className={classNames.subHeading}>
        {strings.ModelChangesHeading}
      </Heading>
      {trends.modelChanges.length === 0 ? (
        <p className={classNames.paragraph}>{strings.ModelUnchanged}</p>
      ) : (
        trends.modelChanges.map((pair, i) => (
          <React.Fragment key={i}>
            <p className={classNames.paragraph}>{formatString(strings.ModelChangeBetween, pair.from, pair.to, pair.fromVersion, pair.toVersion)}</p>
            {pair.changes.length === 0 ? (
              <p className={classNames.paragraph}>{strings.ModelChangeNothing}</p>
            ) : (
              <ul className={classNames.list}>
                {pair.changes.map((change, j) => (
                  <li key={j}>{change.message}</li>
                ))}
              </ul>
            )}
          </React.Fragment>
        ))
      )}
    </>
  );
};
