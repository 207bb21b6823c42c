import { latestReports } from '../src/domain/followup/reports';
import { reportDue } from '../src/domain/followup/cadence';
import { actualsByProject, overruns } from '../src/domain/followup/actuals';
import { changesSince } from '../src/domain/followup/changes';
import type { Project } from '../src/domain/model';
import { emptyProject } from '../src/domain/model';
import { DEMO_GOALS, DEMO_PLANS, DEMO_PROJECTS } from './demoContent';
import { demoFollowUp, STEERING_GROUP } from './demoFollowUp';
import { demoProjectToModel } from './seedDemo';

const TODAY = '2026-12-05';

/** The demo projects as saved: ids in order, people as a directory would give them. */
function savedProjects(): Project[] {
  const plans = new Map(DEMO_PLANS.map((p, i) => [p.key, i + 1]));
  const goals = new Map(DEMO_GOALS.map((g, i) => [g.key, i + 1]));
  const people = new Map<string, { id: number; title: string; email: null }>();
  return DEMO_PROJECTS.map((demo, i) => {
    const project = demoProjectToModel(demo, plans, goals, new Map());
    const pm = demo.projectManager ? (people.get(demo.projectManager) ?? { id: people.size + 1, title: demo.projectManager, email: null }) : null;
    if (pm) {
      people.set(pm.title, pm);
    }
    return { ...project, id: i + 1, projectManager: pm };
  });
}

describe('the demo follow-up', () => {
  const projects = savedProjects();
  const history = demoFollowUp(projects, TODAY);

  it('ends each project\'s reports in its current RAG, progress and comment', () => {
    const latest = latestReports(history.reports);
    expect(latest.size).toBeGreaterThan(40);
    for (const [id, report] of latest) {
      const project = projects.find((p) => p.id === id) ?? emptyProject();
      expect({ id, rag: report.rag, summary: report.summary }).toEqual({ id, rag: project.rag ?? 'Vihreä', summary: project.ragComment });
      if (project.progress !== null) {
        expect(report.progress).toBe(project.progress);
      }
    }
  });

  it('covers two years up to today, every six weeks, with some drafts', () => {
    const dates = history.reports.map((r) => r.date).sort();
    expect(dates[0] ?? '').toMatch(/^202[45]-/);
    expect((dates[0] ?? '') >= '2024-12-05').toBe(true);
    expect((dates[dates.length - 1] ?? '9999') <= TODAY).toBe(true);
    expect(history.reports.filter((r) => r.state === 'draft').length).toBeGreaterThan(2);
    expect(history.reports.every((r) => r.state === 'draft' || r.snapshot !== null)).toBe(true);
  });

  it('leaves some reports due, not all', () => {
    const latest = latestReports(history.reports);
    const due = projects.filter((p) => p.id !== null && reportDue(p, latest.get(p.id), history.cadence, history.meetings, TODAY).due);
    const reporting = projects.filter((p) => p.id !== null && latest.has(p.id));
    expect(due.length).toBeGreaterThan(3);
    expect(due.length).toBeLessThan(reporting.length / 2);
  });

  it('has RAG changes and schedule slips since the last steering group meeting, and overruns', () => {
    const changes = changesSince({ projects, reports: history.reports, since: '2026-10-22', created: new Map() });
    expect(changes.filter((c) => c.kind === 'ragChanged').length).toBeGreaterThan(2);
    expect(changes.filter((c) => c.kind === 'scheduleMoved').length).toBeGreaterThan(0);
    const byProject = actualsByProject(history.actuals);
    expect(projects.filter((p) => p.id !== null && overruns(p, byProject.get(p.id)).length > 0).length).toBeGreaterThan(0);
  });

  it('keeps the annual clock: the steering group six times a year, the leadership groups less often', () => {
    const steering2026 = history.meetings.filter((m) => m.body === STEERING_GROUP && m.date.startsWith('2026'));
    expect(steering2026).toHaveLength(6);
    expect(history.meetings.filter((m) => m.body !== STEERING_GROUP && m.date.startsWith('2026')).length).toBeGreaterThanOrEqual(4);
    expect(history.cadence).toEqual({ kind: 'meetings', body: STEERING_GROUP });
  });

  it('is the same for the same day', () => {
    expect(demoFollowUp(projects, TODAY)).toEqual(history);
  });
});
