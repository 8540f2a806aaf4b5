import type { Capability } from '../../../nimm/model/schema';
import type { IGuideData } from '../modelGuideLogic';

export interface ICapabilityRelationsProps {
  capability: Capability;
  guide: IGuideData;
  /** Outline level of the "Depends on" and "Needed by" headings. */
  headingLevel: number;
  onJump: (key: string) => void;
}
