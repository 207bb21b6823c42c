/**
 * The Portfolio view's data: the portfolio as the page's filters keep it (shared by every view),
 * and what only this view shows of it: the summary band, the totals and the costs by year, and,
 * once the follow-up has been read, the actual costs and who owes a report.
 */
import * as React from 'react';
import type { ItemIssue, PortfolioData } from '../../data/contract/repository.types';
import type { PortfolioSummary } from '../../domain/portfolio/summary';
import { portfolioSummary } from '../../domain/portfolio/summary';
import { applyFilter } from '../../domain/portfolio/filter';
import type { CostsByYear, Totals } from '../../domain/portfolio/totals';
import { costsByYear } from '../../domain/portfolio/totals';
import type { PortfolioFilter } from '../common/usePortfolioFilter';
import { usePortfolioFilter } from '../common/usePortfolioFilter';
import type { FollowUpView } from '../common/usePortfolioFollowUp';
import { usePortfolioFollowUp } from '../common/usePortfolioFollowUp';
import type { ViewProps } from '../common/viewProps';
import type { PortfolioActuals } from './usePortfolioActuals';
import { usePortfolioActuals, withOverruns } from './usePortfolioActuals';

export interface PortfolioViewData extends PortfolioFilter {
  summary: PortfolioSummary;
  totals: Totals;
  byYear: CostsByYear;
  followUp: FollowUpView;
  /** Undefined until the follow-up is read, and on a site without it. */
  actuals: PortfolioActuals | undefined;
  /** The data's items needing attention, with the projects whose actuals exceed the estimate. */
  issues: readonly ItemIssue[];
  /** Projects owing a report among those the other filters keep; undefined until known. */
  reportDueCount: number | undefined;
}

export function usePortfolioView(data: PortfolioData, loadFollowUp?: ViewProps['loadFollowUp']): PortfolioViewData {
  const followUp = usePortfolioFollowUp(loadFollowUp, data);
  const view = usePortfolioFilter(data, undefined, followUp.filterFacts);
  const { filtered, planId, index } = view.model;
  const { filter } = view.state;
  const actuals = usePortfolioActuals(followUp, data, planId, filtered);
  const figures = actuals?.figures;
  const issues = React.useMemo(() => (figures ? withOverruns(data.itemIssues, data.projects, figures) : data.itemIssues), [figures, data.itemIssues, data.projects]);
  const summary = React.useMemo(
    () => portfolioSummary({ projects: data.projects, filter, plans: data.plans, index, issues, filtered, facts: followUp.filterFacts }),
    [data.projects, data.plans, issues, filter, index, filtered, followUp.filterFacts]
  );
  const byYear = React.useMemo(() => costsByYear(filtered, data.plans, planId), [filtered, data.plans, planId]);
  const { due, filterFacts } = followUp;
  // a facet like the band's others: counted over what every other filter keeps
  const reportDueCount = React.useMemo(() => {
    if (due === undefined) {
      return undefined;
    }
    const kept = filter.reportDue === null ? filtered : applyFilter(data.projects, { ...filter, reportDue: null }, data.plans, index, filterFacts);
    return kept.filter((p) => p.id !== null && due.has(p.id)).length;
  }, [due, filter, filtered, data.projects, data.plans, index, filterFacts]);
  return { ...view, summary, totals: summary.totals, byYear, followUp, actuals, issues, reportDueCount };
}
