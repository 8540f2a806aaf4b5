import * as React from 'react';
import { getId, useTheme } from '@fluentui/react';
import { formatString, GuideStrings as strings } from '../../../loc/strings';
import { CategorySection } from '../CategorySection';
import { GuideFilters } from '../GuideFilters';
import { LevelLegend } from '../LevelLegend';
import { matchCountText } from '../levelText';
import { getGuideClassNames } from '../modelGuide.styles';
import { buildGuideData, groupByCategory } from '../modelGuideLogic';
import type { IModelGuideProps } from './IModelGuideProps';
import { useGuideState } from './useGuideState';

/** The read-only guide under the app's title: levels, search and filters, then capabilities by category. */
export const ModelGuide: React.FC<IModelGuideProps> = ({ model, headingLevel = 2 }) => {
  const classNames = getGuideClassNames(useTheme());
  // One prefix per guide, so two guides on one page never share element ids.
  const [idPrefix] = React.useState(() => getId('nimm-guide'));
  const guide = React.useMemo(() => buildGuideData(model), [model]);
  const state = useGuideState(guide);
  const groups = React.useMemo(() => groupByCategory(model, state.visible), [model, state.visible]);

  return (
    <div className={classNames.root}>
      <p className={classNames.modelName}>{formatString(strings.ModelNameAndVersion, model.name, model.version)}</p>
      {model.description ? <p className={classNames.paragraph}>{model.description}</p> : null}

      <LevelLegend model={model} headingLevel={headingLevel + 1} />

      <GuideFilters
        model={model}
        filters={state.filters}
        onChange={state.setFilters}
        onClear={state.clearFilters}
        idPrefix={idPrefix}
       
      />

      <div role="status" aria-live="polite" aria-atomic="true" className={classNames.matchCount}>
        {matchCountText(state.visible.length)}
      </div>

      {state.visible.length === 0 ? (
        <p className={classNames.paragraph}>{model.capabilities.length === 0 ? strings.NoCapabilities : strings.NoMatches}</p>
      ) : (
        groups.map((group) => (
          <CategorySection
            key={group.key}
            group={group}
            guide={guide}
            headingLevel={headingLevel + 1}
            expanded={state.expanded}
            onToggle={state.toggle}
            onJump={state.jumpTo}
            registerButton={state.registerButton}
            idPrefix={idPrefix}
           
          />
        ))
      )}
    </div>
  );
};
