import type { Model } from '../../../nimm/model/schema';
import type { IGuideFilters } from '../modelGuideLogic';

export interface IGuideFiltersProps {
  model: Model;
  filters: IGuideFilters;
  onChange: (filters: IGuideFilters) => void;
  onClear: () => void;
  /** Prefix for element ids, unique to this guide on the page. */
  idPrefix: string;
}
