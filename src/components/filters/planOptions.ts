/**
 * The plan picker's options: the period first ("2023–2024 · Tietohallinnon
 * toimenpidesuunnitelma…"), so plans with the same long title can be told apart when the text is
 * cut; the full title is each option's tooltip. Newest first, then all periods.
 */
import type { IDropdownOption } from '@fluentui/react';
import type { Plan } from '../../domain/model';
import { format } from '../common/format';

export const ALL_PLANS_KEY = 'all';

/** "2023–2024", "2024" for a one-year plan, or null when the plan has no period. */
export function planPeriodLabel(strings: ISalkkuStrings, start: string | null, end: string | null): string | null {
  const from = start?.slice(0, 4) ?? '';
  const to = end?.slice(0, 4) ?? '';
  if (from === '' || to === '' || from === to) {
    return from || to || null;
  }
  return format(strings.PlanPeriod, from, to);
}

export function planOptionLabel(strings: ISalkkuStrings, plan: Pick<Plan, 'title' | 'periodStart' | 'periodEnd'>): string {
  const period = planPeriodLabel(strings, plan.periodStart, plan.periodEnd);
  return period === null ? plan.title : format(strings.PlanOption, period, plan.title);
}

export function planOptions(strings: ISalkkuStrings, plans: readonly Plan[]): IDropdownOption[] {
  const newestFirst = [...plans].sort((a, b) => (b.periodStart ?? '').localeCompare(a.periodStart ?? '') || (b.id ?? 0) - (a.id ?? 0));
  return [
    ...newestFirst.flatMap((p) => (p.id === null ? [] : [{ key: String(p.id), text: planOptionLabel(strings, p), title: p.title }])),
    { key: ALL_PLANS_KEY, text: strings.FilterAllPlans }
  ];
}
