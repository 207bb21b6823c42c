/**
 * A suggestion explained: which method was used and why, then each step as a sentence in the
 * order the method went (forced items first, then the optional ones taken or left out).
 */
import { MessageBar, MessageBarType, Text } from '@fluentui/react';
import * as React from 'react';
import { EXACT_MAX_ITEMS } from '../../domain/proposals/exact';
import type { SelectionStep, Suggestion } from '../../domain/proposals/selection';
import { format } from '../common/format';
import { formatEuro, formatNumber } from '../common/formatting';
import { useStrings } from '../common/SalkkuContext';

function leftText(strings: ISalkkuStrings, step: SelectionStep): string {
  const budget = Number.isFinite(step.budgetLeft) ? formatEuro(step.budgetLeft, strings.Locale) : strings.PrNoLimit;
  const days = Number.isFinite(step.capacityLeft) ? format(strings.PrDays, formatNumber(step.capacityLeft, strings.Locale)) : strings.PrNoLimit;
  return format(strings.PrStepLeft, budget, days);
}

export function stepSentence(strings: ISalkkuStrings, step: SelectionStep, method: Suggestion['method'], title: string): string {
  const left = leftText(strings, step);
  const ratio = step.ratio === null ? '–' : Number.isFinite(step.ratio) ? formatNumber(Math.round(step.ratio * 10) / 10, strings.Locale) : '∞';
  switch (step.reason) {
    case 'mandatory':
      return format(strings.PrStepMandatory, title, left);
    case 'lockedIn':
      return format(strings.PrStepLockedIn, title, left);
    case 'lockedOut':
      return format(strings.PrStepLockedOut, title);
    case 'fits':
      return method === 'greedy' ? format(strings.PrStepFitsGreedy, title, ratio, left) : format(strings.PrStepFitsExact, title, left);
    case 'overBudget':
      return format(strings.PrStepOverBudget, title);
    case 'noScore':
      return format(strings.PrStepNoScore, title);
    default:
      return format(strings.PrStepOverCapacity, title);
  }
}

export function SuggestionSteps(props: { suggestion: Suggestion; titles: ReadonlyMap<number, string> }): JSX.Element {
  const strings = useStrings();
  const { suggestion } = props;
  return (
    <section aria-labelledby="salkku-pr-suggestion" data-salkku-suggestion-method={suggestion.method}>
      <Text as="h4" variant="mediumPlus" block={true} id="salkku-pr-suggestion">
        {suggestion.method === 'exact' ? strings.PrMethodExactTitle : strings.PrMethodGreedyTitle}
      </Text>
      <Text block={true}>{suggestion.method === 'exact' ? strings.PrMethodExact : strings.PrMethodGreedy}</Text>
      {suggestion.fallback === 'tooManyItems' && <Text block={true}>{format(strings.PrMethodFallback, EXACT_MAX_ITEMS)}</Text>}
      {suggestion.forcedOverLimit && <MessageBar messageBarType={MessageBarType.warning}>{strings.PrForcedOverLimit}</MessageBar>}
      <ol data-salkku-suggestion-steps={suggestion.steps.length}>
        {suggestion.steps.map((step) => (
          <li key={step.id} data-salkku-step={step.reason}>
            {stepSentence(strings, step, suggestion.method, props.titles.get(step.id) ?? String(step.id))}
          </li>
        ))}
      </ol>
    </section>
  );
}
