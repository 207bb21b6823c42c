/**
 * The investment plan for the budget work (investointisuunnitelma): the approved projects and
 * proposals of a plan with their investment and recurring costs by year, as rows for the Excel
 * the finance office asks for. Pure data; the export writes it.
 *
 * Conventions, stated in the export's notes so that nobody reads them as estimates of their own:
 * - the investment is spread evenly over the calendar years of the schedule, start to end, in
 *   whole euros, the remainder of the division in the last year (so a row's years add up to its
 *   investment exactly);
 * - the recurring cost is counted in full for every year after the year the schedule ends;
 * - a schedule with only a start puts the investment in the start year and cannot place the
 *   recurring cost ('noEnd'); one with only an end puts it in the end year ('noStart');
 * - what cannot be placed is null, never 0: an unknown figure is not a zero cost.
 * Cost ranges are read on one basis for the whole plan (see `costOf`; 'max' by default).
 */
import type { Costs, Month, Project } from '../model';
import { yearOf } from '../months';
import { compareNumbers } from '../portfolio/numbering';
import { keyOf, STATUS } from '../vocabulary';
import type { Proposal } from './model';
import type { CostBasis } from './selection';
import { costOf, recurringOf } from './selection';
import { proposalStatusKey } from './vocabulary';

/** A project or an approved proposal not yet made a project, as the investment plan needs it. */
export interface InvestmentSource {
  kind: 'project' | 'proposal';
  id: number | null;
  number: string | null;
  title: string;
  serviceArea: string | null;
  start: Month | null;
  end: Month | null;
  costs: Costs;
}

export function sourceOfProject(project: Project): InvestmentSource {
  const { id, number, title, serviceArea, schedule, costs } = project;
  return { kind: 'project', id, number, title, serviceArea, start: schedule.start, end: schedule.end, costs };
}

export function sourceOfProposal(proposal: Proposal): InvestmentSource {
  const { id, title, serviceArea, schedule, costs } = proposal;
  return { kind: 'proposal', id, number: null, title, serviceArea, start: schedule.start, end: schedule.end, costs };
}

/**
 * What belongs to a plan's investment plan: its projects that are approved, in progress or done
 * (a finished project's recurring costs go on), and its approved proposals that have no project
 * yet (once the project exists it stands in for the proposal, so nothing is counted twice).
 */
export function investmentSources(proposals: readonly Proposal[], projects: readonly Project[], planId: number): InvestmentSource[] {
  const fromProjects = projects
    .filter((p) => p.planIds.includes(planId))
    .filter((p) => {
      const key = keyOf(STATUS, p.status);
      return key === 'approved' || key === 'inProgress' || key === 'done';
    })
    .map(sourceOfProject);
  const fromProposals = proposals
    .filter((p) => p.planId === planId && p.projectId === null && proposalStatusKey(p.status) === 'approved')
    .map(sourceOfProposal);
  return [...fromProjects, ...fromProposals];
}

export type InvestmentNote = 'noSchedule' | 'noStart' | 'noEnd' | 'endBeforeStart' | 'noInvestment' | 'noRecurring' | 'outsideRange';

export interface InvestmentRow {
  kind: 'project' | 'proposal';
  id: number | null;
  number: string | null;
  title: string;
  serviceArea: string | null;
  /** The whole investment on the chosen basis; null when the estimate has no figure. */
  investment: number | null;
  recurringPerYear: number | null;
  /** One cell per year of the range; null when the figure or the years are unknown. */
  investmentByYear: (number | null)[];
  recurringByYear: (number | null)[];
  notes: InvestmentNote[];
}

export interface InvestmentPlan {
  years: number[];
  rows: InvestmentRow[];
  /** Sums of the known cells per year. */
  totals: { investmentByYear: number[]; recurringByYear: number[] };
}

/** `total` in whole euros over `count` years, the remainder in the last year. */
export function spreadEvenly(total: number, count: number): number[] {
  if (count <= 0) {
    return [];
  }
  const share = Math.floor(total / count);
  return Array.from({ length: count }, (_, i) => (i === count - 1 ? total - share * (count - 1) : share));
}

/**
 * `total` spread evenly (see `spreadEvenly`) over the calendar years of a schedule, one cell per
 * year of `years`: with only a start or only an end, all of it in that year; null when the
 * schedule has neither or ends before it starts. `outsideRange`: some of it falls outside `years`.
 */
export function spreadOverYears(total: number, start: Month | null, end: Month | null, years: readonly number[]): { cells: number[]; outsideRange: boolean } | null {
  const startYear = start === null ? null : yearOf(start);
  const endYear = end === null ? null : yearOf(end);
  const first = startYear ?? endYear;
  const last = endYear ?? startYear;
  if (first === null || last === null || last < first) {
    return null;
  }
  const parts = spreadEvenly(total, last - first + 1);
  const cells = years.map((year) => (year >= first && year <= last ? parts[year - first] ?? 0 : 0));
  const outsideRange = first < (years[0] ?? first) || last > (years[years.length - 1] ?? last);
  return { cells, outsideRange };
}

function rowOf(source: InvestmentSource, years: readonly number[], basis: CostBasis): InvestmentRow {
  const notes: InvestmentNote[] = [];
  const investment = costOf(source.costs, basis);
  const recurring = recurringOf(source.costs, basis);
  const startYear = source.start === null ? null : yearOf(source.start);
  const endYear = source.end === null ? null : yearOf(source.end);
  if (startYear === null && endYear === null) {
    notes.push('noSchedule');
  } else if (startYear === null) {
    notes.push('noStart');
  } else if (endYear === null) {
    notes.push('noEnd');
  }
  const unplaceable = startYear !== null && endYear !== null && endYear < startYear;
  if (unplaceable) {
    notes.push('endBeforeStart');
  }
  if (investment === null) {
    notes.push('noInvestment');
  }
  if (recurring === null) {
    notes.push('noRecurring');
  }

  let investmentByYear: (number | null)[] = years.map(() => null);
  const spread = investment === null ? null : spreadOverYears(investment, source.start, source.end, years);
  if (spread !== null) {
    investmentByYear = spread.cells;
    if (spread.outsideRange) {
      notes.push('outsideRange');
    }
  }
  const recurringByYear = years.map((year) => (recurring === null || endYear === null || unplaceable ? null : year > endYear ? recurring : 0));
  return {
    kind: source.kind,
    id: source.id,
    number: source.number,
    title: source.title,
    serviceArea: source.serviceArea,
    investment,
    recurringPerYear: recurring,
    investmentByYear,
    recurringByYear,
    notes
  };
}

function sumCells(rows: readonly InvestmentRow[], field: 'investmentByYear' | 'recurringByYear', count: number): number[] {
  return Array.from({ length: count }, (_, i) => rows.reduce((sum, row) => sum + (row[field][i] ?? 0), 0));
}

/**
 * The investment plan over the years `from`..`to` (inclusive; empty when from > to or either is
 * not a whole year). Rows in plan-number order, proposals (no number yet) after, by title.
 */
export function investmentPlan(sources: readonly InvestmentSource[], range: { from: number; to: number }, basis: CostBasis = 'max'): InvestmentPlan {
  const valid = Number.isInteger(range.from) && Number.isInteger(range.to) && range.from <= range.to;
  const years = valid ? Array.from({ length: range.to - range.from + 1 }, (_, i) => range.from + i) : [];
  const rows = sources
    .map((source) => rowOf(source, years, basis))
    .sort((a, b) => compareNumbers(a.number, b.number) || a.title.localeCompare(b.title, 'fi') || (a.id ?? 0) - (b.id ?? 0));
  return {
    years,
    rows,
    totals: { investmentByYear: sumCells(rows, 'investmentByYear', years.length), recurringByYear: sumCells(rows, 'recurringByYear', years.length) }
  };
}
