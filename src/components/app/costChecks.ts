/**
 * Cost figures no city would have, checked against the limits this web part was given: added to
 * the items that need attention beside what the lists' reading found. Checked here, not while
 * reading, because the limits are a setting of the web part and the read portfolio (and its
 * browser cache) is shared by every web part of the page.
 */
import type { ItemIssue, PortfolioData } from '../../data/contract/repository.types';
import type { CostLimits } from '../../domain/validation';
import { costWarnings, DEFAULT_COST_LIMITS } from '../../domain/validation';

export function withCostChecks(data: PortfolioData, limits: CostLimits): PortfolioData {
  const added = new Map<number, ItemIssue>();
  for (const project of data.projects) {
    const warnings = costWarnings(project, limits);
    if (warnings.length > 0 && project.id !== null) {
      added.set(project.id, { list: 'projects', itemId: project.id, title: project.title, warnings });
    }
  }
  if (added.size === 0) {
    return data;
  }
  const itemIssues = data.itemIssues.map((issue) => {
    const more = issue.list === 'projects' && issue.itemId !== null ? added.get(issue.itemId) : undefined;
    if (!more) {
      return issue;
    }
    added.delete(more.itemId ?? 0);
    return { ...issue, warnings: [...issue.warnings, ...more.warnings] };
  });
  return { ...data, itemIssues: [...itemIssues, ...added.values()] };
}

/**
 * A limit as a city writes it in the web part's settings ("10000000", "10 000 000"): a positive
 * whole number of euros, or undefined for anything else (empty, words, zero, negative).
 */
export function parseCostLimit(value: string | undefined): number | undefined {
  const digits = (value ?? '').replace(/[\s\u00a0\u202f]/g, '');
  if (!/^\d+$/.test(digits)) {
    return undefined;
  }
  const limit = Number(digits);
  return limit > 0 && Number.isSafeInteger(limit) ? limit : undefined;
}

/** The limits of the web part's settings, each falling back to the default when not set. */
export function costLimitsOf(settings: { investmentLimit?: string; recurringLimit?: string }): CostLimits {
  return {
    investment: parseCostLimit(settings.investmentLimit) ?? DEFAULT_COST_LIMITS.investment,
    recurringPerYear: parseCostLimit(settings.recurringLimit) ?? DEFAULT_COST_LIMITS.recurringPerYear
  };
}
