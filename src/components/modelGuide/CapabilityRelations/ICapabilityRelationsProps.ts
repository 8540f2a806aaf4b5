import type { Capability } from '../../../nimm/model/schema';
import type { IGuideData } from '../modelGuideLogic';

export interface ICapabilityRelationsProps {
  capability: Capability;
  guide: IGuideData;
  /** Outline level of the "Depends on" and "Needed by" headings. */
  headingLevel: number;
  /** Opens another capability; `from` is the capability whose link was followed. */
  onJump: (key: string, from?: string) => void;
}
