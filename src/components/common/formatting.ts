/** Numbers, euros, months and schedules in the UI language. */
import type { Month, Schedule } from '../../domain/model';
import { monthOfYear, yearOf } from '../../domain/months';
import type { RangeTotal } from '../../domain/portfolio/totals';
import { format } from './format';

const euroFormats = new Map<string, Intl.NumberFormat>();

export function formatEuro(value: number, locale: string): string {
  let formatter = euroFormats.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
    euroFormats.set(locale, formatter);
  }
  return formatter.format(value);
}

export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value);
}

/** "5 000 € – 10 000 €", "40 000 €", "10 000 € tai enemmän", or null without figures. */
export function formatCostRange(min: number | null, max: number | null, strings: ISalkkuStrings): string | null {
  const locale = strings.Locale;
  if (min === null && max === null) {
    return null;
  }
  if (max === null) {
    return format(strings.CostsOrMore, formatEuro(min ?? 0, locale));
  }
  if (min === null) {
    return format(strings.CostsAtMost, formatEuro(max, locale));
  }
  return min === max ? formatEuro(min, locale) : format(strings.ChartRange, formatEuro(min, locale), formatEuro(max, locale));
}

export function formatRangeTotal(total: RangeTotal, strings: ISalkkuStrings): string {
  if (total.estimated === 0) {
    return strings.CostsUnknown;
  }
  return total.maxOpen ? format(strings.CostsOrMore, formatEuro(total.min, strings.Locale)) : formatCostRange(total.min, total.max, strings) ?? strings.CostsUnknown;
}

const monthFormats = new Map<string, Intl.DateTimeFormat>();

/** "syyskuu 2021" / "september 2021" / "September 2021". */
export function formatMonth(month: Month, locale: string, style: 'long' | 'short' = 'long'): string {
  const key = `${locale}|${style}`;
  let formatter = monthFormats.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { month: style, year: 'numeric', timeZone: 'UTC' });
    monthFormats.set(key, formatter);
  }
  return formatter.format(new Date(Date.UTC(yearOf(month), monthOfYear(month) - 1, 1)));
}

/** Month name alone ("syyskuu"), for axis labels. */
export function formatMonthName(monthNumber: number, locale: string, style: 'long' | 'short' | 'narrow' = 'short'): string {
  return new Intl.DateTimeFormat(locale, { month: style, timeZone: 'UTC' }).format(new Date(Date.UTC(2020, monthNumber - 1, 1)));
}

/** The flags of a schedule as words: "avoin loppu, epävarma". */
export function scheduleFlags(schedule: Schedule, strings: ISalkkuStrings): string[] {
  const flags: string[] = [];
  if (schedule.ongoing) {
    flags.push(strings.ScheduleOngoing);
  }
  if (schedule.openEnd) {
    flags.push(strings.ScheduleOpenEnd);
  }
  if (schedule.recurring) {
    flags.push(strings.ScheduleRecurring);
  }
  if (schedule.alternatives) {
    flags.push(strings.ScheduleAlternatives);
  }
  if (schedule.uncertain) {
    flags.push(strings.ScheduleUncertain);
  }
  return flags;
}

/** The range as understood: "syyskuu 2021 – joulukuu 2022", "2021 alkaen", or null. */
export function formatScheduleRange(schedule: Schedule, strings: ISalkkuStrings, style: 'long' | 'short' = 'long'): string | null {
  const { start, end } = schedule;
  const locale = strings.Locale;
  if (start && end) {
    return start === end ? formatMonth(start, locale, style) : format(strings.ChartRange, formatMonth(start, locale, style), formatMonth(end, locale, style));
  }
  if (start) {
    return format(strings.ScheduleFrom, formatMonth(start, locale, style));
  }
  if (end) {
    return format(strings.ScheduleUntil, formatMonth(end, locale, style));
  }
  return null;
}

/** Range plus flags in one phrase for screen readers and tooltips. */
export function describeSchedule(schedule: Schedule, strings: ISalkkuStrings): string {
  const range = formatScheduleRange(schedule, strings) ?? (schedule.text.trim() === '' ? strings.ScheduleNone : strings.ScheduleNotPlaced);
  return [range, ...scheduleFlags(schedule, strings)].join(', ');
}

export function formatDate(date: string | null, locale: string): string | null {
  if (date === null) {
    return null;
  }
  const [y = NaN, m = NaN, d = NaN] = date.split('-').map(Number);
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) {
    return date;
  }
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}
