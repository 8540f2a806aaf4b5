import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, Spinner, SpinnerSize, useTheme } from '@fluentui/react';
import { ShellStrings } from '../../loc/strings';
import { getShellClassNames } from './shell.styles';
import type { DataState } from './useStoreData';

export interface IDataViewProps<T> {
  state: DataState<T>;
  onRetry: () => void;
  /** What is being loaded, for the spinner and screen readers ("Loading the model…"). */
  loadingLabel?: string;
  /** A sentence put before the store's message when loading fails ("The model could not be loaded."). */
  failedLabel?: string;
  children: (value: T) => React.ReactNode;
}

/**
 * A read's three states, the same in every app: a labelled spinner; the store's own message (it
 * already says what failed and what to do, so nothing is added that would repeat it) with a
 * retry button; or the loaded content.
 */
export function DataView<T>({ state, onRetry, loadingLabel = ShellStrings.Loading, failedLabel, children }: IDataViewProps<T>): JSX.Element {
  const classNames = getShellClassNames(useTheme());
  if (state.status === 'loading') return <Spinner size={SpinnerSize.large} label={loadingLabel} ariaLabel={loadingLabel} />;
  if (state.status === 'failed') {
    return (
      <div className={classNames.message}>
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
          {failedLabel ? <p className={classNames.messageLine}>{failedLabel}</p> : null}
          <p className={classNames.messageLine}>{state.message}</p>
        </MessageBar>
        <div className={classNames.actions}>
          <DefaultButton text={ShellStrings.RetryButton} onClick={onRetry} />
        </div>
      </div>
    );
  }
  return <>{children(state.value)}</>;
}
