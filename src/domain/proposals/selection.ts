/**
 * Choosing under limits (what-if): which proposals fit the year's investment budget (euros) and
 * IT capacity (person-days). Everything here is pure data for the steering group's view: totals
 * of a chosen set, and a transparent suggestion (`suggestGreedy`; `suggestExact` in exact.ts).
 *
 * Mandatory items (by law, or decided earlier) and items the user locked in are always chosen,
 * even when they alone exceed a limit: the result then says so instead of dropping one. Items the
 * user locked out are never chosen; an item both mandatory and locked out is mandatory.
 *
 * Amounts that are not numbers or are negative count as 0; Infinity counts as Infinity (an item
 * that can never fit). A limit of Infinity means "no limit"; a limit that is negative or not a
 * number counts as 0.
 */
import type { Costs } from '../model';
import { roundOne } from './scoring';

/** Which figure of a cost range stands for the cost. */
export type CostBasis = 'max' | 'min' | 'mid';

/**
 * The investment of a cost estimate on the chosen basis. The default, 'max', is the prudent
 * one for a budget: a range "20 000 – 50 000 €" is planned as 50 000. When the estimate has
 * only one bound ("yli 10 000 €" gives a minimum only) that bound stands for every basis; with no
 * figure at all the answer is null, never 0, so the view can ask for an estimate.
 */
export function costOf(costs: Pick<Costs, 'investmentMin' | 'investmentMax'>, basis: CostBasis = 'max'): number | null {
  return rangeValue(costs.investmentMin, costs.investmentMax, basis);
}

/** The recurring cost per year on the chosen basis, read like `costOf`. */
export function recurringOf(costs: Pick<Costs, 'recurringPerYearMin' | 'recurringPerYearMax'>, basis: CostBasis = 'max'): number | null {
  return rangeValue(costs.recurringPerYearMin, costs.recurringPerYearMax, basis);
}

function rangeValue(min: number | null, max: number | null, basis: CostBasis): number | null {
  if (min === null || max === null) {
    return min ?? max;
  }
  if (basis === 'min') {
    return min;
  }
  return basis === 'max' ? max : (min + max) / 2;
}

/** One proposal (or ongoing project) as the selection sees it. */
export interface SelectionItem {
  id: number;
  /** Weighted score 0–100. */
  score: number;
  /** Investment in euros (see `costOf`). */
  investment: number;
  /** Recurring cost per year in euros, when known. */
  recurring?: number | null;
  /** IT effort in person-days. */
  itDays: number;
  /** Must be chosen (mandatory by law, already decided). */
  mandatory?: boolean;
  /** The user's toggle: forced in, forced out, or free. */
  lock?: 'in' | 'out' | null;
}

export interface Limits {
  /** Investment budget in euros. */
  budget: number;
  /** IT capacity in person-days. */
  capacity: number;
}

export interface Totals {
  /** Items counted (ids not among the items are left out and listed in `unknownIds`). */
  count: number;
  score: number;
  investment: number;
  /** Sum of the known recurring costs per year. */
  recurring: number;
  days: number;
  /** Share of the budget used, %, one decimal; null when the budget is 0 and something costs. */
  budgetUse: number | null;
  /** Share of the capacity used, %, one decimal; null when the capacity is 0 and something needs days. */
  capacityUse: number | null;
  overBudget: boolean;
  overCapacity: boolean;
  unknownIds: number[];
}

/** An amount as the selection counts it (see the file's note). */
export function amount(value: number | null | undefined): number {
  return value === null || value === undefined || Number.isNaN(value) || value < 0 ? 0 : value;
}

/** A limit as the selection counts it (see the file's note). */
export function limitOf(value: number): number {
  return Number.isNaN(value) || value < 0 ? 0 : value;
}

function usePercent(used: number, limit: number): number | null {
  if (used === 0) {
    return 0;
  }
  if (limit === 0) {
    return null;
  }
  return roundOne((used / limit) * 100);
}

/** Totals of a chosen set against the limits. */
export function totals(chosen: readonly number[], items: readonly SelectionItem[], limits: Limits): Totals {
  const byId = new Map(items.map((item) => [item.id, item]));
  const budget = limitOf(limits.budget);
  const capacity = limitOf(limits.capacity);
  const unknownIds: number[] = [];
  let count = 0;
  let score = 0;
  let investment = 0;
  let recurring = 0;
  let days = 0;
  for (const id of new Set(chosen)) {
    const item = byId.get(id);
    if (!item) {
      unknownIds.push(id);
      continue;
    }
    count++;
    score += amount(item.score);
    investment += amount(item.investment);
    recurring += amount(item.recurring);
    days += amount(item.itDays);
  }
  return {
    count,
    score: roundOne(score),
    investment,
    recurring,
    days,
    budgetUse: usePercent(investment, budget),
    capacityUse: usePercent(days, capacity),
    overBudget: investment > budget,
    overCapacity: days > capacity,
    unknownIds
  };
}

export type StepReason = 'mandatory' | 'lockedIn' | 'fits' | 'overBudget' | 'overCapacity' | 'lockedOut' | 'noScore';

/** One line of a suggestion's explanation, in the order the method went. */
export interface SelectionStep {
  id: number;
  reason: StepReason;
  /** Greedy's ratio for an optional item (see `suggestGreedy`); null for the others. */
  ratio: number | null;
  /** What was left after this step (negative when forced items exceed a limit). */
  budgetLeft: number;
  capacityLeft: number;
}

export interface Suggestion {
  method: 'greedy' | 'exact';
  /** Chosen ids in ascending order. */
  chosen: number[];
  steps: SelectionStep[];
  totals: Totals;
  /** Mandatory and locked-in items alone exceed a limit: nothing optional could be added on top. */
  forcedOverLimit: boolean;
  /** Why exact was not used, when it was asked for. */
  fallback?: 'tooManyItems';
}

export type ItemRole = 'mandatory' | 'lockedIn' | 'lockedOut' | 'optional';

export function roleOf(item: SelectionItem): ItemRole {
  if (item.mandatory === true) {
    return 'mandatory';
  }
  if (item.lock === 'in') {
    return 'lockedIn';
  }
  return item.lock === 'out' ? 'lockedOut' : 'optional';
}

/** Share of a limit an amount uses: 0 for nothing, Infinity for something against a limit of 0. */
function share(used: number, limit: number): number {
  if (used === 0) {
    return 0;
  }
  return limit === 0 ? Number.POSITIVE_INFINITY : used / limit;
}

/**
 * Whether an optional item can be suggested: only for its score. A proposal nobody has scored yet
 * (or scored 0) adds nothing to the total, so no method suggests it; the steering group can still
 * take it in by hand (locked in).
 */
export function hasScore(item: SelectionItem): boolean {
  return amount(item.score) > 0;
}

/**
 * Greedy's order of merit: score / (investment / budget + days / capacity), the score per the
 * combined share of both limits the item uses. An item using 5 % of the budget and 5 % of the
 * capacity for 60 points (ratio 600) goes before one using 40 % of the budget for 80 points
 * (200). An item using nothing of either limit is infinitely good when it scores at all.
 */
export function meritRatio(item: SelectionItem, limits: Limits): number {
  const score = amount(item.score);
  const use = share(amount(item.investment), limitOf(limits.budget)) + share(amount(item.itDays), limitOf(limits.capacity));
  if (use === 0) {
    return score > 0 ? Number.POSITIVE_INFINITY : 0;
  }
  return score / use;
}

/** Whether an item fits what is left; an item using none of a resource fits even when it is exhausted. */
export function fitReason(item: SelectionItem, budgetLeft: number, capacityLeft: number): 'fits' | 'overBudget' | 'overCapacity' {
  const investment = amount(item.investment);
  const days = amount(item.itDays);
  if (investment > 0 && investment > budgetLeft) {
    return 'overBudget';
  }
  return days > 0 && days > capacityLeft ? 'overCapacity' : 'fits';
}

/** The forced part every method starts from: mandatory, then locked in, then locked out, each by id. */
export function forcedSteps(items: readonly SelectionItem[], limits: Limits): { steps: SelectionStep[]; budgetLeft: number; capacityLeft: number } {
  let budgetLeft = limitOf(limits.budget);
  let capacityLeft = limitOf(limits.capacity);
  const steps: SelectionStep[] = [];
  const sorted = [...items].sort((a, b) => a.id - b.id);
  for (const role of ['mandatory', 'lockedIn', 'lockedOut'] as const) {
    for (const item of sorted.filter((i) => roleOf(i) === role)) {
      if (role !== 'lockedOut') {
        budgetLeft -= amount(item.investment);
        capacityLeft -= amount(item.itDays);
      }
      steps.push({ id: item.id, reason: role, ratio: null, budgetLeft, capacityLeft });
    }
  }
  return { steps, budgetLeft, capacityLeft };
}

/** The closing steps of every method: the optional items left out because they have no score, by id. */
export function unscoredSteps(items: readonly SelectionItem[], budgetLeft: number, capacityLeft: number): SelectionStep[] {
  return items
    .filter((item) => roleOf(item) === 'optional' && !hasScore(item))
    .sort((a, b) => a.id - b.id)
    .map((item) => ({ id: item.id, reason: 'noScore', ratio: null, budgetLeft, capacityLeft }));
}

/** A suggestion's result from its steps. */
export function suggestion(method: 'greedy' | 'exact', steps: SelectionStep[], items: readonly SelectionItem[], limits: Limits, forcedOverLimit: boolean): Suggestion {
  const chosen = steps
    .filter((s) => s.reason === 'mandatory' || s.reason === 'lockedIn' || s.reason === 'fits')
    .map((s) => s.id)
    .sort((a, b) => a - b);
  return { method, chosen, steps, totals: totals(chosen, items, limits), forcedOverLimit };
}

/**
 * The greedy suggestion: forced items first, then the optional ones by `meritRatio` (ties: higher
 * score, then smaller id), each taken when it fits what is left and skipped otherwise. Fast and
 * easy to explain step by step, but not always the best set (see `suggestExact`).
 */
export function suggestGreedy(items: readonly SelectionItem[], limits: Limits): Suggestion {
  const forced = forcedSteps(items, limits);
  let { budgetLeft, capacityLeft } = forced;
  const forcedOverLimit = budgetLeft < 0 || capacityLeft < 0;
  const steps = [...forced.steps];
  const optional = items
    .filter((item) => roleOf(item) === 'optional' && hasScore(item))
    .map((item) => ({ item, ratio: meritRatio(item, limits) }))
    .sort((a, b) => b.ratio - a.ratio || amount(b.item.score) - amount(a.item.score) || a.item.id - b.item.id);
  for (const { item, ratio } of optional) {
    const reason = fitReason(item, Math.max(0, budgetLeft), Math.max(0, capacityLeft));
    if (reason === 'fits') {
      budgetLeft -= amount(item.investment);
      capacityLeft -= amount(item.itDays);
    }
    steps.push({ id: item.id, reason, ratio, budgetLeft, capacityLeft });
  }
  steps.push(...unscoredSteps(items, budgetLeft, capacityLeft));
  return suggestion('greedy', steps, items, limits, forcedOverLimit);
}
