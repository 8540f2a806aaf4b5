import type { ISetUpClassNames } from '../siteSetup.styles';
import type { SetUpRunState } from '../useSetUpRunner';

export interface ISetUpOutcomeProps {
  state: SetUpRunState;
  classNames: ISetUpClassNames;
}
