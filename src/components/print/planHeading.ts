/** The plan a printed page is of: its title (or "all periods") and its period ("2023–2024"). */
import type { Plan } from '../../domain/model';
import { format } from '../common/format';

export interface PlanHeading {
  plan: string;
  period: string | null;
}

export function planHeading(plans: readonly Plan[], planId: number | null, strings: ISalkkuStrings): PlanHeading {
  const plan = planId === null ? undefined : plans.find((p) => p.id === planId);
  if (!plan) {
    return { plan: strings.FilterAllPlans, period: null };
  }
  const period = plan.periodStart && plan.periodEnd ? format(strings.PlanPeriod, plan.periodStart.slice(0, 4), plan.periodEnd.slice(0, 4)) : null;
  return { plan: plan.title, period };
}
