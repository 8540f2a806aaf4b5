import * as React from 'react';
import { DefaultButton, Dialog, DialogFooter, DialogType, PrimaryButton } from '@fluentui/react';
import { SetUpStrings as strings } from '../../../loc/strings';
import type { IPublishDialogProps } from './IPublishDialogProps';

const dialogContentProps = {
  type: DialogType.normal,
  title: strings.PublishDialogTitle,
  subText: strings.PublishDialogText
};

// Blocking: a stray click outside must not dismiss a question about changing the site's model.
const modalProps = { isBlocking: true };

/**
 * Asks before publishing, because a new model version is what every new assessment will use.
 * Fluent's Dialog traps focus inside, closes on Escape and gives focus back to the button that
 * opened it.
 */
export const PublishDialog: React.FC<IPublishDialogProps> = ({ open, onConfirm, onDismiss }) => (
  <Dialog hidden={!open} onDismiss={onDismiss} dialogContentProps={dialogContentProps} modalProps={modalProps}>
    <DialogFooter>
      <PrimaryButton text={strings.PublishDialogConfirm} onClick={onConfirm} />
      <DefaultButton text={strings.PublishDialogCancel} onClick={onDismiss} />
    </DialogFooter>
  </Dialog>
);
