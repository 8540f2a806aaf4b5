import * as React from 'react';
import { Link, MessageBar, MessageBarType } from '@fluentui/react';

export interface ITeamsPrintNoticeProps {
  /** The page in a browser (where printing works), or null when it cannot be worked out. */
  pageAddress: string | null;
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
export const TeamsPrintNotice: React.FC<ITeamsPrintNoticeProps> = ({ pageAddress, words, hiddenClassName, onDismiss }) => (
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
