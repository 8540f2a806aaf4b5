export interface IPublishDialogProps {
  /** Whether the dialog is open. */
  open: boolean;
  /** The owner confirmed: publish. */
  onConfirm: () => void;
  /** The owner cancelled (button, Escape or close). */
  onDismiss: () => void;
}
