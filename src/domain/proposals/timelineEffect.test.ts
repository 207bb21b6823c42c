import type { Costs, Plan, Project } from '../model';
import { emptyCosts, emptyProject } from '../model';
import { parseSchedule } from '../schedule/parseSchedule';
import { STATUS } from '../vocabulary';
import type { Proposal } from './model';
import { emptyProposal } from './model';
import { effectYears, ongoingProjects, timelineEffect } from './timelineEffect';

function costs(investment: number | null, recurring: number | null = null): Costs {
  return { ...emptyCosts('arvio'), investmentMin: investment, investmentMax: investment, recurringPerYearMin: recurring, recurringPerYearMax: recurring };
}

function project(id: number, title: string, schedule: string, c: Costs, status: string = STATUS.inProgress): Project {
  return { ...emptyProject(title), id, status, schedule: parseSchedule(schedule).schedule, costs: c };
}

function proposal(id: number, title: string, schedule: string, c: Costs, itEffortDays: number | null): Proposal {
  return { ...emptyProposal(title), id, schedule: parseSchedule(schedule).schedule, costs: c, itEffortDays };
}

const range = { from: 2027, to: 2029 };
const limits = { budget: 100_000, capacity: 100 };

describe('timelineEffect', () => {
  it('spreads a proposal spanning years over them, its IT days too, and adds it to the ongoing projects of each year', () => {
    const ongoing = [project(1, 'Kirjastojärjestelmä', '2027', costs(40_000, 5000))];
    const selected = [proposal(10, 'Sähköinen arkistointi', '3/2027–9/2028', costs(90_000, 3000), 60)];
    const effect = timelineEffect({ ongoing, selected, limits, range });
    expect(effect.years).toEqual([2027, 2028, 2029]);
    expect(effect.proposals[0]).toMatchObject({ start: '2027-03', end: '2028-09', investmentByYear: [45_000, 45_000, 0], daysByYear: [30, 30, 0], recurringByYear: [0, 0, 3000] });
    expect(effect.perYear.map((y) => y.ongoing.investment)).toEqual([40_000, 0, 0]);
    expect(effect.perYear.map((y) => y.selected.investment)).toEqual([45_000, 45_000, 0]);
    expect(effect.perYear.map((y) => y.total.investment)).toEqual([85_000, 45_000, 0]);
    expect(effect.perYear.map((y) => y.total.recurring)).toEqual([0, 5000, 8000]);
    expect(effect.perYear.map((y) => y.total.budgetUse)).toEqual([85, 45, 0]);
    expect(effect.perYear.map((y) => y.total.days)).toEqual([30, 30, 0]);
    expect(effect.perYear.every((y) => !y.total.overBudget)).toBe(true);
    expect(effect.projectDaysUnknown).toBe(true);
    expect(effect.projects[0]?.days).toBeNull();
  });

  it('says a year is over its budget or capacity: the limits hold per year', () => {
    const selected = [proposal(10, 'A', '2028', costs(120_000), 150), proposal(11, 'B', '2029', costs(50_000), 20)];
    const effect = timelineEffect({ ongoing: [], selected, limits, range });
    expect(effect.perYear.map((y) => [y.total.overBudget, y.total.overCapacity])).toEqual([
      [false, false],
      [true, true],
      [false, false]
    ]);
    expect(effect.perYear[1]?.total.budgetUse).toBe(120);
    expect(effect.projectDaysUnknown).toBe(false);
  });

  it('does not place a proposal without a schedule in any year but lists it with its figures', () => {
    const selected = [proposal(10, 'Ei aikataulua', '', costs(30_000, 1000), 25)];
    const effect = timelineEffect({ ongoing: [], selected, limits, range });
    expect(effect.perYear.map((y) => y.total.investment)).toEqual([0, 0, 0]);
    expect(effect.perYear.map((y) => y.total.days)).toEqual([0, 0, 0]);
    expect(effect.proposals[0]?.investmentByYear).toEqual([null, null, null]);
    expect(effect.proposals[0]?.daysByYear).toEqual([null, null, null]);
    expect(effect.unplaced.map((i) => [i.id, i.investment, i.days])).toEqual([[10, 30_000, 25]]);
    expect(effect.proposals[0]?.notes).toContain('noSchedule');
  });

  it('counts only the recurring cost of an ongoing project that ended before the years shown, and says it ended', () => {
    const ongoing = [project(1, 'Myöhässä', '1/2025–12/2026', costs(200_000, 7000))];
    const effect = timelineEffect({ ongoing, selected: [], limits, range });
    expect(effect.perYear.map((y) => y.ongoing.investment)).toEqual([0, 0, 0]);
    expect(effect.perYear.map((y) => y.ongoing.recurring)).toEqual([7000, 7000, 7000]);
    expect(effect.projects[0]?.notes).toEqual(expect.arrayContaining(['endedBefore', 'outsideRange']));
    expect(effect.unplaced).toEqual([]);
  });

  it('counts a selected proposal once when its project is already among the ongoing ones', () => {
    const ongoing = [project(77, 'Sähköinen allekirjoitus', '2027', costs(15_000))];
    const selected = [{ ...proposal(6, 'Sähköinen allekirjoitus', '2027', costs(15_000), 10), projectId: 77 }, { ...proposal(7, 'Toinen', '2027', costs(1000), 1), projectId: 99 }];
    const effect = timelineEffect({ ongoing, selected, limits, range });
    expect(effect.proposals.map((p) => p.id)).toEqual([7]);
    expect(effect.perYear[0]?.total.investment).toBe(16_000);
  });

  it('keeps an unknown IT estimate unknown and orders the items by start, unknown start last', () => {
    const selected = [proposal(3, 'C', '', costs(null), null), proposal(2, 'B', '2029', costs(1000), null), proposal(1, 'A', '2028', costs(1000), 5)];
    const effect = timelineEffect({ ongoing: [], selected, limits, range });
    expect(effect.proposals.map((p) => p.id)).toEqual([1, 2, 3]);
    expect(effect.proposals[1]?.notes).toContain('noDays');
    expect(effect.proposals[1]?.daysByYear).toEqual([null, null, null]);
    // neither figure nor years: nothing to report as unplaced
    expect(effect.unplaced).toEqual([]);
  });
});

describe('ongoingProjects', () => {
  it('takes approved and in-progress projects, not proposed, done or cancelled ones', () => {
    const all = [STATUS.proposed, STATUS.approved, STATUS.inProgress, STATUS.done, STATUS.cancelled, null].map((status, i) => ({ ...emptyProject(`P${i}`), id: i, status }));
    expect(ongoingProjects(all).map((p) => p.id)).toEqual([1, 2]);
  });
});

describe('effectYears', () => {
  const plan = (id: number, start: string | null, end: string | null): Plan => ({ id, etag: null, title: 'Suunnitelma', organisation: null, periodStart: start, periodEnd: end, approvedOn: null, status: null });
  it('shows the newest plan\'s years from this year on, at least three and at most five', () => {
    expect(effectYears([plan(1, '2021-01', '2023-12'), plan(2, '2027-01', '2029-12')], '2026-11-02')).toEqual({ from: 2027, to: 2029 });
    expect(effectYears([plan(2, '2025-01', '2027-12')], '2026-11-02')).toEqual({ from: 2026, to: 2028 });
    expect(effectYears([plan(2, '2026-01', '2035-12')], '2026-11-02')).toEqual({ from: 2026, to: 2030 });
  });
  it('without a plan, or after the newest one, shows this year and the two after', () => {
    expect(effectYears([], '2026-11-02')).toEqual({ from: 2026, to: 2028 });
    expect(effectYears([plan(1, '2021-01', '2023-12')], '2026-11-02')).toEqual({ from: 2026, to: 2028 });
  });
});
