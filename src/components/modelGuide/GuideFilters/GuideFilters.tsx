import * as React from 'react';
import { getGuideClassNames } from '../modelGuide.styles';
import { DefaultButton, Dropdown, type IDropdownOption, type ISearchBox, Label, SearchBox, Toggle, useTheme } from '@fluentui/react';
import { GuideStrings as strings } from '../../../loc/strings';
import type { Aspect } from '../../../nimm/model/schema';
import { categoriesForAspect, hasActiveFilters } from '../modelGuideLogic';
import type { IGuideFiltersProps } from './IGuideFiltersProps';

// Model keys are lower-case letters, digits, "-" and ".", so this can never be a real key.
const ALL = '__all__';

/** Search box, aspect and category pickers and the foundation toggle, all labelled. */
export const GuideFilters: React.FC<IGuideFiltersProps> = ({ model, filters, onChange, onClear, idPrefix }) => {
  const classNames = getGuideClassNames(useTheme());
  const searchId = `${idPrefix}-search`;
  const searchBox = React.useRef<ISearchBox>(null);

  const aspectOptions: IDropdownOption[] = [
    { key: ALL, text: strings.AllAspects },
    { key: 'technical', text: strings.AspectTechnical },
    { key: 'business', text: strings.AspectBusiness }
  ];
  const categoryOptions: IDropdownOption[] = [{ key: ALL, text: strings.AllCategories }].concat(
    categoriesForAspect(model, filters.aspect).map((c) => ({ key: c.key, text: c.name }))
  );

  const changeAspect = (option: IDropdownOption | undefined): void => {
    const aspect = !option || option.key === ALL ? '' : (option.key as Aspect);
    // Drop a chosen category that the new aspect would hide, rather than show an empty guide.
    const categoryFits = categoriesForAspect(model, aspect).some((c) => c.key === filters.category);
    onChange({ ...filters, aspect, category: categoryFits ? filters.category : '' });
  };

  const clear = (): void => {
    onClear();
    // The button disables itself once nothing is filtered; put focus somewhere useful, not on <body>.
    if (searchBox.current) searchBox.current.focus();
  };

  return (
    <div role="search" aria-label={strings.FiltersLabel} className={classNames.filters}>
      <div className={classNames.filterRow}>
        <div className={classNames.searchItem}>
          <Label htmlFor={searchId}>{strings.SearchLabel}</Label>
          <SearchBox
            id={searchId}
            componentRef={searchBox}
            value={filters.query}
            placeholder={strings.SearchPlaceholder}
            clearButtonProps={{ ariaLabel: strings.ClearSearch }}
            onChange={(_, value) => onChange({ ...filters, query: value || '' })}
          />
        </div>
        <div className={classNames.filterItem}>
          <Dropdown
            label={strings.AspectFilterLabel}
            options={aspectOptions}
            selectedKey={filters.aspect || ALL}
            onChange={(_, option) => changeAspect(option)}
          />
        </div>
        <div className={classNames.filterItem}>
          <Dropdown
            label={strings.CategoryFilterLabel}
            options={categoryOptions}
            selectedKey={filters.category || ALL}
            onChange={(_, option) => onChange({ ...filters, category: !option || option.key === ALL ? '' : String(option.key) })}
          />
        </div>
        <div className={classNames.toggleItem}>
          <Toggle
            label={strings.FoundationOnlyLabel}
            checked={filters.foundationOnly}
            onChange={(_, checked) => onChange({ ...filters, foundationOnly: !!checked })}
          />
        </div>
        <div className={classNames.toggleItem}>
          <DefaultButton
            text={strings.ClearFilters}
            disabled={!hasActiveFilters(filters)}
            onClick={clear}
          />
        </div>
      </div>
    </div>
  );
};
