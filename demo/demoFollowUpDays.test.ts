/**
 * The demo follow-up on other days than the one demoFollowUp.test.ts fixes: `npm start` seeds
 * it for the real date, so the invariants must hold whatever the day (early in a year, late in
 * one), and the annual clock's bodies meet as often as they should in every year shown.
 */
import { actualsByProject, overruns } from '../src/domain/followup/actuals';
import { addDays, reportDue } from '../src/domain/followup/cadence';
import { changesSince } from '../src/domain/followup/changes';
import { latestReports } from '../src/domain/followup/reports';
import type { Project } from '../src/domain/model';
import { emptyProject } from '../src/domain/model';
import { must } from '../test/support/must';
import { DEMO_GOALS, DEMO_PEOPLE, DEMO_PLANS, DEMO_PROJECTS } from './demoContent';
import { demoCreatedDays, demoFollowUp, STEERING_GROUP } from './demoFollowUp';
import { demoProjectToModel } from './seedDemo';

/** The demo projects as saved, their managers as the stand-in's directory gives them. */
function savedProjects(): Project[] {
  const plans = new Map(DEMO_PLANS.map((p, i) => [p.key, i + 1]));
  const goals = new Map(DEMO_GOALS.map((g, i) => [g.key, i + 1]));
  const people = new Map(DEMO_PEOPLE.map((name, i) => [name, { id: i + 10, title: name, email: null }]));
  return DEMO_PROJECTS.map((demo, i) => ({ ...demoProjectToModel(demo, plans, goals, people), id: i + 1 }));
}

const projects = savedProjects();

describe.each(['2027-01-08', '2027-06-30', '2028-11-20'])('the demo follow-up seeded on %s', (today) => {
  const history = demoFollowUp(projects, today);
  const latest = latestReports(history.reports);

  it('has reports only within the two years up to the day, and the latest equal to each project now', () => {
    expect(history.reports.length).toBeGreaterThan(200);
    expect(history.reports.every((r) => r.date >= addDays(today, -730) && r.date <= today)).toBe(true);
    for (const [id, report] of latest) {
      const project = projects.find((p) => p.id === id);
      expect({ rag: report.rag, summary: report.summary, progress: project?.progress === null ? null : report.progress }).toEqual({
        rag: project?.rag ?? 'Vihreä',
        summary: project?.ragComment,
        progress: project?.progress ?? null
      });
    }
  });

  it('leaves some projects due for a report, but not most', () => {
    const due = projects.filter((p) => p.id !== null && reportDue(p, latest.get(p.id), history.cadence, history.meetings, today).due);
    expect(due.length).toBeGreaterThan(2);
    expect(due.length).toBeLessThan(latest.size / 2);
  });

  it('names the demo people as authors, and past meetings only have notes', () => {
    const authors = new Set(history.reports.map((r) => r.author?.title).filter((t): t is string => t !== undefined));
    expect(authors.size).toBeGreaterThan(3);
    expect([...authors].every((name) => DEMO_PEOPLE.includes(name))).toBe(true);
    expect(history.meetings.every((m) => m.date >= addDays(today, -730))).toBe(true);
    expect(history.meetings.filter((m) => m.date >= today).every((m) => m.notes === null)).toBe(true);
    expect(history.meetings.filter((m) => m.date < today).every((m) => m.notes !== null)).toBe(true);
  });

  it('has actual costs for some projects, a few over the estimate, none for others', () => {
    const byProject = actualsByProject(history.actuals);
    const over = projects.filter((p) => p.id !== null && overruns(p, byProject.get(p.id)).length > 0);
    expect(over.length).toBeGreaterThan(0);
    expect(over.length).toBeLessThan(byProject.size / 4);
    expect(projects.filter((p) => p.id !== null && latest.has(p.id) && !byProject.has(p.id)).length).toBeGreaterThan(0);
  });
});

describe('the demo\'s completed projects', () => {
  it('report until their end month only: those completed before the two years have no reports or completion news, actual costs only for the years they ran', () => {
    const today = '2026-12-05';
    const history = demoFollowUp(projects, today);
    const done = projects.filter((p) => p.status === 'Valmis');
    const before = done.filter((p) => p.schedule.end === null || p.schedule.end < '2024-12');
    expect(before.length).toBeGreaterThan(40);
    const ids = new Set(before.map((p) => p.id));
    expect(history.reports.filter((r) => ids.has(r.projectId))).toEqual([]);
    // actual costs only for the years such a project ran (the demo's older plans have them), none without a known end
    const ran = (a: { projectId: number; year: number }): boolean => {
      const project = before.find((p) => p.id === a.projectId);
      const end = project?.schedule.end;
      const start = project?.schedule.start ?? end;
      return end !== null && end !== undefined && start !== null && start !== undefined && a.year >= Number(start.slice(0, 4)) && a.year <= Number(end.slice(0, 4));
    };
    const oldActuals = history.actuals.filter((a) => ids.has(a.projectId));
    expect(oldActuals.length).toBeGreaterThan(0);
    expect(oldActuals.filter((a) => !ran(a))).toEqual([]);
    const changes = changesSince({ projects, reports: history.reports, since: '2026-10-22', created: new Map() });
    expect(changes.filter((c) => c.kind === 'completed')).toEqual([]);
    // a project completed within the two years reports up to its end month
    const recent = { ...must(done[0], 'a completed project'), id: 999, schedule: { ...emptyProject().schedule, start: '2025-03', end: '2026-05' } };
    const own = demoFollowUp([recent], today).reports;
    expect(own.length).toBeGreaterThan(5);
    expect(own.every((r) => r.date <= '2026-05-31')).toBe(true);
    expect(own[own.length - 1]?.snapshot?.status).toBe('Valmis');
  });
});

describe('the demo projects\' creation days', () => {
  it('puts the proposals in the last weeks and every other project at least 200 days back', () => {
    const days = demoCreatedDays(projects, '2026-12-05');
    expect(days.size).toBe(projects.length);
    for (const p of projects) {
      const day = days.get(p.id ?? 0) ?? '';
      if (p.status === 'Ehdotettu') {
        expect(day >= '2026-09-20' && day <= '2026-12-02').toBe(true);
      } else {
        expect(day <= addDays('2026-12-05', -200)).toBe(true);
      }
    }
    expect(projects.filter((p) => p.status === 'Ehdotettu' && (days.get(p.id ?? 0) ?? '') > '2026-10-22').length).toBeGreaterThan(0);
  });
});

describe('the demo\'s annual clock', () => {
  const { meetings } = demoFollowUp(projects, '2027-12-31');

  it('has the steering group six times and each leadership group two to four times in every year', () => {
    const bodies = [...new Set(meetings.map((m) => m.body))];
    expect(bodies).toContain(STEERING_GROUP);
    expect(bodies.length).toBeGreaterThanOrEqual(3);
    for (const year of ['2026', '2027']) {
      for (const body of bodies) {
        const count = meetings.filter((m) => m.body === body && m.date.startsWith(year)).length;
        if (body === STEERING_GROUP) {
          expect({ body, year, count }).toEqual({ body, year, count: 6 });
        } else {
          expect(count).toBeGreaterThanOrEqual(2);
          expect(count).toBeLessThanOrEqual(4);
        }
      }
    }
  });
});
