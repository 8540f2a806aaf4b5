import type { Capability } from '../../../nimm/model/schema';
import type { IGuideData } from '../modelGuideLogic';

export interface ICapabilityDetailProps {
  capability: Capability;
  guide: IGuideData;
  /** Outline level of the detail's sections (levels, "Depends on", "Needed by"). */
  headingLevel: number;
  /** Opens another capability; `from` is the capability whose link was followed. */
  onJump: (key: string, from?: string) => void;
}
