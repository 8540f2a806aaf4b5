export { CopyLink } from './CopyLink';
export type { ICopyLinkProps } from './ICopyLinkProps';
