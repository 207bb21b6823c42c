import type { RangeTotal } from '../../domain/portfolio/totals';
import * as en from '../../loc/en-us.js';
import * as fi from '../../loc/fi-fi.js';
import * as sv from '../../loc/sv-se.js';
import { formatCompactCostRange, formatDate, formatFullCostRange, formatRangeTotal } from './formatting';

describe('formatDate', () => {
  it('writes an ISO date in the reader\'s locale, in UTC', () => {
    expect(formatDate('2026-12-04', 'fi-FI')).toBe('4.12.2026');
    expect(formatDate('2026-01-31', 'en-US')).toBe('1/31/2026');
  });

  it('shows a value that is not a date as it is instead of failing the view', () => {
    expect(formatDate('syksy 2026', 'fi-FI')).toBe('syksy 2026');
    expect(formatDate('2026-12', 'fi-FI')).toBe('2026-12');
  });

  it('has nothing to show for no date', () => {
    expect(formatDate(null, 'fi-FI')).toBeNull();
  });
});

describe('compact euros', () => {
  // Intl writes a no-break space between digit groups and before the unit in fi and sv
  const plain = (text: string | null): string | null => (text === null ? null : text.replace(/[\u00a0\u202f]/g, ' '));
  const compact = (strings: ISalkkuStrings, min: number | null, max: number | null, perYear = false): string | null => plain(formatCompactCostRange(min, max, strings, { perYear }));

  it('writes ranges in one unit in Finnish, Swedish and English', () => {
    expect(compact(fi, 20_000, 50_000)).toBe('20–50 k€');
    expect(compact(sv, 20_000, 50_000)).toBe('20–50 k€');
    expect(compact(en, 20_000, 50_000)).toBe('€20–50k');
    expect(compact(fi, 5_000, 10_000)).toBe('5–10 k€');
    expect(compact(fi, 2_000, 5_000)).toBe('2–5 k€');
    expect(compact(fi, 500, 800)).toBe('500–800 €');
    expect(compact(en, 500, 800)).toBe('€500–800');
  });

  it('writes single values with locale-correct decimal separators and digit groups', () => {
    expect(compact(fi, 149_000, 149_000)).toBe('149 k€');
    expect(compact(fi, 1_234_567, 1_234_567)).toBe('1,2 M€');
    expect(compact(sv, 1_234_567, 1_234_567)).toBe('1,2 M€');
    expect(compact(en, 1_234_567, 1_234_567)).toBe('€1.2M');
    expect(compact(fi, 4_000, 4_000)).toBe('4 k€');
    expect(compact(fi, 800, 800)).toBe('800 €');
  });

  it('reads millions and billions, and a thousand billion as "1 000 mrd €"', () => {
    expect(compact(fi, 25_000_000, 25_000_000)).toBe('25 M€');
    expect(compact(fi, 3_400_000_000, 3_400_000_000)).toBe('3,4 mrd €');
    expect(compact(fi, 1_000_000_502_000, 1_000_000_502_000)).toBe('1 000 mrd €');
    expect(compact(sv, 1_000_000_502_000, 1_000_000_502_000)).toBe('1 000 mdr €');
    expect(compact(en, 1_000_000_502_000, 1_000_000_502_000)).toBe('€1,000bn');
  });

  it('never shows a misleading figure when rounding', () => {
    // 999 999 would round to "1 000 k€": it is read in the next unit
    expect(compact(fi, 999_999, 999_999)).toBe('1 M€');
    // ends that round to the same figure get a decimal more: never "10–10 k€"
    expect(compact(fi, 10_000, 10_400)).toBe('10–10,4 k€');
    expect(compact(fi, 4_950, 5_040)).toBe('4,95–5,04 k€');
    // a small lower end keeps its own unit instead of reading as zero
    expect(compact(fi, 500, 1_500_000)).toBe('500 € – 1,5 M€');
    expect(compact(fi, 800, 50_000)).toBe('0,8–50 k€');
    expect(compact(fi, 0, 20_000)).toBe('0–20 k€');
  });

  it('writes open ranges and recurring costs per year', () => {
    expect(compact(fi, 20_000, null)).toBe('≥ 20 k€');
    expect(compact(en, null, 50_000)).toBe('≤ €50k');
    expect(compact(fi, 20_000, 50_000, true)).toBe('20–50 k€ / v');
    expect(compact(sv, 20_000, 50_000, true)).toBe('20–50 k€ / år');
    expect(compact(en, 20_000, 50_000, true)).toBe('€20–50k / yr');
    expect(compact(fi, null, null)).toBeNull();
  });

  it('keeps the full value for tooltips and screen readers', () => {
    expect(plain(formatFullCostRange(20_000, 50_000, fi, { perYear: true }))).toBe('20 000 € – 50 000 € / v');
  });

  it('shows totals in full while they read at a glance and compact from ten million', () => {
    const total = (min: number, max: number, maxOpen = false): RangeTotal => ({ min, max, maxOpen, estimated: 1, unknown: 0 });
    expect(plain(formatRangeTotal(total(501_000, 550_000), fi))).toBe('501 000 € – 550 000 €');
    expect(plain(formatRangeTotal(total(1_000_000_501_000, 1_000_000_550_000), fi))).toBe('1 000 mrd €');
    expect(plain(formatRangeTotal(total(1_000_000_501_000, 1_000_000_550_000), fi, 'full'))).toBe('1 000 000 501 000 € – 1 000 000 550 000 €');
    expect(plain(formatRangeTotal(total(12_000_000, 0, true), fi))).toBe('≥ 12 M€');
  });
});
