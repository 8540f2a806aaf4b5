import * as React from 'react';
import { getSetUpClassNames } from '../siteSetup.styles';
import { ProgressIndicator, useTheme } from '@fluentui/react';
import { SetUpStrings as strings } from '../../../loc/strings';
import { progressText } from '../siteSetupText';
import type { ISetUpProgressProps } from './ISetUpProgressProps';

/**
 * The live region of an owner's action: each step while it runs, then one line saying it
 * finished. It is always in the page, even when empty, because screen readers only announce
 * changes to a live region they already know about. A failure is not said here: its MessageBar
 * is an alert and announces itself.
 */
export const SetUpProgress: React.FC<ISetUpProgressProps> = ({ state }) => {
  const classNames = getSetUpClassNames(useTheme());
  let content: JSX.Element | null = null;
  if (state.phase === 'running') {
    const text = progressText(state.progress);
    const percent = state.progress && state.progress.total > 0 ? Math.min(1, state.progress.step / state.progress.total) : undefined;
    content = (
      <ProgressIndicator
        className={classNames.progress}
        label={state.operation === 'schema' ? strings.ProgressSchema : strings.ProgressPublish}
        description={text}
        percentComplete={percent}
        ariaValueText={text}
      />
    );
  } else if (state.phase === 'done') {
    content = (
      <p className={classNames.doneLine}>{state.action === 'set-up' ? strings.SetUpDone : strings.PublishDone}</p>
    );
  }
  return (
    <div role="status" aria-live="polite" aria-atomic="true">
      {content}
    </div>
  );
};
