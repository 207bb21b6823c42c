/**
 * The Portfolio view's derived data: filter (one pass per change), grouping, rows, totals. Work
 * that depends only on the loaded data (the search index) is done once per load.
 */
import * as React from 'react';
import type { PortfolioData } from '../../data/contract/repository.types';
import type { Project } from '../../domain/model';
import type { SearchIndex } from '../../domain/portfolio/filter';
import { applyFilter, buildSearchIndex, effectivePlanId } from '../../domain/portfolio/filter';
import type { ProjectGroup } from '../../domain/portfolio/grouping';
import { groupProjects, projectComparator } from '../../domain/portfolio/grouping';
import type { CostsByYear, Totals } from '../../domain/portfolio/totals';
import { computeTotals, costsByYear } from '../../domain/portfolio/totals';
import type { ViewState } from '../../domain/portfolio/viewState';

export interface FilteredPortfolio {
  /** Search text of every project, prepared once per load. */
  index: SearchIndex;
  /** Projects of the chosen plan before the other filters. */
  inPlan: number;
  filtered: Project[];
  groups: ProjectGroup[];
  totals: Totals;
  byYear: CostsByYear;
  goalTitles: Map<number, string>;
  planTitles: Map<number, string>;
  planId: number | null;
}

export function useFilteredPortfolio(data: PortfolioData, state: ViewState): FilteredPortfolio {
  const index = React.useMemo(() => buildSearchIndex(data.projects), [data.projects]);
  const goalTitles = React.useMemo(() => new Map(data.goals.filter((g) => g.id !== null).map((g) => [g.id ?? 0, g.title])), [data.goals]);
  const planTitles = React.useMemo(() => new Map(data.plans.filter((p) => p.id !== null).map((p) => [p.id ?? 0, p.title])), [data.plans]);
  const planId = effectivePlanId(state.filter, data.plans);
  const inPlan = React.useMemo(() => (planId === null ? data.projects.length : data.projects.filter((p) => p.planIds.includes(planId)).length), [data.projects, planId]);
  const filtered = React.useMemo(() => applyFilter(data.projects, state.filter, data.plans, index), [data.projects, data.plans, state.filter, index]);
  const groups = React.useMemo(() => groupProjects(filtered, projectComparator(state.sort, goalTitles)), [filtered, state.sort, goalTitles]);
  const totals = React.useMemo(() => computeTotals(filtered), [filtered]);
  const byYear = React.useMemo(() => costsByYear(filtered, data.plans, planId), [filtered, data.plans, planId]);
  return { index, inPlan, filtered, groups, totals, byYear, goalTitles, planTitles, planId };
}
