import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react';
import { GuideStrings as strings } from '../../loc/strings';
import { DataIssuesNotice, DataView, NimmAppShell, useStoreData } from '../shell';
import type { IModelGuideAppProps } from './IModelGuideAppProps';
import { loadSiteModel } from './loadSiteModel';
import { ModelGuide } from './ModelGuide';

const GuideBody: React.FC<{ headingLevel: number; instanceId?: string }> = ({ headingLevel, instanceId }) => {
  // Set-up or publishing elsewhere on the page changes the model in force: read it again.
  const { state, retry } = useStoreData(loadSiteModel, { refreshOn: ['site', 'model'] });
  return (
    <DataView state={state} onRetry={retry} loadingLabel={strings.LoadingLabel} failedLabel={strings.LoadErrorMessage}>
      {(source) => (
        <>
          {source.isDefault && (
            <MessageBar messageBarType={MessageBarType.info} isMultiline={true}>
              {strings.NoPublishedModelNotice}
            </MessageBar>
          )}
          <DataIssuesNotice issues={source.issues} canFix={source.canFix} />
          <ModelGuide model={source.model} headingLevel={headingLevel} instanceId={instanceId} />
        </>
      )}
    </DataView>
  );
};

/** The model guide web part's app: the site's published model as a searchable guide. */
export const ModelGuideApp: React.FC<IModelGuideAppProps> = ({ store, title, theme, headingLevel = 2, instanceId }) => (
  <NimmAppShell store={store} theme={theme} title={title} defaultTitle={strings.DefaultTitle} headingLevel={headingLevel}>
    <GuideBody headingLevel={headingLevel} instanceId={instanceId} />
  </NimmAppShell>
);
