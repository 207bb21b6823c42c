/**
 * Turns value expressions and their context into cost items (investment or recurring per
 * year), each with the computation that gives its figures.
 */
import type { Token } from './costTokens';
import type { Amount, ValueExpr } from './costExpressions';
import type { PrefixInfo, Spread, SuffixInfo } from './costContext';
import type { Period } from './costVocabulary';

export type CostKind = 'investment' | 'recurring';

/** One figure of an item and how it was computed from the text. */
export interface Term {
  value: number;
  /** The computation with numbers as written ("300 €/kk × 12"). */
  note: string;
  /** The note is more than the number itself. */
  computed: boolean;
}

export interface CostItem {
  kind: CostKind;
  min: Term | null;
  max: Term | null;
  /** Offsets of the text the item was read from. */
  start: number;
  end: number;
  /** A total ("yhteensä 7000 €") that replaces the other items of its kind. */
  total: boolean;
  /** A range written with min above max ("10 000 – 5 000 €"). */
  reversed: boolean;
}

export type Verdict =
  | { kind: 'investment'; fromPrefix: boolean }
  | { kind: 'recurring'; period: Period | null; spread: Spread | null; fromPrefix: boolean }
  | { kind: 'ignore' }
  | { kind: 'unassigned' };

function isAmbiguous(expr: ValueExpr): boolean {
  return expr.low.ambiguous || (expr.high !== null && expr.high.ambiguous);
}

/** Decides what an amount of money is; suffix markers win over keywords before the amount. */
export function classify(expr: ValueExpr, suffix: SuffixInfo, prefix: PrefixInfo, earlierMoney: boolean): Verdict {
  if (prefix.breakdown && earlierMoney) {
    return { kind: 'ignore' };
  }
  if (isAmbiguous(expr) || prefix.saving || suffix.saving || prefix.funding || suffix.rate) {
    return { kind: 'unassigned' };
  }
  if (suffix.spread !== null || suffix.period !== null) {
    return { kind: 'recurring', period: suffix.period, spread: suffix.spread, fromPrefix: false };
  }
  if (suffix.investment) {
    return { kind: 'investment', fromPrefix: false };
  }
  if (suffix.unclearDuration || prefix.unknownPeriod) {
    return { kind: 'unassigned' };
  }
  if (prefix.decisive === 'yearly' || prefix.decisive === 'monthly') {
    const period: Period = prefix.decisive === 'yearly' ? 'year' : 'month';
    return { kind: 'recurring', period, spread: null, fromPrefix: true };
  }
  return { kind: 'investment', fromPrefix: prefix.decisive === 'investment' };
}

function formatScale(scale: number): string {
  return scale === 1000000 ? '1 000 000' : '1 000';
}

function makeTerm(amount: Amount, expr: ValueExpr, verdict: Verdict): Term {
  let value = amount.written * amount.scale;
  let note = amount.raw;
  let computed = false;
  if (amount.scale > 1) {
    note = `${note} × ${formatScale(amount.scale)}`;
    computed = true;
  }
  if (expr.count !== null) {
    value *= expr.count.value;
    note = `${expr.count.raw} × ${note}`;
    computed = true;
  }
  if (verdict.kind === 'recurring' && verdict.spread !== null) {
    const spread = verdict.spread;
    value = spread.years ? value / Number(spread.raw) : (value / spread.months) * 12;
    note = spread.years ? `${note} € / ${spread.raw} v` : `${note} € / ${spread.raw} kk × 12`;
    computed = true;
  } else if (verdict.kind === 'recurring' && verdict.period === 'month') {
    value *= 12;
    note = `${note} €/kk × 12`;
    computed = true;
  } else if (verdict.kind === 'recurring') {
    note = `${note} €/v`;
  }
  return { value, note, computed };
}

function spanOf(tokens: Token[], expr: ValueExpr, suffix: SuffixInfo, prefix: PrefixInfo, verdict: Verdict): [number, number] {
  let first = expr.first;
  if (expr.boundIndex !== null) {
    first = Math.min(first, expr.boundIndex);
  }
  const fromPrefix = (verdict.kind === 'investment' || verdict.kind === 'recurring') && verdict.fromPrefix;
  if (fromPrefix && prefix.decisiveIndex !== null) {
    first = Math.min(first, prefix.decisiveIndex);
  }
  const last = Math.max(expr.last, suffix.end);
  return [tokens[first]?.start ?? 0, tokens[last]?.end ?? 0];
}

/** Builds the item of an amount whose verdict is investment or recurring. */
export function makeItem(tokens: Token[], expr: ValueExpr, suffix: SuffixInfo, prefix: PrefixInfo, verdict: Verdict): CostItem | null {
  if (verdict.kind !== 'investment' && verdict.kind !== 'recurring') {
    return null;
  }
  const [start, end] = spanOf(tokens, expr, suffix, prefix, verdict);
  const item: CostItem = { kind: verdict.kind, min: null, max: null, start, end, total: prefix.total, reversed: false };
  const low = makeTerm(expr.low, expr, verdict);
  if (expr.high !== null) {
    const high = makeTerm(expr.high, expr, verdict);
    const swap = expr.alternative && low.value > high.value;
    item.min = swap ? high : low;
    item.max = swap ? low : high;
    item.reversed = item.min.value > item.max.value;
    return item;
  }
  const bound = expr.bound ?? suffix.bound;
  item.min = bound === 'upper' ? null : low;
  item.max = bound === 'lower' ? null : low;
  return item;
}
