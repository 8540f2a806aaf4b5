import * as React from 'react';
import { Link, useTheme } from '@fluentui/react';
import type { EvidenceItem } from '../../../data/types';
import { EvidenceStrings as strings, formatString } from '../../../loc/strings';
import type { Capability } from '../../../nimm';
import { useSiteUrl } from '../../shell';
import { dateText } from '../../shell/dates';
import { getEvidenceClassNames } from './evidence.styles';
import { criterionText, evidenceName, isExpired, kindText, safeHref } from './evidenceText';

export interface IEvidenceListProps {
  items: EvidenceItem[];
  capability: Capability;
  /** Today as YYYY-MM-DD, where the person is; expiry is judged against it. */
  today: string;
}

/**
 * The capability's evidence, newest first. Each piece says what it is, what it backs, when it
 * last changed and when it expires; the store keeps no author for evidence (EvidenceItem has
 * none), so only the date is shown.
 */
export const EvidenceList: React.FC<IEvidenceListProps> = ({ items, capability, today }) => {
  const classNames = getEvidenceClassNames(useTheme());
  const siteUrl = useSiteUrl();
  if (items.length === 0) return <p className={classNames.muted}>{strings.None}</p>;
  const sorted = items.slice().sort((a, b) => (b.modified ?? '').localeCompare(a.modified ?? '') || a.name.localeCompare(b.name, 'en-GB'));
  return (
    <ul className={classNames.list}>
      {sorted.map((item) => {
        const expired = isExpired(item.expires, today);
        const href = safeHref(item.url);
        const name = evidenceName(item);
        return (
          <li key={item.itemId} className={`${classNames.item} ${expired ? classNames.itemExpired : ''}`}>
            <p className={classNames.line}>
              {href !== null ? (
                <Link href={href} target="_blank" rel="noopener noreferrer" className={classNames.name}>
                  {name}
                  <span className={classNames.visuallyHidden}> {strings.OpensInNewTab}</span>
                </Link>
              ) : (
                <span className={classNames.name}>{name}</span>
              )}{' '}
              <span className={classNames.muted}>({kindText(item, siteUrl)})</span>
            </p>
            {href === null ? <p className={`${classNames.line} ${classNames.muted}`}>{formatString(strings.NotOpenable, item.url)}</p> : null}
            <p className={classNames.line}>{formatString(strings.ForText, criterionText(capability, item.criterion))}</p>
            {item.description.trim() ? <p className={classNames.line}>{formatString(strings.DescriptionText, item.description)}</p> : null}
            {item.modified ? <p className={`${classNames.line} ${classNames.muted}`}>{formatString(strings.ChangedOn, dateText(item.modified))}</p> : null}
            {item.expires ? (
              expired ? (
                <p className={classNames.expired}>{formatString(strings.ExpiredOn, dateText(item.expires))}</p>
              ) : (
                <p className={classNames.line}>{formatString(strings.ExpiresOn, dateText(item.expires))}</p>
              )
            ) : null}
          </li>
        );
      })}
    </ul>
  );
};
