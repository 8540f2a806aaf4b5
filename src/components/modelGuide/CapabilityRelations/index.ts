export { CapabilityRelations } from './CapabilityRelations';
export type { ICapabilityRelationsProps } from './ICapabilityRelationsProps';
