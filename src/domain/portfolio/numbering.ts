/** Plan numbers ("3.2.10") compare part by part as numbers, so 3.2.9 comes before 3.2.10. */

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
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    if (pa[i] === undefined) {
      return -1;
    }
    if (pb[i] === undefined) {
      return 1;
    }
    const na = Number(pa[i]);
    const nb = Number(pb[i]);
    const c = Number.isNaN(na) || Number.isNaN(nb) ? pa[i].localeCompare(pb[i]) : na - nb;
    if (c !== 0) {
      return c;
    }
  }
  return 0;
}

/** The plan-number format: numbers separated by dots, e.g. 2, 2.4, 3.2.1. */
export const PLAN_NUMBER_PATTERN = /^\d{1,3}(\.\d{1,3}){0,4}$/;
