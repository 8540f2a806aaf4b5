import type { ISetUpClassNames } from '../siteSetup.styles';
import type { SetUpRunState } from '../useSetUpRunner';

export interface ISetUpProgressProps {
  state: SetUpRunState;
  classNames: ISetUpClassNames;
}
