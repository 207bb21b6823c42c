/** A demo portfolio of N synthetic projects in a stand-in, for the benchmarks. */
import { syntheticProjects } from '../../demo/synthetic';
import { browserEnvironment, createRepository } from '../../src/data/sharepoint/createRepository';
import { projectToItem } from '../../src/data/sharepoint/mapping/projectMapping';
import type { Plan } from '../../src/domain/model';
import { latestPlanId } from '../../src/domain/plans';
import { startServer } from '../../standin/server';
import { StandIn } from '../../standin/standin';

export async function portfolioOf(count: number): Promise<{ standIn: StandIn; siteUrl: string; close: () => Promise<void> }> {
  const standIn = new StandIn();
  standIn.store.ensureWeb('/sites/salkku', 'Salkku');
  const server = await startServer(standIn);
  const siteUrl = `${server.url}/sites/salkku`;
  const repository = createRepository({ siteUrl, environment: browserEnvironment() });
  await repository.setUp();
  const plans: Plan[] = [];
  for (const { title, start, end } of [
    { title: 'TTS 2021–2022', start: '2021-01', end: '2022-12' },
    { title: 'TTS 2023–2024', start: '2023-01', end: '2024-12' }
  ]) {
    plans.push(await repository.savePlan({ id: null, etag: null, title, organisation: null, periodStart: start, periodEnd: end, approvedOn: null, status: null }));
  }
  const bodies = syntheticProjects(count, plans.map((p) => p.id ?? 0), [], 3).map((p) => projectToItem(p, { latestPlanId: (ids) => latestPlanId(ids, plans) }));
  standIn.insertItems('/sites/salkku', 'SalkkuProjects', bodies);
  return { standIn, siteUrl, close: () => server.close() };
}

/** A stand-in holding N projects (set up through the repository, projects inserted directly). */
export async function seededStandIn(count: number): Promise<StandIn> {
  const portfolio = await portfolioOf(count);
  await portfolio.close();
  return portfolio.standIn;
}
