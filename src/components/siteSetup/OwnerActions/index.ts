export { OwnerActions } from './OwnerActions';
export type { IOwnerActionsProps } from './IOwnerActionsProps';
