/**
 * Places the yearless periods of a recurring schedule ("Q1–Q2 / vuosi", "Q3 vuosittain 2024
 * alkaen", "joka vuosi Q1, 2024–2026"):
 * - when the text gives the years as whole years, the first occurrence starts at the period's
 *   first month of the first year and the last ends at its last month of the last year;
 * - when the text gives no year at all but the caller knows the plan's period (2024–2025), the
 *   occurrences inside that period are placed: "Q1–Q2 / vuosi" in a plan for 2024–2025 is
 *   1/2024–6/2025, and the evidence says that the years came from the plan;
 * - otherwise nothing is placed: the schedule is only recurring.
 * A period across the turn of the year (winter) is not placed.
 */
import type { Month } from '../model';
import { monthOfYear, toMonth, yearOf } from '../months';
import type { Atom } from './atom';
import type { Combined } from './phases';
import type { MonthRef } from './spans';
import type { Token } from './tokens';
import { tokenAt } from './tokens';

/** The period a plan covers (its title's years); either side may be unknown. */
export interface PlanPeriod {
  start: Month | null;
  end: Month | null;
}

/** Notes of atoms that give a whole year ("2024", "2021/2022", "2020–23"). */
const WHOLE_YEAR_NOTES = new Set(['year', 'years', 'two-digit year']);

interface Period {
  from: number;
  to: number;
  /** Tokens the yearless periods are written in. */
  first: number;
  last: number;
}

/** The months of the yearless periods (earliest first month, latest last month), or null. */
function yearlessPeriod(atoms: readonly Atom[]): Period | null {
  let period: Period | null = null;
  for (const atom of atoms) {
    if (atom.kind !== 'time' || atom.year !== null || atom.bare) {
      continue;
    }
    if (atom.startYearOffset !== 0) {
      return null;
    }
    const before: Period = period ?? { from: 13, to: 0, first: atom.first, last: atom.last };
    period = {
      from: Math.min(before.from, atom.fromMonth),
      to: Math.max(before.to, atom.toMonth),
      first: before.first,
      last: atom.last
    };
  }
  return period;
}

/** The month of a whole-year ref moved to `month` of its year, or the ref unchanged. */
function moved(ref: MonthRef | null, month: number, yearMonth: string): MonthRef | null {
  if (!ref || !WHOLE_YEAR_NOTES.has(ref.note) || !ref.month.endsWith(yearMonth)) {
    return ref;
  }
  const value = toMonth(Number(ref.month.slice(0, 4)), month);
  return value ? { ...ref, month: value, note: `${ref.note}, at the recurring period (month ${month})` } : ref;
}

/** The first and last occurrence of the period inside the plan's period, or null. */
function inPlanPeriod(period: Period, plan: PlanPeriod, tokens: readonly Token[]): Combined | null {
  if (plan.start === null || plan.end === null) {
    return null;
  }
  const firstYear = yearOf(plan.start) + (period.from < monthOfYear(plan.start) ? 1 : 0);
  const lastYear = yearOf(plan.end) - (period.to > monthOfYear(plan.end) ? 1 : 0);
  const start = toMonth(firstYear, period.from);
  const end = toMonth(lastYear, period.to);
  if (!start || !end || firstYear > lastYear) {
    return null;
  }
  const from = tokenAt(tokens, period.first).start;
  const to = tokenAt(tokens, period.last).end;
  const note = `plan period ${plan.start}–${plan.end}`;
  return {
    start: { month: start, from, to, note: `${note}, first occurrence` },
    end: { month: end, from, to, note: `${note}, last occurrence` },
    openEnd: false
  };
}

/** The combined range of a recurring schedule with its yearless periods placed (see above). */
export function placeRecurring(combined: Combined, atoms: readonly Atom[], tokens: readonly Token[], plan: PlanPeriod | undefined): Combined {
  const period = yearlessPeriod(atoms);
  if (!period) {
    return combined;
  }
  if (combined.start === null && combined.end === null) {
    return (plan && inPlanPeriod(period, plan, tokens)) ?? combined;
  }
  return {
    start: moved(combined.start, period.from, '-01'),
    end: moved(combined.end, period.to, '-12'),
    openEnd: combined.openEnd
  };
}
