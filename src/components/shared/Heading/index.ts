export { Heading } from './Heading';
export type { IHeadingProps } from './IHeadingProps';
