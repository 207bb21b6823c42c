import { statusReport } from '../../../test/support/statusReport';
import type { Project } from '../model';
import { emptyCosts, emptyProject, emptySchedule } from '../model';
import { RAG, STATUS } from '../vocabulary';
import { actualsByProject, actualTotals, overruns } from './actuals';
import { addDays, reportDue } from './cadence';
import { changesSince } from './changes';
import type { ActualCost, Meeting } from './model';
import { currentStatus, firstReportOf, latestReports, reportHistory, reportLock, snapshotOf } from './reports';

function project(id: number, changes: Partial<Project> = {}): Project {
  return { ...emptyProject(`Hanke ${id}`), id, status: STATUS.inProgress, ...changes };
}

const report = statusReport;

function meeting(date: string, body = 'Tietohallinnon ohjausryhmä'): Meeting {
  return { id: null, etag: null, title: body, date, body, notes: null };
}

describe('status reports', () => {
  const reports = [
    report(1, '2026-03-01', { id: 5, rag: RAG.green }),
    report(1, '2026-05-01', { id: 9, rag: RAG.amber }),
    report(1, '2026-05-01', { id: 12, rag: RAG.red, summary: 'Korjattu: toimittaja myöhässä' }),
    report(1, '2026-06-01', { id: 20, state: 'draft', rag: RAG.green }),
    report(2, '2026-04-15', { id: 7 })
  ];

  it('take the latest published report, a same-day correction after the report it corrects', () => {
    const latest = latestReports(reports);
    expect(latest.get(1)?.id).toBe(12);
    expect(latest.get(2)?.id).toBe(7);
  });

  it('leave drafts out of the history and of the current state', () => {
    expect(reportHistory(reports).get(1)?.map((r) => r.id)).toEqual([5, 9, 12]);
    expect(latestReports(reports).get(1)?.state).toBe('published');
  });

  it('answer the state on a day: the latest report on or before it', () => {
    expect(latestReports(reports, '2026-04-30').get(1)?.id).toBe(5);
    expect(latestReports(reports, '2026-02-01').has(1)).toBe(false);
  });

  it('give the project its current RAG and progress, or its own values before it ever reported', () => {
    const own = project(3, { rag: RAG.amber, progress: 40, ragComment: 'Oma arvio' });
    expect(currentStatus(own, undefined)).toEqual({ rag: RAG.amber, progress: 40, comment: 'Oma arvio', reportedOn: null });
    expect(currentStatus(own, latestReports(reports).get(1))).toEqual({ rag: RAG.red, progress: null, comment: 'Korjattu: toimittaja myöhässä', reportedOn: '2026-05-01' });
  });

  it('are never edited once published; a draft is its author\'s or a site owner\'s', () => {
    const author = { id: 4, title: 'Pia', email: null };
    expect(reportLock({ state: 'published', author }, 4, true)).toBe('published');
    expect(reportLock({ state: 'draft', author }, 4, false)).toBeNull();
    expect(reportLock({ state: 'draft', author }, 5, false)).toBe('notAuthor');
    expect(reportLock({ state: 'draft', author }, 5, true)).toBeNull();
  });

  it('become the first report of a project that had a RAG, progress or comment before reports (upgrade)', () => {
    const before = project(3, { rag: RAG.amber, progress: 40, ragComment: 'Oma arvio', modified: '2026-02-03T10:00:00Z' });
    const first = firstReportOf(before, '2026-12-05', 'Tilanne ennen raportteja');
    expect(first).toMatchObject({ projectId: 3, title: 'Tilanne ennen raportteja', date: '2026-02-03', state: 'published', rag: RAG.amber, progress: 40, summary: 'Oma arvio' });
    expect(firstReportOf(project(4), '2026-12-05', 'x')).toBeNull();
    expect(firstReportOf(project(5, { progress: 0 }), '2026-12-05', 'x')?.progress).toBe(0);
  });
});

describe('reporting cadence', () => {
  it('owes a report every N weeks from the latest one, and at once from a project that never reported', () => {
    const latest = report(1, '2026-10-01');
    expect(reportDue(project(1), latest, { kind: 'weeks', weeks: 6 }, [], '2026-11-11').due).toBe(false);
    expect(reportDue(project(1), latest, { kind: 'weeks', weeks: 6 }, [], '2026-11-12')).toMatchObject({ due: true, dueSince: '2026-11-12' });
    expect(reportDue(project(1), undefined, { kind: 'weeks', weeks: 6 }, [], '2026-11-12')).toMatchObject({ due: true, lastReport: null });
  });

  it('asks only projects under way to report', () => {
    for (const status of [STATUS.done, STATUS.cancelled, STATUS.proposed, 'Kaupungin oma tila', null]) {
      expect(reportDue(project(1, { status }), undefined, { kind: 'weeks', weeks: 6 }, [], '2026-11-12').due).toBe(false);
    }
    expect(reportDue(project(1, { status: STATUS.approved }), undefined, { kind: 'weeks', weeks: 6 }, [], '2026-11-12').due).toBe(true);
  });

  it('owes one report for each of the body\'s meetings on the annual clock', () => {
    const clock = [meeting('2026-09-10'), meeting('2026-10-20', 'Sivistyspalvelujen johtoryhmä'), meeting('2026-11-20'), meeting('2027-01-15')];
    const cadence = { kind: 'meetings' as const, body: 'tietohallinnon ohjausryhmä' };
    // reported after September's meeting: counts for November's
    expect(reportDue(project(1), report(1, '2026-09-30'), cadence, clock, '2026-11-01')).toMatchObject({ due: false, meeting: { date: '2026-11-20' } });
    // reported before September's meeting: owed since then (the leadership group's meeting is another body's)
    expect(reportDue(project(1), report(1, '2026-09-01'), cadence, clock, '2026-11-01')).toMatchObject({ due: true, dueSince: '2026-09-10' });
    // after November's meeting the September report no longer counts
    expect(reportDue(project(1), report(1, '2026-09-30'), cadence, clock, '2026-11-21').due).toBe(true);
  });

  it('falls back to six weeks when the clock has no meetings yet', () => {
    expect(reportDue(project(1), report(1, '2026-10-01'), { kind: 'meetings', body: null }, [], '2026-11-12').due).toBe(true);
    expect(reportDue(project(1), report(1, '2026-10-01'), { kind: 'meetings', body: null }, [], '2026-11-11').due).toBe(false);
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('2028-02-27', 2)).toBe('2028-02-29');
  });
});

describe('changes since the last meeting', () => {
  const schedule = { ...emptySchedule('1/2026–6/2027'), start: '2026-01', end: '2027-06' };
  const costs = { ...emptyCosts(), investmentMin: 20_000, investmentMax: 50_000, recurringPerYearMin: 5_000, recurringPerYearMax: 5_000 };
  const then = snapshotOf({ status: STATUS.inProgress, schedule, costs });

  it('finds RAG changes, schedule slips, cost changes and completed projects from the reports\' snapshots', () => {
    const moved = project(1, { schedule: { ...schedule, end: '2027-09' }, costs: { ...costs, investmentMax: 80_000 } });
    const done = project(2, { status: STATUS.done, schedule, costs });
    const reports = [
      report(1, '2026-09-01', { rag: RAG.green, snapshot: then }),
      report(1, '2026-11-01', { rag: RAG.amber, snapshot: snapshotOf(moved) }),
      report(2, '2026-09-01', { snapshot: then })
    ];
    const changes = changesSince({ projects: [moved, done], reports, since: '2026-09-15', created: new Map() });
    expect(changes).toEqual([
      { kind: 'ragChanged', projectId: 1, from: RAG.green, to: RAG.amber },
      { kind: 'scheduleMoved', projectId: 1, from: '2027-06', to: '2027-09', months: 3 },
      { kind: 'costChanged', projectId: 1, measure: 'investment', from: 50_000, to: 80_000 },
      { kind: 'completed', projectId: 2 }
    ]);
  });

  it('calls a project created after the meeting new, and nothing else about it; one added already finished is a record, not news', () => {
    const changes = changesSince({ projects: [project(3, { status: STATUS.approved })], reports: [], since: '2026-09-15', created: new Map([[3, '2026-10-02']]) });
    expect(changes).toEqual([{ kind: 'new', projectId: 3, created: '2026-10-02' }]);
    const records = [project(6, { status: STATUS.done }), project(7, { status: STATUS.cancelled })];
    expect(changesSince({ projects: records, reports: [], since: '2026-09-15', created: new Map([[6, '2026-10-02'], [7, '2026-10-02']]) })).toEqual([]);
  });

  it('claims no change for a project without a report on or before the meeting', () => {
    const changes = changesSince({ projects: [project(4, { status: STATUS.cancelled, schedule, costs })], reports: [report(4, '2026-10-01')], since: '2026-09-15', created: new Map([[4, '2025-01-01']]) });
    expect(changes).toEqual([]);
  });

  it('sees a cancellation and a cost dropping to unknown', () => {
    const cancelled = project(5, { status: STATUS.cancelled, schedule, costs: { ...costs, recurringPerYearMin: null, recurringPerYearMax: null } });
    const changes = changesSince({ projects: [cancelled], reports: [report(5, '2026-09-01', { snapshot: then })], since: '2026-09-15', created: new Map() });
    expect(changes).toEqual([
      { kind: 'costChanged', projectId: 5, measure: 'recurring', from: 5_000, to: null },
      { kind: 'cancelled', projectId: 5 }
    ]);
  });
});

describe('actual costs', () => {
  const entries: ActualCost[] = [
    { id: 1, etag: null, projectId: 1, year: 2025, investment: 30_000, recurring: 2_000, note: null, reportId: null },
    { id: 2, etag: null, projectId: 1, year: 2026, investment: 25_000, recurring: 6_500, note: null, reportId: 4 },
    { id: 3, etag: null, projectId: 1, year: 2026, investment: null, recurring: 500, note: 'Lisälisenssit', reportId: null },
    { id: 4, etag: null, projectId: 2, year: 2026, investment: 1_000, recurring: null, note: null, reportId: null }
  ];

  it('add up per project and year', () => {
    const actuals = actualsByProject(entries).get(1);
    expect(actuals?.investment).toBe(55_000);
    expect(actuals?.recurringByYear.get(2026)).toBe(7_000);
    expect(actualsByProject(entries).get(2)?.recurringByYear.size).toBe(0);
  });

  it('flag an overrun of the estimate\'s upper bound: investment over all years, recurring per year', () => {
    const costs = { ...emptyCosts(), investmentMin: 20_000, investmentMax: 50_000, recurringPerYearMin: 5_000, recurringPerYearMax: 6_000 };
    expect(overruns({ costs }, actualsByProject(entries).get(1))).toEqual([
      { measure: 'investment', actual: 55_000, estimateMax: 50_000 },
      { measure: 'recurring', year: 2026, actual: 7_000, estimateMax: 6_000 }
    ]);
  });

  it('never flag an estimate without an upper bound or without a figure', () => {
    const openEnded = { ...emptyCosts(), investmentMin: 20_000, investmentMax: null };
    expect(overruns({ costs: openEnded }, actualsByProject(entries).get(1))).toEqual([]);
    expect(overruns({ costs: emptyCosts() }, actualsByProject(entries).get(1))).toEqual([]);
    expect(overruns({ costs: emptyCosts() }, undefined)).toEqual([]);
  });

  it('total by service area and year, leaving out projects the filters left out', () => {
    const projects = [project(1, { serviceArea: 'Sivistyspalvelut' })];
    expect(actualTotals(projects, entries)).toEqual([
      { serviceArea: 'Sivistyspalvelut', year: 2025, investment: 30_000, recurring: 2_000 },
      { serviceArea: 'Sivistyspalvelut', year: 2026, investment: 25_000, recurring: 7_000 }
    ]);
  });
});
