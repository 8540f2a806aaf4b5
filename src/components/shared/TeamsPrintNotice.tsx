import * as React from 'react';
import { Link, MessageBar, MessageBarType } from '@fluentui/react';
import type { HostInfo } from '../shell/host';
import { browserAddress } from './workbook';

/**
 * Printing where the host allows it: `blocked()` says whether Print must stop here (inside the
 * Teams app, where printing is blocked), and then shows the notice; `showing` and `dismiss` drive
 * TeamsPrintNotice. One rule for every web part that prints a board paper.
 */
export function usePrintBlockedInTeams(host: HostInfo): { blocked: () => boolean; showing: boolean; dismiss: () => void } {
  const [showing, setShowing] = React.useState(false);
  const blocked = (): boolean => {
    const inTeams = host.kind !== 'sharepoint';
    setShowing(inTeams);
    return inTeams;
  };
  return { blocked, showing, dismiss: () => setShowing(false) };
}

export interface ITeamsPrintNoticeProps {
  /** The web part's own words. */
  words: { notice: string; openInBrowser: string; opensInNewTab: string; close: string };
  /** A class that hides text visually but keeps it for screen readers. */
  hiddenClassName: string;
  onDismiss: () => void;
}

/**
 * Said when Print is pressed inside the Teams app, where printing is blocked: why, and a link that
 * opens the same page in a browser (a new tab, said for screen readers). One notice for every web
 * part that prints a board paper.
 */
export const TeamsPrintNotice: React.FC<ITeamsPrintNoticeProps> = ({ words, hiddenClassName, onDismiss }) => {
  // The page in a browser (where printing works), or null when it cannot be worked out.
  const pageAddress = browserAddress(window.location.href);
  return (
    <MessageBar messageBarType={MessageBarType.info} onDismiss={onDismiss} dismissButtonAriaLabel={words.close}>
      {words.notice}{' '}
      {pageAddress ? (
        <Link href={pageAddress} target="_blank" rel="noopener noreferrer">
          {words.openInBrowser}
          <span className={hiddenClassName}> {words.opensInNewTab}</span>
        </Link>
      ) : null}
    </MessageBar>
  );
};
