/**
 * Actual costs (toteuma) as the Portfolio shows them: per project over the years the chosen plan
 * covers (beside the estimate, with the overruns), the projects whose actuals exceed their
 * estimate's upper bound added to "needs attention" with the reason, and estimate vs actual by
 * year and by service area for the projects shown.
 */
import * as React from 'react';
import type { ItemIssue, PortfolioData } from '../../data/contract/repository.types';
import type { ProjectActuals } from '../../domain/followup/actuals';
import { actualsByProject } from '../../domain/followup/actuals';
import type { ActualYear, AreaComparison, ProjectActualFigures, YearRange } from '../../domain/followup/portfolioFacts';
import { actualsByYear, actualsInYears, compareByServiceArea, overrunWarnings, planYears, projectActualFigures } from '../../domain/followup/portfolioFacts';
import type { Project } from '../../domain/model';
import type { FollowUpView } from '../common/usePortfolioFollowUp';

export interface PortfolioActuals {
  range: YearRange;
  /** Each project's figures beside its estimate, by project id. */
  figures: ReadonlyMap<number, ProjectActualFigures>;
  /** Of the projects shown. */
  byYear: ActualYear[];
  byArea: AreaComparison[];
  investment: number;
  recurring: number;
  /** Projects shown whose actuals exceed the estimate. */
  overrunning: number;
}

/** The data's "needs attention" items with each overrunning project's reasons added. */
export function withOverruns(issues: readonly ItemIssue[], projects: readonly Project[], figures: ReadonlyMap<number, ProjectActualFigures>): ItemIssue[] {
  const added = new Map<number, ItemIssue>();
  for (const project of projects) {
    const found = project.id === null ? undefined : figures.get(project.id);
    if (project.id !== null && found && found.overruns.length > 0) {
      added.set(project.id, { list: 'projects', itemId: project.id, title: project.title, warnings: overrunWarnings(found.overruns) });
    }
  }
  if (added.size === 0) {
    return [...issues];
  }
  const merged = issues.map((issue) => {
    const more = issue.list === 'projects' && issue.itemId !== null ? added.get(issue.itemId) : undefined;
    if (!more) {
      return issue;
    }
    added.delete(issue.itemId ?? 0);
    return { ...issue, warnings: [...issue.warnings, ...more.warnings] };
  });
  return [...merged, ...added.values()];
}

export function usePortfolioActuals(followUp: FollowUpView, data: PortfolioData, planId: number | null, filtered: readonly Project[]): PortfolioActuals | undefined {
  const facts = followUp.facts;
  const range = React.useMemo(() => (facts ? planYears(data.plans, planId, facts.today) : undefined), [facts, data.plans, planId]);
  const inYears = React.useMemo(() => (facts && range ? actualsInYears(facts.actuals, range) : undefined), [facts, range]);
  const byProject = React.useMemo<Map<number, ProjectActuals> | undefined>(() => (inYears ? actualsByProject(inYears) : undefined), [inYears]);
  const figures = React.useMemo(() => {
    const map = new Map<number, ProjectActualFigures>();
    if (byProject) {
      for (const project of data.projects) {
        if (project.id !== null) {
          map.set(project.id, projectActualFigures(project, byProject.get(project.id)));
        }
      }
    }
    return map;
  }, [byProject, data.projects]);
  return React.useMemo(() => {
    if (!range || !inYears || !byProject) {
      return undefined;
    }
    const byYear = actualsByYear(filtered, inYears, range);
    return {
      range,
      figures,
      byYear,
      byArea: compareByServiceArea(filtered, byProject, inYears, range),
      investment: byYear.reduce((sum, y) => sum + y.investment, 0),
      recurring: byYear.reduce((sum, y) => sum + y.recurring, 0),
      overrunning: filtered.filter((p) => p.id !== null && (figures.get(p.id)?.overruns.length ?? 0) > 0).length
    };
  }, [range, inYears, byProject, figures, filtered]);
}
