import type { Model } from '../../../nimm/model/schema';

export interface ILevelLegendProps {
  model: Model;
  headingLevel: number;
}
