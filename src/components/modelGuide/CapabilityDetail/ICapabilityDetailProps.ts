import type { Capability } from '../../../nimm/model/schema';
import type { IGuideData } from '../modelGuideLogic';

export interface ICapabilityDetailProps {
  capability: Capability;
  guide: IGuideData;
  /** Outline level of the detail's sections (levels, "Depends on", "Needed by"). */
  headingLevel: number;
  onJump: (key: string) => void;
}
