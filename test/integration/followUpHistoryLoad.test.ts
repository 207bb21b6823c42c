/**
 * Loads with the follow-up's history present (what `npm run bench -- --history` measures, as a
 * check that can fail): two years of status reports and actual costs leave the portfolio's load
 * exactly as it was (it reads no reports or actuals), and the follow-up reads only the reports of
 * the period asked for.
 */
import { insertHistory } from '../../bench/lib/seed';
import { syntheticProjects } from '../../demo/synthetic';
import { projectToItem } from '../../src/data/sharepoint/mapping/projectMapping';
import type { Project } from '../../src/domain/model';
import type { LoggedRequest } from '../../standin/standin';
import type { Harness } from '../support/standinHarness';
import { SITE_PATH, startHarness } from '../support/standinHarness';

const TODAY = '2026-12-05';
const COUNT = 400;

const isFollowUpItems = (r: LoggedRequest): boolean => /Salkku(StatusReports|ActualCosts)/i.test(decodeURIComponent(r.url)) && /\/items/i.test(r.url);

describe('loads with two years of follow-up history', () => {
  let h: Harness;
  let projects: Project[];

  beforeAll(async () => {
    h = await startHarness();
    await h.repository().setUp();
    const synthetic = syntheticProjects(COUNT, [], [], 5);
    const ids = h.standIn.insertItems(SITE_PATH, 'SalkkuProjects', synthetic.map((p) => projectToItem(p, { latestPlanId: () => null })));
    projects = synthetic.map((p, i) => ({ ...p, id: ids[i] ?? null }));
  });
  afterAll(async () => {
    await h.close();
  });

  async function portfolioLoad(): Promise<{ requests: LoggedRequest[]; parts: LoggedRequest[]; bytes: number }> {
    h.standIn.log.splice(0);
    const data = await h.repository().load();
    expect(data.projects).toHaveLength(COUNT);
    const requests = h.standIn.log.filter((r) => r.batch === undefined);
    return { requests, parts: h.standIn.log.filter((r) => r.batch !== undefined), bytes: requests.reduce((sum, r) => sum + (r.responseBytes ?? 0), 0) };
  }

  it('reads the same for the portfolio with the history present, and no reports or actuals', async () => {
    const without = await portfolioLoad();
    const history = insertHistory(h.standIn, projects, TODAY);
    expect(history.reports).toHaveLength(COUNT * 8);
    const withHistory = await portfolioLoad();
    expect(withHistory.requests.length).toBe(without.requests.length);
    expect(withHistory.parts.map((r) => r.url)).toEqual(without.parts.map((r) => r.url));
    expect(withHistory.bytes).toBe(without.bytes);
    expect([...withHistory.requests, ...withHistory.parts].filter(isFollowUpItems)).toEqual([]);
  });

  it('reads only the period asked for in the follow-up, in one batch', async () => {
    const since = '2026-06-26';
    h.standIn.log.splice(0);
    const data = await h.repository().followUp.loadFollowUp({ since, fromYear: 2026 });
    const stored = h.standIn.store.findWeb(SITE_PATH)?.lists.find((l) => l.UrlName === 'SalkkuStatusReports')?.items.length ?? 0;
    expect(stored).toBe(COUNT * 8);
    expect(data.reports.length).toBeGreaterThan(0);
    expect(data.reports.every((r) => r.date >= since)).toBe(true);
    // the period's reports, not the history: about 160 days of 730
    expect(data.reports.length).toBeLessThan(stored / 3);
    expect(h.standIn.log.filter((r) => r.batch === undefined)).toHaveLength(1);
    const reportReads = h.standIn.log.filter((r) => r.batch !== undefined && /SalkkuStatusReports/i.test(decodeURIComponent(r.url)) && /\/items/i.test(r.url));
    expect(reportReads.map((r) => decodeURIComponent(r.url))).toEqual([expect.stringMatching(/\$filter=.*ReportDate/)]);
  });
});
