import type { SetUpRunState } from '../useSetUpRunner';

export interface ISetUpOutcomeProps {
  state: SetUpRunState;
}
