import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, Panel, PanelType, useTheme } from '@fluentui/react';
import type { Listed, ResponseVersion } from '../../../data/types';
import { formatString, ReviewStrings as strings } from '../../../loc/strings';
import type { Capability, Model } from '../../../nimm';
import { Heading } from '../../shared/Heading';
import { DataIssuesNotice, DataView, useStoreData } from '../../shell';
import { getAssessmentClassNames } from '../assessment.styles';
import { historyContext, savedText, versionChanges, versionFacts, type HistoryContext } from './historyText';

export interface IResponseHistoryProps {
  /** The response's item, or null while the capability has never been saved (no history yet). */
  itemId: number | null;
  capability: Capability;
  model: Model;
  /** Site owners are shown which versions could not be read; others that something may be missing. */
  canFix: boolean;
}

const VersionList: React.FC<{ listed: Listed<ResponseVersion>; context: HistoryContext; canFix: boolean }> = ({ listed, context, canFix }) => {
  const classNames = getAssessmentClassNames(useTheme());
  const versions = listed.items;
  return (
    <>
      <DataIssuesNotice issues={listed.issues} canFix={canFix} />
      {versions.length === 0 ? <p className={classNames.paragraph}>{strings.HistoryNone}</p> : <p className={classNames.muted}>{strings.HistoryIntro}</p>}
      <ol className={classNames.list}>
        {versions.map((version, i) => (
          <li key={`${version.label}-${i}`} className={classNames.criterion}>
            {/* The panel's title is the dialog's level 1 heading: versions sit under it. */}
            <Heading level={2} className={classNames.minorHeading}>
              {formatString(version.isCurrent ? strings.VersionCurrent : strings.VersionHeading, version.label)}
            </Heading>
            <p className={classNames.paragraph}>{savedText(version)}</p>
            <p className={classNames.paragraph}>{versionFacts(version, context)}</p>
            <p className={classNames.criterionText}>
              <strong>{strings.ChangesHeading}</strong>
            </p>
            {/* Newest first: the version before this one is the next in the list. */}
            <ul className={classNames.facts}>
              {versionChanges(version, versions[i + 1], context).map((sentence, j) => (
                <li key={j}>{sentence}</li>
              ))}
            </ul>
            {version.problems.length > 0 ? (
              <MessageBar messageBarType={MessageBarType.warning} isMultiline={true}>
                {formatString(strings.VersionDamaged, version.problems.join(' '))}
              </MessageBar>
            ) : null}
          </li>
        ))}
      </ol>
    </>
  );
};

/** The history read, only while the panel is open, so opening it again always reads afresh. */
const HistoryBody: React.FC<{ itemId: number; context: HistoryContext; canFix: boolean }> = ({ itemId, context, canFix }) => {
  const { state, retry } = useStoreData((store) => store.listResponseHistory(itemId), { key: itemId });
  return (
    <DataView state={state} onRetry={retry} loadingLabel={strings.LoadingHistory} failedLabel={strings.HistoryFailed}>
      {(listed) => <VersionList listed={listed} context={context} canFix={canFix} />}
    </DataView>
  );
};

/**
 * "Show history", one click from the capability: a panel listing every saved version of its
 * response, newest first, with who saved it, when, its status and agreed level, and what changed
 * in words. Fluent's Panel keeps focus inside while open, closes on Esc (or its close button, or
 * a click outside), and gives focus back to the button.
 *
 * SharePoint's own version page (_layouts/15/Versions.aspx?list=<list id>&ID=<item id>) is not
 * linked: it needs the Responses list's GUID, which the store does not hand to screens.
 */
export const ResponseHistory: React.FC<IResponseHistoryProps> = ({ itemId, capability, model, canFix }) => {
  const [open, setOpen] = React.useState(false);
  const context = React.useMemo(() => historyContext(capability, model), [capability, model]);
  if (itemId === null) return null;
  return (
    <>
      <DefaultButton iconProps={{ iconName: 'History' }} text={strings.ShowHistory} onClick={() => setOpen(true)} />
      <Panel
        isOpen={open}
        onDismiss={() => setOpen(false)}
        isLightDismiss={true}
        type={PanelType.medium}
        headerText={formatString(strings.HistoryTitle, capability.name)}
        closeButtonAriaLabel={strings.HistoryClose}
      >
        {open ? <HistoryBody itemId={itemId} context={context} canFix={canFix} /> : null}
      </Panel>
    </>
  );
};
