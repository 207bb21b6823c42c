/**
 * The effect of a what-if selection on the coming years: what the ongoing projects already take
 * of each year's investment budget and IT capacity, what the selected proposals add, and where
 * each of them lies on the calendar. Pure data for the proposals view.
 *
 * Conventions (the investment plan's, so that both read the same; see investmentPlan.ts):
 * - investment spread evenly over the calendar years of the schedule (`spreadOverYears`);
 *   recurring cost counted in full every year after the year the schedule ends;
 * - a proposal's IT person-days are spread over its years like its investment;
 * - the limits (budget, capacity) hold for each year;
 * - a project has no IT person-day estimate in the portfolio: its days are unknown (null), not 0,
 *   and the per-year days are the selected proposals' only (`projectDaysUnknown` says so);
 * - what has no schedule cannot be placed in a year: it is listed in `unplaced` with its
 *   figures instead of silently dropped or put in the first year.
 */
import type { Month, Plan, Project } from '../model';
import { yearOf } from '../months';
import { latestPlanId } from '../plans';
import { keyOf, STATUS } from '../vocabulary';
import type { InvestmentNote } from './investmentPlan';
import { investmentPlan, sourceOfProject, sourceOfProposal, spreadOverYears } from './investmentPlan';
import type { Proposal } from './model';
import type { CostBasis, Limits, Totals } from './selection';
import { totals } from './selection';

export interface YearRange {
  from: number;
  to: number;
}

export type EffectNote = InvestmentNote | 'noDays' | 'endedBefore';

/** One ongoing project or selected proposal over the years. */
export interface EffectItem {
  kind: 'project' | 'proposal';
  id: number;
  title: string;
  start: Month | null;
  end: Month | null;
  /** The whole investment / IT days; null when not estimated (a project's days never are). */
  investment: number | null;
  days: number | null;
  /** One cell per year; null when the figure or its years are unknown. */
  investmentByYear: (number | null)[];
  recurringByYear: (number | null)[];
  daysByYear: (number | null)[];
  notes: EffectNote[];
}

export interface EffectPart {
  investment: number;
  recurring: number;
  days: number;
}

/** One year: the ongoing projects' part, the selection's part, and the sum against the limits. */
export interface EffectYear {
  year: number;
  ongoing: EffectPart;
  selected: EffectPart;
  /** Sum of both parts; `budgetUse`, `capacityUse`, `overBudget`, `overCapacity` as in `totals`. */
  total: Pick<Totals, 'investment' | 'recurring' | 'days' | 'budgetUse' | 'capacityUse' | 'overBudget' | 'overCapacity'>;
}

export interface TimelineEffect {
  years: number[];
  perYear: EffectYear[];
  /** Ongoing projects and the selected proposals, each by start (unknown last), then title. */
  projects: EffectItem[];
  proposals: EffectItem[];
  /** Selected proposals and ongoing projects with figures but no year to put them in. */
  unplaced: EffectItem[];
  /** Projects carry no IT person-day estimate: the per-year days are the proposals' only. */
  projectDaysUnknown: boolean;
}

/** Projects that already hold the coming years' money: approved (not started) or in progress. */
export function ongoingProjects(projects: readonly Project[]): Project[] {
  return projects.filter((p) => {
    const key = keyOf(STATUS, p.status);
    return key === 'approved' || key === 'inProgress';
  });
}

/**
 * The years the effect is shown for: the newest plan's years from this year on, at least three
 * and at most five years; without a plan (or after it), this year and the two after.
 */
export function effectYears(plans: readonly Plan[], today: string): YearRange {
  const thisYear = Number(today.slice(0, 4));
  const planId = latestPlanId(plans.flatMap((p) => (p.id === null ? [] : [p.id])), plans);
  const plan = plans.find((p) => p.id === planId);
  const planFrom = plan?.periodStart ? yearOf(plan.periodStart) : thisYear;
  const planTo = plan?.periodEnd ? yearOf(plan.periodEnd) : planFrom;
  const from = Math.max(planFrom, thisYear);
  const to = planTo < from ? from + 2 : Math.min(Math.max(planTo, from + 2), from + 4);
  return { from, to };
}

function itemOf(kind: 'project' | 'proposal', id: number, title: string, start: Month | null, end: Month | null, days: number | null, years: readonly number[], row: ReturnType<typeof investmentPlan>['rows'][number] | undefined): EffectItem {
  const notes: EffectNote[] = [...(row?.notes ?? [])];
  const clean = days === null || !Number.isFinite(days) || days < 0 ? null : days;
  let daysByYear: (number | null)[] = years.map(() => null);
  if (kind === 'proposal') {
    const spread = clean === null ? null : spreadOverYears(clean, start, end, years);
    if (spread !== null) {
      daysByYear = spread.cells;
    }
    if (clean === null) {
      notes.push('noDays');
    }
  }
  const endYear = end === null ? null : yearOf(end);
  if (endYear !== null && endYear < (years[0] ?? endYear)) {
    notes.push('endedBefore');
  }
  return {
    kind,
    id,
    title,
    start,
    end,
    investment: row?.investment ?? null,
    days: kind === 'proposal' ? clean : null,
    investmentByYear: row?.investmentByYear ?? years.map(() => null),
    recurringByYear: row?.recurringByYear ?? years.map(() => null),
    daysByYear,
    notes
  };
}

function sum(items: readonly EffectItem[], field: 'investmentByYear' | 'recurringByYear' | 'daysByYear', i: number): number {
  return items.reduce((total, item) => total + (item[field][i] ?? 0), 0);
}

function byStart(a: EffectItem, b: EffectItem): number {
  const sa = a.start ?? a.end;
  const sb = b.start ?? b.end;
  if (sa !== sb) {
    if (sa === null) {
      return 1;
    }
    if (sb === null) {
      return -1;
    }
    return sa.localeCompare(sb);
  }
  return a.title.localeCompare(b.title, 'fi') || a.id - b.id;
}

function isUnplaced(item: EffectItem): boolean {
  return item.notes.includes('noSchedule') || item.notes.includes('endBeforeStart');
}

/**
 * The effect of choosing `selected` (saved proposals) beside the `ongoing` projects over `range`.
 * A selected proposal whose project is among `ongoing` is counted once, as the project.
 */
export function timelineEffect(input: { ongoing: readonly Project[]; selected: readonly Proposal[]; limits: Limits; range: YearRange; basis?: CostBasis }): TimelineEffect {
  const projects = input.ongoing.filter((p): p is Project & { id: number } => p.id !== null);
  const projectIds = new Set(projects.map((p) => p.id));
  const proposals = input.selected.filter((p): p is Proposal & { id: number } => p.id !== null && (p.projectId === null || !projectIds.has(p.projectId)));
  const basis = input.basis ?? 'max';
  const projectPlan = investmentPlan(projects.map(sourceOfProject), input.range, basis);
  const proposalPlan = investmentPlan(proposals.map(sourceOfProposal), input.range, basis);
  const years = projectPlan.years;
  const rowFor = (plan: typeof projectPlan, id: number): (typeof plan.rows)[number] | undefined => plan.rows.find((r) => r.id === id);
  const projectItems = projects.map((p) => itemOf('project', p.id, p.title, p.schedule.start, p.schedule.end, null, years, rowFor(projectPlan, p.id))).sort(byStart);
  const proposalItems = proposals.map((p) => itemOf('proposal', p.id, p.title, p.schedule.start, p.schedule.end, p.itEffortDays, years, rowFor(proposalPlan, p.id))).sort(byStart);
  const perYear = years.map((year, i): EffectYear => {
    const ongoing = { investment: sum(projectItems, 'investmentByYear', i), recurring: sum(projectItems, 'recurringByYear', i), days: 0 };
    const selected = { investment: sum(proposalItems, 'investmentByYear', i), recurring: sum(proposalItems, 'recurringByYear', i), days: sum(proposalItems, 'daysByYear', i) };
    const investment = ongoing.investment + selected.investment;
    const days = selected.days;
    const t = totals([0], [{ id: 0, score: 0, investment, itDays: days }], input.limits);
    return {
      year,
      ongoing,
      selected,
      total: { investment, recurring: ongoing.recurring + selected.recurring, days, budgetUse: t.budgetUse, capacityUse: t.capacityUse, overBudget: t.overBudget, overCapacity: t.overCapacity }
    };
  });
  const unplaced = [...proposalItems, ...projectItems].filter((item) => isUnplaced(item) && (item.investment !== null || item.days !== null));
  return { years, perYear, projects: projectItems, proposals: proposalItems, unplaced, projectDaysUnknown: projectItems.length > 0 };
}
