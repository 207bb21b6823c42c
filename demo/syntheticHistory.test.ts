import { actualsByProject, overruns } from '../src/domain/followup/actuals';
import { addDays } from '../src/domain/followup/cadence';
import { latestReports } from '../src/domain/followup/reports';
import type { Project } from '../src/domain/model';
import { syntheticProjects } from './synthetic';
import { syntheticHistory } from './syntheticHistory';

const TODAY = '2026-12-05';

function saved(count: number): Project[] {
  return syntheticProjects(count, [1, 2], [], 3).map((p, i) => ({ ...p, id: i + 1 }));
}

describe('synthetic follow-up history for the benchmarks', () => {
  const projects = saved(300);
  const history = syntheticHistory(projects, TODAY);

  it('gives each project 8 published reports within the two years before today', () => {
    expect(history.reports).toHaveLength(300 * 8);
    expect(history.reports.every((r) => r.state === 'published' && r.snapshot !== null)).toBe(true);
    expect(history.reports.every((r) => r.date >= addDays(TODAY, -730) && r.date <= TODAY)).toBe(true);
    const perProject = new Map<number, number>();
    history.reports.forEach((r) => perProject.set(r.projectId, (perProject.get(r.projectId) ?? 0) + 1));
    expect([...perProject.values()].every((n) => n === 8)).toBe(true);
  });

  it('ends each project in its own RAG, progress and comment', () => {
    const latest = latestReports(history.reports);
    expect(latest.size).toBe(300);
    for (const project of projects) {
      const report = latest.get(project.id ?? 0);
      expect({ rag: report?.rag, progress: report?.progress, summary: report?.summary }).toEqual({ rag: project.rag, progress: project.progress, summary: project.ragComment });
    }
  });

  it('has RAG changes along the way, and latest reports both recent and older than six weeks', () => {
    const rags = new Set(history.reports.filter((r) => r.projectId === 1 || r.projectId === 2 || r.projectId === 3).map((r) => r.rag));
    expect(rags.size).toBeGreaterThan(1);
    const latest = [...latestReports(history.reports).values()];
    const old = latest.filter((r) => r.date < addDays(TODAY, -42)).length;
    expect(old).toBeGreaterThan(50);
    expect(old).toBeLessThan(250);
  });

  it('has actual costs for last year and this year, some over the estimate', () => {
    expect(new Set(history.actuals.map((a) => a.year))).toEqual(new Set([2025, 2026]));
    const byProject = actualsByProject(history.actuals);
    const over = projects.filter((p) => overruns(p, byProject.get(p.id ?? 0)).length > 0).length;
    expect(over).toBeGreaterThan(5);
    expect(over).toBeLessThan(100);
  });

  it('skips projects without an id and is the same for the same input', () => {
    expect(syntheticHistory([{ ...projects[0], id: null } as Project], TODAY)).toEqual({ reports: [], actuals: [] });
    expect(syntheticHistory(projects, TODAY)).toEqual(history);
    expect(syntheticHistory(projects, TODAY, { reportsPerProject: 2 }).reports).toHaveLength(600);
  });
});
