/**
 * What every view shows of the portfolio: the view state in the page URL (filters, sort,
 * selection, zoom; shared by every Salkku web part on the page) and the projects it keeps,
 * filtered once per change and grouped like the plan. Work that depends only on the loaded
 * data (the search index) is done once per load.
 */
import * as React from 'react';
import type { PortfolioData } from '../../data/contract/repository.types';
import type { Project } from '../../domain/model';
import type { FilterFacts, SearchIndex } from '../../domain/portfolio/filter';
import { applyFilter, buildSearchIndex, effectivePlanId } from '../../domain/portfolio/filter';
import type { ProjectGroup } from '../../domain/portfolio/grouping';
import { groupProjects, projectComparator } from '../../domain/portfolio/grouping';
import type { ViewState } from '../../domain/portfolio/viewState';
import type { UrlStateLocation, ViewStateUpdate } from './useViewState';
import { useViewState } from './useViewState';

export interface FilteredPortfolio {
  /** Search text of every project, prepared once per load. */
  index: SearchIndex;
  /** Projects of the chosen plan before the other filters. */
  inPlan: number;
  filtered: Project[];
  groups: ProjectGroup[];
  goalTitles: Map<number, string>;
  planTitles: Map<number, string>;
  planId: number | null;
}

export interface PortfolioFilter {
  state: ViewState;
  update: ViewStateUpdate;
  model: FilteredPortfolio;
  /** The project whose details are open, if it is loaded. */
  selected: Project | undefined;
}

function titlesById(items: readonly { id: number | null; title: string }[]): Map<number, string> {
  return new Map(items.filter((item) => item.id !== null).map((item) => [item.id ?? 0, item.title]));
}

export function usePortfolioFilter(data: PortfolioData, location?: UrlStateLocation, facts?: FilterFacts): PortfolioFilter {
  const [state, update] = useViewState(location);
  const index = React.useMemo(() => buildSearchIndex(data.projects), [data.projects]);
  const goalTitles = React.useMemo(() => titlesById(data.goals), [data.goals]);
  const planTitles = React.useMemo(() => titlesById(data.plans), [data.plans]);
  const planId = effectivePlanId(state.filter, data.plans);
  const inPlan = React.useMemo(() => (planId === null ? data.projects.length : data.projects.filter((p) => p.planIds.includes(planId)).length), [data.projects, planId]);
  const filtered = React.useMemo(() => applyFilter(data.projects, state.filter, data.plans, index, facts), [data.projects, data.plans, state.filter, index, facts]);
  const groups = React.useMemo(() => groupProjects(filtered, projectComparator(state.sort, goalTitles)), [filtered, state.sort, goalTitles]);
  const selected = state.selected === null ? undefined : data.projects.find((p) => p.id === state.selected);
  return { state, update, model: { index, inPlan, filtered, groups, goalTitles, planTitles, planId }, selected };
}
