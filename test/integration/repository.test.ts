import { emptyProject } from '../../src/domain/model';
import { must } from '../support/must';
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
    const original = must(data.projects[0], 'a project');
    const first = await repo.saveProject({ ...original, title: 'First writer' }, data);
    expect(first.etag).not.toBe(original.etag);
    const error = await repo.saveProject({ ...original, title: 'Second writer' }, data).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ current: { title: 'First writer' } });
    expect((await repo.getProject(original.id ?? 0)).title).toBe('First writer');
  });

  it('writes only the columns that changed, and records the saving user and today with an assessment', async () => {
    const owner = h.repository('owner');
    const base = must((await owner.load()).projects[0], 'a project');
    // an old assessment by someone else
    const dated = await owner.updateProject(base, { assessedOn: '2019-05-02', assessmentStatus: 'Luonnos' });
    if (dated.kind !== 'saved') {
      throw new Error('not saved');
    }
    const logged = h.standIn.log.length;
    const member = h.repository('member');
    const saved = await member.saveAssessment(dated.project, { impacts: { ...dated.project.impacts, security: { level: 'Vähäinen', text: 'Kirjautuminen vahvistuu.' } } });
    expect(saved.kind).toBe('saved');
    const writes = h.standIn.log.slice(logged).filter((r) => r.method !== 'GET' && /\/items\(\d+\)/i.test(r.url));
    expect(writes).toHaveLength(1);
    // the two columns the member changed, and the assessor and date that always go with them
    expect(Object.keys(JSON.parse(writes[0]?.body ?? '{}') as object).sort()).toEqual(['AssessedById', 'AssessedOn', 'ImpactSecurity', 'ImpactSecurityNote']);
    const item = h.standIn.store.findWeb(SITE_PATH)?.lists.find((l) => l.UrlName === 'SalkkuProjects')?.items.find((i) => i.Id === base.id);
    const now = new Date();
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
    const reread = await owner.getProject(base.id ?? 0);
    expect(reread.impacts.security).toEqual({ level: 'Vähäinen', text: 'Kirjautuminen vahvistuu.' });
    expect(reread.assessedBy?.title).toBe('Maija Muokkaaja');
    expect(reread.assessedOn?.slice(0, 7)).toBe(today);
    expect(reread.assessmentStatus).toBe('Luonnos');
    expect(item?.EditorId).toBe(reread.assessedBy?.id);
  });

  it('names who changed the item (Editor, Modified) in a conflict, not the earlier assessor', async () => {
    const owner = h.repository('owner');
    const read = must((await owner.load()).projects[0], 'a project');
    // the member changes the same justification first
    const theirs = await h.repository('member').updateProject(read, { impacts: { ...read.impacts, dataUse: { level: null, text: 'Heidän tekstinsä' } } });
    expect(theirs.kind).toBe('saved');
    const mine = await owner.saveAssessment(read, { impacts: { ...read.impacts, dataUse: { level: null, text: 'Minun tekstini' } } });
    expect(mine.kind).toBe('conflict');
    if (mine.kind === 'conflict') {
      expect(mine.overlapping).toEqual(['ImpactDataUseNote']);
      expect(mine.changedBy.person?.title).toBe('Maija Muokkaaja');
      expect(Date.parse(mine.changedBy.at ?? '')).toBeGreaterThan(Date.now() - 60_000);
      expect(mine.current.impacts.dataUse.text).toBe('Heidän tekstinsä');
    }
    expect((await owner.getProject(read.id ?? 0)).impacts.dataUse.text).toBe('Heidän tekstinsä');
  });

  it('reports visitors as read-only and rejects their writes with accessDenied', async () => {
    const repo = h.repository('visitor');
    const data = await repo.load();
    expect(data.lists.projects.permissions).toEqual({ canRead: true, canAdd: false, canEdit: false, canManage: false });
    expect(data.canManageSite).toBe(false);
    const error = await repo.saveProject(must(data.projects[0], 'a project'), data).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RepositoryError);
    expect(error).toMatchObject({ kind: 'accessDenied' });
  });

  it('gives listMissing for a site without the lists, and accessDenied for no access', async () => {
    h.standIn.store.ensureWeb('/sites/empty', 'Empty');
    const { createRepository, browserEnvironment } = await import('../../src/data/sharepoint/createRepository');
    const empty = createRepository({ siteUrl: `${h.server.url}/sites/empty`, environment: browserEnvironment() });
    const missing = await empty.load().catch((e: unknown) => e);
    expect(missing).toMatchObject({ kind: 'listMissing' });
    const status = await empty.setupStatus();
    expect(status.missingLists).toEqual(['plans', 'goals', 'projects']);
    const denied = await h.repository('none').load().catch((e: unknown) => e);
    expect(denied).toMatchObject({ kind: 'accessDenied' });
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
