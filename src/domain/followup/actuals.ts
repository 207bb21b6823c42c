/**
 * Actual costs (toteuma) against the plan's estimates. The investment estimate covers the whole
 * project, so its actuals are summed over the years; the recurring estimate is per year, so each
 * year's actual is compared with it. A project overruns when an actual exceeds the estimate's
 * upper bound; an estimate without an upper bound ("yli 10 000 €") or without a figure cannot be
 * overrun, and is never read as zero.
 */
import type { Project } from '../model';
import type { ActualCost } from './model';

export interface ProjectActuals {
  /** Actual investment over all years; null when none was entered. */
  investment: number | null;
  /** Actual recurring spend by year. */
  recurringByYear: ReadonlyMap<number, number>;
  /** Actual investment by year. */
  investmentByYear: ReadonlyMap<number, number>;
}

export type Overrun =
  | { measure: 'investment'; actual: number; estimateMax: number }
  | { measure: 'recurring'; year: number; actual: number; estimateMax: number };

function add(map: Map<number, number>, year: number, value: number | null): void {
  if (value !== null && Number.isFinite(value)) {
    map.set(year, (map.get(year) ?? 0) + value);
  }
}

/** Each project's actuals, by project id. Several entries for one year add up. */
export function actualsByProject(actuals: readonly ActualCost[]): Map<number, ProjectActuals> {
  const byProject = new Map<number, { investmentByYear: Map<number, number>; recurringByYear: Map<number, number> }>();
  for (const entry of actuals) {
    let target = byProject.get(entry.projectId);
    if (!target) {
      target = { investmentByYear: new Map(), recurringByYear: new Map() };
      byProject.set(entry.projectId, target);
    }
    add(target.investmentByYear, entry.year, entry.investment);
    add(target.recurringByYear, entry.year, entry.recurring);
  }
  const result = new Map<number, ProjectActuals>();
  for (const [id, value] of byProject) {
    const years = [...value.investmentByYear.values()];
    result.set(id, { ...value, investment: years.length === 0 ? null : years.reduce((a, b) => a + b, 0) });
  }
  return result;
}

/** Where a project's actuals exceed its estimate's upper bound (empty when they do not). */
export function overruns(project: Pick<Project, 'costs'>, actuals: ProjectActuals | undefined): Overrun[] {
  if (!actuals) {
    return [];
  }
  const found: Overrun[] = [];
  const investmentMax = project.costs.investmentMax;
  if (actuals.investment !== null && investmentMax !== null && actuals.investment > investmentMax) {
    found.push({ measure: 'investment', actual: actuals.investment, estimateMax: investmentMax });
  }
  const recurringMax = project.costs.recurringPerYearMax;
  if (recurringMax !== null) {
    for (const [year, actual] of [...actuals.recurringByYear].sort((a, b) => a[0] - b[0])) {
      if (actual > recurringMax) {
        found.push({ measure: 'recurring', year, actual, estimateMax: recurringMax });
      }
    }
  }
  return found;
}

export interface ActualTotalsRow {
  /** The projects' service area as stored; null for projects without one. */
  serviceArea: string | null;
  year: number;
  investment: number;
  recurring: number;
}

/** Actual spend by service area and year (rows sorted by service area, then year). */
export function actualTotals(projects: readonly Project[], actuals: readonly ActualCost[]): ActualTotalsRow[] {
  const areaOf = new Map(projects.filter((p) => p.id !== null).map((p) => [p.id ?? 0, p.serviceArea]));
  const rows = new Map<string, ActualTotalsRow>();
  for (const entry of actuals) {
    if (!areaOf.has(entry.projectId)) {
      continue; // a project the filters leave out
    }
    const serviceArea = areaOf.get(entry.projectId) ?? null;
    const key = JSON.stringify([serviceArea, entry.year]);
    const row = rows.get(key) ?? { serviceArea, year: entry.year, investment: 0, recurring: 0 };
    row.investment += entry.investment ?? 0;
    row.recurring += entry.recurring ?? 0;
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => (a.serviceArea ?? '').localeCompare(b.serviceArea ?? '', 'fi') || a.year - b.year);
}
