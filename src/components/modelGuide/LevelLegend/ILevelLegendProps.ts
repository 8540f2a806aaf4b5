import type { Model } from '../../../nimm/model/schema';
import type { IGuideClassNames } from '../modelGuide.styles';

export interface ILevelLegendProps {
  model: Model;
  headingLevel: number;
  classNames: IGuideClassNames;
}
