/**
 * Saved what-if scenarios: a chosen set with the limits and the scoring model version it was made
 * under, so that two scenarios ("budget as proposed" vs "budget cut by 20 %") can be compared
 * and an old one read as it was made.
 */
import type { Day } from './model';
import type { Limits, SelectionItem, Totals } from './selection';
import { totals } from './selection';
import { roundOne } from './scoring';

export interface Scenario {
  name: string;
  /** The scoring model version the scores came from; null when made without scores. */
  modelVersion: number | null;
  /** Investment budget in euros. */
  budget: number;
  /** IT capacity in person-days. */
  capacity: number;
  /** Chosen item ids. */
  chosen: number[];
  saved: Day;
}

export interface ScenarioComparison {
  /** Chosen in b, not in a (ascending). */
  added: number[];
  /** Chosen in a, not in b (ascending). */
  removed: number[];
  a: Totals;
  b: Totals;
  /** b − a. */
  difference: { score: number; investment: number; recurring: number; days: number; budget: number; capacity: number };
  /** The scenarios were scored under different model versions: their scores do not compare. */
  differentModels: boolean;
}

function limitsOf(scenario: Scenario): Limits {
  return { budget: scenario.budget, capacity: scenario.capacity };
}

/** What changes from scenario a to scenario b, each measured against its own limits. */
export function compareScenarios(a: Scenario, b: Scenario, items: readonly SelectionItem[]): ScenarioComparison {
  const inA = new Set(a.chosen);
  const inB = new Set(b.chosen);
  const totalsA = totals(a.chosen, items, limitsOf(a));
  const totalsB = totals(b.chosen, items, limitsOf(b));
  return {
    added: [...inB].filter((id) => !inA.has(id)).sort((x, y) => x - y),
    removed: [...inA].filter((id) => !inB.has(id)).sort((x, y) => x - y),
    a: totalsA,
    b: totalsB,
    difference: {
      score: roundOne(totalsB.score - totalsA.score),
      investment: totalsB.investment - totalsA.investment,
      recurring: totalsB.recurring - totalsA.recurring,
      days: totalsB.days - totalsA.days,
      budget: b.budget - a.budget,
      capacity: b.capacity - a.capacity
    },
    differentModels: a.modelVersion !== null && b.modelVersion !== null && a.modelVersion !== b.modelVersion
  };
}
