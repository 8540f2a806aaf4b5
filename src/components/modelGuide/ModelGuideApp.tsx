import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, Spinner, SpinnerSize, Stack, ThemeProvider } from '@fluentui/react';
import { GuideStrings as strings } from '../../loc/strings';
import type { IModelGuideAppProps } from './IModelGuideAppProps';
import { ModelGuide } from './ModelGuide';
import { useModelLoader } from './useModelLoader';

/** Loads the model, then shows the guide; a failure shows a plain message and a way to retry. */
export const ModelGuideApp: React.FC<IModelGuideAppProps> = ({ title, theme, loadModel, headingLevel }) => {
  const { state, retry } = useModelLoader(loadModel);

  let content: JSX.Element;
  if (state.status === 'loading') {
    content = <Spinner size={SpinnerSize.large} label={strings.LoadingLabel} ariaLabel={strings.LoadingLabel} />;
  } else if (state.status === 'failed') {
    content = (
      <Stack tokens={{ childrenGap: 8 }} horizontalAlign="start">
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
          {state.message ? `${state.message} ${strings.LoadErrorHint}` : strings.LoadErrorMessage}
        </MessageBar>
        <DefaultButton text={strings.RetryButton} onClick={retry} />
      </Stack>
    );
  } else {
    content = (
      <>
        {state.notice && (
          <MessageBar messageBarType={MessageBarType.info} isMultiline={true}>
            {state.notice}
          </MessageBar>
        )}
        <ModelGuide model={state.model} title={title} headingLevel={headingLevel} />
      </>
    );
  }

  // Always the same wrapper, so a theme arriving after the first render (SPFx reports it through
  // onThemeChanged) does not remount the guide and lose the reader's search and open capabilities.
  // With no theme the provider passes the surrounding theme through and paints nothing itself.
  return (
    <ThemeProvider theme={theme} applyTo={theme ? 'element' : 'none'}>
      {content}
    </ThemeProvider>
  );
};
