/**
 * Filters shared by the Portfolio, Timeline and Impact views: plan period, search, choices.
 * On a narrow tab the choice filters fold behind one button.
 */
import type { IDropdownOption } from '@fluentui/react';
import { ActionButton, DefaultButton, Dropdown, mergeStyles, SearchBox, Stack, Text } from '@fluentui/react';
import * as React from 'react';
import type { PortfolioData } from '../../data/contract/repository.types';
import type { PortfolioFilter } from '../../domain/portfolio/filter';
import { activeFilterCount, EMPTY_FILTER, newestPlan } from '../../domain/portfolio/filter';
import { useStrings } from '../common/SalkkuContext';
import { format } from '../common/format';
import { filterOptions } from './filterOptions';

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

const dropdownClass = mergeStyles({ width: 190, maxWidth: '100%' });

function planLabel(strings: ISalkkuStrings, title: string, start: string | null, end: string | null): string {
  return start && end ? `${title} (${format(strings.PlanPeriod, start.slice(0, 4), end.slice(0, 4))})` : title;
}

type ListKey = 'serviceAreas' | 'units' | 'statuses' | 'rags' | 'scheduleOwners' | 'likelihoods';

export function FilterBar(props: FilterBarProps): JSX.Element {
  const strings = useStrings();
  const { data, filter, onChange } = props;
  const [open, setOpen] = React.useState(false);
  const loadingTexts = useTextsForSearch(filter.text, data, props.loadFull);
  const options = React.useMemo(() => filterOptions(data, strings), [data, strings]);
  const newest = newestPlan(data.plans);
  const plans = [...data.plans].sort((a, b) => (b.periodStart ?? '').localeCompare(a.periodStart ?? ''));
  const planOptions: IDropdownOption[] = [
    ...plans.filter((p) => p.id !== null).map((p) => ({ key: String(p.id), text: planLabel(strings, p.title, p.periodStart, p.periodEnd) })),
    { key: 'all', text: strings.FilterAllPlans }
  ];
  const selectedPlan = filter.plan === 'all' ? 'all' : String(filter.plan ?? newest?.id ?? '');
  const hidden = new Set(props.hide ?? []);
  const count = activeFilterCount(filter);

  const multi = (key: ListKey, label: string, list: IDropdownOption[]): JSX.Element | null =>
    hidden.has(key) ? null : (
      <Dropdown
        className={dropdownClass}
        label={label}
        multiSelect={true}
        placeholder={strings.FilterAny}
        options={list}
        selectedKeys={filter[key]}
        onChange={(_e, option) => {
          if (!option) {
            return;
          }
          const value = String(option.key);
          const current = filter[key];
          onChange({ ...filter, [key]: option.selected ? [...current, value] : current.filter((v) => v !== value) });
        }}
      />
    );

  const choiceFilters = (
    <Stack horizontal={true} wrap={true} tokens={{ childrenGap: 8 }} data-salkku-filters="choices">
      {multi('serviceAreas', strings.FilterServiceArea, options.serviceAreas)}
      {multi('units', strings.FilterUnit, options.units)}
      {multi('statuses', strings.FilterStatus, options.statuses)}
      {multi('rags', strings.FilterRag, options.rags)}
      {!hidden.has('goals') && (
        <Dropdown
          className={dropdownClass}
          label={strings.FilterGoal}
          multiSelect={true}
          placeholder={strings.FilterAny}
          options={options.goals}
          selectedKeys={filter.goals.map(String)}
          onChange={(_e, option) =>
            option && onChange({ ...filter, goals: option.selected ? [...filter.goals, Number(option.key)] : filter.goals.filter((g) => g !== Number(option.key)) })
          }
        />
      )}
      {multi('scheduleOwners', strings.FilterScheduleOwner, options.scheduleOwners)}
      {multi('likelihoods', strings.FilterLikelihood, options.likelihoods)}
      {!hidden.has('mandatory') && (
        <Dropdown
          className={dropdownClass}
          label={strings.FilterMandatory}
          options={[
            { key: 'any', text: strings.FilterAny },
            { key: 'yes', text: strings.FilterMandatoryYes },
            { key: 'no', text: strings.FilterMandatoryNo }
          ]}
          selectedKey={filter.mandatory === null ? 'any' : filter.mandatory ? 'yes' : 'no'}
          onChange={(_e, option) => option && onChange({ ...filter, mandatory: option.key === 'any' ? null : option.key === 'yes' })}
        />
      )}
      {!hidden.has('assessment') && (
        <Dropdown
          className={dropdownClass}
          label={strings.FilterAssessment}
          options={[
            { key: 'any', text: strings.FilterAny },
            { key: 'complete', text: strings.FilterAssessmentComplete },
            { key: 'incomplete', text: strings.FilterAssessmentIncomplete }
          ]}
          selectedKey={filter.assessment ?? 'any'}
          onChange={(_e, option) => option && onChange({ ...filter, assessment: option.key === 'any' ? null : (option.key as 'complete' | 'incomplete') })}
        />
      )}
    </Stack>
  );

  return (
    <Stack tokens={{ childrenGap: 8 }} role="search" aria-label={strings.FiltersRegion}>
      <Stack horizontal={true} wrap={true} tokens={{ childrenGap: 8 }} verticalAlign="end">
        <Dropdown
          className={mergeStyles({ width: props.narrow ? '100%' : 280 })}
          label={strings.FilterPlan}
          options={planOptions}
          selectedKey={selectedPlan}
          onChange={(_e, option) => option && onChange({ ...filter, plan: option.key === 'all' ? 'all' : Number(option.key) })}
        />
        <SearchBox
          className={mergeStyles({ width: props.narrow ? '100%' : 300 })}
          placeholder={strings.SearchPlaceholder}
          ariaLabel={strings.SearchLabel}
          value={filter.text}
          onChange={(_e, value) => onChange({ ...filter, text: value ?? '' })}
        />
        {loadingTexts && (
          <Text variant="small" role="status" data-salkku-search-texts="loading">
            {strings.SearchLoadingTexts}
          </Text>
        )}
        {props.narrow && (
          <DefaultButton text={format(strings.FiltersButton, count)} aria-expanded={open} onClick={() => setOpen(!open)} iconProps={{ iconName: 'Filter' }} />
        )}
        {count > 0 && <ActionButton iconProps={{ iconName: 'ClearFilter' }} text={strings.ClearFilters} onClick={() => onChange({ ...EMPTY_FILTER, plan: filter.plan })} />}
      </Stack>
      {(!props.narrow || open) && choiceFilters}
      <Text role="status" aria-live="polite" variant="small" data-salkku-result-count={props.shown}>
        {format(strings.FilterResultCount, props.shown, props.total)}
      </Text>
    </Stack>
  );
}
