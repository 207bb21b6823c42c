/** A demo portfolio of N synthetic projects in a stand-in, for the benchmarks. */
import { syntheticProjects } from '../../demo/synthetic';
import type { SyntheticHistory } from '../../demo/syntheticHistory';
import { syntheticHistory } from '../../demo/syntheticHistory';
import { browserEnvironment, createRepository } from '../../src/data/sharepoint/createRepository';
import { actualToItem, reportToItem } from '../../src/data/sharepoint/mapping/followUpMapping';
import { projectToItem } from '../../src/data/sharepoint/mapping/projectMapping';
import type { Day } from '../../src/domain/followup/model';
import { reportFingerprint } from '../../src/domain/followup/reports';
import type { Plan, Project } from '../../src/domain/model';
import { latestPlanId } from '../../src/domain/plans';
import { startServer } from '../../standin/server';
import { StandIn } from '../../standin/standin';

export const SITE_PATH = '/sites/salkku';

export interface SeedOptions {
  /** Two years of status reports (8 per project) and actual costs as well (default: none). */
  history?: boolean;
  /** The day the history leads up to (default: today). */
  today?: Day;
}

export interface SeededPortfolio {
  standIn: StandIn;
  siteUrl: string;
  /** The projects as inserted (with their ids). */
  projects: Project[];
  close: () => Promise<void>;
}

/**
 * Adds the synthetic follow-up history of `projects` to the stand-in's follow-up lists, directly
 * (as the projects are): published reports with their fingerprint, as addHistory writes them.
 */
export function insertHistory(standIn: StandIn, projects: readonly Project[], today: Day): SyntheticHistory {
  const history = syntheticHistory(projects, today);
  const reports = history.reports.map((r) => reportToItem(r.snapshot ? { ...r, snapshot: { ...r.snapshot, reportFingerprint: reportFingerprint(r) } } : r));
  standIn.insertItems(SITE_PATH, 'SalkkuStatusReports', reports);
  standIn.insertItems(SITE_PATH, 'SalkkuActualCosts', history.actuals.map((a) => actualToItem(a, String(a.year))));
  return history;
}

export async function portfolioOf(count: number, options: SeedOptions = {}): Promise<SeededPortfolio> {
  const standIn = new StandIn();
  standIn.store.ensureWeb(SITE_PATH, 'Salkku');
  const server = await startServer(standIn);
  const siteUrl = `${server.url}${SITE_PATH}`;
  const repository = createRepository({ siteUrl, environment: browserEnvironment() });
  await repository.setUp();
  const plans: Plan[] = [];
  for (const { title, start, end } of [
    { title: 'TTS 2021–2022', start: '2021-01', end: '2022-12' },
    { title: 'TTS 2023–2024', start: '2023-01', end: '2024-12' }
  ]) {
    plans.push(await repository.savePlan({ id: null, etag: null, title, organisation: null, periodStart: start, periodEnd: end, approvedOn: null, status: null }));
  }
  const synthetic = syntheticProjects(count, plans.map((p) => p.id ?? 0), [], 3);
  const bodies = synthetic.map((p) => projectToItem(p, { latestPlanId: (ids) => latestPlanId(ids, plans) }));
  const ids = standIn.insertItems(SITE_PATH, 'SalkkuProjects', bodies);
  const projects = synthetic.map((p, i) => ({ ...p, id: ids[i] ?? null }));
  if (options.history) {
    insertHistory(standIn, projects, options.today ?? new Date().toISOString().slice(0, 10));
  }
  return { standIn, siteUrl, projects, close: () => server.close() };
}

/** A stand-in holding N projects (set up through the repository, projects inserted directly). */
export async function seededStandIn(count: number, options: SeedOptions = {}): Promise<StandIn> {
  const portfolio = await portfolioOf(count, options);
  await portfolio.close();
  return portfolio.standIn;
}
