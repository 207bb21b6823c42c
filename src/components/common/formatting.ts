/** Numbers, euros, months and schedules in the UI language. */
import type { Month, Schedule } from '../../domain/model';
import { monthOfYear, yearOf } from '../../domain/months';
import type { RangeTotal } from '../../domain/portfolio/totals';
import { format } from './format';

/** Above this a total is shown compact ("12 M€"): seven digits are still read at a glance. */
export const COMPACT_TOTAL_FROM = 10_000_000;

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

/**
 * A total as a range: in full while it reads at a glance, compact from ten million euros
 * ("1 000 mrd €" rather than "1 000 000 502 000 €"); `style: 'full'` always in full (tooltips).
 */
export function formatRangeTotal(total: RangeTotal, strings: ISalkkuStrings, style: 'auto' | 'full' = 'auto'): string {
  if (total.estimated === 0) {
    return strings.CostsUnknown;
  }
  const compact = style === 'auto' && Math.max(Math.abs(total.min), Math.abs(total.max)) >= COMPACT_TOTAL_FROM;
  if (total.maxOpen) {
    return compact ? format(strings.CostsOrMoreShort, formatCompactEuro(total.min, strings)) : format(strings.CostsOrMore, formatEuro(total.min, strings.Locale));
  }
  return (compact ? formatCompactCostRange(total.min, total.max, strings) : formatCostRange(total.min, total.max, strings)) ?? strings.CostsUnknown;
}

type CompactTemplate = 'CostsCompactEuros' | 'CostsCompactThousands' | 'CostsCompactMillions' | 'CostsCompactBillions';

const COMPACT_UNITS: readonly { divisor: number; template: CompactTemplate }[] = [
  { divisor: 1, template: 'CostsCompactEuros' },
  { divisor: 1e3, template: 'CostsCompactThousands' },
  { divisor: 1e6, template: 'CostsCompactMillions' },
  { divisor: 1e9, template: 'CostsCompactBillions' }
];

const numberFormats = new Map<string, Intl.NumberFormat>();

function formatFigure(value: number, locale: string, decimals: number): string {
  const key = `${locale}|${decimals}`;
  let formatter = numberFormats.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { maximumFractionDigits: decimals, minimumFractionDigits: 0 });
    numberFormats.set(key, formatter);
  }
  return formatter.format(value);
}

/** The unit a value is read in: the largest whose figure is at least 1 after rounding, below 1 000 (billions have no limit). */
function compactUnit(value: number): number {
  let unit = 0;
  for (let i = COMPACT_UNITS.length - 1; i > 0; i--) {
    if (Math.abs(value) >= (COMPACT_UNITS[i]?.divisor ?? 1)) {
      unit = i;
      break;
    }
  }
  // 999 999 rounds to "1 000 k€": read it as "1 M€"
  const divisor = COMPACT_UNITS[unit]?.divisor ?? 1;
  if (unit > 0 && unit < COMPACT_UNITS.length - 1 && Math.round(Math.abs(value) / divisor) >= 1000) {
    unit += 1;
  }
  return unit;
}

/** One decimal below ten units ("1,2 M€"), whole units above ("149 k€"); euros are whole. */
function compactDecimals(value: number, divisor: number): number {
  return divisor > 1 && Math.abs(value) / divisor < 10 ? 1 : 0;
}

function compactIn(value: number, unit: number, strings: ISalkkuStrings, decimals?: number): string {
  const { divisor } = COMPACT_UNITS[unit] ?? { divisor: 1 };
  return formatFigure(value / divisor, strings.Locale, decimals ?? compactDecimals(value, divisor));
}

/** "149 k€", "1,2 M€", "1 000 mrd €", "800 €" (en: "€149k", "€1.2M", "€1,000bn", "€800"). */
export function formatCompactEuro(value: number, strings: ISalkkuStrings): string {
  const unit = compactUnit(value);
  return format(strings[COMPACT_UNITS[unit]?.template ?? 'CostsCompactEuros'], compactIn(value, unit, strings));
}

/**
 * A range in one unit when both ends read well in it ("20–50 k€", "0,8–1,5 M€"); each end in its
 * own unit when the smaller would read as zero ("500 € – 1,5 M€"). Ends that round to the same
 * figure get up to three decimals more, so a range never reads as a single value; ends closer than
 * that (a thousandth of the unit: "1 000 000 501 000 – 1 000 000 550 000") read as the one figure.
 */
function compactRange(min: number, max: number, strings: ISalkkuStrings): string {
  const unit = compactUnit(max);
  const { divisor, template } = COMPACT_UNITS[unit] ?? { divisor: 1, template: 'CostsCompactEuros' as const };
  if (unit > 0 && min !== 0 && Math.abs(min) / divisor < 0.1) {
    return format(strings.ChartRange, formatCompactEuro(min, strings), formatCompactEuro(max, strings));
  }
  let decimals = Math.max(compactDecimals(min, divisor), compactDecimals(max, divisor));
  let low = compactIn(min, unit, strings, decimals);
  let high = compactIn(max, unit, strings, decimals);
  while (low === high && decimals < 3) {
    decimals += 1;
    low = compactIn(min, unit, strings, decimals);
    high = compactIn(max, unit, strings, decimals);
  }
  if (low === high) {
    return formatCompactEuro(max, strings);
  }
  return format(strings[template], format(strings.CostsCompactRange, low, high));
}

export interface CompactCostOptions {
  /** Recurring costs: "… / v". */
  perYear?: boolean;
}

/** The compact form of a cost range ("20–50 k€", "≥ 20 k€", "1,2 M€ / v"), or null without figures. */
export function formatCompactCostRange(min: number | null, max: number | null, strings: ISalkkuStrings, options: CompactCostOptions = {}): string | null {
  let text: string;
  if (min === null && max === null) {
    return null;
  } else if (max === null) {
    text = format(strings.CostsOrMoreShort, formatCompactEuro(min ?? 0, strings));
  } else if (min === null) {
    text = format(strings.CostsAtMostShort, formatCompactEuro(max, strings));
  } else {
    text = min === max ? formatCompactEuro(min, strings) : compactRange(Math.min(min, max), Math.max(min, max), strings);
  }
  return options.perYear ? format(strings.CostsPerYear, text) : text;
}

/** The full form with "/ v" for recurring costs: for tooltips and screen readers. */
export function formatFullCostRange(min: number | null, max: number | null, strings: ISalkkuStrings, options: CompactCostOptions = {}): string | null {
  const text = formatCostRange(min, max, strings);
  return text !== null && options.perYear ? format(strings.CostsPerYear, text) : text;
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
