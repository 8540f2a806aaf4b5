import * as React from 'react';
import { ProgressIndicator, useTheme } from '@fluentui/react';
import { DashboardStrings as strings } from '../../loc/dashboardStrings';
import { formatString } from '../../loc/strings';
import { dashboardHeadline, heatmapRows } from '../../nimm';
import { Heading } from '../shared/Heading';
import { dateText } from '../shell/dates';
import { getDashboardClassNames } from './dashboard.styles';
import type { IDashboardViewProps } from './dashboardData';
import { HeatmapTable } from './HeatmapTable';

const STATUS_TEXT: Record<string, string> = { open: strings.StatusOpen, closed: strings.StatusClosed, draft: strings.StatusDraft };

/** The headline (level, score, the rule, progress, foundation capabilities) and the heatmap. */
export const OverviewView: React.FC<IDashboardViewProps> = ({ data, headingLevel }) => {
  const classNames = getDashboardClassNames(useTheme());
  const { shown, assessment, report } = data;
  const headline = React.useMemo(
    () => dashboardHeadline(shown.model, assessment, { report, responses: shown.responses, scope: shown.assessment.inScope }),
    [shown, assessment, report]
  );
  const heatmap = React.useMemo(() => heatmapRows(shown.model, report), [shown.model, report]);
  const progress = headline.progress;

  return (
    <>
      <Heading level={headingLevel} className={classNames.sectionHeading}>
        {strings.HeadlineHeading}
      </Heading>
      <ul className={classNames.figures}>
        <li className={classNames.figure}>
          <span className={classNames.figureLabel}>{strings.LevelLabel}</span>
          <span className={classNames.figureValue}>
            {headline.level === null ? strings.OrganisationLevelNone : formatString(strings.OrganisationLevel, headline.level, headline.levelName ?? '')}
          </span>
        </li>
        <li className={classNames.figure}>
          <span className={classNames.figureLabel}>{strings.ScoreLabel}</span>
          <span className={classNames.figureValue}>{headline.score === null ? '\u2013' : formatString(strings.OrganisationScore, headline.score.toFixed(1))}</span>
        </li>
        <li className={classNames.figure}>
          <span className={classNames.figureLabel}>{strings.ProgressLabel}</span>
          <span className={classNames.figureValue}>{formatString(strings.ProgressText, progress.complete, progress.capabilities)}</span>
          <ProgressIndicator percentComplete={(progress.percentComplete ?? 0) / 100} ariaLabel={strings.ProgressLabel} ariaValueText={formatString(strings.ProgressText, progress.complete, progress.capabilities)} />
        </li>
      </ul>
      <p className={classNames.paragraph}>{headline.rule}</p>
      <p className={classNames.paragraph}>{headline.coverage}</p>
      <p className={classNames.paragraph}>
        {formatString(strings.StatusLine, STATUS_TEXT[shown.assessment.status] ?? shown.assessment.status, dateText(headline.assessment.date))}
      </p>
      <Heading level={headingLevel + 1} className={classNames.subHeading}>
        {strings.FoundationHeading}
      </Heading>
      <p className={classNames.paragraph}>{headline.foundation.sentence}</p>
      <Heading level={headingLevel} className={classNames.sectionHeading}>
        {strings.HeatmapHeading}
      </Heading>
      <p className={classNames.paragraph}>{strings.HeatmapIntro}</p>
      <HeatmapTable heatmap={heatmap} headingLevel={headingLevel + 1} />
    </>
  );
};
