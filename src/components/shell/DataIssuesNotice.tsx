import * as React from 'react';
import { MessageBar, MessageBarType, useTheme } from '@fluentui/react';
import type { DataIssue } from '../../data/types';
import { formatString, ShellStrings } from '../../loc/strings';
import { getShellClassNames } from './shell.styles';

export interface IDataIssuesNoticeProps {
  issues: DataIssue[];
  /** Whether the reader can put the items right (site owners): they see which items and why. */
  canFix: boolean;
}

/** "Data list, item 12: what is wrong", as an owner reads it. */
export function issueText(issue: DataIssue): string {
  return issue.itemId === null
    ? formatString(ShellStrings.IssueWithoutItem, issue.list, issue.problem)
    : formatString(ShellStrings.IssueWithItem, issue.list, issue.itemId, issue.problem);
}

/**
 * Items the store could not read, in words each reader can use: anyone is told that something
 * may be missing; an owner also sees each list, item and problem, and what to do about it.
 */
export const DataIssuesNotice: React.FC<IDataIssuesNoticeProps> = ({ issues, canFix }) => {
  const classNames = getShellClassNames(useTheme());
  if (issues.length === 0) return null;
  if (!canFix) {
    return (
      <MessageBar messageBarType={MessageBarType.warning} isMultiline={true}>
        {issues.length === 1 ? ShellStrings.IssuesReaderOne : formatString(ShellStrings.IssuesReaderMany, issues.length)}
      </MessageBar>
    );
  }
  return (
    <MessageBar messageBarType={MessageBarType.warning} isMultiline={true}>
      <p className={classNames.messageLine}>{ShellStrings.IssuesOwnerIntro}</p>
      <ul className={classNames.issueList}>
        {issues.map((issue, index) => (
          <li key={index} className={classNames.issueItem}>
            {issueText(issue)}
          </li>
        ))}
      </ul>
    </MessageBar>
  );
};
