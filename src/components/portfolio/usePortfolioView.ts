/**
 * The Portfolio view's data: the portfolio as the page's filters keep it (shared by every view),
 * and what only this view shows of it: the summary band, the totals and the costs by year.
 */
import * as React from 'react';
import type { PortfolioData } from '../../data/contract/repository.types';
import type { PortfolioSummary } from '../../domain/portfolio/summary';
import { portfolioSummary } from '../../domain/portfolio/summary';
import type { CostsByYear, Totals } from '../../domain/portfolio/totals';
import { costsByYear } from '../../domain/portfolio/totals';
import type { PortfolioFilter } from '../common/usePortfolioFilter';
import { usePortfolioFilter } from '../common/usePortfolioFilter';

export interface PortfolioViewData extends PortfolioFilter {
  summary: PortfolioSummary;
  totals: Totals;
  byYear: CostsByYear;
}

export function usePortfolioView(data: PortfolioData): PortfolioViewData {
  const view = usePortfolioFilter(data);
  const { filtered, planId, index } = view.model;
  const { filter } = view.state;
  const summary = React.useMemo(
    () => portfolioSummary({ projects: data.projects, filter, plans: data.plans, index, issues: data.itemIssues, filtered }),
    [data.projects, data.plans, data.itemIssues, filter, index, filtered]
  );
  const byYear = React.useMemo(() => costsByYear(filtered, data.plans, planId), [filtered, data.plans, planId]);
  return { ...view, summary, totals: summary.totals, byYear };
}
