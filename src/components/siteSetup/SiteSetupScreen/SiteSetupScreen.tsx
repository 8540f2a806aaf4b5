import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, Spinner, SpinnerSize, useTheme } from '@fluentui/react';
import { SetUpStrings as strings } from '../../../loc/strings';
import { Heading } from '../../shared/Heading';
import { LoadedSite } from '../LoadedSite';
import { getSetUpClassNames } from '../siteSetup.styles';
import type { ISiteSetupScreenProps } from './ISiteSetupScreenProps';

/** The titled screen: a spinner while the status is read, the reason and a retry if that fails, else the site. */
export const SiteSetupScreen: React.FC<ISiteSetupScreenProps> = ({ store, status, onRetry, refresh, title, headingLevel }) => {
  const classNames = getSetUpClassNames(useTheme());

  let content: JSX.Element;
  if (status.status === 'loading') {
    content = <Spinner size={SpinnerSize.large} label={strings.LoadingLabel} ariaLabel={strings.LoadingLabel} />;
  } else if (status.status === 'failed') {
    content = (
      <div className={classNames.message}>
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
          <p className={classNames.messageLine}>{strings.LoadErrorMessage}</p>
          <p className={classNames.messageLine}>{status.message}</p>
        </MessageBar>
        <div className={classNames.actions}>
          <DefaultButton text={strings.RetryButton} onClick={onRetry} />
        </div>
      </div>
    );
  } else {
    content = <LoadedSite site={status.site} store={store} refresh={refresh} headingLevel={headingLevel + 1} classNames={classNames} />;
  }

  return (
    <div className={classNames.root}>
      <Heading level={headingLevel} className={classNames.title}>
        {title && title.trim() ? title : strings.DefaultTitle}
      </Heading>
      {content}
    </div>
  );
};
