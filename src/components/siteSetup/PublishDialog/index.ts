export { PublishDialog } from './PublishDialog';
export type { IPublishDialogProps } from './IPublishDialogProps';
