/**
 * Estimate vs actual by service area (the totals' table): the estimates as ranges, the actuals
 * entered for the plan's years, and how many projects exceed their estimate (icon and text).
 * Scrolls sideways on a narrow tab, and the scrolling region can be reached by keyboard.
 */
import { mergeStyles, Text } from '@fluentui/react';
import * as React from 'react';
import type { AreaComparison } from '../../domain/followup/portfolioFacts';
import { IconText } from '../common/Badges';
import { format } from '../common/format';
import { formatCostRange, formatEuro } from '../common/formatting';
import { serviceAreaLabel } from '../common/labels';
import { useStrings } from '../common/SalkkuContext';

const scrollClass = mergeStyles({ overflowX: 'auto', maxWidth: '100%', selectors: { 'th, td': { whiteSpace: 'nowrap' } } });

function estimate(min: number, max: number, open: boolean, strings: ISalkkuStrings): string {
  return (open ? format(strings.CostsOrMore, formatEuro(min, strings.Locale)) : formatCostRange(min, max, strings)) ?? formatEuro(0, strings.Locale);
}

export function ActualsByArea(props: { rows: readonly AreaComparison[]; years: string; tableClass: string }): JSX.Element {
  const strings = useStrings();
  const euro = (value: number): string => formatEuro(value, strings.Locale);
  return (
    <div data-salkku-actuals-by-area="true">
      <Text as="h4" variant="medium" id="salkku-actuals-area-title" block={true}>
        {format(strings.ActByAreaTitle, props.years)}
      </Text>
      <div className={scrollClass} role="region" aria-labelledby="salkku-actuals-area-title" tabIndex={0}>
        <table className={props.tableClass}>
          <thead>
            <tr>
              <th scope="col">{strings.FieldServiceArea}</th>
              <th scope="col">{strings.TotalsProjects}</th>
              <th scope="col">{strings.ColInvestment}</th>
              <th scope="col">{strings.ActColInvestment}</th>
              <th scope="col">{strings.ColRecurring}</th>
              <th scope="col">{format(strings.ActByAreaRecurring, props.years)}</th>
              <th scope="col">{strings.ActOverrun}</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((row) => (
              <tr key={row.serviceArea ?? ''} data-salkku-actual-area={row.serviceArea ?? ''}>
                <th scope="row">{row.serviceArea === null ? strings.FilterNoValue : serviceAreaLabel(strings, row.serviceArea) ?? row.serviceArea}</th>
                <td>{row.projects}</td>
                <td>{estimate(row.investmentMin, row.investmentMax, row.investmentMaxOpen, strings)}</td>
                <td data-salkku-actual="investment">{euro(row.actualInvestment)}</td>
                <td>{estimate(row.recurringMin, row.recurringMax, row.recurringMaxOpen, strings)}</td>
                <td data-salkku-actual="recurring">{euro(row.actualRecurring)}</td>
                <td data-salkku-overrunning={row.overrunning}>{row.overrunning > 0 ? <IconText icon="Warning" text={format(strings.ActOverrunCount, row.overrunning)} /> : strings.EmptyValue}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
