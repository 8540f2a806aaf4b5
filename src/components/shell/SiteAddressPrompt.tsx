import * as React from 'react';
import { MessageBar, MessageBarType, PrimaryButton, TextField, useTheme } from '@fluentui/react';
import { ShellStrings as strings } from '../../loc/strings';
import { readSiteAddress } from './siteAddress';
import { getShellClassNames } from './shell.styles';

export interface ISiteAddressPromptProps {
  /** The tenant's origin (the page's), which the address must share. */
  tenantOrigin: string;
  /** The address chosen before, when changing it. */
  current?: string;
  /** Called with the checked site address. */
  onChoose: (url: string) => void;
}

/**
 * The first-run question of the suite in a Teams personal app (and its "change site" form): which
 * SharePoint site holds the trust's NIMM lists. What was typed stays when it is refused, with the
 * reason next to the field.
 */
export const SiteAddressPrompt: React.FC<ISiteAddressPromptProps> = ({ tenantOrigin, current, onChoose }) => {
  const classNames = getShellClassNames(useTheme());
  const [text, setText] = React.useState(current ?? '');
  const [problem, setProblem] = React.useState<string | undefined>();
  const submit = (e?: React.FormEvent): void => {
    if (e) e.preventDefault();
    const read = readSiteAddress(text, tenantOrigin);
    if (read.ok) onChoose(read.url);
    else setProblem(read.problem);
  };
  return (
    <form onSubmit={submit} className={classNames.message} aria-label={strings.SiteAddressHeading}>
      <MessageBar messageBarType={MessageBarType.info} isMultiline={true}>
        {strings.SiteAddressIntro}
      </MessageBar>
      <TextField
        label={strings.SiteAddressLabel}
        description={strings.SiteAddressHint}
        value={text}
        onChange={(_e, v) => setText(v ?? '')}
        errorMessage={problem}
        type="url"
        autoComplete="url"
        required={true}
      />
      <div className={classNames.actions}>
        <PrimaryButton type="submit" text={strings.SiteAddressUse} />
      </div>
    </form>
  );
};
