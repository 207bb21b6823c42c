/**
 * The choice filters in a side panel (full width on a narrow tab): each applies at once, the
 * footer shows how many projects are left and clears them all.
 */
import type { IDropdownOption } from '@fluentui/react';
import { DefaultButton, Dropdown, Panel, PanelType, PrimaryButton, Stack } from '@fluentui/react';
import * as React from 'react';
import type { PortfolioFilter } from '../../domain/portfolio/filter';
import { withoutChips } from '../../domain/portfolio/filterChips';
import { useStrings } from '../common/SalkkuContext';
import { format } from '../common/format';
import type { FilterOptions } from './filterOptions';

export interface FilterPanelProps {
  isOpen: boolean;
  onDismiss: () => void;
  filter: PortfolioFilter;
  onChange: (filter: PortfolioFilter) => void;
  options: FilterOptions;
  /** Filters the view does not offer. */
  hidden: ReadonlySet<keyof PortfolioFilter>;
  /** How many projects the filter keeps, and whether any filter is set. */
  shown: number;
  active: boolean;
  narrow: boolean;
}

type ListKey = 'serviceAreas' | 'units' | 'statuses' | 'rags' | 'scheduleOwners' | 'likelihoods';

export function FilterPanel(props: FilterPanelProps): JSX.Element {
  const strings = useStrings();
  const { filter, onChange, options, hidden } = props;

  const multi = (key: ListKey, label: string): JSX.Element | null =>
    hidden.has(key) ? null : (
      <Dropdown
        label={label}
        multiSelect={true}
        placeholder={strings.FilterAny}
        options={options[key]}
        selectedKeys={filter[key]}
        data-salkku-filter={key}
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

  const single = (key: 'mandatory' | 'assessment' | 'reportDue', label: string, list: IDropdownOption[], selected: string, pick: (key: string) => PortfolioFilter): JSX.Element | null =>
    hidden.has(key) ? null : (
      <Dropdown label={label} options={[{ key: 'any', text: strings.FilterAny }, ...list]} selectedKey={selected} data-salkku-filter={key} onChange={(_e, option) => option && onChange(pick(String(option.key)))} />
    );

  const footer = (): JSX.Element => (
    <Stack horizontal={true} wrap={true} tokens={{ childrenGap: 8 }}>
      <PrimaryButton text={format(strings.FiltersShowResults, props.shown)} onClick={props.onDismiss} data-salkku-filters-done="true" />
      <DefaultButton iconProps={{ iconName: 'ClearFilter' }} text={strings.ClearFilters} disabled={!props.active} onClick={() => onChange(withoutChips(filter))} data-salkku-filters-clear="panel" />
    </Stack>
  );

  return (
    <Panel
      isOpen={props.isOpen}
      onDismiss={props.onDismiss}
      isLightDismiss={true}
      type={props.narrow ? PanelType.smallFluid : PanelType.smallFixedFar}
      headerText={strings.FiltersRegion}
      closeButtonAriaLabel={strings.Close}
      onRenderFooterContent={footer}
      isFooterAtBottom={true}
      data-salkku-filters-panel="true"
    >
      <Stack tokens={{ childrenGap: 12 }} data-salkku-filters="choices">
        {multi('serviceAreas', strings.FilterServiceArea)}
        {multi('units', strings.FilterUnit)}
        {multi('statuses', strings.FilterStatus)}
        {multi('rags', strings.FilterRag)}
        {!hidden.has('goals') && (
          <Dropdown
            label={strings.FilterGoal}
            multiSelect={true}
            placeholder={strings.FilterAny}
            options={options.goals}
            selectedKeys={filter.goals.map(String)}
            data-salkku-filter="goals"
            onChange={(_e, option) =>
              option && onChange({ ...filter, goals: option.selected ? [...filter.goals, Number(option.key)] : filter.goals.filter((g) => g !== Number(option.key)) })
            }
          />
        )}
        {multi('scheduleOwners', strings.FilterScheduleOwner)}
        {multi('likelihoods', strings.FilterLikelihood)}
        {single(
          'mandatory',
          strings.FilterMandatory,
          [
            { key: 'yes', text: strings.FilterMandatoryYes },
            { key: 'no', text: strings.FilterMandatoryNo }
          ],
          filter.mandatory === null ? 'any' : filter.mandatory ? 'yes' : 'no',
          (key) => ({ ...filter, mandatory: key === 'any' ? null : key === 'yes' })
        )}
        {single(
          'assessment',
          strings.FilterAssessment,
          [
            { key: 'complete', text: strings.FilterAssessmentComplete },
            { key: 'incomplete', text: strings.FilterAssessmentIncomplete }
          ],
          filter.assessment ?? 'any',
          (key) => ({ ...filter, assessment: key === 'complete' || key === 'incomplete' ? key : null })
        )}
        {single(
          'reportDue',
          strings.ActFilterReportDue,
          [
            { key: 'yes', text: strings.ActFilterReportDueYes },
            { key: 'no', text: strings.ActFilterReportDueNo }
          ],
          filter.reportDue === null ? 'any' : filter.reportDue ? 'yes' : 'no',
          (key) => ({ ...filter, reportDue: key === 'any' ? null : key === 'yes' })
        )}
      </Stack>
    </Panel>
  );
}
