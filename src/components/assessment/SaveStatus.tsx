import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, useTheme } from '@fluentui/react';
import { AssessmentStrings as strings, formatString } from '../../loc/strings';
import { timeText } from '../shell/dates';
import { getAssessmentClassNames } from './assessment.styles';
import type { SaveState } from './useResponseSaver';

export interface ISaveStatusProps {
  state: SaveState;
  /** True when the edits came back from the browser after an earlier, unsent visit. */
  restored: boolean;
  onSaveNow: () => void;
}

/** What saving has come to, in words, always visible and announced politely to screen readers. */
export function saveText(state: SaveState): string {
  switch (state.kind) {
    case 'pending':
      return strings.SavePending;
    case 'saving':
      return strings.SaveSaving;
    case 'saved':
      return state.merged ? strings.SaveMerged : formatString(strings.SaveSavedAt, timeText(state.at));
    case 'waiting':
      return formatString(strings.SaveWaiting, state.message);
    case 'failed':
      return formatString(strings.SaveFailed, state.message);
    case 'conflict':
      return strings.ConflictHeading;
    default:
      return '';
  }
}

/** The save state line, with "Save now" while something is unsent. */
export const SaveStatus: React.FC<ISaveStatusProps> = ({ state, restored, onSaveNow }) => {
  const classNames = getAssessmentClassNames(useTheme());
  const unsent = state.kind === 'pending' || state.kind === 'waiting' || state.kind === 'failed';
  return (
    <>
      {restored && state.kind !== 'saved' ? <MessageBar isMultiline={true}>{strings.RestoredDrafts}</MessageBar> : null}
      <div className={classNames.actions}>
        <p className={classNames.saveState} role="status" aria-live="polite" aria-atomic="true">
          {saveText(state)}
        </p>
        {unsent ? <DefaultButton text={strings.SaveNow} onClick={onSaveNow} /> : null}
      </div>
      {state.kind === 'failed' ? <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>{state.message}</MessageBar> : null}
    </>
  );
};
