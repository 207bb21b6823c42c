/**
 * Two saved scenarios side by side: what the second adds and removes, and the difference in
 * score, investment, IT days and the limits; either can be shown in the what-if.
 */
import type { IDropdownOption } from '@fluentui/react';
import { DefaultButton, Dropdown, MessageBar, MessageBarType, Stack, Text } from '@fluentui/react';
import * as React from 'react';
import type { Scenario } from '../../domain/proposals/scenarios';
import { compareScenarios } from '../../domain/proposals/scenarios';
import type { Limits, SelectionItem } from '../../domain/proposals/selection';
import { format } from '../common/format';
import { formatDate, formatEuro, formatNumber } from '../common/formatting';
import { useStrings } from '../common/SalkkuContext';
import { sectionClasses } from '../common/tableClasses';
import { formatScore } from './proposalRows';
import { visuallyHidden } from '../common/visuallyHidden';

export interface ScenarioCompareProps {
  scenarios: readonly Scenario[];
  items: readonly SelectionItem[];
  titles: ReadonlyMap<number, string>;
  onShow: (limits: Limits, chosen: readonly number[]) => void;
}

function signed(value: number, text: string): string {
  return value > 0 ? `+${text}` : text;
}

export function ScenarioCompare(props: ScenarioCompareProps): JSX.Element | null {
  const strings = useStrings();
  const [aName, setA] = React.useState<string | undefined>(props.scenarios[0]?.name);
  const [bName, setB] = React.useState<string | undefined>(props.scenarios[1]?.name);
  if (props.scenarios.length === 0) {
    return null;
  }
  const options: IDropdownOption[] = props.scenarios.map((s) => ({ key: s.name, text: `${s.name} (${formatDate(s.saved, strings.Locale) ?? s.saved})` }));
  const a = props.scenarios.find((s) => s.name === aName);
  const b = props.scenarios.find((s) => s.name === bName);
  const comparison = a && b ? compareScenarios(a, b, props.items) : undefined;
  const names = (ids: number[]): string => (ids.length === 0 ? '–' : ids.map((id) => props.titles.get(id) ?? String(id)).join(', '));
  const euro = (v: number): string => signed(v, formatEuro(v, strings.Locale));
  const days = (v: number): string => signed(v, format(strings.PrDays, formatNumber(v, strings.Locale)));
  return (
    <section aria-labelledby="salkku-pr-compare" data-salkku-scenario-compare="true">
      <Text as="h4" variant="mediumPlus" block={true} id="salkku-pr-compare">
        {strings.PrCompareTitle}
      </Text>
      <Stack horizontal={true} wrap={true} verticalAlign="end" tokens={{ childrenGap: 12 }}>
        <Dropdown label={strings.PrCompareA} options={options} selectedKey={aName ?? null} onChange={(_e, o) => o && setA(String(o.key))} styles={{ root: { minWidth: 220 } }} />
        <Dropdown label={strings.PrCompareB} options={options} selectedKey={bName ?? null} onChange={(_e, o) => o && setB(String(o.key))} styles={{ root: { minWidth: 220 } }} />
        {b && <DefaultButton text={format(strings.PrShowScenario, b.name)} onClick={() => props.onShow({ budget: b.budget, capacity: b.capacity }, b.chosen)} />}
      </Stack>
      {comparison && a && b && (
        <>
          {comparison.differentModels && <MessageBar messageBarType={MessageBarType.warning}>{strings.PrCompareDifferentModels}</MessageBar>}
          <table className={sectionClasses.table}>
            <caption className={visuallyHidden}>{format(strings.PrCompareCaption, a.name, b.name)}</caption>
            <tbody>
              <tr>
                <th scope="row">{strings.PrCompareAdded}</th>
                <td data-salkku-compare-added={comparison.added.join(',')}>{names(comparison.added)}</td>
              </tr>
              <tr>
                <th scope="row">{strings.PrCompareRemoved}</th>
                <td data-salkku-compare-removed={comparison.removed.join(',')}>{names(comparison.removed)}</td>
              </tr>
              <tr>
                <th scope="row">{strings.PrTotalScore}</th>
                <td>{signed(comparison.difference.score, formatScore(comparison.difference.score, strings.Locale))}</td>
              </tr>
              <tr>
                <th scope="row">{strings.PrTotalInvestment}</th>
                <td>{euro(comparison.difference.investment)}</td>
              </tr>
              <tr>
                <th scope="row">{strings.PrTotalDays}</th>
                <td>{days(comparison.difference.days)}</td>
              </tr>
              <tr>
                <th scope="row">{strings.PrBudgetLabel}</th>
                <td>{euro(comparison.difference.budget)}</td>
              </tr>
              <tr>
                <th scope="row">{strings.PrCapacityLabel}</th>
                <td>{days(comparison.difference.capacity)}</td>
              </tr>
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
