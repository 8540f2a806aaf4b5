import type { ListsState } from '../siteStatus';
import type { SetUpRunState } from '../useSetUpRunner';

export interface IOwnerActionsProps {
  /** Whether the NIMM lists are on the site. */
  lists: ListsState;
  /** The owner's last action and where it has got to. */
  state: SetUpRunState;
  /** Runs set-up (which publishes the default model when none is in force). */
  onSetUp: () => void;
  /** Publishes the default NHS model (called once the owner has confirmed). */
  onPublish: () => void;
}
