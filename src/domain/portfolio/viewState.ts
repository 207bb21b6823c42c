/**
 * The state a view shares through the page URL: filter, sort, selected project and timeline
 * zoom. Every key starts with "sk-" so it lives beside SharePoint's own query parameters, and
 * multi-value filters repeat their key (sk-area=A&sk-area=B).
 */
import type { AssessmentFilter, ImpactFilter, PortfolioFilter } from './filter';
import { LEVEL_BUCKETS } from '../impact/levelMatrix';
import { IMPACT_PERSPECTIVES } from '../model';
import { EMPTY_FILTER } from './filter';

export type SortColumn =
  | 'number'
  | 'title'
  | 'schedule'
  | 'status'
  | 'likelihood'
  | 'scheduleOwner'
  | 'investment'
  | 'recurring'
  | 'goals'
  | 'assessment';

export const SORT_COLUMNS: readonly SortColumn[] = ['number', 'title', 'schedule', 'status', 'likelihood', 'scheduleOwner', 'investment', 'recurring', 'goals', 'assessment'];

export type Zoom = 'year' | 'quarter' | 'month';

export interface ViewState {
  filter: PortfolioFilter;
  sort: { column: SortColumn; descending: boolean } | null;
  selected: number | null;
  zoom: Zoom;
}

export const DEFAULT_VIEW_STATE: ViewState = { filter: EMPTY_FILTER, sort: null, selected: null, zoom: 'quarter' };

/** Sorting by a column header: ascending first, the same column again reverses it. */
export function sortedBy(state: ViewState, column: SortColumn): ViewState {
  return { ...state, sort: state.sort?.column === column ? { column, descending: !state.sort.descending } : { column, descending: false } };
}

const KEYS = {
  plan: 'sk-plan',
  area: 'sk-area',
  unit: 'sk-unit',
  status: 'sk-status',
  rag: 'sk-rag',
  goal: 'sk-goal',
  owner: 'sk-owner',
  likelihood: 'sk-likelihood',
  law: 'sk-law',
  assessment: 'sk-assessment',
  impact: 'sk-impact',
  due: 'sk-due',
  text: 'sk-q',
  sort: 'sk-sort',
  selected: 'sk-project',
  zoom: 'sk-zoom'
} as const;

function impactFilter(value: string | null): ImpactFilter | null {
  const [perspective, level] = (value ?? '').split(':');
  const p = IMPACT_PERSPECTIVES.find((x) => x === perspective);
  const l = LEVEL_BUCKETS.find((x) => x === level);
  return p && l ? { perspective: p, level: l } : null;
}

function integer(value: string | null): number | null {
  if (value === null || !/^\d{1,9}$/.test(value)) {
    return null;
  }
  return Number(value);
}

export function readViewState(params: URLSearchParams): ViewState {
  const plan = params.get(KEYS.plan);
  const law = params.get(KEYS.law);
  const assessment = params.get(KEYS.assessment);
  const due = params.get(KEYS.due);
  const sort = params.get(KEYS.sort);
  const sortMatch = sort ? /^(-?)([a-zA-Z]+)$/.exec(sort) : null;
  const sortColumn = sortMatch ? SORT_COLUMNS.find((c) => c === sortMatch[2]) : undefined;
  const zoom = params.get(KEYS.zoom);
  return {
    filter: {
      plan: plan === 'all' ? 'all' : integer(plan),
      serviceAreas: params.getAll(KEYS.area),
      units: params.getAll(KEYS.unit),
      statuses: params.getAll(KEYS.status),
      rags: params.getAll(KEYS.rag),
      goals: params.getAll(KEYS.goal).map(integer).filter((g): g is number => g !== null),
      scheduleOwners: params.getAll(KEYS.owner),
      likelihoods: params.getAll(KEYS.likelihood),
      mandatory: law === 'yes' ? true : law === 'no' ? false : null,
      assessment: assessment === 'complete' || assessment === 'incomplete' ? (assessment as AssessmentFilter) : null,
      impact: impactFilter(params.get(KEYS.impact)),
      reportDue: due === 'yes' ? true : due === 'no' ? false : null,
      text: params.get(KEYS.text) ?? ''
    },
    sort: sortMatch && sortColumn ? { column: sortColumn, descending: sortMatch[1] === '-' } : null,
    selected: integer(params.get(KEYS.selected)),
    zoom: zoom === 'year' || zoom === 'month' || zoom === 'quarter' ? zoom : DEFAULT_VIEW_STATE.zoom
  };
}

/** Writes the state into `params` (other parameters are kept); default values are left out. */
export function writeViewState(state: ViewState, params: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams(params);
  for (const key of Object.values(KEYS)) {
    out.delete(key);
  }
  const f = state.filter;
  if (f.plan !== null) {
    out.set(KEYS.plan, String(f.plan));
  }
  const many: [string, readonly (string | number)[]][] = [
    [KEYS.area, f.serviceAreas],
    [KEYS.unit, f.units],
    [KEYS.status, f.statuses],
    [KEYS.rag, f.rags],
    [KEYS.goal, f.goals],
    [KEYS.owner, f.scheduleOwners],
    [KEYS.likelihood, f.likelihoods]
  ];
  for (const [key, values] of many) {
    values.forEach((v) => out.append(key, String(v)));
  }
  if (f.mandatory !== null) {
    out.set(KEYS.law, f.mandatory ? 'yes' : 'no');
  }
  if (f.assessment !== null) {
    out.set(KEYS.assessment, f.assessment);
  }
  if (f.impact !== null) {
    out.set(KEYS.impact, `${f.impact.perspective}:${f.impact.level}`);
  }
  if (f.reportDue !== null) {
    out.set(KEYS.due, f.reportDue ? 'yes' : 'no');
  }
  if (f.text.trim() !== '') {
    out.set(KEYS.text, f.text);
  }
  if (state.sort) {
    out.set(KEYS.sort, `${state.sort.descending ? '-' : ''}${state.sort.column}`);
  }
  if (state.selected !== null) {
    out.set(KEYS.selected, String(state.selected));
  }
  if (state.zoom !== DEFAULT_VIEW_STATE.zoom) {
    out.set(KEYS.zoom, state.zoom);
  }
  return out;
}
