/** Plan numbers ("3.2.10") compare part by part as numbers, so 3.2.9 comes before 3.2.10. */

/** Parts of numbers already split (sorting 12,000 projects compares each number many times). */
const partsCache = new Map<string, readonly (number | string)[]>();

function partsOf(value: string): readonly (number | string)[] {
  let parts = partsCache.get(value);
  if (!parts) {
    parts = value.split('.').map((s) => {
      const n = Number(s);
      return Number.isNaN(n) ? s : n;
    });
    if (partsCache.size > 50_000) {
      partsCache.clear();
    }
    partsCache.set(value, parts);
  }
  return parts;
}

export function compareNumbers(a: string | null, b: string | null): number {
  if (a === b) {
    return 0;
  }
  if (a === null || a.trim() === '') {
    return 1;
  }
  if (b === null || b.trim() === '') {
    return -1;
  }
  const pa = partsOf(a);
  const pb = partsOf(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const sa = pa[i];
    const sb = pb[i];
    if (sa === undefined) {
      return -1;
    }
    if (sb === undefined) {
      return 1;
    }
    const c = typeof sa === 'number' && typeof sb === 'number' ? sa - sb : String(sa).localeCompare(String(sb));
    if (c !== 0) {
      return c;
    }
  }
  return 0;
}

/** The plan-number format: numbers separated by dots, e.g. 2, 2.4, 3.2.1. */
export const PLAN_NUMBER_PATTERN = /^\d{1,3}(\.\d{1,3}){0,4}$/;

/** Width of each part of a sort key: plan numbers have parts of up to three digits. */
const SORT_KEY_PART_WIDTH = 4;

/** Sort key of a project without a number: after every numbered project. */
export const NO_NUMBER_SORT_KEY = 'zzzz';

/**
 * A text whose plain order is plan-number order ("2.10" → "0002.0010", after "0002.0002"), so
 * that SharePoint can sort and index it: SharePoint sorts the number itself as text, 2.10 first.
 * Parts that are not digits are kept as written (lower case).
 */
export function numberSortKey(number: string | null): string {
  const trimmed = number?.trim() ?? '';
  if (trimmed === '') {
    return NO_NUMBER_SORT_KEY;
  }
  return trimmed
    .split('.')
    .map((part) => (/^\d+$/.test(part) ? part.padStart(SORT_KEY_PART_WIDTH, '0') : part.toLowerCase()))
    .join('.');
}
