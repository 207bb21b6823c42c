import type { Plan } from '../model';
import { monthIndex } from '../months';
import { clampStart, focusPeriod, rangeWithToday, SCROLL_MARGIN, scrollStartFor, scrollStartForToday } from './viewport';

function plan(id: number, periodStart: string | null, periodEnd: string | null): Plan {
  return { id, etag: null, title: `P${id}`, organisation: null, periodStart, periodEnd, approvedOn: null, status: null };
}

const plans = [plan(1, '2019-01', '2020-12'), plan(2, '2023-08', '2024-12'), plan(3, '2021-01', '2022-12'), plan(4, null, null)];
const range = { start: monthIndex('2020-01'), end: monthIndex('2027-12') };
const today = monthIndex('2026-12') + 0.1;

describe('timeline viewport', () => {
  it('opens on the chosen plan\'s period', () => {
    expect(focusPeriod(plans, 3, today)).toEqual({ start: monthIndex('2021-01'), end: monthIndex('2022-12') });
  });

  it('opens on the newest plan with a period when every plan is shown', () => {
    expect(focusPeriod(plans, null, today)).toEqual({ start: monthIndex('2023-08'), end: monthIndex('2024-12') });
  });

  it('opens on today\'s year when the plan has no period', () => {
    expect(focusPeriod(plans, 4, today)).toEqual({ start: monthIndex('2026-01'), end: monthIndex('2026-12') });
    expect(focusPeriod([], null, today)).toEqual({ start: monthIndex('2026-01'), end: monthIndex('2026-12') });
  });

  it('widens the range by whole years to today, and only when today is outside it', () => {
    expect(rangeWithToday(range, today)).toBe(range);
    const old = { start: monthIndex('2019-01'), end: monthIndex('2022-12') };
    expect(rangeWithToday(old, today)).toEqual({ start: old.start, end: monthIndex('2026-12') });
  });

  it('shows the period and today together when they fit, centred on the two', () => {
    const period = focusPeriod(plans, 2, today);
    const visible = 48;
    const start = scrollStartFor(period, today, visible, range);
    expect(start).toBeLessThanOrEqual(period.start);
    expect(start + visible).toBeGreaterThanOrEqual(today);
    const spanFrom = period.start - SCROLL_MARGIN;
    const spanTo = today + SCROLL_MARGIN;
    expect(start - spanFrom).toBeCloseTo(-(start + visible - spanTo));
  });

  it('keeps the whole period in view, nearest today, when today does not fit beside it', () => {
    const period = focusPeriod(plans, 2, today);
    expect(scrollStartFor(period, today, 20, range)).toBe(period.start - SCROLL_MARGIN);
    const later = { start: monthIndex('2027-01'), end: monthIndex('2027-06') };
    const wide = { start: range.start, end: monthIndex('2030-12') };
    expect(scrollStartFor(later, monthIndex('2024-01'), 10, wide)).toBe(later.end + 1 + SCROLL_MARGIN - 10);
  });

  it('starts at the period\'s start when the period is wider than the view', () => {
    const period = focusPeriod(plans, 2, today);
    expect(scrollStartFor(period, today, 8, range)).toBe(period.start - SCROLL_MARGIN);
  });

  it('never scrolls outside the range', () => {
    expect(clampStart(range.start - 5, range, 12)).toBe(range.start);
    expect(clampStart(range.end, range, 12)).toBe(range.end + 1 - 12);
    expect(scrollStartFor({ start: range.start, end: range.start + 2 }, null, 12, range)).toBe(range.start);
    expect(scrollStartForToday(range.end, 12, range)).toBe(range.end + 1 - 12);
  });

  it('shows today with more of the future than of the past', () => {
    const start = scrollStartForToday(monthIndex('2024-06'), 12, range);
    expect(start).toBe(monthIndex('2024-06') - 4);
  });
});
