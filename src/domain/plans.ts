/** Plan periods. */
import type { Plan } from './model';

/** The newest of a project's plans (by period start, then id); null when it has none. */
export function latestPlanId(planIds: readonly number[], plans: readonly Plan[]): number | null {
  const known = planIds
    .map((id) => plans.find((p) => p.id === id) ?? { id, periodStart: null })
    .sort((a, b) => (a.periodStart ?? '').localeCompare(b.periodStart ?? '') || (a.id ?? 0) - (b.id ?? 0));
  return known[known.length - 1]?.id ?? null;
}
