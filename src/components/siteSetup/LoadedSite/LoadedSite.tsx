import * as React from 'react';
import { SetUpStrings as strings } from '../../../loc/strings';
import { Heading } from '../../shared/Heading';
import { OwnerActions } from '../OwnerActions';
import { OwnersMessage } from '../OwnersMessage';
import { SiteStatusSummary } from '../SiteStatusSummary';
import { useSetUpRunner } from '../useSetUpRunner';
import type { ILoadedSiteProps } from './ILoadedSiteProps';

/** The site's status, then set-up for its owners, or whom to ask for everyone else. */
export const LoadedSite: React.FC<ILoadedSiteProps> = ({ site, store, refresh, headingLevel, classNames }) => {
  const runner = useSetUpRunner(store, site.published?.modelVersion ?? null, refresh);
  return (
    <>
      <SiteStatusSummary site={site} schemaVersion={runner.schemaVersion} headingLevel={headingLevel} classNames={classNames} />
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
            classNames={classNames}
          />
        ) : (
          <OwnersMessage owners={site.owners} classNames={classNames} />
        )}
      </section>
    </>
  );
};
