import * as React from 'react';
import { getSetUpClassNames } from '../siteSetup.styles';
import { Link, useTheme } from '@fluentui/react';
import { SetUpStrings as strings } from '../../../loc/strings';
import type { SiteOwner } from '../../../data/types';
import { isLinkableEmail } from '../siteSetupText';
import type { IOwnersMessageProps } from './IOwnersMessageProps';

function ownerName(owner: SiteOwner): string {
  return owner.title.trim() || owner.email.trim() || strings.OwnerWithoutName;
}

/**
 * Tells someone who cannot set up whom to ask. Names and addresses are the site's own user
 * records, so they are rendered as text only, and an address becomes a mailto: link only when
 * it is a plain email address.
 */
export const OwnersMessage: React.FC<IOwnersMessageProps> = ({ owners, isSetUp }) => {
  const classNames = getSetUpClassNames(useTheme());
  // On a site already set up, the message is about changing set-up, not about doing it.
  if (!owners || owners.length === 0) return <p className={classNames.paragraph}>{isSetUp ? strings.SetUpOwnersOnlyUnknown : strings.OwnersOnlyUnknown}</p>;
  return (
    <>
      <p className={classNames.paragraph}>{isSetUp ? strings.SetUpOwnersOnly : strings.OwnersOnly}</p>
      <ul className={classNames.owners}>
        {owners.map((owner) => {
          const email = owner.email.trim();
          return (
            <li key={owner.id} className={classNames.listItem}>
              {isLinkableEmail(email) ? <Link href={`mailto:${email}`}>{ownerName(owner)}</Link> : ownerName(owner)}
            </li>
          );
        })}
      </ul>
    </>
  );
};
