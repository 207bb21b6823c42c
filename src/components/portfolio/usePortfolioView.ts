/**
 * The Portfolio view's data: the portfolio as the page's filters keep it (shared by every view),
 * and what only this view shows of it: the totals and the costs by year.
 */
import * as React from 'react';
import type { PortfolioData } from '../../data/contract/repository.types';
import type { CostsByYear, Totals } from '../../domain/portfolio/totals';
import { computeTotals, costsByYear } from '../../domain/portfolio/totals';
import type { PortfolioFilter } from '../common/usePortfolioFilter';
import { usePortfolioFilter } from '../common/usePortfolioFilter';

export interface PortfolioViewData extends PortfolioFilter {
  totals: Totals;
  byYear: CostsByYear;
}

export function usePortfolioView(data: PortfolioData): PortfolioViewData {
  const view = usePortfolioFilter(data);
  const { filtered, planId } = view.model;
  const totals = React.useMemo(() => computeTotals(filtered), [filtered]);
  const byYear = React.useMemo(() => costsByYear(filtered, data.plans, planId), [filtered, data.plans, planId]);
  return { ...view, totals, byYear };
}
