export { CapabilityDetail } from './CapabilityDetail';
export type { ICapabilityDetailProps } from './ICapabilityDetailProps';
