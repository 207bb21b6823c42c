import type { Scenario } from './scenarios';
import { compareScenarios } from './scenarios';
import type { SelectionItem } from './selection';

const items: SelectionItem[] = [
  { id: 1, score: 72.5, investment: 40_000, recurring: 6000, itDays: 30 },
  { id: 2, score: 55, investment: 25_000, recurring: null, itDays: 40 },
  { id: 3, score: 31.2, investment: 10_000, recurring: 1200, itDays: 15 }
];

function scenario(name: string, chosen: number[], changes: Partial<Scenario> = {}): Scenario {
  return { name, modelVersion: 1, budget: 80_000, capacity: 80, chosen, saved: '2026-10-14', ...changes };
}

describe('compareScenarios', () => {
  it('lists what was added and removed and the differences of the totals', () => {
    const result = compareScenarios(scenario('Esitetty', [1, 2]), scenario('Leikattu', [3, 1], { budget: 60_000 }), items);
    expect(result.added).toEqual([3]);
    expect(result.removed).toEqual([2]);
    expect(result.difference).toEqual({ score: -23.8, investment: -15_000, recurring: 1200, days: -25, budget: -20_000, capacity: 0 });
    expect(result.b.budgetUse).toBe(83.3);
    expect(result.differentModels).toBe(false);
  });

  it('finds no differences between a scenario and itself, also an empty one', () => {
    const empty = compareScenarios(scenario('Tyhjä', []), scenario('Tyhjä', []), items);
    expect(empty).toMatchObject({ added: [], removed: [], difference: { score: 0, investment: 0, recurring: 0, days: 0 } });
  });

  it('warns when the scenarios were scored under different model versions', () => {
    expect(compareScenarios(scenario('A', [1]), scenario('B', [1], { modelVersion: 2 }), items).differentModels).toBe(true);
    expect(compareScenarios(scenario('A', [1], { modelVersion: null }), scenario('B', [1], { modelVersion: 2 }), items).differentModels).toBe(false);
  });

  it('reports ids no longer among the items instead of counting them', () => {
    const result = compareScenarios(scenario('Vanha', [1, 9]), scenario('Uusi', [1]), items);
    expect(result.a.unknownIds).toEqual([9]);
    expect(result.removed).toEqual([9]);
    expect(result.difference.investment).toBe(0);
  });
});
