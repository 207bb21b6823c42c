/**
 * Totals of estimated costs. A range adds up as ranges do (min + min, max + max). A project
 * without a figure is counted as unknown, never as zero; an open upper bound ("yli 10 000 €")
 * makes the total's upper bound open.
 */
import type { Plan, Project } from '../model';
import { yearOf } from '../months';

export interface RangeTotal {
  min: number;
  max: number;
  /** Some project gave a lower bound only, so the total has no upper bound. */
  maxOpen: boolean;
  /** Projects that gave a figure. */
  estimated: number;
  /** Projects that gave none. */
  unknown: number;
}

export interface Totals {
  count: number;
  investment: RangeTotal;
  recurring: RangeTotal;
}

function emptyRange(): RangeTotal {
  return { min: 0, max: 0, maxOpen: false, estimated: 0, unknown: 0 };
}

function addRange(total: RangeTotal, min: number | null, max: number | null): void {
  if (min === null && max === null) {
    total.unknown++;
    return;
  }
  total.estimated++;
  total.min += min ?? 0;
  if (max === null) {
    total.maxOpen = true;
    total.max += min ?? 0;
  } else {
    total.max += max;
  }
}

export function computeTotals(projects: readonly Project[]): Totals {
  const totals: Totals = { count: projects.length, investment: emptyRange(), recurring: emptyRange() };
  for (const p of projects) {
    addRange(totals.investment, p.costs.investmentMin, p.costs.investmentMax);
    addRange(totals.recurring, p.costs.recurringPerYearMin, p.costs.recurringPerYearMax);
  }
  return totals;
}

export interface YearCosts {
  year: number;
  investmentMin: number;
  investmentMax: number;
  recurringMin: number;
  recurringMax: number;
}

export interface CostsByYear {
  years: YearCosts[];
  /** Projects with cost figures but no year to place them in. */
  unplaced: number;
  /** Projects whose investment falls outside the years shown (started earlier or later). */
  outsidePeriod: number;
}

/**
 * Estimated costs per calendar year: an investment in the year the project starts; recurring
 * costs every year from the start year to the last year of the range shown (the plan period).
 */
export function costsByYear(projects: readonly Project[], plans: readonly Plan[], planId: number | null): CostsByYear {
  const plan = plans.find((p) => p.id === planId);
  const startYear = (p: Project): number | null => (p.schedule.start ? yearOf(p.schedule.start) : null);
  const known = projects.map(startYear).filter((y): y is number => y !== null);
  const firstYear = plan?.periodStart ? yearOf(plan.periodStart) : Math.min(...known);
  const lastYear = plan?.periodEnd ? yearOf(plan.periodEnd) : Math.max(...known);
  const years = new Map<number, YearCosts>();
  if (Number.isFinite(firstYear) && Number.isFinite(lastYear)) {
    for (let y = firstYear; y <= lastYear; y++) {
      years.set(y, { year: y, investmentMin: 0, investmentMax: 0, recurringMin: 0, recurringMax: 0 });
    }
  }
  let unplaced = 0;
  let outsidePeriod = 0;
  projects.forEach((p) => {
    const c = p.costs;
    const hasInvestment = c.investmentMin !== null || c.investmentMax !== null;
    const hasRecurring = c.recurringPerYearMin !== null || c.recurringPerYearMax !== null;
    if (!hasInvestment && !hasRecurring) {
      return;
    }
    const start = startYear(p);
    if (start === null) {
      unplaced++;
      return;
    }
    const startEntry = years.get(start);
    if (hasInvestment && startEntry) {
      startEntry.investmentMin += c.investmentMin ?? 0;
      startEntry.investmentMax += c.investmentMax ?? c.investmentMin ?? 0;
    } else if (hasInvestment || start > lastYear) {
      outsidePeriod++;
    }
    if (hasRecurring) {
      for (let y = Math.max(start, firstYear); y <= lastYear; y++) {
        const entry = years.get(y);
        if (entry) {
          entry.recurringMin += c.recurringPerYearMin ?? 0;
          entry.recurringMax += c.recurringPerYearMax ?? c.recurringPerYearMin ?? 0;
        }
      }
    }
  });
  return { years: [...years.values()], unplaced, outsidePeriod };
}
