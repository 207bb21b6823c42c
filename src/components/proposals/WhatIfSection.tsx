/**
 * Choosing under limits: the year's investment budget and IT capacity, each selectable proposal
 * in or out (locked by the user, or free for a suggestion), the totals against the limits at once,
 * the greedy or best suggestion explained, and the set saved as a named scenario.
 */
import { Checkbox, DefaultButton, FontIcon, MessageBar, MessageBarType, PrimaryButton, Stack, Text, TextField } from '@fluentui/react';
import * as React from 'react';
import type { Totals } from '../../domain/proposals/selection';
import { errorMessage } from '../common/errorText';
import { format } from '../common/format';
import { formatEuro, formatNumber } from '../common/formatting';
import { useStrings } from '../common/SalkkuContext';
import { sectionClasses } from '../common/tableClasses';
import { formatScore } from './proposalRows';
import { ScenarioCompare } from './ScenarioCompare';
import { SuggestionSteps } from './SuggestionSteps';
import { asRepositoryError } from '../../data/contract/errors';
import { parseAmount } from './useWhatIf';
import type { WhatIfSectionProps } from './WhatIfSection.types';
import { visuallyHidden } from '../common/visuallyHidden';

function Use(props: { use: number | null; over: boolean; limited: boolean }): JSX.Element {
  const strings = useStrings();
  if (!props.limited) {
    return <>{strings.PrNoLimit}</>;
  }
  const share = props.use === null ? '–' : format(strings.PrPercent, formatNumber(props.use, strings.Locale));
  if (!props.over) {
    return <>{format(strings.PrUse, share)}</>;
  }
  return (
    <strong>
      <FontIcon iconName="Warning" aria-hidden={true} /> {format(strings.PrOverLimit, share)}
    </strong>
  );
}

function TotalsView(props: { totals: Totals; budgetSet: boolean; capacitySet: boolean }): JSX.Element {
  const strings = useStrings();
  const t = props.totals;
  return (
    <dl style={{ display: 'grid', gridTemplateColumns: 'max-content auto', gap: '4px 16px', margin: 0 }} data-salkku-whatif-over={t.overBudget || t.overCapacity}>
      <dt>{strings.PrTotalCount}</dt>
      <dd style={{ margin: 0 }}>{t.count}</dd>
      <dt>{strings.PrTotalInvestment}</dt>
      <dd style={{ margin: 0 }}>
        <span data-salkku-whatif-total="investment" data-salkku-value={t.investment}>
          {formatEuro(t.investment, strings.Locale)}
        </span>
        {' ('}
        <Use use={t.budgetUse} over={t.overBudget} limited={props.budgetSet} />
        {')'}
      </dd>
      <dt>{strings.PrTotalDays}</dt>
      <dd style={{ margin: 0 }}>
        <span data-salkku-whatif-total="days" data-salkku-value={t.days}>
          {format(strings.PrDays, formatNumber(t.days, strings.Locale))}
        </span>
        {' ('}
        <Use use={t.capacityUse} over={t.overCapacity} limited={props.capacitySet} />
        {')'}
      </dd>
      <dt>{strings.PrTotalScore}</dt>
      <dd style={{ margin: 0 }}>{formatScore(t.score, strings.Locale)}</dd>
    </dl>
  );
}

export function WhatIfSection(props: WhatIfSectionProps): JSX.Element {
  const strings = useStrings();
  const whatIf = props.whatIf;
  const [name, setName] = React.useState('');
  const [status, setStatus] = React.useState<{ text: string; error: boolean } | undefined>(undefined);
  const titles = React.useMemo(() => new Map(props.rows.map((r) => [r.proposal.id, r.proposal.title])), [props.rows]);
  const rows = props.rows.filter((r) => r.selectable);
  const chosen = new Set(whatIf.chosen);
  const invalid = (text: string): string | undefined => (Number.isNaN(parseAmount(text) ?? 0) ? strings.PrInvalidNumber : undefined);
  const run = (promise: Promise<void>, done: string): void => {
    setStatus(undefined);
    promise.then(
      () => setStatus({ text: done, error: false }),
      (error: unknown) => setStatus({ text: errorMessage(strings, asRepositoryError(error), false, true), error: true })
    );
  };
  const typed = whatIf.typedLimits;
  const saveScenario = (): void => {
    if (typed === null || name.trim() === '') {
      return;
    }
    run(props.onSaveScenario({ name: name.trim(), modelVersion: props.modelVersion, budget: typed.budget, capacity: typed.capacity, chosen: whatIf.chosen, saved: props.today }), format(strings.PrScenarioSaved, name.trim()));
  };

  return (
    <section aria-labelledby="salkku-pr-whatif" data-salkku-whatif="true">
      <Text as="h3" variant="large" block={true} id="salkku-pr-whatif">
        {strings.PrWhatIfTitle}
      </Text>
      <Text block={true} variant="small">
        {strings.PrWhatIfIntro}
      </Text>
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: 16, margin: '8px 0 12px' }}>
        <TextField label={strings.PrBudgetLabel} value={whatIf.budgetText} onChange={(_e, v) => whatIf.setBudgetText(v ?? '')} inputMode="numeric" suffix="€" errorMessage={invalid(whatIf.budgetText)} data-salkku-whatif-budget="true" />
        <TextField label={strings.PrCapacityLabel} value={whatIf.capacityText} onChange={(_e, v) => whatIf.setCapacityText(v ?? '')} inputMode="numeric" suffix={strings.PrDaysUnit} errorMessage={invalid(whatIf.capacityText)} data-salkku-whatif-capacity="true" />
        {props.canManage && <DefaultButton text={strings.PrSaveLimits} disabled={typed === null} onClick={() => typed && run(props.onSaveLimits(typed), strings.PrLimitsSaved)} />}
      </div>
      <div className={sectionClasses.scroll}>
        <table className={sectionClasses.table}>
          <caption className={visuallyHidden}>{strings.PrWhatIfCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.PrColIncluded}</th>
              <th scope="col">{strings.PrColTitle}</th>
              <th scope="col">{strings.PrColScore}</th>
              <th scope="col">{strings.PrColInvestment}</th>
              <th scope="col">{strings.PrColItDays}</th>
              <th scope="col">{strings.PrColLock}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const id = row.proposal.id;
              const lock = whatIf.locks.get(id);
              return (
                <tr key={id} data-salkku-whatif-row={id}>
                  <td>
                    <Checkbox ariaLabel={format(strings.PrIncludeLabel, row.proposal.title)} checked={row.forced || chosen.has(id)} disabled={row.forced} onChange={(_e, checked) => whatIf.toggle(id, checked === true)} data-salkku-whatif-toggle={id} />
                  </td>
                  <th scope="row">{row.proposal.title}</th>
                  <td>{row.score.scorers === 0 || row.score.total === null ? '–' : formatScore(row.score.total, strings.Locale)}</td>
                  <td>{row.investment === null ? strings.PrNoEstimate : formatEuro(row.investment, strings.Locale)}</td>
                  <td>{row.proposal.itEffortDays === null ? '–' : formatNumber(row.proposal.itEffortDays, strings.Locale)}</td>
                  <td>
                    {row.forced ? (
                      <span>
                        <FontIcon iconName="Lock" aria-hidden={true} /> {row.proposal.mandatoryByLaw ? strings.PrForcedByLaw : strings.PrForcedApproved}
                      </span>
                    ) : lock === undefined ? (
                      strings.PrLockFree
                    ) : (
                      <>
                        {lock === 'in' ? strings.PrLockIn : strings.PrLockOut}{' '}
                        <DefaultButton text={strings.PrRelease} ariaLabel={format(strings.PrReleaseLabel, row.proposal.title)} onClick={() => whatIf.release(id)} styles={{ root: { minWidth: 0, height: 24 } }} />
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <Text as="h4" variant="mediumPlus" block={true}>
        {strings.PrTotalsTitle}
      </Text>
      <div role="status" aria-live="polite">
        <TotalsView totals={whatIf.totals} budgetSet={Number.isFinite(whatIf.limits.budget)} capacitySet={Number.isFinite(whatIf.limits.capacity)} />
      </div>
      {props.effect}
      <Stack horizontal={true} wrap={true} tokens={{ childrenGap: 8 }} style={{ marginTop: 12 }}>
        <DefaultButton text={strings.PrSuggestGreedy} iconProps={{ iconName: 'Lightbulb' }} onClick={() => whatIf.suggest('greedy')} data-salkku-suggest="greedy" />
        <DefaultButton text={strings.PrSuggestExact} iconProps={{ iconName: 'Lightbulb' }} onClick={() => whatIf.suggest('exact')} data-salkku-suggest="exact" />
      </Stack>
      {whatIf.suggestion && <SuggestionSteps suggestion={whatIf.suggestion} titles={titles} />}
      {props.canManage && (
        <Stack horizontal={true} wrap={true} verticalAlign="end" tokens={{ childrenGap: 8 }} style={{ marginTop: 12 }}>
          <TextField label={strings.PrScenarioName} value={name} onChange={(_e, v) => setName(v ?? '')} />
          <PrimaryButton text={strings.PrSaveScenario} disabled={typed === null || name.trim() === ''} onClick={saveScenario} />
          {typed === null && <Text variant="small">{strings.PrScenarioNeedsLimits}</Text>}
        </Stack>
      )}
      <div role="status" aria-live="polite">
        {status && <MessageBar messageBarType={status.error ? MessageBarType.error : MessageBarType.success}>{status.text}</MessageBar>}
      </div>
      <ScenarioCompare scenarios={props.scenarios} items={whatIf.items} titles={titles} onShow={whatIf.show} />
    </section>
  );
}
