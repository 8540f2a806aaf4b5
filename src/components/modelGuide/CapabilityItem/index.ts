export { CapabilityItem } from './CapabilityItem';
export type { ICapabilityItemProps } from './ICapabilityItemProps';
