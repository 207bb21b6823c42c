import { statusReport } from '../../../test/support/statusReport';
import type { Plan, Project } from '../model';
import { emptyProject } from '../model';
import { STATUS } from '../vocabulary';
import { actualsByProject } from './actuals';
import type { ActualCost, Meeting } from './model';
import { actualsByYear, actualsInYears, cadenceWindowStart, compareByServiceArea, dueProjectIds, overrunWarnings, planYears, projectActualFigures } from './portfolioFacts';

function project(id: number, changes: Partial<Project> = {}): Project {
  return { ...emptyProject(`Hanke ${id}`), id, status: STATUS.inProgress, ...changes };
}

function costs(investmentMin: number | null, investmentMax: number | null, recurringMin: number | null = null, recurringMax: number | null = null): Project['costs'] {
  return { ...emptyProject().costs, investmentMin, investmentMax, recurringPerYearMin: recurringMin, recurringPerYearMax: recurringMax };
}

function actual(projectId: number, year: number, investment: number | null, recurring: number | null = null): ActualCost {
  return { id: null, etag: null, projectId, year, investment, recurring, note: null, reportId: null };
}


function meeting(date: string, body = 'Ohjausryhmä'): Meeting {
  return { id: null, etag: null, title: body, date, body, notes: null };
}

function plan(id: number, periodStart: string, periodEnd: string): Plan {
  return { id, etag: null, title: `Suunnitelma ${id}`, organisation: null, periodStart, periodEnd, approvedOn: null, status: null };
}

describe('the cadence window read for the portfolio', () => {
  it('reaches back the cadence weeks', () => {
    expect(cadenceWindowStart({ kind: 'weeks', weeks: 6 }, [], '2026-12-05')).toBe('2026-10-24');
  });

  it('reaches back to the previous meeting of the body on a meeting cadence', () => {
    const meetings = [meeting('2026-09-01'), meeting('2026-11-10'), meeting('2026-11-20', 'Sivistyksen johtoryhmä'), meeting('2027-01-15')];
    expect(cadenceWindowStart({ kind: 'meetings', body: 'Ohjausryhmä' }, meetings, '2026-12-05')).toBe('2026-11-10');
    expect(cadenceWindowStart({ kind: 'meetings', body: null }, meetings, '2026-12-05')).toBe('2026-11-20');
  });

  it('uses the default rhythm when the clock has no meetings', () => {
    expect(cadenceWindowStart({ kind: 'meetings', body: null }, [], '2026-12-05')).toBe('2026-10-24');
  });
});

describe('who owes a report', () => {
  const today = '2026-12-05';
  const projects = [
    project(1),
    project(2),
    project(3, { status: STATUS.done }),
    project(4, { status: STATUS.proposed }),
    project(5, { status: STATUS.approved })
  ];

  it('lists projects under way without a report in the window, never finished or proposed ones', () => {
    const latest = new Map([[1, statusReport(1, '2026-11-30')]]);
    expect([...dueProjectIds(projects, latest, { kind: 'weeks', weeks: 6 }, [], today)].sort()).toEqual([2, 5]);
  });

  it('counts a report older than the cadence as due', () => {
    const latest = new Map([[1, statusReport(1, '2026-10-01')]]);
    expect(dueProjectIds([projects[0] as Project], latest, { kind: 'weeks', weeks: 6 }, [], today).has(1)).toBe(true);
  });

  it('on a meeting cadence, asks for a report since the previous meeting', () => {
    const meetings = [meeting('2026-11-10'), meeting('2027-01-15')];
    const latest = new Map([
      [1, statusReport(1, '2026-11-12')],
      [2, statusReport(2, '2026-11-09')]
    ]);
    const due = dueProjectIds(projects.slice(0, 2), latest, { kind: 'meetings', body: null }, meetings, today);
    expect([...due]).toEqual([2]);
  });
});

describe('actuals against the plan', () => {
  const plans = [plan(1, '2025-01', '2026-12'), plan(2, '2027-01', '2028-12')];

  it('covers the chosen plan’s years, or every plan’s, or this year', () => {
    expect(planYears(plans, 1, '2026-06-01')).toEqual({ from: 2025, to: 2026 });
    expect(planYears(plans, null, '2026-06-01')).toEqual({ from: 2025, to: 2028 });
    expect(planYears([], null, '2026-06-01')).toEqual({ from: 2026, to: 2026 });
  });

  it('keeps the actuals of the plan’s years only', () => {
    const entries = [actual(1, 2024, 5), actual(1, 2025, 10), actual(1, 2027, 20)];
    expect(actualsInYears(entries, { from: 2025, to: 2026 }).map((a) => a.year)).toEqual([2025]);
  });

  it('sums the investment over the years and shows the latest year’s recurring spend, flagging overruns', () => {
    const p = project(1, { costs: costs(50_000, 100_000, 10_000, 20_000) });
    const byProject = actualsByProject([actual(1, 2025, 60_000, 25_000), actual(1, 2026, 50_000, 15_000)]);
    const figures = projectActualFigures(p, byProject.get(1));
    expect(figures.investment).toBe(110_000);
    expect(figures.recurring).toEqual({ year: 2026, value: 15_000 });
    expect(figures.overruns).toEqual([
      { measure: 'investment', actual: 110_000, estimateMax: 100_000 },
      { measure: 'recurring', year: 2025, actual: 25_000, estimateMax: 20_000 }
    ]);
    expect(overrunWarnings(figures.overruns)).toEqual([
      { code: 'actualOverEstimate', field: 'actuals.investment', detail: '110000 > 100000' },
      { code: 'actualOverEstimate', field: 'actuals.recurring.2025', detail: '25000 > 20000' }
    ]);
  });

  it('never flags an estimate without an upper bound, nor a project without actuals', () => {
    const open = project(1, { costs: costs(10_000, null) });
    expect(projectActualFigures(open, actualsByProject([actual(1, 2026, 1_000_000)]).get(1)).overruns).toEqual([]);
    expect(projectActualFigures(project(2, { costs: costs(1, 2) }), undefined)).toEqual({ investment: null, recurring: null, overruns: [] });
  });

  it('totals the actuals by year for the projects shown, zero in years without any', () => {
    const shown = [project(1), project(2)];
    const entries = [actual(1, 2025, 10, 1), actual(2, 2025, 5, null), actual(3, 2025, 1000, 1000)];
    expect(actualsByYear(shown, entries, { from: 2025, to: 2026 })).toEqual([
      { year: 2025, investment: 15, recurring: 1 },
      { year: 2026, investment: 0, recurring: 0 }
    ]);
  });

  it('compares estimate and actual by service area, an open estimate kept open', () => {
    const shown = [
      project(1, { serviceArea: 'Tietohallinto', costs: costs(50_000, 100_000, 5_000, 10_000) }),
      project(2, { serviceArea: 'Tietohallinto', costs: costs(20_000, null) }),
      project(3, { serviceArea: null, costs: costs(null, null) })
    ];
    const entries = [actual(1, 2026, 120_000, 8_000), actual(2, 2026, 30_000), actual(3, 2026, 1_000), actual(9, 2026, 99)];
    const rows = compareByServiceArea(shown, actualsByProject(entries), entries, { from: 2026, to: 2026 });
    expect(rows).toEqual([
      expect.objectContaining({ serviceArea: 'Tietohallinto', projects: 2, investmentMin: 70_000, investmentMax: 120_000, investmentMaxOpen: true, actualInvestment: 150_000, actualRecurring: 8_000, overrunning: 1 }),
      expect.objectContaining({ serviceArea: null, projects: 1, actualInvestment: 1_000, overrunning: 0 })
    ]);
  });
});
