import * as React from 'react';
import { getGuideClassNames } from '../modelGuide.styles';
import { useTheme } from '@fluentui/react';
import { GuideStrings as strings } from '../../../loc/strings';
import { Heading } from '../../shared/Heading';
import { levelTitle } from '../levelText';
import type { ILevelLegendProps } from './ILevelLegendProps';

/** The model's levels with their summaries, so every level name used below has a meaning. */
export const LevelLegend: React.FC<ILevelLegendProps> = ({ model, headingLevel }) => {
  const classNames = getGuideClassNames(useTheme());
  const levels = model.levels.slice().sort((a, b) => a.level - b.level);
  return (
    <>
      <Heading level={headingLevel} className={classNames.sectionHeading}>
        {strings.LevelsHeading}
      </Heading>
      <ol className={classNames.legendList}>
        {levels.map((level) => (
          <li key={level.level} className={classNames.legendItem}>
            <span className={classNames.legendName}>{levelTitle(model, level.level)}</span>
            {level.summary ? ` \u2013 ${level.summary}` : null}
          </li>
        ))}
      </ol>
    </>
  );
};
