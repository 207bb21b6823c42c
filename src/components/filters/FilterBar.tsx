/**
 * Filters shared by the Portfolio, Timeline and Impact views, in one row: the plan, search and a
 * "Filters" button that opens the choice filters in a panel. The active filters show under the
 * row as removable chips beside the result count. The row wraps on a narrow tab.
 */
import type { IButton, IDropdownStyles } from '@fluentui/react';
import { DefaultButton, Dropdown, mergeStyles, SearchBox, Stack, Text } from '@fluentui/react';
import * as React from 'react';
import type { PortfolioData } from '../../data/contract/repository.types';
import type { PortfolioFilter } from '../../domain/portfolio/filter';
import { newestPlan } from '../../domain/portfolio/filter';
import { filterChips } from '../../domain/portfolio/filterChips';
import { useStrings } from '../common/SalkkuContext';
import { format } from '../common/format';
import { CHIP_FIELDS } from './chipLabels';
import { FilterChips } from './FilterChips';
import { filterOptions } from './filterOptions';
import { FilterPanel } from './FilterPanel';
import { ALL_PLANS_KEY, planOptions } from './planOptions';

export interface FilterBarProps {
  data: PortfolioData;
  filter: PortfolioFilter;
  onChange: (filter: PortfolioFilter) => void;
  shown: number;
  total: number;
  narrow: boolean;
  /** Filters a view does not offer (e.g. the impact view has its own assessment filter). */
  hide?: readonly (keyof PortfolioFilter)[];
  /**
   * Loads every project's long texts: a search also looks in descriptions and "what changes",
   * which the views' first load leaves out.
   */
  loadFull?: () => Promise<PortfolioData>;
}

/** A search in a summary matches numbers and titles at once, descriptions once they are loaded. */
function useTextsForSearch(text: string, data: PortfolioData, loadFull: FilterBarProps['loadFull']): boolean {
  const needed = text.trim() !== '' && data.detail !== 'full' && loadFull !== undefined;
  React.useEffect(() => {
    if (needed && loadFull) {
      loadFull().catch(() => undefined);
    }
  }, [needed, loadFull]);
  return needed;
}

/** The plan picker with its label beside it (on a narrow tab the picker takes the rest of the row). */
function planPickerStyles(narrow: boolean): Partial<IDropdownStyles> {
  return {
    root: { display: 'flex', alignItems: 'center', columnGap: '8px', width: narrow ? '100%' : undefined },
    label: { whiteSpace: 'nowrap' },
    dropdown: narrow ? { flex: '1 1 0', minWidth: 0 } : { width: 340 }
  };
}

export function FilterBar(props: FilterBarProps): JSX.Element {
  const strings = useStrings();
  const { data, filter, onChange, narrow } = props;
  const [open, setOpen] = React.useState(false);
  const filtersButton = React.useRef<IButton>(null);
  const loadingTexts = useTextsForSearch(filter.text, data, props.loadFull);
  const options = React.useMemo(() => filterOptions(data, strings), [data, strings]);
  const plans = React.useMemo(() => planOptions(strings, data.plans), [strings, data.plans]);
  const newest = newestPlan(data.plans);
  const selectedPlan = filter.plan === 'all' ? ALL_PLANS_KEY : String(filter.plan ?? newest?.id ?? '');
  const hidden = React.useMemo(() => new Set(props.hide ?? []), [props.hide]);
  const chips = filterChips(filter, CHIP_FIELDS);
  const focusFiltersButton = React.useCallback(() => filtersButton.current?.focus(), []);

  return (
    <Stack tokens={{ childrenGap: 6 }} role="search" aria-label={strings.FiltersRegion} data-salkku-filter-bar="true">
      <Stack horizontal={true} wrap={true} tokens={{ childrenGap: 8 }} verticalAlign="center">
        <Dropdown
          styles={planPickerStyles(narrow)}
          label={strings.FilterPlan}
          options={plans}
          selectedKey={selectedPlan}
          title={plans.find((p) => p.key === selectedPlan)?.title}
          data-salkku-plan-picker="true"
          onChange={(_e, option) => option && onChange({ ...filter, plan: option.key === ALL_PLANS_KEY ? 'all' : Number(option.key) })}
        />
        <SearchBox
          className={mergeStyles({ width: narrow ? '100%' : 320 })}
          placeholder={strings.SearchPlaceholder}
          ariaLabel={strings.SearchLabel}
          value={filter.text}
          onChange={(_e, value) => onChange({ ...filter, text: value ?? '' })}
        />
        <DefaultButton
          componentRef={filtersButton}
          iconProps={{ iconName: 'Filter' }}
          text={chips.length > 0 ? format(strings.FiltersButton, chips.length) : strings.FiltersRegion}
          aria-haspopup="dialog"
          aria-expanded={open}
          data-salkku-filters-open={chips.length}
          onClick={() => setOpen(true)}
        />
        {loadingTexts && (
          <Text variant="small" role="status" data-salkku-search-texts="loading">
            {strings.SearchLoadingTexts}
          </Text>
        )}
      </Stack>
      <FilterChips chips={chips} filter={filter} onChange={onChange} labels={{ strings, options }} shown={props.shown} total={props.total} onFocusLost={focusFiltersButton} />
      <FilterPanel
        isOpen={open}
        onDismiss={() => setOpen(false)}
        filter={filter}
        onChange={onChange}
        options={options}
        hidden={hidden}
        shown={props.shown}
        active={chips.length > 0}
        narrow={narrow}
      />
    </Stack>
  );
}
