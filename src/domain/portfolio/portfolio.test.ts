import { completeness, needsAttention } from '../impact/completeness';
import type { Plan, Project } from '../model';
import { emptyProject } from '../model';
import { CATEGORY, IMPACT_LEVEL, STATUS } from '../vocabulary';
import { applyFilter, buildSearchIndex, EMPTY_FILTER, newestPlan } from './filter';
import { groupedOrder, groupProjects, projectComparator } from './grouping';
import { compareNumbers, NO_NUMBER_SORT_KEY, numberSortKey } from './numbering';
import { computeTotals, costsByYear } from './totals';
import { DEFAULT_VIEW_STATE, readViewState, sortedBy, writeViewState } from './viewState';

const plans: Plan[] = [
  { id: 1, etag: null, title: 'TTS 2021–2022', organisation: null, periodStart: '2021-01', periodEnd: '2022-12', approvedOn: null, status: null },
  { id: 2, etag: null, title: 'TTS 2023–2024', organisation: null, periodStart: '2023-01', periodEnd: '2024-12', approvedOn: null, status: null }
];

function project(number: string | null, title: string, changes: Partial<Project> = {}): Project {
  return { ...emptyProject(title), id: Math.floor(Math.random() * 1e9), number, planIds: [2], ...changes };
}

const infra = { category: CATEGORY.infrastructure, serviceArea: 'Tietohallinto' };
const admin = { category: CATEGORY.serviceArea, serviceArea: 'Hallintopalvelut' };
const education = { category: CATEGORY.serviceArea, serviceArea: 'Sivistyspalvelut' };

describe('plan numbers', () => {
  it('compare part by part as numbers, empty last', () => {
    expect(['3.2.10', '3.2.9', '2.11', '2.2', null, '3'].sort(compareNumbers)).toEqual(['2.2', '2.11', '3', '3.2.9', '3.2.10', null]);
  });
});

describe('grouping like the plan document', () => {
  const projects = [
    project('3.2.1', 'Ostolaskut', { ...admin, unit: 'Rahatoimi' }),
    project('4.1', 'Kirjasto', { ...education }),
    project('2.10', 'Verkot', { ...infra }),
    project('3.1', 'Verkkosivut', { ...admin }),
    project('2.2', 'Palomuuri', { ...infra }),
    project('3.3.1', 'Arkisto', { ...admin, unit: 'Asiahallinto' }),
    project('3.2.2', 'Laskutus', { ...admin, unit: 'Rahatoimi' })
  ];

  it('puts IT infrastructure first, then service areas in plan order, units inside their area', () => {
    const groups = groupProjects(projects);
    expect(groups.map((g) => g.serviceArea)).toEqual(['Tietohallinto', 'Hallintopalvelut', 'Sivistyspalvelut']);
    expect(groups[1]?.children.map((c) => c.unit)).toEqual(['Rahatoimi', 'Asiahallinto']);
    expect(groups.map((g) => g.count)).toEqual([2, 4, 1]);
    expect(groupedOrder(groups).map((p) => p.number)).toEqual(['2.2', '2.10', '3.1', '3.2.1', '3.2.2', '3.3.1', '4.1']);
  });

  it('sorts inside groups by the chosen column, empty values last', () => {
    const statusOf: Record<string, string> = { '3.2.1': STATUS.inProgress, '3.2.2': STATUS.proposed, '3.3.1': STATUS.done };
    // 3.1 has no status; the others not listed are approved.
    const withStatus: Project[] = projects.map((p) => ({ ...p, status: p.number === '3.1' ? null : statusOf[p.number ?? ''] ?? STATUS.approved }));
    const ascending = groupProjects(withStatus, projectComparator({ column: 'status', descending: false }));
    expect(ascending[1]?.children[0]?.projects.map((p) => p.status)).toEqual([STATUS.proposed, STATUS.inProgress]);
    const descending = groupProjects([...withStatus, project('3.2.3', 'Tyhjä', { ...admin, unit: 'Rahatoimi' })], projectComparator({ column: 'status', descending: true }));
    expect(descending[1]?.children[0]?.projects.map((p) => p.status)).toEqual([STATUS.inProgress, STATUS.proposed, null]);
    const byTitleDesc = groupProjects(projects, projectComparator({ column: 'title', descending: true }));
    expect(byTitleDesc[0]?.projects.map((p) => p.title)).toEqual(['Verkot', 'Palomuuri']);
  });
});

describe('filtering', () => {
  const a = project('2.1', 'Sähköinen arkisto', { ...infra, status: STATUS.inProgress, planIds: [1, 2], description: 'Asiakirjat talteen' });
  const b = project('3.1', 'Kassajärjestelmä', { ...admin, unit: 'Rahatoimi', status: STATUS.proposed, mandatoryByLaw: true, goalIds: [7] });
  const c = project('3.2', 'Palkanlaskenta', { ...admin, planIds: [1], rag: 'Punainen' });
  const all = [a, b, c];
  const index = buildSearchIndex(all);
  const run = (changes: Partial<typeof EMPTY_FILTER>): string[] => applyFilter(all, { ...EMPTY_FILTER, ...changes }, plans, index).map((p) => p.title);

  it('defaults to the newest plan; "all" shows carried-over projects once', () => {
    expect(newestPlan(plans)?.id).toBe(2);
    expect(run({})).toEqual(['Sähköinen arkisto', 'Kassajärjestelmä']);
    expect(run({ plan: 1 })).toEqual(['Sähköinen arkisto', 'Palkanlaskenta']);
    expect(run({ plan: 'all' })).toEqual(['Sähköinen arkisto', 'Kassajärjestelmä', 'Palkanlaskenta']);
  });

  it('filters by each choice, goal, law and assessment', () => {
    expect(run({ plan: 'all', serviceAreas: ['Hallintopalvelut'] })).toEqual(['Kassajärjestelmä', 'Palkanlaskenta']);
    expect(run({ plan: 'all', units: ['Rahatoimi'] })).toEqual(['Kassajärjestelmä']);
    expect(run({ plan: 'all', units: [''] })).toEqual(['Sähköinen arkisto', 'Palkanlaskenta']);
    expect(run({ plan: 'all', statuses: [STATUS.inProgress, STATUS.proposed] })).toEqual(['Sähköinen arkisto', 'Kassajärjestelmä']);
    expect(run({ plan: 'all', rags: ['Punainen'] })).toEqual(['Palkanlaskenta']);
    expect(run({ plan: 'all', goals: [7] })).toEqual(['Kassajärjestelmä']);
    expect(run({ plan: 'all', mandatory: true })).toEqual(['Kassajärjestelmä']);
    expect(run({ plan: 'all', mandatory: false })).toEqual(['Sähköinen arkisto', 'Palkanlaskenta']);
    expect(run({ plan: 'all', assessment: 'complete' })).toEqual([]);
    expect(run({ plan: 'all', assessment: 'incomplete' })).toHaveLength(3);
    expect(run({ plan: 'all', impact: { perspective: 'security', level: 'missing' } })).toHaveLength(3);
    expect(run({ plan: 'all', impact: { perspective: 'security', level: 'significant' } })).toEqual([]);
  });

  it('searches number, title and description, all words, any case', () => {
    expect(run({ plan: 'all', text: 'ASIAKIRJAT' })).toEqual(['Sähköinen arkisto']);
    expect(run({ plan: 'all', text: '3.1' })).toEqual(['Kassajärjestelmä']);
    expect(run({ plan: 'all', text: 'sähköinen talteen' })).toEqual(['Sähköinen arkisto']);
    expect(run({ plan: 'all', text: 'sähköinen kassa' })).toEqual([]);
  });
});

describe('cost totals', () => {
  it('adds ranges, counts projects without figures as unknown, and opens the max for a min-only figure', () => {
    const totals = computeTotals([
      project('1', 'a', { costs: { text: '5000 – 10000 €', investmentMin: 5000, investmentMax: 10000, recurringPerYearMin: null, recurringPerYearMax: null } }),
      project('2', 'b', { costs: { text: '40 000 €', investmentMin: 40000, investmentMax: 40000, recurringPerYearMin: 3600, recurringPerYearMax: 6000 } }),
      project('3', 'c', { costs: { text: 'Ei vielä tiedossa', investmentMin: null, investmentMax: null, recurringPerYearMin: null, recurringPerYearMax: null } }),
      project('4', 'd', { costs: { text: 'yli 10 000 €', investmentMin: 10000, investmentMax: null, recurringPerYearMin: null, recurringPerYearMax: null } })
    ]);
    expect(totals.count).toBe(4);
    expect(totals.investment).toEqual({ min: 55000, max: 60000, maxOpen: true, estimated: 3, unknown: 1 });
    expect(totals.recurring).toEqual({ min: 3600, max: 6000, maxOpen: false, estimated: 1, unknown: 3 });
  });

  it('places investments in the start year and recurring costs in every year from it', () => {
    const byYear = costsByYear(
      [
        project('1', 'a', { schedule: { ...emptyProject().schedule, start: '2023-05' }, costs: { text: '', investmentMin: 1000, investmentMax: 2000, recurringPerYearMin: 100, recurringPerYearMax: 200 } }),
        project('2', 'b', { costs: { text: '', investmentMin: 7, investmentMax: 7, recurringPerYearMin: null, recurringPerYearMax: null } })
      ],
      plans,
      2
    );
    expect(byYear.years).toEqual([
      { year: 2023, investmentMin: 1000, investmentMax: 2000, recurringMin: 100, recurringMax: 200 },
      { year: 2024, investmentMin: 0, investmentMax: 0, recurringMin: 100, recurringMax: 200 }
    ]);
    expect(byYear.unplaced).toBe(1);
  });
});

describe('impact-assessment completeness', () => {
  it('counts a perspective as assessed with a level or a text stating no impact', () => {
    const p = project('1', 'a', { status: STATUS.approved });
    expect(completeness(p)).toMatchObject({ assessed: 0, total: 5, complete: false });
    expect(needsAttention(p)).toBe(true);
    const q = project('2', 'b', {
      status: STATUS.approved,
      impacts: {
        economic: { level: IMPACT_LEVEL.minor, text: 'Työ vähenee' },
        organisation: { level: null, text: 'Ei vaikutusta' },
        security: { level: IMPACT_LEVEL.significant, text: 'Lokit' },
        dataUse: { level: IMPACT_LEVEL.none, text: null },
        caseManagement: { level: IMPACT_LEVEL.unknown, text: null }
      }
    });
    expect(completeness(q).assessed).toBe(4);
    expect(completeness(q).perspectives.caseManagement.state).toBe('unknown');
    expect(completeness({ ...q, impacts: { ...q.impacts, caseManagement: { level: IMPACT_LEVEL.none, text: '' } } }).complete).toBe(true);
    expect(needsAttention({ ...q, status: STATUS.proposed })).toBe(false);
  });

  it('treats a description without a level, or a city\'s own level text, as described', () => {
    const p = project('1', 'a', { impacts: { ...emptyProject().impacts, security: { level: null, text: 'Käyttöoikeudet muuttuvat.' }, dataUse: { level: 'Kohtalainen', text: null } } });
    expect(completeness(p).perspectives.security.state).toBe('described');
    expect(completeness(p).perspectives.dataUse).toEqual({ level: null, unknownChoice: 'Kohtalainen', state: 'described' });
  });
});

describe('view state in the URL', () => {
  it('sorts by a header ascending first, reverses on the same header, restarts on another', () => {
    const byTitle = sortedBy(DEFAULT_VIEW_STATE, 'title');
    expect(byTitle.sort).toEqual({ column: 'title', descending: false });
    expect(sortedBy(byTitle, 'title').sort).toEqual({ column: 'title', descending: true });
    expect(sortedBy(sortedBy(byTitle, 'title'), 'status').sort).toEqual({ column: 'status', descending: false });
  });

  it('round-trips every field and keeps other parameters', () => {
    const state = {
      ...DEFAULT_VIEW_STATE,
      filter: { ...EMPTY_FILTER, plan: 'all' as const, serviceAreas: ['Hallintopalvelut', 'Sosiaali- ja terveyspalvelut'], units: ['Rahatoimi, talous'], statuses: ['Käynnissä'], rags: ['Punainen'], goals: [3, 4], scheduleOwners: ['Tietohallinto'], likelihoods: ['Suhteellisen varmaa'], mandatory: false, assessment: 'incomplete' as const, impact: { perspective: 'security' as const, level: 'significant' as const }, text: 'arkisto & laskut' },
      sort: { column: 'investment' as const, descending: true },
      selected: 42,
      zoom: 'month' as const
    };
    const params = writeViewState(state, new URLSearchParams('stay=1&sk-q=old'));
    expect(params.get('stay')).toBe('1');
    expect(readViewState(new URLSearchParams(params.toString()))).toEqual(state);
  });

  it('ignores malformed values', () => {
    expect(readViewState(new URLSearchParams('sk-plan=x&sk-sort=drop&sk-project=-1&sk-law=maybe&sk-zoom=week'))).toEqual(DEFAULT_VIEW_STATE);
  });
});

describe('sort keys', () => {
  it('sort as plain text in plan-number order, which SharePoint can index and sort', () => {
    const numbers = ['2.10', '2.2', '10', '2', '2.2.1', '1.1', null, '2.9.10', '2.9.9', '3'];
    const byKey = [...numbers].sort((a, b) => (numberSortKey(a) < numberSortKey(b) ? -1 : numberSortKey(a) > numberSortKey(b) ? 1 : 0));
    expect(byKey).toEqual([...numbers].sort(compareNumbers));
    expect(byKey).toEqual(['1.1', '2', '2.2', '2.2.1', '2.9.9', '2.9.10', '2.10', '3', '10', null]);
    expect(numberSortKey('2.10')).toBe('0002.0010');
    expect(numberSortKey(' ')).toBe(NO_NUMBER_SORT_KEY);
  });
});
