import type { Capability } from '../../../nimm/model/schema';
import type { IGuideData } from '../modelGuideLogic';

export interface ICapabilityItemProps {
  capability: Capability;
  guide: IGuideData;
  /** Outline level of the capability's heading; its detail sections sit one level below. */
  headingLevel: number;
  expanded: boolean;
  onToggle: (key: string) => void;
  /** Opens another capability; `from` is the capability whose link was followed. */
  onJump: (key: string, from?: string) => void;
  registerButton: (key: string, element: HTMLButtonElement | null) => void;
  idPrefix: string;
}
