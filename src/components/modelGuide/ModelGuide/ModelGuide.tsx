import * as React from 'react';
import { getId, useTheme } from '@fluentui/react';
import { formatString, GuideStrings as strings } from '../../../loc/strings';
import { CategorySection } from '../CategorySection';
import { GuideFilters } from '../GuideFilters';
import { GuideLinksContext } from '../guideLinks';
import { LevelLegend } from '../LevelLegend';
import { matchCountText } from '../levelText';
import { getGuideClassNames } from '../modelGuide.styles';
import { buildGuideData, groupByCategory } from '../modelGuideLogic';
import type { IModelGuideProps } from './IModelGuideProps';
import { useCapabilityAddress } from './useCapabilityAddress';
import { useGuideState } from './useGuideState';

/** The live region's words: how many match, and how many more are shown because of a link. */
function countText(matchCount: number, linkedCount: number): string {
  const matched = matchCountText(matchCount);
  if (linkedCount <= 0) return matched;
  return linkedCount === 1
    ? formatString(strings.MatchCountWithLinkedOne, matched)
    : formatString(strings.MatchCountWithLinkedMany, matched, linkedCount);
}

/** The read-only guide under the app's title: levels, search and filters, then capabilities by category. */
export const ModelGuide: React.FC<IModelGuideProps> = ({ model, headingLevel = 2, instanceId }) => {
  const classNames = getGuideClassNames(useTheme());
  // One prefix per guide, so two guides on one page never share element ids.
  const [idPrefix] = React.useState(() => getId('nimm-guide'));
  const listId = `${idPrefix}-capabilities`;
  const root = React.useRef<HTMLDivElement>(null);
  const list = React.useRef<HTMLDivElement>(null);
  const guide = React.useMemo(() => buildGuideData(model), [model]);
  const state = useGuideState(guide);
  const links = useCapabilityAddress({ guide, instanceId, rootRef: root, open: state.jumpTo });
  const groups = React.useMemo(() => groupByCategory(model, state.visible), [model, state.visible]);

  const { jumpTo } = state;
  const { recordJump } = links;
  const onJump = React.useCallback(
    (key: string, from?: string) => {
      jumpTo(key);
      recordJump(key, from);
    },
    [jumpTo, recordJump]
  );

  // The list may sit far below the legend and filters: a keyboard user goes straight to it.
  // Focus moves in script (the href is only a fallback), so the address keeps any capability link.
  const skipToList = (event: React.MouseEvent<HTMLAnchorElement>): void => {
    event.preventDefault();
    if (list.current) list.current.focus();
  };

  return (
    <GuideLinksContext.Provider value={links}>
      {/* The attribute (GUIDE_ROOT_ATTRIBUTE) lets a guide tell whether it is the page's first. */}
      <div ref={root} className={classNames.root} data-nimm-guide={instanceId || ''}>
        <a href={`#${listId}`} className={classNames.skipLink} onClick={skipToList}>
          {strings.SkipToCapabilities}
        </a>
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
          {countText(state.matches.length, state.linkedCount)}
        </div>

        <div id={listId} ref={list} tabIndex={-1} role="region" aria-label={strings.CapabilitiesLabel} className={classNames.capabilities}>
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
                onJump={onJump}
                registerButton={state.registerButton}
                idPrefix={idPrefix}
              />
            ))
          )}
        </div>
      </div>
    </GuideLinksContext.Provider>
  );
};
