/** Helpers for "YYYY-MM" months. */
import type { Month } from './model';

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: unknown): value is Month {
  return typeof value === 'string' && MONTH_PATTERN.test(value);
}

/** "2021-03" from year 2021 and month 3; undefined when the month is not 1–12 or year not plausible. */
export function toMonth(year: number, month: number): Month | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12 || year < 1900 || year > 2199) {
    return undefined;
  }
  return `${year}-${month < 10 ? '0' : ''}${month}`;
}

/** Months since year 0: a number that orders and subtracts months. */
export function monthIndex(month: Month): number {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return year * 12 + (m - 1);
}

export function monthFromIndex(index: number): Month {
  const year = Math.floor(index / 12);
  const m = index - year * 12 + 1;
  return `${year}-${m < 10 ? '0' : ''}${m}`;
}

export function yearOf(month: Month): number {
  return Number(month.slice(0, 4));
}

export function monthOfYear(month: Month): number {
  return Number(month.slice(5, 7));
}

export function compareMonths(a: Month, b: Month): number {
  return monthIndex(a) - monthIndex(b);
}

/** The month of a Date in local time. */
export function monthOfDate(date: Date): Month {
  const m = date.getMonth() + 1;
  return `${date.getFullYear()}-${m < 10 ? '0' : ''}${m}`;
}
