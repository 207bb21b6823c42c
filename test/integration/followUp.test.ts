/**
 * The follow-up repository against the stand-in: reports for the period asked, drafts and
 * publishing (snapshot, the project's current RAG and progress), published reports never
 * changed, actual costs from a year on, the cadence setting, and a site without the lists.
 */
import { PnPFollowUpRepository } from '../../src/data/sharepoint/PnPFollowUpRepository';
import { schemaAtVersion } from '../../src/data/sharepoint/schema/schema';
import { SiteLists } from '../../src/data/sharepoint/siteLists';
import { provision } from '../../src/data/sharepoint/setup/provision';
import type { StatusReport } from '../../src/domain/followup/model';
import type { Project } from '../../src/domain/model';
import { emptyProject } from '../../src/domain/model';
import type { Role } from '../../standin/context';
import { must } from '../support/must';
import type { Harness } from '../support/standinHarness';
import { SITE_PATH, startHarness } from '../support/standinHarness';

function draft(project: Project, date: string, changes: Partial<StatusReport> = {}): StatusReport {
  return {
    id: null,
    etag: null,
    projectId: must(project.id, 'saved project'),
    title: 'Testaus alkanut',
    date,
    state: 'draft',
    rag: 'Keltainen',
    scheduleRag: 'Keltainen',
    costRag: 'Vihreä',
    scopeRag: 'Vihreä',
    progress: 55,
    summary: 'Testaus alkoi viikon myöhässä.',
    achieved: null,
    nextSteps: null,
    risks: null,
    decisionsNeeded: 'Hyväksytään lisätyö',
    author: null,
    snapshot: null,
    ...changes
  };
}

describe('follow-up repository', () => {
  let h: Harness;
  let project: Project;
  const projectId = (): number => must(project.id, 'saved project');
  const followUp = (role: Role = 'owner'): PnPFollowUpRepository => new PnPFollowUpRepository(h.sp(role), new SiteLists(h.sp(role), h.siteUrl), h.repository(role));

  beforeAll(async () => {
    h = await startHarness();
    const repo = h.repository();
    await repo.setUp();
    const plan = await repo.savePlan({ id: null, etag: null, title: 'TTS 2026–2027', organisation: null, periodStart: '2026-01', periodEnd: '2027-12', approvedOn: null, status: null });
    const schedule = { ...emptyProject().schedule, text: '1/2026–6/2027', start: '2026-01', end: '2027-06' };
    await repo.saveProject({ ...emptyProject('Asianhallinnan uusiminen'), number: '3.1', planIds: [plan.id ?? 0], status: 'Käynnissä', rag: 'Vihreä', progress: 30, schedule }, { plans: [plan] });
    project = must((await repo.load({ detail: 'full' })).projects[0], 'project');
  });
  afterAll(async () => {
    await h.close();
  });

  it('answers an empty follow-up with the default cadence on a set-up site', async () => {
    const data = await followUp().loadFollowUp({ since: '2026-01-01', fromYear: 2026 });
    expect(data).toMatchObject({ reports: [], actuals: [], meetings: [], missing: [], cadence: { kind: 'weeks', weeks: 6 } });
    expect(Object.keys(data.lists).sort()).toEqual(['actuals', 'meetings', 'reports', 'settings']);
  });

  it('saves a draft, then publishes it: the snapshot is frozen and the project shows its RAG and progress', async () => {
    const repo = followUp();
    const saved = await repo.saveReport(draft(project, '2026-11-02'), project);
    expect(saved.project).toBeNull();
    const published = await repo.saveReport({ ...saved.report, state: 'published' }, project);
    expect(published.report.snapshot).toMatchObject({ status: 'Käynnissä', scheduleEnd: '2027-06' });
    expect(published.project).toMatchObject({ rag: 'Keltainen', progress: 55, ragComment: 'Testaus alkoi viikon myöhässä.' });
    const loaded = (await h.repository().load()).projects[0];
    expect(loaded).toMatchObject({ rag: 'Keltainen', progress: 55 });
    expect(await repo.reportHistory(must(project.id, 'id'))).toEqual([expect.objectContaining({ id: saved.report.id, state: 'published', decisionsNeeded: 'Hyväksytään lisätyö' })]);
  });

  it('never changes a published report: the correction is a new one', async () => {
    const repo = followUp();
    const project = await h.repository().getProject(projectId());
    const [published] = await repo.reportHistory(must(project.id, 'id'));
    await expect(repo.saveReport({ ...must(published, 'report'), rag: 'Vihreä' }, project)).rejects.toMatchObject({ kind: 'invalidValue' });
    const correction = await repo.saveReport(draft(project, '2026-11-02', { state: 'published', rag: 'Punainen', title: 'Korjaus: testaus pysähtynyt' }), project);
    expect(correction.project?.rag).toBe('Punainen');
    expect((await repo.reportHistory(must(project.id, 'id'))).map((r) => r.rag)).toEqual(['Keltainen', 'Punainen']);
  });

  it('shows a published report someone changed afterwards in SharePoint\'s own form as such', async () => {
    const repo = followUp();
    const [first] = await repo.reportHistory(projectId());
    const id = must(must(first, 'report').id, 'report id');
    expect(first?.editedAfterPublishing).toBeUndefined();
    // what SharePoint's edit form does: a plain item update, our app not involved
    await h.sp().web.getList(`${SITE_PATH}/Lists/SalkkuStatusReports`).items.getById(id).update({ OverallRag: 'Vihreä' });
    const [edited] = await repo.reportHistory(projectId());
    expect(edited).toMatchObject({ id, rag: 'Vihreä', editedAfterPublishing: true });
    const data = await repo.loadFollowUp({ since: '2026-01-01', fromYear: 2026 });
    expect(data.itemIssues).toContainEqual(expect.objectContaining({ list: 'reports', itemId: id, warnings: [expect.objectContaining({ code: 'editedAfterPublishing' })] }));
    await h.sp().web.getList(`${SITE_PATH}/Lists/SalkkuStatusReports`).items.getById(id).update({ OverallRag: 'Keltainen' });
    expect((await repo.reportHistory(projectId()))[0]?.editedAfterPublishing).toBeUndefined();
  });

  it('reads only the period asked: reports from a day on, actual costs from a year on', async () => {
    const repo = followUp();
    const project = await h.repository().getProject(projectId());
    await repo.saveReport(draft(project, '2025-05-01', { state: 'published' }), project);
    await repo.saveActual({ id: null, etag: null, projectId: must(project.id, 'id'), year: 2025, investment: 10_000, recurring: null, note: null, reportId: null });
    await repo.saveActual({ id: null, etag: null, projectId: must(project.id, 'id'), year: 2026, investment: 25_000, recurring: 1_200, note: 'Lisenssit', reportId: null });
    const data = await repo.loadFollowUp({ since: '2026-01-01', fromYear: 2026 });
    expect(data.reports.map((r) => r.date)).toEqual(['2026-11-02', '2026-11-02']);
    // the first day asked is in, the day before is out (SharePoint keeps a day as the site's
    // local midnight: 1 January in Helsinki is 31 December 22:00 UTC)
    expect((await repo.loadFollowUp({ since: '2026-11-02', fromYear: 2026 })).reports.map((r) => r.date)).toEqual(['2026-11-02', '2026-11-02']);
    expect((await repo.loadFollowUp({ since: '2026-11-03', fromYear: 2026 })).reports).toEqual([]);
    expect(data.actuals).toEqual([expect.objectContaining({ year: 2026, investment: 25_000, recurring: 1_200, note: 'Lisenssit' })]);
    expect((await repo.reportHistory(must(project.id, 'id'))).map((r) => r.date)).toEqual(['2025-05-01', '2026-11-02', '2026-11-02']);
  });

  it('names the projects the user manages (the indexed person column), in the same batch', async () => {
    const repo = h.repository();
    const me = must((await repo.load()).currentUser, 'the signed-in user');
    const outcome = await repo.updateProject(await repo.getProject(projectId()), { projectManager: me });
    expect(outcome.kind).toBe('saved');
    const data = await followUp().loadFollowUp({ since: '2026-01-01', fromYear: 2026, manager: me.id });
    expect([...data.managed]).toEqual([projectId()]);
    expect([...(await followUp().loadFollowUp({ since: '2026-01-01', fromYear: 2026, manager: me.id + 1000 })).managed]).toEqual([]);
    expect([...(await followUp().loadFollowUp({ since: '2026-01-01', fromYear: 2026 })).managed]).toEqual([]);
  });

  it('keeps the cadence and meetings; a damaged cadence is the default plus a warning', async () => {
    const repo = followUp();
    await repo.saveCadence({ kind: 'meetings', body: 'Tietohallinnon ohjausryhmä' });
    await repo.saveMeeting({ id: null, etag: null, title: 'Ohjausryhmä 5/2026', date: '2026-12-10', body: 'Tietohallinnon ohjausryhmä', notes: null });
    let data = await repo.loadFollowUp({ since: '2026-01-01', fromYear: 2026 });
    expect(data.cadence).toEqual({ kind: 'meetings', body: 'Tietohallinnon ohjausryhmä' });
    expect(data.meetings).toEqual([expect.objectContaining({ date: '2026-12-10', body: 'Tietohallinnon ohjausryhmä' })]);
    const settings = h.standIn.store.findWeb(SITE_PATH)?.lists.find((l) => l.UrlName === 'SalkkuSettings');
    must(settings?.items[0], 'setting').values.SettingValue = '{"kind":"weeks","weeks":"kuusi"}';
    data = await repo.loadFollowUp({ since: '2026-01-01', fromYear: 2026 });
    expect(data.cadence).toEqual({ kind: 'weeks', weeks: 6 });
    expect(data.itemIssues).toEqual([expect.objectContaining({ list: 'settings', title: 'reportCadence' })]);
  });

  it('lets a visitor read reports but not file one', async () => {
    const visitor = followUp('visitor');
    expect((await visitor.loadFollowUp({ since: '2026-01-01', fromYear: 2026 })).reports.length).toBeGreaterThan(0);
    await expect(visitor.saveReport(draft(project, '2026-12-01'), project)).rejects.toMatchObject({ kind: 'accessDenied' });
  });
});

describe('follow-up on a site set up before the follow-up lists', () => {
  it('says which lists are missing instead of failing', async () => {
    const h = await startHarness();
    try {
      await provision(h.sp(), h.siteUrl, { schema: schemaAtVersion(3) });
      const data = await new PnPFollowUpRepository(h.sp(), new SiteLists(h.sp(), h.siteUrl), h.repository()).loadFollowUp({ since: '2026-01-01', fromYear: 2026 });
      expect(data).toMatchObject({ missing: ['reports', 'actuals', 'meetings', 'settings'], reports: [], lists: {} });
    } finally {
      await h.close();
    }
  });
});

describe('follow-up past SharePoint\'s list view threshold', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await h.repository().setUp();
    // two years of reports for 500 projects every two weeks: past 5,000 items
    const items = Array.from({ length: 6_000 }, (_, i) => ({
      Title: `Raportti ${i}`,
      ProjectId: (i % 500) + 1,
      ReportDate: new Date(Date.UTC(2025, 0, 1 + Math.floor(i / 500) * 14, 22)).toISOString(),
      ReportState: 'Julkaistu',
      OverallRag: i % 7 === 0 ? 'Punainen' : 'Vihreä'
    }));
    h.standIn.insertItems(SITE_PATH, 'SalkkuStatusReports', items);
  }, 120_000);
  afterAll(async () => {
    await h.close();
  });

  it('reads the period by the indexed date and one project\'s history by its indexed lookup', async () => {
    const repo = new PnPFollowUpRepository(h.sp(), new SiteLists(h.sp(), h.siteUrl), h.repository());
    const data = await repo.loadFollowUp({ since: '2025-03-01', fromYear: 2025 });
    expect(data.reports.length).toBe(3_500);
    expect(data.reports.every((r) => r.date >= '2025-03-01')).toBe(true);
    expect((await repo.reportHistory(7)).length).toBe(12);
  });

  it('the stand-in refuses the same filter on a column without an index (the check is not blind)', async () => {
    await expect(h.sp().web.getList(`${SITE_PATH}/Lists/SalkkuStatusReports`).items.filter("OverallRag eq 'Punainen'")()).rejects.toMatchObject({ status: 500 });
  });
});
