import { emptyProject } from '../../src/domain/model';
import { ConflictError, RepositoryError } from '../../src/data/contract/errors';
import { SCHEMA } from '../../src/data/sharepoint/schema/schema';
import type { Harness } from '../support/standinHarness';
import { SITE_PATH, startHarness } from '../support/standinHarness';

describe('repository ↔ stand-in over HTTP', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('sets up the lists once; a second run writes nothing', async () => {
    const first = await h.repository().setUp();
    expect(first.writes).toBeGreaterThan(40);
    expect(first.actions.filter((a) => a.kind === 'createList').map((a) => a.list)).toEqual(SCHEMA.lists.map((l) => l.key));
    h.standIn.log.splice(0);
    const second = await h.repository().setUp();
    expect(second.actions).toEqual([]);
    expect(second.writes).toBe(0);
    expect(second.actions).toEqual([]);
    const writes = h.standIn.log.filter((r) => r.method !== 'GET' && !r.url.endsWith('/_api/$batch') && !r.url.endsWith('/_api/contextinfo'));
    expect(writes).toEqual([]);
  });

  it('saves and loads a project through the mapping', async () => {
    const repo = h.repository();
    const plan = await repo.savePlan({ id: null, etag: null, title: 'Suunnitelma 2025–2026', organisation: 'Testikaupunki', periodStart: '2025-01', periodEnd: '2026-12', approvedOn: '2025-03-01', status: 'Hyväksytty' });
    const project = { ...emptyProject('Sähköinen arkisto'), number: '2.1', planIds: [plan.id ?? 0], status: 'Käynnissä' };
    project.schedule = { ...project.schedule, text: '3/2025 – 12/2025', start: '2025-03', end: '2025-12' };
    project.costs = { text: 'noin 8000 €/vuosi', investmentMin: null, investmentMax: null, recurringPerYearMin: 8000, recurringPerYearMax: 8000 };
    const saved = await repo.saveProject(project, { plans: [plan] });
    expect(saved.id).toEqual(expect.any(Number));
    const data = await repo.load();
    const loaded = data.projects.find((p) => p.id === saved.id);
    expect(loaded).toMatchObject({ title: 'Sähköinen arkisto', number: '2.1', planIds: [plan.id], status: 'Käynnissä' });
    expect(loaded?.schedule).toMatchObject({ text: '3/2025 – 12/2025', start: '2025-03', end: '2025-12' });
    expect(loaded?.costs.recurringPerYearMax).toBe(8000);
    expect(data.plans[0]).toMatchObject({ title: 'Suunnitelma 2025–2026', approvedOn: '2025-03-01', periodStart: '2025-01' });
    expect(data.lists.projects.permissions).toEqual({ canRead: true, canAdd: true, canEdit: true, canManage: true });
    expect(data.upgradeAvailable).toBe(false);
  });

  it('rejects a stale ETag with a conflict carrying the current version', async () => {
    const repo = h.repository();
    const data = await repo.load();
    const original = data.projects[0];
    const first = await repo.saveProject({ ...original, title: 'First writer' }, data);
    expect(first.etag).not.toBe(original.etag);
    const error = await repo.saveProject({ ...original, title: 'Second writer' }, data).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError<typeof original>).current?.title).toBe('First writer');
    expect((await repo.getProject(original.id ?? 0)).title).toBe('First writer');
  });

  it('reports visitors as read-only and rejects their writes with accessDenied', async () => {
    const repo = h.repository('visitor');
    const data = await repo.load();
    expect(data.lists.projects.permissions).toEqual({ canRead: true, canAdd: false, canEdit: false, canManage: false });
    expect(data.canManageSite).toBe(false);
    const error = await repo.saveProject(data.projects[0], data).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RepositoryError);
    expect((error as RepositoryError).kind).toBe('accessDenied');
  });

  it('gives listMissing for a site without the lists, and accessDenied for no access', async () => {
    h.standIn.store.ensureWeb('/sites/empty', 'Empty');
    const { createRepository, browserEnvironment } = await import('../../src/data/sharepoint/createRepository');
    const empty = createRepository({ siteUrl: `${h.server.url}/sites/empty`, environment: browserEnvironment() });
    const missing = await empty.load().catch((e: unknown) => e);
    expect((missing as RepositoryError).kind).toBe('listMissing');
    const status = await empty.setupStatus();
    expect(status.missingLists).toEqual(['plans', 'goals', 'projects']);
    const denied = await h.repository('none').load().catch((e: unknown) => e);
    expect((denied as RepositoryError).kind).toBe('accessDenied');
    expect(SITE_PATH).toBe('/sites/salkku');
  });

  it('still loads the portfolio when the goals list is gone, and says so (partial failure)', async () => {
    const web = h.standIn.store.findWeb(SITE_PATH);
    if (!web) {
      throw new Error('web missing');
    }
    const goals = web.lists.find((l) => l.UrlName === 'SalkkuGoals');
    web.lists = web.lists.filter((l) => l !== goals);
    try {
      const data = await h.repository().load();
      expect(data.problems).toEqual([{ list: 'goals', kind: 'listMissing' }]);
      expect(data.goals).toEqual([]);
      expect(data.projects.length).toBeGreaterThan(0);
    } finally {
      if (goals) {
        web.lists.push(goals);
      }
    }
    expect((await h.repository().load()).problems).toEqual([]);
  });
});
