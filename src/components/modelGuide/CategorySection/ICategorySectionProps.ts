import type { ICategoryGroup, IGuideData } from '../modelGuideLogic';

export interface ICategorySectionProps {
  group: ICategoryGroup;
  guide: IGuideData;
  /** Outline level of the category's heading; capabilities sit one level below. */
  headingLevel: number;
  expanded: ReadonlySet<string>;
  onToggle: (key: string) => void;
  /** Opens another capability; `from` is the capability whose link was followed. */
  onJump: (key: string, from?: string) => void;
  registerButton: (key: string, element: HTMLButtonElement | null) => void;
  idPrefix: string;
}
