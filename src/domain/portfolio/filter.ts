/**
 * The portfolio's filter, shared by the Portfolio, Timeline and Impact views: plan period,
 * choices, free-text search. Filtering is one pass over the projects; the search text of each
 * project is prepared once per data load, not on every keystroke.
 */
import { completeness } from '../impact/completeness';
import type { LevelBucket } from '../impact/levelMatrix';
import { bucketOf } from '../impact/levelMatrix';
import type { ImpactPerspective, Plan, Project } from '../model';

export type AssessmentFilter = 'complete' | 'incomplete';

/**
 * "Significant impact on information security" and the like: one cell of the Impact view's
 * perspective × level matrix (URL: sk-impact=security:significant).
 */
export interface ImpactFilter {
  perspective: ImpactPerspective;
  /** A level, or 'described' (text without a level) or 'missing' (nothing). */
  level: LevelBucket;
}

export interface PortfolioFilter {
  /** A plan id, 'all' periods, or null for the newest plan. */
  plan: number | 'all' | null;
  serviceAreas: string[];
  units: string[];
  statuses: string[];
  rags: string[];
  goals: number[];
  scheduleOwners: string[];
  likelihoods: string[];
  /** true: only mandatory by law; false: only not mandatory; null: both. */
  mandatory: boolean | null;
  assessment: AssessmentFilter | null;
  impact: ImpactFilter | null;
  /** true: only projects that owe a status report; false: only those that do not; null: both. */
  reportDue: boolean | null;
  /** Free text over number, title, description and what changes. */
  text: string;
}

export const EMPTY_FILTER: PortfolioFilter = {
  plan: null,
  serviceAreas: [],
  units: [],
  statuses: [],
  rags: [],
  goals: [],
  scheduleOwners: [],
  likelihoods: [],
  mandatory: null,
  assessment: null,
  impact: null,
  reportDue: null,
  text: ''
};

/**
 * Facts some filters need beyond the projects themselves, read after the portfolio (the
 * follow-up). A filter whose facts are not known (not read yet, or a site without the
 * follow-up lists) keeps every project rather than none.
 */
export interface FilterFacts {
  /** Ids of the projects that owe a status report. */
  reportDue?: ReadonlySet<number>;
}

/** True when the project's assessment of the perspective falls in the filter's matrix cell. */
export function matchesImpact(project: Project, filter: ImpactFilter): boolean {
  return bucketOf(project, filter.perspective) === filter.level;
}

/** The value a choice filter uses for an empty field, so "no value" can be filtered too. */
export const NO_VALUE = '';

/** The newest plan: latest period start (then highest id). */
export function newestPlan(plans: readonly Plan[]): Plan | undefined {
  return [...plans].sort((a, b) => (b.periodStart ?? '').localeCompare(a.periodStart ?? '') || (b.id ?? 0) - (a.id ?? 0))[0];
}

/** The plan id the filter means (null for all periods or when there is no plan). */
export function effectivePlanId(filter: PortfolioFilter, plans: readonly Plan[]): number | null {
  if (filter.plan === 'all') {
    return null;
  }
  if (filter.plan !== null && plans.some((p) => p.id === filter.plan)) {
    return filter.plan;
  }
  return newestPlan(plans)?.id ?? null;
}

export function normaliseSearch(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('fi').replace(/\s+/g, ' ').trim();
}

/**
 * Lower-cased text of the searchable fields of each project, keyed by the project object and
 * prepared the first time a search looks at it (projects are replaced, never mutated): shared by
 * every view on the page, and nothing is spent on it until someone searches.
 */
export interface SearchIndex {
  get(project: Project): string;
}

const searchTexts = new WeakMap<Project, string>();

const SHARED_INDEX: SearchIndex = {
  get(project: Project): string {
    let text = searchTexts.get(project);
    if (text === undefined) {
      text = normaliseSearch([project.number ?? '', project.title, project.description ?? '', project.impacts.economic.text ?? ''].join('\n'));
      searchTexts.set(project, text);
    }
    return text;
  }
};

/** The search index of the projects (lazy and shared: see SearchIndex). */
export function buildSearchIndex(_projects: readonly Project[]): SearchIndex {
  return SHARED_INDEX;
}

function matchesChoice(selected: readonly string[], value: string | null): boolean {
  return selected.length === 0 || selected.includes(value ?? NO_VALUE);
}

/** The projects the filter keeps, in their original order. */
export function applyFilter(projects: readonly Project[], filter: PortfolioFilter, plans: readonly Plan[], index: SearchIndex, facts: FilterFacts = {}): Project[] {
  const due = filter.reportDue === null ? undefined : facts.reportDue;
  const planId = effectivePlanId(filter, plans);
  const words = normaliseSearch(filter.text).split(' ').filter((w) => w !== '');
  return projects.filter((p) => {
    if (planId !== null && !p.planIds.includes(planId)) {
      return false;
    }
    if (
      !matchesChoice(filter.serviceAreas, p.serviceArea) ||
      !matchesChoice(filter.units, p.unit) ||
      !matchesChoice(filter.statuses, p.status) ||
      !matchesChoice(filter.rags, p.rag) ||
      !matchesChoice(filter.scheduleOwners, p.scheduleOwner) ||
      !matchesChoice(filter.likelihoods, p.likelihood)
    ) {
      return false;
    }
    if (filter.goals.length > 0 && !p.goalIds.some((g) => filter.goals.includes(g))) {
      return false;
    }
    if (filter.mandatory !== null && p.mandatoryByLaw !== filter.mandatory) {
      return false;
    }
    if (filter.assessment !== null && completeness(p).complete !== (filter.assessment === 'complete')) {
      return false;
    }
    if (filter.impact !== null && !matchesImpact(p, filter.impact)) {
      return false;
    }
    if (due !== undefined && due.has(p.id ?? -1) !== filter.reportDue) {
      return false;
    }
    if (words.length > 0) {
      const haystack = index.get(p);
      return words.every((w) => haystack.includes(w));
    }
    return true;
  });
}

/** How many filter conditions are set (the plan selection is not counted). */
export function activeFilterCount(filter: PortfolioFilter): number {
  const lists = [filter.serviceAreas, filter.units, filter.statuses, filter.rags, filter.goals, filter.scheduleOwners, filter.likelihoods];
  return lists.filter((l) => l.length > 0).length + (filter.mandatory !== null ? 1 : 0) + (filter.assessment !== null ? 1 : 0) + (filter.impact !== null ? 1 : 0) + (filter.reportDue !== null ? 1 : 0) + (filter.text.trim() !== '' ? 1 : 0);
}
