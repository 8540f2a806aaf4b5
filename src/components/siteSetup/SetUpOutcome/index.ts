export { SetUpOutcome } from './SetUpOutcome';
export type { ISetUpOutcomeProps } from './ISetUpOutcomeProps';
