import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, mergeStyleSets, hiddenContentStyle } from '@fluentui/react';
import { TeamsPrintNotice, usePrintBlockedInTeams } from '../../shared/TeamsPrintNotice';
import { DashboardStrings as strings } from '../../../loc/dashboardStrings';
import { formatString } from '../../../loc/strings';
import { todayIso } from '../../assessment/evidence/evidenceText';
import type { HostInfo } from '../../shell/host';
import type { DashboardData } from '../dashboardData';
import { readProfileAddress } from '../dashboardAddress';
import { BoardPaper } from './BoardPaper';
import { browserAddress } from '../../shared/workbook';
import { useExportAction } from '../../shared/useExportAction';
import { exportWorkbook } from './exportWorkbook';

export interface IDashboardActionsProps {
  data: DashboardData;
  host: HostInfo;
  /** The NIMM site's address, for evidence addresses in the workbook. */
  siteUrl: string;
}

const classNames = mergeStyleSets({
  group: { display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'flex-end' },
  // Below the chooser and the buttons, across the toolbar's whole width.
  messages: { flexBasis: '100%', minWidth: 0 },
  status: { margin: 0, alignSelf: 'center' },
  hidden: hiddenContentStyle
});

export { browserAddress };

/**
 * The dashboard's actions: download the assessment shown as an Excel workbook, and print a board
 * paper. Progress and the outcome are announced (a polite live region); a failure is said in words.
 * Inside the Teams app, where printing is blocked, Print says so and offers the page in a browser.
 * The board paper itself is always there, shown only in print, so the browser's own Print prints it too.
 */
export const DashboardActions: React.FC<IDashboardActionsProps> = ({ data, host, siteUrl }) => {
  const { exporting, status, failure, start: onExport, dismissFailure } = useExportAction(
    () => exportWorkbook(data, readProfileAddress(window.location.href), { siteUrl, today: todayIso() }),
    { exporting: strings.Exporting, exported: strings.Exported, failed: formatString(strings.ExportFailed, strings.ExportWriteFailed) }
  );
  const teams = usePrintBlockedInTeams(host);
  // The profile chosen on the "Against a target" view is kept in the address; read again before printing.
  const [profileKey, setProfileKey] = React.useState(() => readProfileAddress(window.location.href));
  React.useEffect(() => {
    const beforePrint = (): void => setProfileKey(readProfileAddress(window.location.href));
    window.addEventListener('beforeprint', beforePrint);
    return () => window.removeEventListener('beforeprint', beforePrint);
  }, []);

  const onPrint = (): void => {
    if (teams.blocked()) return;
    setProfileKey(readProfileAddress(window.location.href));
    // Once React has drawn the paper with the profile now chosen.
    window.setTimeout(() => window.print(), 0);
  };


  return (
    <>
      <div className={classNames.group} role="group" aria-label={strings.ActionsLabel}>
        <DefaultButton
          iconProps={{ iconName: 'ExcelDocument' }}
          text={exporting ? strings.Exporting : strings.ExportExcel}
          onClick={onExport}
          disabled={exporting}
          allowDisabledFocus
        />
        <DefaultButton iconProps={{ iconName: 'Print' }} text={strings.PrintBoardPaper} onClick={onPrint} />
        <p className={status ? classNames.status : classNames.hidden} role="status" aria-live="polite" aria-atomic="true">
          {status}
        </p>
      </div>
      {failure || teams.showing ? (
        <div className={classNames.messages}>
          {failure ? (
            <MessageBar messageBarType={MessageBarType.error} onDismiss={dismissFailure} dismissButtonAriaLabel={strings.CloseDetail}>
              {failure}
            </MessageBar>
          ) : null}
          {teams.showing ? (
            <TeamsPrintNotice
              words={{ notice: strings.PrintInTeams, openInBrowser: strings.OpenInBrowser, opensInNewTab: strings.OpensInNewTab, close: strings.CloseDetail }}
              hiddenClassName={classNames.hidden}
              onDismiss={teams.dismiss}
            />
          ) : null}
        </div>
      ) : null}
      <BoardPaper view={data.view} profileKey={profileKey} today={todayIso()} />
    </>
  );
};
