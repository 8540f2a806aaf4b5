export interface ICopyLinkProps {
  /** The address to copy, worked out when the person asks (the page's address may have moved on). */
  getUrl: () => string;
  /** The button's visible text ("Copy link"). */
  text: string;
  /** The button's accessible name, starting with its visible text ("Copy link to Change management"). */
  ariaLabel?: string;
  /** Said, and shown, once the link is on the clipboard ("Link copied"). */
  copiedText: string;
  /** Label of the read-only field offered when the browser refuses to copy. */
  fieldLabel: string;
  /** What to do with that field ("press Ctrl+C"). */
  fieldHint: string;
}
