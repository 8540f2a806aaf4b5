import * as React from 'react';
import { getSetUpClassNames } from '../siteSetup.styles';
import { DefaultButton, PrimaryButton, useTheme } from '@fluentui/react';
import { SetUpStrings as strings } from '../../../loc/strings';
import { PublishDialog } from '../PublishDialog';
import { SetUpOutcome } from '../SetUpOutcome';
import { SetUpProgress } from '../SetUpProgress';
import type { IOwnerActionsProps } from './IOwnerActionsProps';

/**
 * A site owner's actions: set up (or check) the site, publish the default model, and follow
 * either one through. While one runs the buttons stay in place but disabled, and keep focus
 * (allowDisabledFocus), so a keyboard user is not thrown back to the top of the page; they come
 * back into use when it ends, whatever the outcome, so a failed attempt can be retried.
 */
export const OwnerActions: React.FC<IOwnerActionsProps> = ({ lists, state, onSetUp, onPublish }) => {
  const classNames = getSetUpClassNames(useTheme());
  const [confirming, setConfirming] = React.useState(false);
  const running = state.phase === 'running';
  const listsFound = lists.kind === 'found';
  // Lists that exist but lack a column or an index need an upgrade, not a first set-up.
  const setUpBefore = listsFound || lists.reason !== undefined;
  const openDialog = React.useCallback(() => setConfirming(true), []);
  const closeDialog = React.useCallback(() => setConfirming(false), []);
  const confirm = React.useCallback(() => {
    setConfirming(false);
    onPublish();
  }, [onPublish]);

  return (
    <>
      <p className={classNames.paragraph}>{setUpBefore ? strings.SetUpIntroExisting : strings.SetUpIntroNew}</p>
      <div className={classNames.actions}>
        <PrimaryButton
          text={setUpBefore ? strings.CheckButton : strings.SetUpButton}
          onClick={onSetUp}
          disabled={running}
          allowDisabledFocus={true}
        />
        {/* Publishing needs the lists; until they exist, set-up publishes the default model itself. */}
        {listsFound ? (
          <DefaultButton text={strings.PublishButton} onClick={openDialog} disabled={running} allowDisabledFocus={true} />
        ) : null}
      </div>
      <SetUpProgress state={state} />
      <SetUpOutcome state={state} />
      <PublishDialog open={confirming} onConfirm={confirm} onDismiss={closeDialog} />
    </>
  );
};
