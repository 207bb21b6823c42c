/**
 * The Portfolio's follow-up facts against the stand-in: one $batch on an open (actual costs
 * from the plan's first year, the reports of the cadence window only), a second read only when
 * the site's cadence reaches further back than the default, and a schema v3 site (no follow-up
 * lists) answering "unavailable" without an error.
 */
import { readPortfolioFollowUp } from '../../src/data/contract/followUpFacts';
import { schemaAtVersion } from '../../src/data/sharepoint/schema/schema';
import { provision } from '../../src/data/sharepoint/setup/provision';
import type { StatusReport } from '../../src/domain/followup/model';
import { statusReport } from '../support/statusReport';
import type { Project } from '../../src/domain/model';
import { emptyProject } from '../../src/domain/model';
import { must } from '../support/must';
import type { Harness } from '../support/standinHarness';
import { startHarness } from '../support/standinHarness';

const TODAY = '2026-12-05';

function published(project: Project, date: string): StatusReport {
  return statusReport(must(project.id, 'saved project'), date, { progress: 50, summary: 'Etenee suunnitellusti.' });
}

/** Requests sent to the stand-in since `from` (a $batch counts once). */
function sentSince(h: Harness, from: number): string[] {
  return h.standIn.log
    .slice(from)
    .filter((r) => r.batch === undefined && !r.url.endsWith('/_api/contextinfo'))
    .map((r) => r.url);
}

describe('the Portfolio’s follow-up facts', () => {
  let h: Harness;
  let project: Project;

  beforeAll(async () => {
    h = await startHarness();
    const repo = h.repository();
    await repo.setUp();
    const plan = await repo.savePlan({ id: null, etag: null, title: 'TTS 2025–2026', organisation: null, periodStart: '2025-01', periodEnd: '2026-12', approvedOn: null, status: null });
    const costs = { ...emptyProject().costs, investmentMin: 20_000, investmentMax: 50_000 };
    await repo.saveProject({ ...emptyProject('Sähköinen asiointi'), number: '1.1', planIds: [plan.id ?? 0], status: 'Käynnissä', costs }, { plans: [plan] });
    project = must((await repo.load({ detail: 'full' })).projects[0], 'project');
    const followUp = repo.followUp;
    for (const [year, investment] of [[2024, 1_000], [2025, 30_000], [2026, 40_000]] as const) {
      await followUp.saveActual({ id: null, etag: null, projectId: must(project.id, 'id'), year, investment, recurring: null, note: null, reportId: null });
    }
    // an old report (outside the six weeks) and a recent one
    await followUp.saveReport(published(project, '2026-08-01'), project);
    await followUp.saveReport(published(project, '2026-11-20'), await repo.getProject(must(project.id, 'id')));
  });
  afterAll(async () => {
    await h.close();
  });

  it('reads the actuals from the plan’s first year and the window’s reports in one $batch', async () => {
    const before = h.standIn.log.length;
    const facts = await readPortfolioFollowUp(h.repository().followUp, { today: TODAY, fromYear: 2025 });
    expect(sentSince(h, before)).toHaveLength(1);
    expect(sentSince(h, before)[0]).toMatch(/\/_api\/\$batch$/);
    if (facts.kind !== 'ready') {
      throw new Error(`not read: ${facts.kind}`);
    }
    expect(facts.actuals.map((a) => a.year).sort()).toEqual([2025, 2026]);
    expect([...facts.latest.values()].map((r) => r.date)).toEqual(['2026-11-20']);
  });

  it('reads the reports again, once, for a cadence longer than the default', async () => {
    const followUp = h.repository().followUp;
    await followUp.saveCadence({ kind: 'weeks', weeks: 26 });
    const before = h.standIn.log.length;
    const facts = await readPortfolioFollowUp(followUp, { today: TODAY, fromYear: 2025 });
    expect(sentSince(h, before)).toHaveLength(2);
    expect(facts.kind === 'ready' && facts.cadence).toEqual({ kind: 'weeks', weeks: 26 });
    const again = h.standIn.log.length;
    await readPortfolioFollowUp(followUp, { today: TODAY, fromYear: 2025 });
    expect(sentSince(h, again)).toHaveLength(1);
  });

  it('answers unavailable on a site set up with schema version 3', async () => {
    const old = await startHarness();
    try {
      await provision(old.sp(), old.siteUrl, { schema: schemaAtVersion(3) });
      expect(await readPortfolioFollowUp(old.repository().followUp, { today: TODAY, fromYear: 2025 })).toEqual({ kind: 'unavailable' });
    } finally {
      await old.close();
    }
  });
});
