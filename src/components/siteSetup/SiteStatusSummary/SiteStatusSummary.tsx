import * as React from 'react';
import { getSetUpClassNames } from '../siteSetup.styles';
import { useTheme } from '@fluentui/react';
import { formatString, SetUpStrings as strings } from '../../../loc/strings';
import { Heading } from '../../shared/Heading';
import { DataIssuesNotice } from '../../shell/DataIssuesNotice';
import { capabilitiesText, versionStatusText } from '../siteSetupText';
import type { ISiteStatus } from '../siteStatus';
import type { ISiteStatusSummaryProps } from './ISiteStatusSummaryProps';

/** Enough versions to see recent history; an ICS site republishing often should not fill the page. */
const MAX_VERSIONS_SHOWN = 10;

function listsText(site: ISiteStatus, schemaVersion: number | null): string {
  if (site.lists.kind === 'missing') {
    // With a reason the lists exist but lack a column or an index; the store's message says which.
    return site.lists.reason ? formatString(strings.ListsNeedUpgrade, site.lists.message) : strings.ListsNotSetUp;
  }
  return schemaVersion === null ? strings.ListsFound : formatString(strings.ListsSetUpWithVersion, schemaVersion);
}

/** What the site holds: whether the lists are there, the model in force, its versions, any bad data. */
export const SiteStatusSummary: React.FC<ISiteStatusSummaryProps> = ({ site, schemaVersion, headingLevel }) => {
  const classNames = getSetUpClassNames(useTheme());
  const model = site.published?.modelVersion ?? null;
  const issues = [...(site.published?.issues ?? []), ...site.versionIssues];
  // A failed publishing attempt is not a version: it is counted, never listed among them.
  const versions = site.versions.filter((v) => v.status !== 'failed');
  const failedAttempts = site.versions.length - versions.length;
  const shown = versions.slice(0, MAX_VERSIONS_SHOWN);
  const hidden = versions.length - shown.length;

  return (
    <section>
      <Heading level={headingLevel} className={classNames.sectionHeading}>
        {strings.StatusHeading}
      </Heading>
      <dl className={classNames.facts}>
        <dt className={classNames.term}>{strings.ListsLabel}</dt>
        <dd className={classNames.value}>{listsText(site, schemaVersion)}</dd>
        <dt className={classNames.term}>{strings.PublishedModelLabel}</dt>
        <dd className={classNames.value}>
          {model
            ? formatString(strings.PublishedModelValue, model.name, model.version, capabilitiesText(model.capabilityCount))
            : strings.NoPublishedModel}
        </dd>
      </dl>

      {shown.length > 0 ? (
        <>
          <Heading level={headingLevel + 1} className={classNames.subHeading}>
            {strings.VersionsHeading}
          </Heading>
          <ul className={classNames.list}>
            {shown.map((v) => (
              <li key={v.id} className={classNames.listItem}>
                {formatString(strings.VersionItem, v.name, v.version, versionStatusText(v, model ? model.id : null))}
              </li>
            ))}
            {hidden > 0 ? <li className={classNames.listItem}>{formatString(strings.VersionsMore, hidden)}</li> : null}
          </ul>
        </>
      ) : null}
      {failedAttempts > 0 ? <p className={classNames.paragraph}>{formatString(strings.FailedAttempts, failedAttempts)}</p> : null}

      {issues.length > 0 ? (
        <>
          <Heading level={headingLevel + 1} className={classNames.subHeading}>
            {strings.IssuesHeading}
          </Heading>
          <DataIssuesNotice issues={issues} canFix={site.user.can.setUp} />
        </>
      ) : null}
    </section>
  );
};
