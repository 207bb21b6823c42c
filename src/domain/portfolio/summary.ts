/**
 * The state of the plan at a glance (the Portfolio's summary band): projects by status and by
 * RAG, cost totals, how many assessments are complete and how many projects need attention.
 *
 * Status and RAG counts are facets: each counts the projects every other filter keeps, so the
 * values not chosen stay in sight and clicking one adds it to the choice; the chosen count is
 * then the number of projects shown. Every other figure is of the projects shown.
 */
import { completeness } from '../impact/completeness';
import type { Plan, Project } from '../model';
import type { Vocabulary } from '../vocabulary';
import { keyOf, RAG, STATUS } from '../vocabulary';
import type { FilterFacts, PortfolioFilter, SearchIndex } from './filter';
import { applyFilter, NO_VALUE } from './filter';
import type { Totals } from './totals';
import { computeTotals } from './totals';

/** One stored choice value (NO_VALUE for none), as a filter would name it, and its projects. */
export interface ValueCount {
  value: string;
  count: number;
  /** The value is one of the filter's choices. */
  selected: boolean;
}

/** A list item the data could not fully understand (the "needs attention" list). */
export interface AttentionItem {
  list: string;
  itemId: number | null;
}

export interface PortfolioSummary {
  /** Projects shown. */
  count: number;
  statuses: ValueCount[];
  rags: ValueCount[];
  totals: Totals;
  /** Projects shown whose impact assessment is complete. */
  assessed: number;
  /** Projects shown that have an item on the "needs attention" list. */
  attention: number;
}

export interface SummaryInput {
  projects: readonly Project[];
  filter: PortfolioFilter;
  plans: readonly Plan[];
  index: SearchIndex;
  issues: readonly AttentionItem[];
  /** The projects the filter keeps, when already known (saves a pass). */
  filtered?: readonly Project[];
  /** What the follow-up filters need (report due), once read. */
  facts?: FilterFacts;
}

function order<K extends string>(vocabulary: Vocabulary<K>): (a: string, b: string) => number {
  const keys = Object.keys(vocabulary);
  const rank = (value: string): number => {
    if (value.trim() === '') {
      return keys.length + 1;
    }
    const key = keyOf(vocabulary, value);
    return key === undefined ? keys.length : keys.indexOf(key);
  };
  return (a, b) => rank(a) - rank(b) || a.localeCompare(b, 'fi');
}

function countValues(projects: readonly Project[], pick: (p: Project) => string | null, selected: readonly string[], compare: (a: string, b: string) => number): ValueCount[] {
  const counts = new Map<string, number>(selected.map((v) => [v, 0]));
  for (const p of projects) {
    // as the filter matches: a missing value is NO_VALUE, any other text exactly as stored
    const value = pick(p) ?? NO_VALUE;
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts.keys()].sort(compare).map((value) => ({ value, count: counts.get(value) ?? 0, selected: selected.includes(value) }));
}

export function portfolioSummary(input: SummaryInput): PortfolioSummary {
  const { projects, filter, plans, index, facts } = input;
  const filtered = input.filtered ?? applyFilter(projects, filter, plans, index, facts);
  const facet = (without: Partial<PortfolioFilter>, chosen: readonly string[]): readonly Project[] => (chosen.length === 0 ? filtered : applyFilter(projects, { ...filter, ...without }, plans, index, facts));
  const flagged = new Set(input.issues.filter((i) => i.list === 'projects' && i.itemId !== null).map((i) => i.itemId));
  return {
    count: filtered.length,
    statuses: countValues(facet({ statuses: [] }, filter.statuses), (p) => p.status, filter.statuses, order(STATUS)),
    rags: countValues(facet({ rags: [] }, filter.rags), (p) => p.rag, filter.rags, order(RAG)),
    totals: computeTotals(filtered),
    assessed: filtered.filter((p) => completeness(p).complete).length,
    attention: filtered.filter((p) => p.id !== null && flagged.has(p.id)).length
  };
}

/** The choice with `value` added, or removed when it is there: a band button's click. */
export function toggled(values: readonly string[], value: string): string[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

/**
 * The "needs attention" items that go with the projects shown: those of shown projects, and
 * those not tied to one project (plans, goals, an item without an id). The band's count and the
 * list under it then agree whatever the filters are.
 */
export function issuesShown<T extends { list: string; itemId: number | null }>(issues: readonly T[], shown: readonly Pick<Project, 'id'>[]): T[] {
  const ids = new Set(shown.map((p) => p.id));
  return issues.filter((i) => i.list !== 'projects' || i.itemId === null || ids.has(i.itemId));
}

