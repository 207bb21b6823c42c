/**
 * Upgrading a site set up with schema version 3 to version 4 (the follow-up lists), against the
 * stand-in: the portfolio keeps working before the upgrade, the upgrade creates the lists within
 * SharePoint's limits, every project's current RAG, progress and comment becomes its first
 * published report without loss, and a second run writes nothing.
 */
import { reportFromItem } from '../../src/data/sharepoint/mapping/followUpMapping';
import { schemaAtVersion, SCHEMA } from '../../src/data/sharepoint/schema/schema';
import { provision } from '../../src/data/sharepoint/setup/provision';
import type { Project } from '../../src/domain/model';
import { emptyProject } from '../../src/domain/model';
import type { StoredList } from '../../standin/store';
import type { Harness } from '../support/standinHarness';
import { SITE_PATH, startHarness } from '../support/standinHarness';

function storedList(h: Harness, urlName: string): StoredList | undefined {
  return h.standIn.store.findWeb(SITE_PATH)?.lists.find((l) => l.UrlName === urlName);
}

function project(title: string, changes: Partial<Project>): Project {
  return { ...emptyProject(title), ...changes };
}

describe('upgrade from schema version 3 to 4 (follow-up lists)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('keeps the views working on a version 3 site and offers the upgrade', async () => {
    const setup = await provision(h.sp(), h.siteUrl, { schema: schemaAtVersion(3) });
    expect(setup.schemaVersion).toBe(3);
    expect(storedList(h, 'SalkkuStatusReports')).toBeUndefined();
    const repo = h.repository();
    const plan = await repo.savePlan({ id: null, etag: null, title: 'TTS 2025–2026', organisation: null, periodStart: '2025-01', periodEnd: '2026-12', approvedOn: null, status: null });
    const schedule = { ...emptyProject().schedule, text: '3/2025–6/2026', start: '2025-03', end: '2026-06' };
    const costs = { ...emptyProject().costs, text: '20 000 – 50 000 €', investmentMin: 20_000, investmentMax: 50_000 };
    for (const p of [
      project('Sähköinen asiointi', { number: '1.1', planIds: [plan.id ?? 0], status: 'Käynnissä', rag: 'Keltainen', progress: 40, ragComment: 'Toimittaja myöhässä kaksi viikkoa.', schedule, costs }),
      project('Verkon uusiminen', { number: '1.2', planIds: [plan.id ?? 0], status: 'Käynnissä', progress: 0 }),
      project('Ei raportoitu', { number: '1.3', planIds: [plan.id ?? 0], status: 'Ehdotettu' })
    ]) {
      await repo.saveProject(p, { plans: [plan] });
    }
    const data = await repo.load();
    expect(data.problems).toEqual([]);
    expect(data.projects).toHaveLength(3);
    const status = await repo.setupStatus();
    expect(status).toMatchObject({ missingLists: [], upgradeAvailable: true });
  });

  it('creates the follow-up lists and turns current values into first reports, once', async () => {
    const projectsBefore = JSON.stringify(storedList(h, 'SalkkuProjects')?.items.map((i) => i.values));
    const upgrade = await provision(h.sp(), h.siteUrl);
    expect(upgrade).toMatchObject({ previousVersion: 3, schemaVersion: SCHEMA.version });
    expect(upgrade.actions).toEqual(expect.arrayContaining([{ kind: 'createItems', list: 'reports', target: 'first reports', detail: '2' }]));
    const indexes = (name: string): string[] => (storedList(h, name)?.fields ?? []).filter((f) => f.Indexed && f.InternalName !== 'ID').map((f) => f.InternalName).sort();
    expect(indexes('SalkkuStatusReports')).toEqual(['Project', 'ReportDate', 'ReportState']);
    expect(indexes('SalkkuActualCosts')).toEqual(['CostYear', 'Project']);
    expect(indexes('SalkkuMeetings')).toEqual(['Body', 'MeetingDate']);
    // the projects' own values are untouched
    expect(JSON.stringify(storedList(h, 'SalkkuProjects')?.items.map((i) => i.values))).toBe(projectsBefore);

    const reports = (storedList(h, 'SalkkuStatusReports')?.items ?? []).map((i) => reportFromItem({ ...i.values, Id: i.Id }));
    const data = await h.repository().load();
    const idOf = (title: string): number | null => data.projects.find((p) => p.title === title)?.id ?? null;
    expect(reports).toEqual([
      expect.objectContaining({
        projectId: idOf('Sähköinen asiointi'),
        state: 'published',
        title: 'Tilanne ennen tilanneraportteja',
        rag: 'Keltainen',
        progress: 40,
        summary: 'Toimittaja myöhässä kaksi viikkoa.',
        snapshot: { status: 'Käynnissä', scheduleStart: '2025-03', scheduleEnd: '2026-06', investmentMin: 20_000, investmentMax: 50_000, recurringPerYearMin: null, recurringPerYearMax: null, reportFingerprint: expect.stringMatching(/^[0-9a-f]{8}$/) }
      }),
      // progress 0 is a value, not an empty one
      expect.objectContaining({ projectId: idOf('Verkon uusiminen'), progress: 0, rag: null })
    ]);

    // read back as written: not taken for a report edited after publishing
    expect(reports.map((r) => r?.editedAfterPublishing)).toEqual([undefined, undefined]);

    const again = await provision(h.sp(), h.siteUrl);
    expect(again.writes).toBe(0);
    expect(storedList(h, 'SalkkuStatusReports')?.items).toHaveLength(2);
  });
});
