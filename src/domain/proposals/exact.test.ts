import { EXACT_MAX_ITEMS, suggestExact } from './exact';
import type { Limits, SelectionItem } from './selection';
import { suggestGreedy, totals } from './selection';

function item(id: number, score: number, investment: number, itDays: number, extra: Partial<SelectionItem> = {}): SelectionItem {
  return { id, score, investment, itDays, ...extra };
}

/** A small seeded generator, so that the random cases are the same on every run. */
function generator(seed: number): (max: number) => number {
  let state = seed;
  return (max) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % max;
  };
}

/**
 * Every subset of the optional items, checked by hand: the highest score in tenths; among equal
 * scores the one whose membership, read by id from the smallest, is greatest (the documented tie rule).
 */
function exhaustive(items: readonly SelectionItem[], limits: Limits): number[] {
  const forced = items.filter((i) => i.mandatory === true || i.lock === 'in');
  const optional = items.filter((i) => i.mandatory !== true && i.lock !== 'in' && i.lock !== 'out' && i.score > 0).sort((a, b) => a.id - b.id);
  const forcedBudget = forced.reduce((s, i) => s + i.investment, 0);
  const forcedDays = forced.reduce((s, i) => s + i.itDays, 0);
  const budget = Math.max(0, limits.budget - forcedBudget);
  const capacity = Math.max(0, limits.capacity - forcedDays);
  let best: { score: number; members: boolean[] } | null = null;
  for (let mask = 0; mask < 1 << optional.length; mask++) {
    const members = optional.map((_, i) => (mask & (1 << i)) !== 0);
    const picked = optional.filter((_, i) => members[i]);
    const investment = picked.reduce((s, i) => s + i.investment, 0);
    const days = picked.reduce((s, i) => s + i.itDays, 0);
    if (investment > budget || days > capacity) {
      continue;
    }
    const score = picked.reduce((s, i) => s + Math.round(i.score * 10), 0);
    const firstDifference = best === null ? -1 : members.findIndex((m, i) => m !== best?.members[i]);
    if (best === null || score > best.score || (score === best.score && firstDifference >= 0 && members[firstDifference] === true)) {
      best = { score, members };
    }
  }
  return [...forced.map((i) => i.id), ...optional.filter((_, i) => best?.members[i]).map((i) => i.id)].sort((a, b) => a - b);
}

describe('suggestExact', () => {
  it('beats greedy where the best-ratio item crowds out a better pair', () => {
    // greedy takes 1 (ratio 80 / 0.6 ≈ 133) and then nothing else fits; 2 + 3 together score 100.
    const items = [item(1, 80, 60_000, 0), item(2, 50, 50_000, 0), item(3, 50, 50_000, 0)];
    const limits = { budget: 100_000, capacity: 10 };
    const greedy = suggestGreedy(items, limits);
    const exact = suggestExact(items, limits);
    expect(greedy.chosen).toEqual([1]);
    expect(exact.chosen).toEqual([2, 3]);
    expect(exact.totals.score).toBe(100);
    expect(exact.method).toBe('exact');
    expect(exact.steps.map((s) => [s.id, s.reason])).toEqual([
      [2, 'fits'],
      [3, 'fits'],
      [1, 'overBudget']
    ]);
  });

  it('uses both limits: the best set by budget alone would need too many days', () => {
    const items = [item(1, 60, 10_000, 60), item(2, 60, 10_000, 60), item(3, 50, 40_000, 10)];
    expect(suggestExact(items, { budget: 100_000, capacity: 100 }).chosen).toEqual([1, 3]);
  });

  it('agrees with an exhaustive search on random small cases and never exceeds a limit', () => {
    const random = generator(20);
    for (let round = 0; round < 150; round++) {
      const count = random(11);
      const items = Array.from({ length: count }, (_, i) => {
        const roll = random(10);
        const extra: Partial<SelectionItem> = roll === 0 ? { mandatory: true } : roll === 1 ? { lock: 'in' } : roll === 2 ? { lock: 'out' } : {};
        return item(100 - i * 3, random(101) / (random(2) === 0 ? 1 : 10), random(8) * 10_000, random(6) * 10, extra);
      });
      const limits = { budget: random(30) * 5000, capacity: random(15) * 10 };
      const exact = suggestExact(items, limits);
      expect(exact.chosen).toEqual(exhaustive(items, limits));
      if (!exact.forcedOverLimit) {
        expect(exact.totals.overBudget || exact.totals.overCapacity).toBe(false);
      }
      const greedy = suggestGreedy(items, limits);
      expect(greedy.totals.score).toBeLessThanOrEqual(exact.totals.score);
      if (!greedy.forcedOverLimit) {
        expect(greedy.totals.overBudget || greedy.totals.overCapacity).toBe(false);
      }
    }
  });

  it('keeps mandatory items even when they alone exceed a limit, and flags it', () => {
    const result = suggestExact([item(1, 10, 10_000, 150, { mandatory: true }), item(2, 90, 5000, 5), item(3, 40, 5000, 0)], { budget: 50_000, capacity: 100 });
    expect(result.chosen).toEqual([1, 3]);
    expect(result.forcedOverLimit).toBe(true);
    expect(result.totals.overCapacity).toBe(true);
    expect(result.steps.find((s) => s.id === 2)?.reason).toBe('overCapacity');
  });

  it('is deterministic: equal scores go to the smaller id, whatever the input order', () => {
    const items = [item(8, 50, 10_000, 10), item(4, 50, 10_000, 10), item(6, 50, 10_000, 10)];
    const limits = { budget: 20_000, capacity: 100 };
    expect(suggestExact(items, limits).chosen).toEqual([4, 6]);
    expect(suggestExact([...items].reverse(), limits).chosen).toEqual([4, 6]);
  });

  it('never suggests an item without a score, even when it fits, and says why; locked in it stays', () => {
    const items = [item(1, 0, 1000, 1), item(2, 70, 5000, 5), item(3, 0, 0, 0)];
    const limits = { budget: 10_000, capacity: 10 };
    for (const result of [suggestExact(items, limits), suggestGreedy(items, limits)]) {
      expect(result.chosen).toEqual([2]);
      expect(result.steps.filter((s) => s.reason === 'noScore').map((s) => s.id)).toEqual([1, 3]);
    }
    expect(suggestExact([{ ...items[0], lock: 'in' } as SelectionItem, items[1] as SelectionItem], limits).chosen).toEqual([1, 2]);
  });

  it('handles no items, limits of 0 and huge figures', () => {
    expect(suggestExact([], { budget: 0, capacity: 0 })).toMatchObject({ method: 'exact', chosen: [], forcedOverLimit: false });
    expect(suggestExact([item(1, 50, 1, 0), item(2, 40, 0, 0)], { budget: 0, capacity: 0 }).chosen).toEqual([2]);
    const huge = [item(1, 50, 6e14, 1e6), item(2, 50, 5e14, 1e6), item(3, 45, 4e14, 1e6)];
    expect(suggestExact(huge, { budget: 1e15, capacity: 1e7 }).chosen).toEqual([1, 3]);
  });

  it(`searches ${EXACT_MAX_ITEMS} optional items exactly in reasonable time and falls back to greedy beyond, saying so`, () => {
    const random = generator(7);
    const make = (n: number): SelectionItem[] => Array.from({ length: n }, (_, i) => item(i + 1, random(101), random(50) * 1000, random(40)));
    const limits = { budget: 300_000, capacity: 250 };
    const started = Date.now();
    const exact = suggestExact(make(EXACT_MAX_ITEMS), limits);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(exact.method).toBe('exact');
    expect(exact.totals.overBudget || exact.totals.overCapacity).toBe(false);
    const many = make(EXACT_MAX_ITEMS + 1);
    const fallback = suggestExact(many, limits);
    expect(fallback).toMatchObject({ method: 'greedy', fallback: 'tooManyItems' });
    expect(fallback.chosen).toEqual(suggestGreedy(many, limits).chosen);
  });

  it('does not count items that cannot fit at all towards the exact limit', () => {
    const items = Array.from({ length: EXACT_MAX_ITEMS + 10 }, (_, i) => item(i + 1, 50, i < 10 ? 1000 : 1_000_000, 1));
    const result = suggestExact(items, { budget: 50_000, capacity: 100 });
    expect(result.method).toBe('exact');
    expect(result.chosen).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});

describe('totals of a suggestion', () => {
  it('are the totals of its chosen ids', () => {
    const items = [item(1, 30, 1000, 1), item(2, 40, 2000, 2)];
    const limits = { budget: 5000, capacity: 5 };
    const result = suggestExact(items, limits);
    expect(result.totals).toEqual(totals(result.chosen, items, limits));
  });
});
