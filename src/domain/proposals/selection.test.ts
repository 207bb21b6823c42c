import { emptyCosts } from '../model';
import type { Limits, SelectionItem } from './selection';
import { costOf, meritRatio, recurringOf, suggestGreedy, totals } from './selection';

function item(id: number, score: number, investment: number, itDays: number, extra: Partial<SelectionItem> = {}): SelectionItem {
  return { id, score, investment, itDays, ...extra };
}

const limits: Limits = { budget: 100_000, capacity: 100 };

describe('costOf', () => {
  const range = { ...emptyCosts('20 000 – 50 000 €'), investmentMin: 20_000, investmentMax: 50_000 };

  it('plans a range by its upper bound unless asked otherwise', () => {
    expect(costOf(range)).toBe(50_000);
    expect(costOf(range, 'min')).toBe(20_000);
    expect(costOf(range, 'mid')).toBe(35_000);
  });

  it('lets a single bound stand for every basis and gives null, not 0, without a figure', () => {
    const atLeast = { ...emptyCosts('yli 10 000 €'), investmentMin: 10_000 };
    expect(costOf(atLeast, 'max')).toBe(10_000);
    expect(costOf(atLeast, 'mid')).toBe(10_000);
    expect(costOf({ ...emptyCosts(), investmentMax: 8000 }, 'min')).toBe(8000);
    expect(costOf(emptyCosts('Ei vielä tiedossa'))).toBeNull();
  });

  it('reads recurring costs the same way', () => {
    const costs = { ...emptyCosts('300–500 €/kk'), recurringPerYearMin: 3600, recurringPerYearMax: 6000 };
    expect(recurringOf(costs)).toBe(6000);
    expect(recurringOf(costs, 'mid')).toBe(4800);
    expect(recurringOf(emptyCosts())).toBeNull();
  });
});

describe('totals', () => {
  const items = [item(1, 70, 40_000, 30, { recurring: 5000 }), item(2, 50, 70_000, 20, { recurring: null }), item(3, 20, 0, 80)];

  it('adds the chosen items and measures them against the limits', () => {
    const result = totals([1, 3], items, limits);
    expect(result).toMatchObject({ count: 2, score: 90, investment: 40_000, recurring: 5000, days: 110, budgetUse: 40, capacityUse: 110, overBudget: false, overCapacity: true });
  });

  it('counts an id once and lists ids that are not among the items', () => {
    const result = totals([2, 2, 99], items, limits);
    expect(result).toMatchObject({ count: 1, investment: 70_000, unknownIds: [99] });
  });

  it('is all zeros for nothing chosen, also against limits of 0', () => {
    expect(totals([], items, { budget: 0, capacity: 0 })).toMatchObject({ count: 0, investment: 0, days: 0, budgetUse: 0, capacityUse: 0, overBudget: false, overCapacity: false });
  });

  it('has no percentage of a zero limit, but says it is exceeded', () => {
    const result = totals([1], items, { budget: 0, capacity: 0 });
    expect(result).toMatchObject({ budgetUse: null, capacityUse: null, overBudget: true, overCapacity: true });
  });

  it('treats an infinite limit as no limit, and a negative one as 0', () => {
    expect(totals([1], items, { budget: Number.POSITIVE_INFINITY, capacity: -5 })).toMatchObject({ budgetUse: 0, overBudget: false, overCapacity: true });
  });

  it('counts negative or missing amounts as 0 and keeps huge ones', () => {
    const odd = [item(1, 10, -500, Number.NaN), item(2, 10, 4e15, 1)];
    expect(totals([1, 2], odd, { budget: 5e15, capacity: 10 })).toMatchObject({ investment: 4e15, days: 1, budgetUse: 80, overBudget: false });
  });
});

describe('suggestGreedy', () => {
  it('orders by score per combined share of the limits', () => {
    // 1: 60 / (0.05 + 0.05) = 600; 2: 80 / (0.4 + 0) = 200
    expect(meritRatio(item(1, 60, 5000, 5), limits)).toBeCloseTo(600);
    expect(meritRatio(item(2, 80, 40_000, 0), limits)).toBeCloseTo(200);
    expect(meritRatio(item(3, 10, 0, 0), limits)).toBe(Number.POSITIVE_INFINITY);
    expect(meritRatio(item(4, 0, 0, 0), limits)).toBe(0);
  });

  it('takes mandatory and locked-in items first, never locked-out ones, then what fits by merit', () => {
    const items = [
      item(5, 90, 10_000, 10, { lock: 'out' }),
      item(4, 40, 30_000, 30),
      item(3, 10, 50_000, 10, { mandatory: true }),
      item(2, 30, 20_000, 50, { lock: 'in' }),
      item(1, 80, 30_000, 5)
    ];
    const result = suggestGreedy(items, limits);
    expect(result.steps.map((s) => [s.id, s.reason])).toEqual([
      [3, 'mandatory'],
      [2, 'lockedIn'],
      [5, 'lockedOut'],
      [1, 'fits'], // 80 / (0.3 + 0.05): exactly the 30 000 € left
      [4, 'overBudget']
    ]);
    expect(result.chosen).toEqual([1, 2, 3]);
    expect(result.method).toBe('greedy');
  });

  it('keeps an item that is both mandatory and locked out: the law wins over the toggle', () => {
    const result = suggestGreedy([item(1, 10, 1000, 1, { mandatory: true, lock: 'out' }), item(2, 10, 1000, 1, { mandatory: true, lock: 'in' })], limits);
    expect(result.steps.map((s) => [s.id, s.reason])).toEqual([
      [1, 'mandatory'],
      [2, 'mandatory']
    ]);
    expect(result.chosen).toEqual([1, 2]);
  });

  it('says which limit an item would break', () => {
    const result = suggestGreedy([item(1, 50, 10_000, 90), item(2, 50, 10_000, 20), item(3, 50, 95_000, 1)], limits);
    // merit: 2 → 50 / 0.3, 3 → 50 / 0.96, 1 → 50 / 1.0
    expect(result.steps.map((s) => [s.id, s.reason])).toEqual([
      [2, 'fits'],
      [3, 'overBudget'],
      [1, 'overCapacity']
    ]);
    expect(result.steps[0]).toMatchObject({ budgetLeft: 90_000, capacityLeft: 80 });
  });

  it('keeps a mandatory item that alone exceeds a limit, flags it, and adds only what costs nothing of the exceeded limit', () => {
    const result = suggestGreedy([item(1, 10, 150_000, 10, { mandatory: true }), item(2, 90, 1000, 1), item(3, 20, 0, 5)], limits);
    expect(result.chosen).toEqual([1, 3]);
    expect(result.forcedOverLimit).toBe(true);
    expect(result.totals.overBudget).toBe(true);
    expect(result.steps.find((s) => s.id === 2)?.reason).toBe('overBudget');
  });

  it('chooses nothing optional under limits of 0 except what uses neither limit', () => {
    const result = suggestGreedy([item(1, 90, 1, 0), item(2, 90, 0, 1), item(3, 5, 0, 0)], { budget: 0, capacity: 0 });
    expect(result.chosen).toEqual([3]);
  });

  it('breaks ties by score, then by the smaller id, whatever the input order', () => {
    const a = [item(9, 50, 10_000, 10), item(3, 50, 10_000, 10), item(7, 100, 20_000, 20)];
    const tight = { budget: 20_000, capacity: 20 };
    expect(suggestGreedy(a, tight).chosen).toEqual([7]);
    expect(suggestGreedy([...a].reverse(), tight).steps.map((s) => s.id)).toEqual([7, 3, 9]);
  });

  it('returns an empty suggestion for no items', () => {
    const result = suggestGreedy([], limits);
    expect(result).toMatchObject({ chosen: [], steps: [], forcedOverLimit: false });
    expect(result.totals.count).toBe(0);
  });
});
