import * as React from 'react';
import { getSetUpClassNames } from '../siteSetup.styles';
import { useTheme } from '@fluentui/react';
import { SetUpStrings as strings } from '../../../loc/strings';
import { Heading } from '../../shared/Heading';
import { LocalProfileEditors } from '../LocalProfileEditors';
import { OwnerActions } from '../OwnerActions';
import { OwnersMessage } from '../OwnersMessage';
import { SiteStatusSummary } from '../SiteStatusSummary';
import { useSetUpRunner } from '../useSetUpRunner';
import { useStore } from '../../shell/StoreContext';
import type { ILoadedSiteProps } from './ILoadedSiteProps';

/** The site's status, then set-up for its owners, or whom to ask for everyone else. */
export const LoadedSite: React.FC<ILoadedSiteProps> = ({ site, refresh, headingLevel }) => {
  const store = useStore();
  const classNames = getSetUpClassNames(useTheme());
  const runner = useSetUpRunner(store, site.published?.modelVersion ?? null, refresh);
  return (
    <>
      <SiteStatusSummary site={site} schemaVersion={runner.schemaVersion} headingLevel={headingLevel} />
      <section>
        <Heading level={headingLevel} className={classNames.sectionHeading}>
          {strings.ActionsHeading}
        </Heading>
        {site.user.can.setUp ? (
          <OwnerActions
            lists={site.lists}
            state={runner.state}
            onSetUp={runner.runSetUp}
            onPublish={runner.publishDefault}
          />
        ) : (
          <OwnersMessage owners={site.owners} isSetUp={site.lists.kind === 'found' && site.published !== null} />
        )}
      </section>
      {site.lists.kind === 'found' ? <LocalProfileEditors site={site} headingLevel={headingLevel} canChoose={site.user.can.setUp} /> : null}
    </>
  );
};
