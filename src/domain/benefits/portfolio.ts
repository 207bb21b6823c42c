/**
 * The portfolio's benefits: one row per benefit with its progress and what is due (the benefit
 * owner's own first), counts by status and type, which projects the view keeps (closed projects
 * stay until their benefits are closed), and financial benefits against the projects' estimated
 * and actual costs: a simple comparison of estimates, labelled as such wherever it is shown.
 */
import type { Day } from '../followup/model';
import type { ProjectActuals } from '../followup/actuals';
import type { Project } from '../model';
import { keyOf, STATUS } from '../vocabulary';
import type { MeasurementDue } from './due';
import { measurementDue } from './due';
import type { Benefit, Measurement } from './model';
import type { BenefitProgress } from './progress';
import { progressOf } from './progress';
import type { BenefitStatusKey, BenefitTypeKey } from './vocabulary';
import { BENEFIT_STATUS, BENEFIT_TYPE, benefitStatusKey, benefitTypeKey, isClosedStatus } from './vocabulary';

export interface BenefitRow {
  benefit: Benefit;
  progress: BenefitProgress;
  due: MeasurementDue | null;
  /** The signed-in person owns the benefit. */
  mine: boolean;
}

type ProjectRef = Pick<Project, 'id' | 'number' | 'title' | 'status'>;

/**
 * Every benefit with its progress and what is due: the signed-in person's own first, then those
 * due (longest due first), then by project number and title.
 */
export function benefitRows(
  benefits: readonly Benefit[],
  measurements: readonly Measurement[],
  projects: readonly Pick<Project, 'id' | 'number'>[],
  userId: number | null,
  today: Day
): BenefitRow[] {
  const numberOf = new Map(projects.map((p) => [p.id, p.number ?? '']));
  return benefits
    .map((benefit) => ({
      benefit,
      progress: progressOf(benefit, measurements),
      due: measurementDue(benefit, measurements, today),
      mine: userId !== null && benefit.owner?.id === userId
    }))
    .sort(
      (a, b) =>
        Number(b.mine) - Number(a.mine) ||
        Number(b.due !== null) - Number(a.due !== null) ||
        (a.due?.since ?? '').localeCompare(b.due?.since ?? '') ||
        (numberOf.get(a.benefit.projectId) ?? '').localeCompare(numberOf.get(b.benefit.projectId) ?? '', 'fi', { numeric: true }) ||
        a.benefit.title.localeCompare(b.benefit.title, 'fi')
    );
}

export interface StatusTypeCounts {
  /** Count per status key ('other' for a status the vocabulary does not know, or none). */
  byStatus: Record<BenefitStatusKey | 'other', number>;
  byType: Record<BenefitTypeKey | 'other', number>;
  total: number;
}

function zeroes<K extends string>(keys: readonly K[]): Record<K | 'other', number> {
  const out = { other: 0 } as Record<K | 'other', number>;
  keys.forEach((k) => {
    out[k] = 0;
  });
  return out;
}

export function countsByStatusAndType(benefits: readonly Benefit[]): StatusTypeCounts {
  const byStatus = zeroes(Object.keys(BENEFIT_STATUS) as BenefitStatusKey[]);
  const byType = zeroes(Object.keys(BENEFIT_TYPE) as BenefitTypeKey[]);
  for (const b of benefits) {
    byStatus[benefitStatusKey(b.status) ?? 'other']++;
    byType[benefitTypeKey(b.type) ?? 'other']++;
  }
  return { byStatus, byType, total: benefits.length };
}

/** A project has closed (done or cancelled). */
export function isClosedProject(project: Pick<Project, 'status'>): boolean {
  const key = keyOf(STATUS, project.status);
  return key === 'done' || key === 'cancelled';
}

/** Benefits grouped by their project, in their order. */
function benefitsByProject(benefits: readonly Benefit[]): Map<number | null, Benefit[]> {
  const byProject = new Map<number | null, Benefit[]>();
  for (const b of benefits) {
    const list = byProject.get(b.projectId);
    if (list) {
      list.push(b);
    } else {
      byProject.set(b.projectId, [b]);
    }
  }
  return byProject;
}

/**
 * The projects the benefits view follows: every project with a benefit, except a closed project
 * whose benefits are all closed (realised or not realised). A closed project with one open benefit
 * stays: benefits are usually realised after the project.
 */
export function projectsFollowed<P extends ProjectRef>(projects: readonly P[], benefits: readonly Benefit[]): P[] {
  // one pass over the benefits: the portfolio may hold 12,000 projects
  const byProject = benefitsByProject(benefits);
  return projects.filter((project) => {
    const own = byProject.get(project.id) ?? [];
    if (own.length === 0) {
      return false;
    }
    return !isClosedProject(project) || own.some((b) => !isClosedStatus(b.status));
  });
}

/** "€", "€/v", "eur/vuosi", "euroa / år", "EUR/yr": a unit in euros. */
export function isEuroUnit(unit: string | null): boolean {
  return unit !== null && /(€|\beur(o|oa|os)?\b)/i.test(unit);
}

/** A unit per year: "€/v", "kpl/vuosi", "€/år", "EUR/yr", "€ per year", "€ vuodessa". */
export function isYearlyUnit(unit: string | null): boolean {
  return unit !== null && /(\/\s*(v|vuosi|vuodessa|år|a|yr|year)\b|\bper (year|annum)\b|\bvuodessa\b|\bper år\b)/i.test(unit);
}

export interface FinancialComparison {
  projectId: number;
  /** Financial benefits in €/year: their targets, and their latest measurements. */
  yearlyTarget: number;
  yearlyLatest: number | null;
  /** One-off financial benefits in € (targets). */
  oneOffTarget: number;
  /** The project's estimates (upper bounds) and actual investment so far. */
  investmentEstimate: number | null;
  recurringEstimate: number | null;
  actualInvestment: number | null;
  /**
   * Years until the yearly benefit (net of the estimated recurring cost) has paid back the
   * investment (actual when known, else the estimate): null when it never does, or when the
   * project has no investment figure at all.
   */
  paybackYears: number | null;
}

function upper(min: number | null, max: number | null): number | null {
  return max ?? min;
}

/** Financial benefits (type financial, unit in euros) per project, against its costs. */
export function financialComparison(
  benefits: readonly Benefit[],
  measurements: readonly Measurement[],
  projects: readonly Pick<Project, 'id' | 'costs'>[],
  actuals: ReadonlyMap<number, ProjectActuals>
): FinancialComparison[] {
  const rows: FinancialComparison[] = [];
  const byProject = benefitsByProject(benefits.filter((b) => benefitTypeKey(b.type) === 'financial' && isEuroUnit(b.unit) && benefitStatusKey(b.status) !== 'draft'));
  for (const project of projects) {
    const financial = project.id === null ? undefined : byProject.get(project.id);
    if (project.id === null || financial === undefined) {
      continue;
    }
    let yearlyTarget = 0;
    let oneOffTarget = 0;
    let yearlyLatest: number | null = null;
    for (const b of financial) {
      const yearly = isYearlyUnit(b.unit);
      const target = b.target ?? 0;
      if (yearly) {
        yearlyTarget += target;
        const latest = progressOf(b, measurements).latest;
        if (latest !== null) {
          yearlyLatest = (yearlyLatest ?? 0) + latest.value;
        }
      } else {
        oneOffTarget += target;
      }
    }
    const investmentEstimate = upper(project.costs.investmentMin, project.costs.investmentMax);
    const recurringEstimate = upper(project.costs.recurringPerYearMin, project.costs.recurringPerYearMax);
    const actualInvestment = actuals.get(project.id)?.investment ?? null;
    // without an investment figure the payback is not known (never "at once")
    const known = actualInvestment ?? investmentEstimate;
    const investment = known === null ? Number.NaN : known - oneOffTarget;
    const net = yearlyTarget - (recurringEstimate ?? 0);
    const paybackYears = Number.isNaN(investment) ? null : investment <= 0 ? 0 : net > 0 ? Math.round((investment / net) * 10) / 10 : null;
    rows.push({ projectId: project.id, yearlyTarget, yearlyLatest, oneOffTarget, investmentEstimate, recurringEstimate, actualInvestment, paybackYears });
  }
  return rows;
}

export interface StatusTypeCell {
  status: BenefitStatusKey | 'other';
  type: BenefitTypeKey | 'other';
  count: number;
}

export interface StatusTypeTable {
  /** Statuses in the vocabulary's order, then 'other'; only those with a benefit. */
  statuses: (BenefitStatusKey | 'other')[];
  /** Types in the vocabulary's order, then 'other'; only those with a benefit. */
  types: (BenefitTypeKey | 'other')[];
  /** count(status, type): how many benefits have both. */
  count: (status: BenefitStatusKey | 'other', type: BenefitTypeKey | 'other') => number;
  totals: StatusTypeCounts;
}

/** Benefits cross-tabulated by status and type (a table's rows and columns), with the totals. */
export function statusTypeTable(benefits: readonly Benefit[]): StatusTypeTable {
  const totals = countsByStatusAndType(benefits);
  const cells = new Map<string, number>();
  for (const b of benefits) {
    const key = `${benefitStatusKey(b.status) ?? 'other'}|${benefitTypeKey(b.type) ?? 'other'}`;
    cells.set(key, (cells.get(key) ?? 0) + 1);
  }
  const statuses = [...(Object.keys(BENEFIT_STATUS) as BenefitStatusKey[]), 'other' as const].filter((s) => totals.byStatus[s] > 0);
  const types = [...(Object.keys(BENEFIT_TYPE) as BenefitTypeKey[]), 'other' as const].filter((t) => totals.byType[t] > 0);
  return { statuses, types, count: (status, type) => cells.get(`${status}|${type}`) ?? 0, totals };
}
