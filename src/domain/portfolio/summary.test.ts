import { levelMatrix, LEVEL_BUCKETS } from '../impact/levelMatrix';
import type { Plan, Project } from '../model';
import { emptyProject, IMPACT_PERSPECTIVES } from '../model';
import { IMPACT_LEVEL, RAG, STATUS } from '../vocabulary';
import type { PortfolioFilter } from './filter';
import { applyFilter, buildSearchIndex, EMPTY_FILTER, NO_VALUE } from './filter';
import { issuesShown, portfolioSummary, toggled } from './summary';
import { computeTotals } from './totals';
import { DEFAULT_VIEW_STATE, readViewState, writeViewState } from './viewState';

const plans: Plan[] = [
  { id: 1, etag: null, title: 'TTS 2021–2022', organisation: null, periodStart: '2021-01', periodEnd: '2022-12', approvedOn: null, status: null },
  { id: 2, etag: null, title: 'TTS 2023–2024', organisation: null, periodStart: '2023-01', periodEnd: '2024-12', approvedOn: null, status: null }
];

let nextId = 1;
function project(changes: Partial<Project> = {}): Project {
  return { ...emptyProject(`Hanke ${nextId}`), id: nextId++, planIds: [2], ...changes };
}

const allAssessed = { level: IMPACT_LEVEL.none, text: null };
const complete = { economic: allAssessed, organisation: allAssessed, security: allAssessed, dataUse: allAssessed, caseManagement: allAssessed };
const costs = (investmentMin: number | null, investmentMax: number | null, recurringPerYearMin: number | null = null): Project['costs'] => ({ text: '', investmentMin, investmentMax, recurringPerYearMin, recurringPerYearMax: recurringPerYearMin });

const projects: Project[] = [
  project({ status: STATUS.inProgress, rag: RAG.green, impacts: complete, costs: costs(10_000, 20_000, 1_000) }),
  project({ status: STATUS.inProgress, rag: RAG.red, costs: costs(5_000, null) }),
  project({ status: STATUS.proposed, rag: RAG.green, impacts: complete }),
  project({ status: 'Oma tila', rag: null, costs: costs(1_000, 2_000) }),
  project({ status: null, rag: RAG.amber }),
  project({ status: STATUS.done, rag: RAG.green, planIds: [1] })
];
const index = buildSearchIndex(projects);

function summary(filter: Partial<PortfolioFilter> = {}, issues: { list: string; itemId: number | null }[] = []): ReturnType<typeof portfolioSummary> {
  return portfolioSummary({ projects, filter: { ...EMPTY_FILTER, ...filter }, plans, index, issues });
}

const id = (i: number): number => projects[i]?.id ?? -1;

describe('the Portfolio summary band', () => {
  it('counts the shown projects by status and RAG in the vocabulary order, own values next and no value last', () => {
    const s = summary();
    expect(s.count).toBe(5);
    expect(s.statuses.map((v) => [v.value, v.count])).toEqual([
      [STATUS.proposed, 1],
      [STATUS.inProgress, 2],
      ['Oma tila', 1],
      [NO_VALUE, 1]
    ]);
    expect(s.rags.map((v) => [v.value, v.count])).toEqual([
      [RAG.green, 2],
      [RAG.amber, 1],
      [RAG.red, 1],
      [NO_VALUE, 1]
    ]);
    expect(s.statuses.every((v) => !v.selected)).toBe(true);
  });

  it('keeps the other values of a chosen facet in sight; the chosen count is what the filter shows', () => {
    const filter = { ...EMPTY_FILTER, rags: [RAG.green] };
    const s = summary(filter);
    const shown = applyFilter(projects, filter, plans, index);
    expect(s.count).toBe(shown.length);
    expect(s.rags.find((v) => v.value === RAG.green)).toEqual({ value: RAG.green, count: shown.length, selected: true });
    expect(s.rags.find((v) => v.value === RAG.red)).toEqual({ value: RAG.red, count: 1, selected: false });
    // the other facet follows the choice
    expect(s.statuses.map((v) => [v.value, v.count])).toEqual([
      [STATUS.proposed, 1],
      [STATUS.inProgress, 1]
    ]);
  });

  it('every value count is the number a click on it would show', () => {
    const s = summary({ statuses: [STATUS.inProgress] });
    for (const v of s.rags) {
      expect(applyFilter(projects, { ...EMPTY_FILTER, statuses: [STATUS.inProgress], rags: [v.value] }, plans, index)).toHaveLength(v.count);
    }
    for (const v of summary().statuses) {
      expect(applyFilter(projects, { ...EMPTY_FILTER, statuses: [v.value] }, plans, index)).toHaveLength(v.count);
    }
  });

  it('shows a chosen value no project has (from a link) with 0, so it can be cleared', () => {
    const s = summary({ statuses: [STATUS.cancelled] });
    expect(s.count).toBe(0);
    expect(s.statuses.find((v) => v.value === STATUS.cancelled)).toEqual({ value: STATUS.cancelled, count: 0, selected: true });
    expect(s.statuses.filter((v) => !v.selected).length).toBeGreaterThan(0);
  });

  it('adds up the shown projects\' costs as the totals do, and counts complete assessments', () => {
    const filter = { statuses: [STATUS.inProgress] };
    const s = summary(filter);
    expect(s.totals).toEqual(computeTotals(applyFilter(projects, { ...EMPTY_FILTER, ...filter }, plans, index)));
    expect(s.totals.investment).toEqual({ min: 15_000, max: 25_000, maxOpen: true, estimated: 2, unknown: 0 });
    expect(s.assessed).toBe(1);
    expect(summary().assessed).toBe(2);
  });

  it('counts shown projects on the "needs attention" list, not plans, goals or hidden projects', () => {
    const issues = [
      { list: 'projects', itemId: id(1) },
      { list: 'projects', itemId: id(1) },
      { list: 'projects', itemId: id(3) },
      { list: 'projects', itemId: id(5) },
      { list: 'plans', itemId: id(0) },
      { list: 'projects', itemId: null }
    ];
    expect(summary({}, issues).attention).toBe(2);
    expect(summary({ rags: [RAG.red] }, issues).attention).toBe(1);
  });

  it('the list under the band keeps the shown projects\' items and those of plans, goals and items without an id', () => {
    const issues = [
      { list: 'projects', itemId: id(1) },
      { list: 'projects', itemId: id(3) },
      { list: 'plans', itemId: id(0) },
      { list: 'projects', itemId: null }
    ];
    const shown = applyFilter(projects, { ...EMPTY_FILTER, rags: [RAG.red] }, plans, buildSearchIndex(projects));
    expect(shown.map((p) => p.id)).toEqual([id(1)]);
    expect(issuesShown(issues, shown)).toEqual([issues[0], issues[2], issues[3]]);
    expect(issuesShown(issues, projects)).toEqual(issues);
  });

  it('a click toggles a value in the choice', () => {
    expect(toggled([], RAG.red)).toEqual([RAG.red]);
    expect(toggled([RAG.green, RAG.red], RAG.red)).toEqual([RAG.green]);
  });
});

describe('the Impact view\'s perspective × level matrix', () => {
  const level = (l: string | null, text: string | null = null): { level: string | null; text: string | null } => ({ level: l, text });
  const assessed: Project[] = [
    project({ impacts: { ...complete, security: level(IMPACT_LEVEL.significant), dataUse: level(null, 'Käyttöoikeudet muuttuvat.') } }),
    project({ impacts: { ...complete, security: level(IMPACT_LEVEL.minor), dataUse: level(IMPACT_LEVEL.unknown) } }),
    project({ impacts: { ...complete, security: level(IMPACT_LEVEL.significant), dataUse: level(IMPACT_LEVEL.notAssessed) } }),
    project({ impacts: { ...complete, security: level('Kohtalainen'), dataUse: level(null, '?') } }),
    project()
  ];
  const all = { ...EMPTY_FILTER, plan: 'all' as const };

  it('puts every project in exactly one column of each perspective', () => {
    const m = levelMatrix(assessed);
    for (const perspective of IMPACT_PERSPECTIVES) {
      expect(LEVEL_BUCKETS.reduce((sum, b) => sum + m[perspective][b], 0)).toBe(assessed.length);
    }
    expect(m.security).toEqual({ significant: 2, minor: 1, none: 0, unknown: 0, described: 1, missing: 1 });
    expect(m.dataUse).toEqual({ significant: 0, minor: 0, none: 0, unknown: 2, described: 1, missing: 2 });
  });

  it('a cell\'s count is the number of projects its filter keeps', () => {
    const m = levelMatrix(assessed);
    const i = buildSearchIndex(assessed);
    for (const perspective of IMPACT_PERSPECTIVES) {
      for (const bucket of LEVEL_BUCKETS) {
        const kept = applyFilter(assessed, { ...all, impact: { perspective, level: bucket } }, plans, i);
        expect({ perspective, bucket, count: kept.length }).toEqual({ perspective, bucket, count: m[perspective][bucket] });
      }
    }
  });

  it('every cell\'s filter lives in the URL and comes back the same', () => {
    for (const perspective of IMPACT_PERSPECTIVES) {
      for (const bucket of LEVEL_BUCKETS) {
        const state = { ...DEFAULT_VIEW_STATE, filter: { ...EMPTY_FILTER, impact: { perspective, level: bucket } } };
        const params = writeViewState(state, new URLSearchParams('other=1'));
        expect(params.get('sk-impact')).toBe(`${perspective}:${bucket}`);
        expect(readViewState(new URLSearchParams(params.toString()))).toEqual(state);
      }
    }
    // a level that is no column of the matrix is not a filter
    expect(readViewState(new URLSearchParams('sk-impact=security:notAssessed')).filter.impact).toBeNull();
    expect(readViewState(new URLSearchParams('sk-impact=nowhere:minor')).filter.impact).toBeNull();
  });
});
