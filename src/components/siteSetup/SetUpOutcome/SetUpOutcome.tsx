import * as React from 'react';
import { MessageBar, MessageBarType, useTheme } from '@fluentui/react';
import { getSetUpClassNames } from '../siteSetup.styles';
import { formatString, SetUpStrings as strings } from '../../../loc/strings';
import type { ModelVersionSummary, SchemaReport } from '../../../data/types';
import { capabilitiesText } from '../siteSetupText';
import type { ISetUpOutcomeProps } from './ISetUpOutcomeProps';

/** What ensureSchema did: the schema version, then each change, or that nothing needed one. */
const SchemaChanges: React.FC<{ report: SchemaReport }> = ({ report }) => {
  const classNames = getSetUpClassNames(useTheme());
  let version: string;
  if (report.fromVersion === null) version = formatString(strings.SchemaVersionNew, report.toVersion);
  else if (report.fromVersion !== report.toVersion) version = formatString(strings.SchemaVersionUpgraded, report.fromVersion, report.toVersion);
  else version = formatString(strings.SchemaVersionSame, report.toVersion);
  return (
    <>
      <p className={classNames.paragraph}>{version}</p>
      {report.changes.length === 0 ? (
        <p className={classNames.paragraph}>{strings.NoChanges}</p>
      ) : (
        <>
          <p className={classNames.paragraph}>{strings.ChangesIntro}</p>
          <ul className={classNames.list}>
            {report.changes.map((change, index) => (
              <li key={index} className={classNames.listItem}>
                {change}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
};

function publishedText(published: ModelVersionSummary): string {
  return formatString(strings.PublishedSummary, published.name, published.version, capabilitiesText(published.capabilityCount));
}

/**
 * The model in force after a failed publish. The store's own message often says so already
 * ("... is still in force"); saying it twice in one alert is noise for a screen reader user.
 */
function inForceText(message: string, previous: ModelVersionSummary | null): string | null {
  if (/still in force/i.test(message)) return null;
  return previous ? formatString(strings.PreviousModelInForce, previous.name, previous.version) : strings.NoPreviousModel;
}

/**
 * The details of the owner's last action: what set-up changed and what was published, or what
 * failed. A failure shows the store's message (written for users), never a stack trace.
 */
export const SetUpOutcome: React.FC<ISetUpOutcomeProps> = ({ state }) => {
  const classNames = getSetUpClassNames(useTheme());
  if (state.phase === 'done') {
    if (state.action === 'publish') {
      return (
        <div className={classNames.outcome}>
          <p className={classNames.paragraph}>{publishedText(state.published)}</p>
          <p className={classNames.paragraph}>{strings.PublishNewAssessments}</p>
        </div>
      );
    }
    return (
      <div className={classNames.outcome}>
        <SchemaChanges report={state.report} />
        <p className={classNames.paragraph}>{state.published ? publishedText(state.published) : strings.ModelAlreadyPublished}</p>
      </div>
    );
  }

  if (state.phase !== 'failed') return null;
  const publishing = state.failedAt === 'publish';
  const lines = publishing
    ? [strings.PublishFailed, state.message, inForceText(state.message, state.previous)]
    : [strings.SetUpFailed, state.message, strings.SetUpSafeToRetry];
  return (
    <div className={classNames.outcome}>
      {/* Set-up that stopped at publishing did change the lists: say what, so the owner knows. */}
      {state.report ? <SchemaChanges report={state.report} /> : null}
      <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
        {lines.map((line, index) =>
          line ? (
            <p key={index} className={classNames.messageLine}>
              {line}
            </p>
          ) : null
        )}
      </MessageBar>
    </div>
  );
};
