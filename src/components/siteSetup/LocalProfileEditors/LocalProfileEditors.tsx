import * as React from 'react';
import { ChoiceGroup, MessageBar, MessageBarType, PrimaryButton, Spinner, SpinnerSize, useTheme } from '@fluentui/react';
import type { LocalProfileEditors as Editors } from '../../../data/types';
import { SetUpStrings as strings } from '../../../loc/strings';
import { Heading } from '../../shared/Heading';
import { errorText } from '../../shell';
import { useStore } from '../../shell/StoreContext';
import { getSetUpClassNames } from '../siteSetup.styles';

export interface ILocalProfileEditorsProps {
  /** The site's status as last read: read again (after set-up ran, say), the choice is read again. */
  site: unknown;
  headingLevel: number;
  /** Whether the signed-in user is a site owner (only owners may change the choice). */
  canChoose: boolean;
}

type Loaded = { phase: 'loading' } | { phase: 'missing' } | { phase: 'failed'; message: string } | { phase: 'ready'; editors: Editors };

/**
 * The site owner's choice of who may create and change the site's own profiles (the roadmap's
 * service profiles for deployment groups): site members and owners, or site owners only. Saving
 * changes the list's permissions in SharePoint, so the rule holds whatever sends the request.
 * Everyone else reads the choice in a sentence.
 */
export const LocalProfileEditors: React.FC<ILocalProfileEditorsProps> = ({ site, headingLevel, canChoose }) => {
  const store = useStore();
  const classNames = getSetUpClassNames(useTheme());
  const [loaded, setLoaded] = React.useState<Loaded>({ phase: 'loading' });
  const [choice, setChoice] = React.useState<Editors>('members');
  const [saving, setSaving] = React.useState(false);
  const [outcome, setOutcome] = React.useState<{ type: MessageBarType; lines: string[] } | null>(null);
  const headingId = 'nimm-local-profile-editors';

  React.useEffect(() => {
    let live = true;
    store.getLocalProfileEditors().then(
      (editors) => {
        if (!live) return;
        if (editors === null) setLoaded({ phase: 'missing' });
        else {
          setLoaded({ phase: 'ready', editors });
          setChoice(editors);
        }
      },
      (error: unknown) => live && setLoaded({ phase: 'failed', message: errorText(error) })
    );
    return () => {
      live = false;
    };
  }, [store, site]);

  const save = async (): Promise<void> => {
    setSaving(true);
    setOutcome(null);
    try {
      const changes = await store.setLocalProfileEditors(choice);
      setLoaded({ phase: 'ready', editors: choice });
      setOutcome({ type: MessageBarType.success, lines: [choice === 'owners' ? strings.LocalProfilesNowOwners : strings.LocalProfilesNowMembers, ...changes] });
    } catch (error) {
      setOutcome({ type: MessageBarType.error, lines: [strings.LocalProfilesNotChanged, errorText(error)] });
    } finally {
      setSaving(false);
    }
  };

  return (
    <section aria-labelledby={headingId}>
      <Heading level={headingLevel} id={headingId} className={classNames.sectionHeading}>
        {strings.LocalProfilesHeading}
      </Heading>
      <p className={classNames.paragraph}>{strings.LocalProfilesIntro}</p>
      {loaded.phase === 'loading' ? <Spinner size={SpinnerSize.small} label={strings.LocalProfilesLoading} /> : null}
      {loaded.phase === 'missing' ? <p className={classNames.paragraph}>{strings.LocalProfilesMissing}</p> : null}
      {loaded.phase === 'failed' ? <MessageBar messageBarType={MessageBarType.error}>{loaded.message}</MessageBar> : null}
      {loaded.phase === 'ready' && !canChoose ? (
        <p className={classNames.paragraph}>{loaded.editors === 'owners' ? strings.LocalProfilesOwnersNow : strings.LocalProfilesMembersNow}</p>
      ) : null}
      {loaded.phase === 'ready' && canChoose ? (
        <>
          <ChoiceGroup
            label={strings.LocalProfilesChoiceLabel}
            selectedKey={choice}
            options={[
              { key: 'members', text: strings.LocalProfilesChoiceMembers },
              { key: 'owners', text: strings.LocalProfilesChoiceOwners }
            ]}
            onChange={(_e, option) => option && setChoice(option.key === 'owners' ? 'owners' : 'members')}
          />
          <div className={classNames.actions}>
            <PrimaryButton text={saving ? strings.LocalProfilesSaving : strings.LocalProfilesSave} disabled={saving || choice === loaded.editors} allowDisabledFocus={true} onClick={() => void save()} />
          </div>
        </>
      ) : null}
      {outcome ? (
        <MessageBar messageBarType={outcome.type} isMultiline={true}>
          {outcome.lines.map((line, i) => (
            <p key={i} className={classNames.messageLine}>
              {line}
            </p>
          ))}
        </MessageBar>
      ) : null}
    </section>
  );
};
