import type { Costs, Project } from '../model';
import { emptyCosts, emptyProject, emptySchedule } from '../model';
import { STATUS } from '../vocabulary';
import type { InvestmentSource } from './investmentPlan';
import { investmentPlan, investmentSources, spreadEvenly } from './investmentPlan';
import type { Proposal } from './model';
import { emptyProposal } from './model';
import { PROPOSAL_STATUS } from './vocabulary';

function costs(investmentMin: number | null, investmentMax: number | null, recurringPerYearMin: number | null = null, recurringPerYearMax: number | null = recurringPerYearMin): Costs {
  return { ...emptyCosts('arvio'), investmentMin, investmentMax, recurringPerYearMin, recurringPerYearMax };
}

function source(title: string, start: string | null, end: string | null, c: Costs, extra: Partial<InvestmentSource> = {}): InvestmentSource {
  return { kind: 'project', id: 1, number: null, title, serviceArea: null, start, end, costs: c, ...extra };
}

const range = { from: 2027, to: 2030 };

describe('spreadEvenly', () => {
  it('splits into whole euros with the remainder in the last year, adding up exactly', () => {
    expect(spreadEvenly(100_000, 3)).toEqual([33_333, 33_333, 33_334]);
    expect(spreadEvenly(2, 4)).toEqual([0, 0, 0, 2]);
    expect(spreadEvenly(0, 2)).toEqual([0, 0]);
    expect(spreadEvenly(5000, 0)).toEqual([]);
    expect(spreadEvenly(9e15, 3).reduce((a, b) => a + b, 0)).toBe(9e15);
  });
});

describe('investmentPlan', () => {
  it('spreads the investment over the schedule\'s years and counts recurring costs from the year after the end', () => {
    const plan = investmentPlan([source('Kirjastojärjestelmä', '2027-03', '2028-09', costs(20_000, 50_000, 4000, 6000))], range);
    expect(plan.years).toEqual([2027, 2028, 2029, 2030]);
    const row = plan.rows[0];
    expect(row?.investment).toBe(50_000);
    expect(row?.investmentByYear).toEqual([25_000, 25_000, 0, 0]);
    expect(row?.recurringByYear).toEqual([0, 0, 6000, 6000]);
    expect(row?.notes).toEqual([]);
  });

  it('reads ranges on the basis asked for', () => {
    const plan = investmentPlan([source('A', '2027-01', '2027-12', costs(20_000, 50_000, 4000, 6000))], range, 'mid');
    expect(plan.rows[0]?.investmentByYear).toEqual([35_000, 0, 0, 0]);
    expect(plan.rows[0]?.recurringByYear).toEqual([0, 5000, 5000, 5000]);
    expect(investmentPlan([source('A', '2027-01', '2027-12', costs(20_000, 50_000))], range, 'min').rows[0]?.investment).toBe(20_000);
  });

  it('leaves unknown figures and unplaceable years empty, never 0, and says why', () => {
    const plan = investmentPlan(
      [
        source('Ei aikataulua', null, null, costs(10_000, 10_000, 1000)),
        source('Ei kustannuksia', '2027-01', '2027-06', emptyCosts('Ei vielä tiedossa')),
        source('Väärin päin', '2029-01', '2027-12', costs(9000, 9000))
      ],
      range
    );
    const [noSchedule, noCosts, reversed] = plan.rows.slice().sort((a, b) => a.title.localeCompare(b.title, 'fi'));
    expect(noSchedule).toMatchObject({ title: 'Ei aikataulua', investment: 10_000, investmentByYear: [null, null, null, null], recurringByYear: [null, null, null, null], notes: ['noSchedule'] });
    expect(noCosts).toMatchObject({ investment: null, investmentByYear: [null, null, null, null], recurringByYear: [null, null, null, null], notes: ['noInvestment', 'noRecurring'] });
    expect(reversed?.notes).toEqual(['endBeforeStart', 'noRecurring']);
    expect(reversed?.investmentByYear).toEqual([null, null, null, null]);
    expect(plan.totals.investmentByYear).toEqual([0, 0, 0, 0]);
  });

  it('puts the investment of a schedule with one end in that year, and cannot place recurring costs without an end', () => {
    const plan = investmentPlan([source('Alku', '2028-05', null, costs(8000, 8000, 1200)), source('Loppu', null, '2029-10', costs(6000, 6000, 500))], range);
    const [start, end] = plan.rows;
    expect(start).toMatchObject({ investmentByYear: [0, 8000, 0, 0], recurringByYear: [null, null, null, null], notes: ['noEnd'] });
    expect(end).toMatchObject({ investmentByYear: [0, 0, 6000, 0], recurringByYear: [0, 0, 0, 500], notes: ['noStart'] });
  });

  it('notes a schedule reaching outside the range, keeping the full investment and its share per year', () => {
    const plan = investmentPlan([source('Pitkä', '2025-01', '2028-12', costs(40_000, 40_000))], range);
    expect(plan.rows[0]).toMatchObject({ investment: 40_000, investmentByYear: [10_000, 10_000, 0, 0] });
    expect(plan.rows[0]?.notes).toContain('outsideRange');
  });

  it('sums the known cells per year and orders rows by plan number, proposals after', () => {
    const plan = investmentPlan(
      [
        source('Ehdotus', '2027-01', '2027-12', costs(1000, 1000, 100), { kind: 'proposal', id: 9 }),
        source('Kymmenes', '2027-01', '2027-12', costs(2000, 2000), { number: '2.10' }),
        source('Yhdeksäs', '2027-01', '2028-12', costs(3000, 3000, 300), { number: '2.9' })
      ],
      range
    );
    expect(plan.rows.map((r) => r.title)).toEqual(['Yhdeksäs', 'Kymmenes', 'Ehdotus']);
    expect(plan.totals.investmentByYear).toEqual([1500 + 2000 + 1000, 1500, 0, 0]);
    expect(plan.totals.recurringByYear).toEqual([0, 100, 400, 400]);
  });

  it('has no years for an empty or reversed range, and no rows for no sources', () => {
    expect(investmentPlan([], range)).toEqual({ years: [2027, 2028, 2029, 2030], rows: [], totals: { investmentByYear: [0, 0, 0, 0], recurringByYear: [0, 0, 0, 0] } });
    const reversed = investmentPlan([source('A', '2027-01', '2027-12', costs(1, 1))], { from: 2030, to: 2027 });
    expect(reversed.years).toEqual([]);
    expect(reversed.rows[0]?.investmentByYear).toEqual([]);
  });
});

describe('investmentSources', () => {
  function project(id: number, status: string | null, planIds: number[]): Project {
    return { ...emptyProject(`Hanke ${id}`), id, status, planIds, schedule: { ...emptySchedule('2027'), start: '2027-01', end: '2027-12' } };
  }
  function proposal(id: number, changes: Partial<Proposal>): Proposal {
    return { ...emptyProposal(`Ehdotus ${id}`), id, ...changes };
  }

  it('takes the plan\'s approved, ongoing and finished projects and its approved proposals without a project', () => {
    const projects = [project(1, STATUS.approved, [5]), project(2, STATUS.inProgress, [4, 5]), project(3, STATUS.done, [5]), project(4, STATUS.cancelled, [5]), project(5, STATUS.proposed, [5]), project(6, STATUS.approved, [4])];
    const proposals = [
      proposal(11, { status: PROPOSAL_STATUS.approved, planId: 5 }),
      proposal(12, { status: PROPOSAL_STATUS.approved, planId: 5, projectId: 1 }),
      proposal(13, { status: PROPOSAL_STATUS.rejected, planId: null }),
      proposal(14, { status: PROPOSAL_STATUS.approved, planId: 4 }),
      proposal(15, { status: PROPOSAL_STATUS.underReview, planId: 5 })
    ];
    const sources = investmentSources(proposals, projects, 5);
    expect(sources.map((s) => [s.kind, s.id])).toEqual([
      ['project', 1],
      ['project', 2],
      ['project', 3],
      ['proposal', 11]
    ]);
    expect(sources[0]).toMatchObject({ start: '2027-01', end: '2027-12', title: 'Hanke 1' });
  });

  it('is empty for empty lists', () => {
    expect(investmentSources([], [], 1)).toEqual([]);
  });
});
