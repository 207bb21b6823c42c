/**
 * The demo as `npm start` seeds it, read back through SharePoint's REST (the stand-in): each
 * project's latest published report is its current RAG, progress and comment, reports and meetings
 * span two years, and "since the steering group's latest meeting" shows RAG changes and a few new
 * proposals, not every project (the items' creation days are the demo's, not the seeding day).
 */
import type { LocalPortfolio } from '../../scripts/lib/localPortfolio';
import { startLocalPortfolio } from '../../scripts/lib/localPortfolio';
import { STEERING_GROUP } from '../../demo/demoFollowUp';
import { addDays, reportDue } from '../../src/domain/followup/cadence';
import { changesSince } from '../../src/domain/followup/changes';
import { latestReports } from '../../src/domain/followup/reports';
import type { PortfolioData } from '../../src/data/contract/repository.types';
import type { FollowUpData } from '../../src/data/contract/followUp.types';

describe('the demo follow-up as seeded', () => {
  let portfolio: LocalPortfolio;
  let data: PortfolioData;
  let followUp: FollowUpData;
  const today = new Date().toISOString().slice(0, 10);

  beforeAll(async () => {
    portfolio = await startLocalPortfolio({ data: 'demo', staticRoot: null });
    data = await portfolio.repository.load();
    followUp = await portfolio.repository.followUp.loadFollowUp({ since: addDays(today, -731), fromYear: Number(today.slice(0, 4)) - 1 });
  }, 60_000);
  afterAll(async () => {
    await portfolio.close();
  });

  it('reads back each project\'s latest published report as its current RAG, progress and comment', () => {
    const latest = latestReports(followUp.reports);
    expect(latest.size).toBeGreaterThan(25);
    for (const [id, report] of latest) {
      const project = data.projects.find((p) => p.id === id);
      expect({ id, rag: report.rag, summary: report.summary, author: report.author?.id }).toEqual({
        id,
        rag: project?.rag ?? 'Vihreä',
        summary: project?.ragComment ?? null,
        author: project?.projectManager?.id
      });
      expect(report.editedAfterPublishing ?? false).toBe(false);
    }
    expect(followUp.itemIssues).toEqual([]);
    expect(followUp.cadence).toEqual({ kind: 'meetings', body: STEERING_GROUP });
    expect(followUp.actuals.length).toBeGreaterThan(5);
  });

  it('shows since the latest steering group meeting some changes and a few new proposals, not the whole portfolio', () => {
    const since = followUp.meetings.filter((m) => m.body === STEERING_GROUP && m.date < today).pop()?.date ?? '';
    expect(since >= addDays(today, -75)).toBe(true);
    const changes = changesSince({ projects: data.projects, reports: followUp.reports, since, created: followUp.projectsCreated });
    const fresh = changes.filter((c) => c.kind === 'new');
    expect(fresh.length).toBeLessThan(8);
    expect(fresh.every((c) => data.projects.find((p) => p.id === c.projectId)?.status === 'Ehdotettu')).toBe(true);
    expect(changes.filter((c) => c.kind === 'completed')).toEqual([]);
    const latest = latestReports(followUp.reports);
    const due = data.projects.filter((p) => p.id !== null && reportDue(p, latest.get(p.id), followUp.cadence, followUp.meetings, today).due);
    expect(due.length).toBeGreaterThan(2);
    expect(due.length).toBeLessThan(latest.size / 2);
  });
});
