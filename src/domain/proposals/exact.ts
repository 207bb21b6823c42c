/**
 * The exact suggestion: the set of optional items with the highest total score that fits both
 * limits next to the forced items (a 0/1 knapsack with two constraints).
 *
 * Method: meet in the middle. The optional items that could fit at all are split into two halves
 * by id; every subset of each half is listed with its investment, days and score (2^15 = 32 768
 * subsets per half for 30 items), and for every subset of the first half the best fitting subset
 * of the second half is found with a sweep over investment and a Fenwick tree over days. That is
 * exact — no scaling of euros or days into coarse units — and takes the same short time on every
 * input of its size, which a branch and bound search cannot promise. Beyond EXACT_MAX_ITEMS
 * optional items the listing would grow past what a browser should do on a click, so the greedy
 * suggestion is returned and says so (`method: 'greedy'`, `fallback: 'tooManyItems'`).
 *
 * Scores are compared in whole tenths (the scores have one decimal), so that adding them in a
 * different order can never change which set wins. Ties: among sets with the same score the one
 * that includes the smallest id wins (then the next smallest, ...), so the same input always gives
 * the same answer. Items without a score are never suggested (see `hasScore`).
 */
import type { Limits, SelectionItem, SelectionStep, Suggestion } from './selection';
import { amount, fitReason, forcedSteps, hasScore, meritRatio, roleOf, suggestGreedy, suggestion, unscoredSteps } from './selection';

/** Most optional items searched exactly (2 × 2^15 subsets). */
export const EXACT_MAX_ITEMS = 30;

interface Half {
  investment: Float64Array;
  days: Float64Array;
  score: Float64Array;
  /** Tie-break key: item 0 of the half is the most significant bit. */
  key: Float64Array;
  size: number;
}

/** Every subset of `items` (mask bit i = items[i]) with its sums. */
function subsets(items: readonly SelectionItem[]): Half {
  const size = 1 << items.length;
  const half: Half = {
    investment: new Float64Array(size),
    days: new Float64Array(size),
    score: new Float64Array(size),
    key: new Float64Array(size),
    size
  };
  for (let mask = 1; mask < size; mask++) {
    const low = mask & -mask;
    const i = 31 - Math.clz32(low);
    const rest = mask ^ low;
    const item = items[i] as SelectionItem;
    half.investment[mask] = (half.investment[rest] ?? 0) + amount(item.investment);
    half.days[mask] = (half.days[rest] ?? 0) + amount(item.itDays);
    half.score[mask] = (half.score[rest] ?? 0) + Math.round(amount(item.score) * 10);
    half.key[mask] = (half.key[rest] ?? 0) + 2 ** (items.length - 1 - i);
  }
  return half;
}

/** The largest index whose value is ≤ limit in an ascending array, or −1. */
function lastAtMost(values: readonly number[], offset: number, limit: number): number {
  let lo = 0;
  let hi = values.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset + (values[mid] ?? 0) <= limit) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** The best subset (as a list of chosen items) of `items` within the limits. */
function bestSubset(items: readonly SelectionItem[], budget: number, capacity: number): SelectionItem[] {
  const leftItems = items.slice(0, Math.ceil(items.length / 2));
  const rightItems = items.slice(leftItems.length);
  const left = subsets(leftItems);
  const right = subsets(rightItems);
  const rightWidth = 2 ** rightItems.length;
  const at = (h: Half, i: number, field: 'investment' | 'days' | 'score' | 'key'): number => h[field][i] ?? 0;
  const better = (a: number, b: number): boolean =>
    b < 0 || at(right, a, 'score') > at(right, b, 'score') || (at(right, a, 'score') === at(right, b, 'score') && at(right, a, 'key') > at(right, b, 'key'));

  const rights = Array.from({ length: right.size }, (_, i) => i)
    .filter((i) => at(right, i, 'investment') <= budget && at(right, i, 'days') <= capacity)
    .sort((a, b) => at(right, a, 'investment') - at(right, b, 'investment'));
  const dayValues = [...new Set(rights.map((i) => at(right, i, 'days')))].sort((a, b) => a - b);
  const dayIndex = new Map(dayValues.map((d, i) => [d, i]));
  const tree = new Int32Array(dayValues.length + 1).fill(-1);
  const add = (r: number): void => {
    for (let i = (dayIndex.get(at(right, r, 'days')) ?? 0) + 1; i < tree.length; i += i & -i) {
      if (better(r, tree[i] ?? -1)) {
        tree[i] = r;
      }
    }
  };
  const query = (upTo: number): number => {
    let best = -1;
    for (let i = upTo + 1; i > 0; i -= i & -i) {
      const r = tree[i] ?? -1;
      if (r >= 0 && better(r, best)) {
        best = r;
      }
    }
    return best;
  };

  const lefts = Array.from({ length: left.size }, (_, i) => i)
    .filter((i) => at(left, i, 'investment') <= budget && at(left, i, 'days') <= capacity)
    .sort((a, b) => at(left, b, 'investment') - at(left, a, 'investment'));
  let next = 0;
  let best = { score: -1, key: -1, left: 0, right: 0 };
  for (const l of lefts) {
    const leftInvestment = at(left, l, 'investment');
    while (next < rights.length && leftInvestment + at(right, rights[next] ?? 0, 'investment') <= budget) {
      add(rights[next] ?? 0);
      next++;
    }
    const r = query(lastAtMost(dayValues, at(left, l, 'days'), capacity));
    if (r < 0) {
      continue;
    }
    const score = at(left, l, 'score') + at(right, r, 'score');
    const key = at(left, l, 'key') * rightWidth + at(right, r, 'key');
    if (score > best.score || (score === best.score && key > best.key)) {
      best = { score, key, left: l, right: r };
    }
  }
  return [...leftItems.filter((_, i) => (best.left & (1 << i)) !== 0), ...rightItems.filter((_, i) => (best.right & (1 << i)) !== 0)];
}

/**
 * The exact suggestion (see the file's note). Steps: the forced items as in greedy, then the
 * chosen optional items by id ('fits'), then the others by id, each with the limit it would
 * break next to the chosen set ('overBudget' / 'overCapacity').
 */
export function suggestExact(items: readonly SelectionItem[], limits: Limits): Suggestion {
  const forced = forcedSteps(items, limits);
  const budget = Math.max(0, forced.budgetLeft);
  const capacity = Math.max(0, forced.capacityLeft);
  const optional = items.filter((item) => roleOf(item) === 'optional' && hasScore(item)).sort((a, b) => a.id - b.id);
  const candidates = optional.filter((item) => fitReason(item, budget, capacity) === 'fits');
  if (candidates.length > EXACT_MAX_ITEMS) {
    return { ...suggestGreedy(items, limits), fallback: 'tooManyItems' };
  }
  const chosen = new Set(bestSubset(candidates, budget, capacity).map((item) => item.id));
  let { budgetLeft, capacityLeft } = forced;
  const steps: SelectionStep[] = [...forced.steps];
  for (const item of optional.filter((i) => chosen.has(i.id))) {
    budgetLeft -= amount(item.investment);
    capacityLeft -= amount(item.itDays);
    steps.push({ id: item.id, reason: 'fits', ratio: meritRatio(item, limits), budgetLeft, capacityLeft });
  }
  for (const item of optional.filter((i) => !chosen.has(i.id))) {
    const reason = fitReason(item, Math.max(0, budgetLeft), Math.max(0, capacityLeft));
    // The search includes everything that still fits (ties favour including), so 'fits' cannot occur here.
    steps.push({ id: item.id, reason: reason === 'fits' ? 'overBudget' : reason, ratio: meritRatio(item, limits), budgetLeft, capacityLeft });
  }
  steps.push(...unscoredSteps(items, budgetLeft, capacityLeft));
  return suggestion('exact', steps, items, limits, forced.budgetLeft < 0 || forced.capacityLeft < 0);
}
