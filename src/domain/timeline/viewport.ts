/**
 * Which months of the timeline are in view: the period a person opens the timeline on (the
 * chosen plan's period, today nearby), where to scroll to show it, and the range widened so that
 * today can always be shown. Months are month indexes (see months.ts), fractional where a
 * position inside a month matters.
 */
import type { Plan } from '../model';
import { monthIndex } from '../months';
import { newestPlan } from '../portfolio/filter';
import type { MonthRange } from './layout';

/** Space left before the first month of what is scrolled to (months). */
export const SCROLL_MARGIN = 0.5;

/**
 * The period the timeline opens on: the chosen plan's period; with every plan (planId null), the
 * newest plan's; without a plan period, today's year.
 */
export function focusPeriod(plans: readonly Plan[], planId: number | null, today: number): MonthRange {
  const plan = planId === null ? newestPlan(plans.filter((p) => p.periodStart !== null && p.periodEnd !== null)) : plans.find((p) => p.id === planId);
  if (plan?.periodStart && plan.periodEnd) {
    const start = monthIndex(plan.periodStart);
    const end = monthIndex(plan.periodEnd);
    return { start: Math.min(start, end), end: Math.max(start, end) };
  }
  const year = Math.floor(today / 12) * 12;
  return { start: year, end: year + 11 };
}

/** The range widened to whole years so that today's month is in it. */
export function rangeWithToday(range: MonthRange, today: number): MonthRange {
  const month = Math.floor(today);
  if (month >= range.start && month <= range.end) {
    return range;
  }
  const yearStart = Math.floor(month / 12) * 12;
  return { start: Math.min(range.start, yearStart), end: Math.max(range.end, yearStart + 11) };
}

/** The first month to show at the left edge, kept inside the range (fractional). */
export function clampStart(start: number, range: MonthRange, visibleMonths: number): number {
  const last = range.end + 1 - visibleMonths;
  return Math.max(range.start, Math.min(start, last));
}

/**
 * Where to scroll to show a period (the first month at the left edge, fractional): the period
 * and today together when they fit; otherwise the whole period, pushed towards today as far as
 * it stays whole; when even the period is wider than the view, its start.
 */
export function scrollStartFor(period: MonthRange, today: number | null, visibleMonths: number, range: MonthRange): number {
  const from = period.start - SCROLL_MARGIN;
  const to = period.end + 1 + SCROLL_MARGIN;
  let start: number;
  if (to - from > visibleMonths) {
    start = from;
  } else if (today === null) {
    start = from - (visibleMonths - (to - from)) / 2;
  } else {
    const withTodayFrom = Math.min(from, today - SCROLL_MARGIN);
    const withTodayTo = Math.max(to, today + SCROLL_MARGIN);
    if (withTodayTo - withTodayFrom <= visibleMonths) {
      // both fit: centred on the two
      start = withTodayFrom - (visibleMonths - (withTodayTo - withTodayFrom)) / 2;
    } else {
      start = today > to ? from : to - visibleMonths;
    }
  }
  return clampStart(start, range, visibleMonths);
}

/** Where to scroll to show today: a little of the past, more of the future. */
export function scrollStartForToday(today: number, visibleMonths: number, range: MonthRange): number {
  return clampStart(today - visibleMonths / 3, range, visibleMonths);
}
