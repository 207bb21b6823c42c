/**
 * What the Portfolio, Timeline and Impact views need of the follow-up, read lean: which projects
 * owe a report (from each project's latest report within the cadence window, not all history)
 * and the actual costs against the estimates, per project, per year and per service area, over
 * the years the plan covers. Pure TypeScript.
 */
import type { Plan, Project } from '../model';
import { yearOf } from '../months';
import type { ProjectActuals } from './actuals';
import { overruns } from './actuals';
import type { Overrun } from './actuals';
import { addDays, cadenceMeetings, reportDue } from './cadence';
import type { DomainWarning } from '../warnings';
import type { ActualCost, Cadence, Day, Meeting, StatusReport } from './model';
import { DEFAULT_REPORT_WEEKS } from './model';

/**
 * The earliest report day that can still keep a project from being due on `today`: the
 * cadence's window (weeks back, or the previous meeting of the cadence's body). Reports older
 * than this need not be read to know who owes one.
 */
export function cadenceWindowStart(cadence: Cadence, meetings: readonly Meeting[], today: Day): Day {
  if (cadence.kind === 'weeks') {
    return addDays(today, -Math.max(1, Math.round(cadence.weeks)) * 7);
  }
  const clock = cadenceMeetings(cadence, meetings);
  const previous = [...clock].reverse().find((m) => m.date < today);
  if (previous) {
    return previous.date;
  }
  const next = clock.find((m) => m.date >= today);
  // only future meetings: any report before the next one counts; none at all: the default rhythm
  return next ? addDays(today, -366) : addDays(today, -DEFAULT_REPORT_WEEKS * 7);
}

/**
 * The ids of the projects that owe a report on `today`. `latest` holds each project's latest
 * published report within the cadence window (a project missing from it has not reported in the
 * window). Projects that are not under way are never due.
 */
export function dueProjectIds(projects: readonly Project[], latest: ReadonlyMap<number, StatusReport>, cadence: Cadence, meetings: readonly Meeting[], today: Day): Set<number> {
  const due = new Set<number>();
  for (const project of projects) {
    if (project.id !== null && reportDue(project, latest.get(project.id), cadence, meetings, today).due) {
      due.add(project.id);
    }
  }
  return due;
}

export interface YearRange {
  from: number;
  to: number;
}

/**
 * The calendar years a plan covers; for every period ('all' or no plan), the years from the
 * earliest plan's start to the latest plan's end, else this year only.
 */
export function planYears(plans: readonly Plan[], planId: number | null, today: Day): YearRange {
  const thisYear = Number(today.slice(0, 4));
  const chosen = planId === null ? plans : plans.filter((p) => p.id === planId);
  const starts = chosen.map((p) => (p.periodStart ? yearOf(p.periodStart) : null)).filter((y): y is number => y !== null);
  const ends = chosen.map((p) => (p.periodEnd ? yearOf(p.periodEnd) : null)).filter((y): y is number => y !== null);
  const from = starts.length > 0 ? Math.min(...starts) : thisYear;
  const to = ends.length > 0 ? Math.max(...ends) : Math.max(from, thisYear);
  return { from, to: Math.max(from, to) };
}

/** The actuals entered for the years of `range` only. */
export function actualsInYears(actuals: readonly ActualCost[], range: YearRange): ActualCost[] {
  return actuals.filter((a) => a.year >= range.from && a.year <= range.to);
}

/** A project's actuals over the plan's years, as the grid shows them beside the estimate. */
export interface ProjectActualFigures {
  /** Actual investment summed over the years; null when none was entered. */
  investment: number | null;
  /** The latest year with an actual recurring figure, and that figure; null when none. */
  recurring: { year: number; value: number } | null;
  /** Where the actuals exceed the estimate's upper bound. */
  overruns: Overrun[];
}

export function projectActualFigures(project: Pick<Project, 'costs'>, actuals: ProjectActuals | undefined): ProjectActualFigures {
  if (!actuals) {
    return { investment: null, recurring: null, overruns: [] };
  }
  const years = [...actuals.recurringByYear.keys()].sort((a, b) => b - a);
  const latestYear = years[0];
  return {
    investment: actuals.investment,
    recurring: latestYear === undefined ? null : { year: latestYear, value: actuals.recurringByYear.get(latestYear) ?? 0 },
    overruns: overruns(project, actuals)
  };
}

export interface ActualYear {
  year: number;
  investment: number;
  recurring: number;
}

/** Actual spend of the projects by year, one row for every year of `range` (zero when none). */
export function actualsByYear(projects: readonly Project[], actuals: readonly ActualCost[], range: YearRange): ActualYear[] {
  const ids = new Set(projects.map((p) => p.id));
  const rows = new Map<number, ActualYear>();
  for (let year = range.from; year <= range.to; year++) {
    rows.set(year, { year, investment: 0, recurring: 0 });
  }
  for (const entry of actuals) {
    const row = rows.get(entry.year);
    if (row && ids.has(entry.projectId)) {
      row.investment += entry.investment ?? 0;
      row.recurring += entry.recurring ?? 0;
    }
  }
  return [...rows.values()];
}

/** Estimate against actual for one service area over the plan's years. */
export interface AreaComparison {
  /** The service area as stored; null for projects without one. */
  serviceArea: string | null;
  projects: number;
  investmentMin: number;
  investmentMax: number;
  /** Some project's investment estimate has no upper bound. */
  investmentMaxOpen: boolean;
  actualInvestment: number;
  /** Recurring estimate per year (summed over the area's projects). */
  recurringMin: number;
  recurringMax: number;
  recurringMaxOpen: boolean;
  /** Actual recurring spend over the years, and how many of those years have any. */
  actualRecurring: number;
  /** Projects whose actuals exceed the estimate's upper bound. */
  overrunning: number;
}

/**
 * Estimate vs actual by service area: estimates as ranges (an estimate without a figure is not
 * read as zero; it simply adds nothing), actuals as entered for the years of `range`.
 */
export function compareByServiceArea(projects: readonly Project[], byProject: ReadonlyMap<number, ProjectActuals>, actuals: readonly ActualCost[], range: YearRange): AreaComparison[] {
  const rows = new Map<string, AreaComparison>();
  const areaOf = new Map<number, string | null>();
  for (const p of projects) {
    const key = p.serviceArea ?? '';
    const row = rows.get(key) ?? {
      serviceArea: p.serviceArea,
      projects: 0,
      investmentMin: 0,
      investmentMax: 0,
      investmentMaxOpen: false,
      actualInvestment: 0,
      recurringMin: 0,
      recurringMax: 0,
      recurringMaxOpen: false,
      actualRecurring: 0,
      overrunning: 0
    };
    const c = p.costs;
    row.projects++;
    row.investmentMin += c.investmentMin ?? 0;
    row.investmentMax += c.investmentMax ?? c.investmentMin ?? 0;
    row.investmentMaxOpen ||= c.investmentMin !== null && c.investmentMax === null;
    row.recurringMin += c.recurringPerYearMin ?? 0;
    row.recurringMax += c.recurringPerYearMax ?? c.recurringPerYearMin ?? 0;
    row.recurringMaxOpen ||= c.recurringPerYearMin !== null && c.recurringPerYearMax === null;
    if (p.id !== null) {
      areaOf.set(p.id, p.serviceArea);
      if (overruns(p, byProject.get(p.id)).length > 0) {
        row.overrunning++;
      }
    }
    rows.set(key, row);
  }
  for (const entry of actualsInYears(actuals, range)) {
    if (!areaOf.has(entry.projectId)) {
      continue; // a project the filters leave out
    }
    const row = rows.get(areaOf.get(entry.projectId) ?? '');
    if (row) {
      row.actualInvestment += entry.investment ?? 0;
      row.actualRecurring += entry.recurring ?? 0;
    }
  }
  return [...rows.values()].sort((a, b) => (a.serviceArea === null ? 1 : b.serviceArea === null ? -1 : a.serviceArea.localeCompare(b.serviceArea, 'fi')));
}

/** The "needs attention" warnings of a project's overruns (the list says why). */
export function overrunWarnings(found: readonly Overrun[]): DomainWarning[] {
  return found.map((o) =>
    o.measure === 'investment'
      ? { code: 'actualOverEstimate', field: 'actuals.investment', detail: `${o.actual} > ${o.estimateMax}` }
      : { code: 'actualOverEstimate', field: `actuals.recurring.${o.year}`, detail: `${o.actual} > ${o.estimateMax}` }
  );
}
