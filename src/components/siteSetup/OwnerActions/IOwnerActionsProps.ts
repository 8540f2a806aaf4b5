import type { ISetUpClassNames } from '../siteSetup.styles';
import type { SetUpRunState } from '../useSetUpRunner';

export interface IOwnerActionsProps {
  /** Whether the NIMM lists were found on the site. */
  listsFound: boolean;
  /** The owner's last action and where it has got to. */
  state: SetUpRunState;
  /** Runs set-up (which publishes the default model when none is in force). */
  onSetUp: () => void;
  /** Publishes the default NHS model (called once the owner has confirmed). */
  onPublish: () => void;
  classNames: ISetUpClassNames;
}
