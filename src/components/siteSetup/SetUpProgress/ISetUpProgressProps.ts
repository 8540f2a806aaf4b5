import type { SetUpRunState } from '../useSetUpRunner';

export interface ISetUpProgressProps {
  state: SetUpRunState;
}
