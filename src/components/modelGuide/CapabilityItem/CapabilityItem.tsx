import * as React from 'react';
import { useTheme } from '@fluentui/react';
import { getGuideClassNames } from '../modelGuide.styles';
import { formatString, GuideStrings as strings } from '../../../loc/strings';
import { Heading } from '../../shared/Heading';
import { CapabilityDetail } from '../CapabilityDetail';
import type { ICapabilityItemProps } from './ICapabilityItemProps';

/**
 * A capability as a disclosure: a heading holding a button with aria-expanded that opens its
 * detail in place. In-place disclosure keeps reading order and focus simple for keyboard and
 * screen reader users (no panel to trap or restore focus), and several can be open to compare.
 */
const CapabilityItemBase: React.FC<ICapabilityItemProps> = (props) => {
  const { capability, guide, headingLevel, expanded, onToggle, onJump, registerButton, idPrefix } = props;
  const classNames = getGuideClassNames(useTheme());
  const buttonId = `${idPrefix}-capability-${capability.key}`;
  const detailId = `${buttonId}-detail`;
  const key = capability.key;
  const setButton = React.useCallback((element: HTMLButtonElement | null) => registerButton(key, element), [registerButton, key]);

  return (
    <li className={classNames.capability}>
      <Heading level={headingLevel} className={classNames.capabilityHeading}>
        <button
          type="button"
          id={buttonId}
          ref={setButton}
          className={classNames.disclosure}
          aria-expanded={expanded}
          aria-controls={expanded ? detailId : undefined}
          // The badge beside the button was seen but never heard with it: its words go in the
          // button's name, which still starts with the visible name (WCAG 2.5.3, label in name).
          aria-label={capability.foundation ? formatString(strings.FoundationCapabilityName, capability.name) : undefined}
          onClick={() => onToggle(key)}
        >
          <svg
            className={expanded ? `${classNames.chevron} ${classNames.chevronExpanded}` : classNames.chevron}
            viewBox="0 0 8 8"
            aria-hidden="true"
            focusable="false"
          >
            <path d="M2 0.5 L6 4 L2 7.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
          </svg>
          <span>{capability.name}</span>
        </button>
        {/* Hidden from screen readers only because the button's name already says it. */}
        {capability.foundation ? (
          <span className={classNames.badge} aria-hidden="true">
            {strings.FoundationBadge}
          </span>
        ) : null}
      </Heading>
      {capability.summary ? <p className={classNames.summary}>{capability.summary}</p> : null}
      {expanded ? (
        <div id={detailId} className={classNames.detail}>
          <CapabilityDetail capability={capability} guide={guide} headingLevel={headingLevel + 1} onJump={onJump} />
        </div>
      ) : null}
    </li>
  );
};

/** Memoised: typing in the search box re-renders only the items whose props changed. */
export const CapabilityItem = React.memo(CapabilityItemBase);
