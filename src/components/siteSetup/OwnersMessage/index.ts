export { OwnersMessage } from './OwnersMessage';
export type { IOwnersMessageProps } from './IOwnersMessageProps';
