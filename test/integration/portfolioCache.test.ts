/**
 * The first load, the page's shared store, the browser cache and SharePoint's change log, against
 * the stand-in over HTTP: what is read, how much, and that nothing stale or forbidden is shown
 * without saying so.
 */
import { emptyProject } from '../../src/domain/model';
import type { Project } from '../../src/domain/model';
import type { Role } from '../../standin/context';
import type { StoreState } from '../../src/data/contract/portfolioStore';
import { clearPortfolioStores, portfolioStoreFor, PortfolioStore } from '../../src/data/contract/portfolioStore';
import { listChangeToken } from '../../src/data/sharepoint/changeLog';
import { projectToItem } from '../../src/data/sharepoint/mapping/projectMapping';
import { syntheticProjects } from '../../demo/synthetic';
import type { Harness } from '../support/standinHarness';
import { SITE_PATH, startHarness } from '../support/standinHarness';
import { MemoryPortfolioCache } from '../support/memoryCache';
import { must } from '../support/must';

const LIST = 'SalkkuProjects';

function settled(store: PortfolioStore, accept: (state: StoreState) => boolean = (s) => s.status === 'error' || (s.status === 'ready' && s.freshness.kind !== 'checking' && s.arriving === undefined)): Promise<StoreState> {
  return new Promise((resolve) => {
    if (accept(store.state)) {
      resolve(store.state);
      return;
    }
    const stop = store.subscribe((state) => {
      if (accept(state)) {
        stop();
        resolve(state);
      }
    });
  });
}

function ready(state: StoreState): Extract<StoreState, { status: 'ready' }> {
  if (state.status !== 'ready') {
    throw new Error(`expected ready, got ${state.status}${state.status === 'error' ? ` (${state.error.kind}: ${state.error.message})` : ''}`);
  }
  return state;
}

describe('first load, shared store, cache and change log', () => {
  let h: Harness;
  let ids: number[];

  beforeAll(async () => {
    h = await startHarness();
    await h.repository().setUp();
    const plan = await h.repository().savePlan({ id: null, etag: null, title: 'TTS 2025–2026', organisation: null, periodStart: '2025-01', periodEnd: '2026-12', approvedOn: null, status: null });
    const bodies = syntheticProjects(1200, [plan.id ?? 0], [], 5).map((p) => projectToItem(p, { latestPlanId: () => plan.id }));
    ids = h.standIn.insertItems(SITE_PATH, LIST, bodies);
  });
  afterAll(async () => {
    await h.close();
  });
  beforeEach(() => {
    clearPortfolioStores();
  });

  function open(role: Role, cache: MemoryPortfolioCache, now?: () => Date): PortfolioStore {
    const store = new PortfolioStore(h.repository(role), { user: `i:0#.f|membership|${role}@example.test`, cache, now });
    store.start();
    return store;
  }

  function apiRequests(): { count: number; urls: string[] } {
    const outer = h.standIn.log.filter((r) => r.batch === undefined);
    return { count: outer.length, urls: outer.map((r) => r.url) };
  }

  it('reads a summary in SharePoint\'s leanest JSON: no long texts, no ETags, lookups as ids, first page of 500', async () => {
    const partials: number[] = [];
    const data = await h.repository('member').load({ detail: 'summary', onPartial: (d) => partials.push(d.projects.length) });
    expect(data.projects).toHaveLength(1200);
    expect(partials).toEqual([500]);
    expect(data.detail).toBe('summary');
    expect(data.changeToken).toMatch(/^1;3;[0-9a-f-]{36};\d+;\d+$/);
    const first = must(data.projects[0], 'a project');
    expect(first.etag).toBeNull();
    expect(first.description).toBeNull();
    expect(first.impacts.organisation.text).toBeNull();
    expect(first.planIds).toHaveLength(1);
    const pages = h.standIn.log.filter((r) => r.url.includes('/items?') && r.url.includes('ScheduleStart'));
    expect(pages.every((r) => !r.url.includes('ProjectDescription') && !r.url.includes('%24expand=Plans'))).toBe(true);
    // whole projects for details: every column and the ETag an editor needs
    const whole = await h.repository('member').getProject(first.id ?? 0);
    expect(whole.etag).toMatch(/^"\d+"$/);
    expect(whole.description).not.toBeNull();
  });

  it('answers the summary without per-item metadata, at most 1,000 bytes a project before compression (every column with metadata: over 1,700)', async () => {
    const url = new URL(`${SITE_PATH}/_api/web/lists/getbyid('${must(h.standIn.store.findWeb(SITE_PATH)?.lists.find((l) => l.UrlName === LIST), 'list').Id}')/items`, h.server.url);
    const data = await h.repository('member').load({ detail: 'summary' });
    expect(data.projects).toHaveLength(1200);
    const response = await fetch(`${url.toString()}?$top=1&$select=Id,Title`, { headers: { Accept: 'application/json;odata=nometadata' } });
    const body = (await response.json()) as { value: Record<string, unknown>[] };
    expect(Object.keys(must(body.value[0], 'item')).filter((k) => k.startsWith('odata.'))).toEqual([]);
    expect(Object.keys(body)).toEqual(['value', 'odata.nextLink']);
    h.standIn.log.splice(0);
    const before = process.memoryUsage().heapUsed;
    const again = await h.repository('member').load({ detail: 'summary' });
    expect(again.projects).toHaveLength(1200);
    expect(before).toBeGreaterThan(0);
    const sizes = h.standIn.log.filter((r) => r.responseBytes !== undefined && r.url.includes('SalkkuProjects') && r.url.includes('/items')).reduce((sum, r) => sum + (r.responseBytes ?? 0), 0);
    expect(sizes / 1200).toBeLessThan(1000);
  });

  it('one store per site and user on a page: every web part gets the same, and it loads once', async () => {
    const cache = new MemoryPortfolioCache();
    const user = 'i:0#.f|membership|member@example.test';
    const a = portfolioStoreFor(h.repository('member'), { user, cache });
    const b = portfolioStoreFor(h.repository('member'), { user, cache });
    expect(b).toBe(a);
    expect(portfolioStoreFor(h.repository('member'), { user: 'someone else', cache })).not.toBe(a);
    h.standIn.log.splice(0);
    a.start();
    b.start();
    ready(await settled(a));
    const loads = apiRequests().urls.filter((u) => u.endsWith('/$batch'));
    expect(loads).toHaveLength(1);
    // an edit saved in one view shows in the other
    const shown = ready(a.state).data.projects[0] as Project;
    const edited = { ...shown, title: 'Muokattu toisessa näkymässä' };
    const seen: string[] = [];
    b.subscribe((state) => state.status === 'ready' && seen.push(state.data.projects[0]?.title ?? ''));
    a.replaceProject(edited);
    expect(seen).toEqual(['Muokattu toisessa näkymässä']);
  });

  it('opens warm from the cache and confirms with SharePoint in at most 2 requests when nothing changed', async () => {
    const cache = new MemoryPortfolioCache();
    const cold = open('member', cache);
    const loaded = ready(await settled(cold));
    expect(loaded.freshness.kind).toBe('confirmed');
    expect(cache.entries.size).toBe(1);
    h.standIn.log.splice(0);
    const warm = open('member', cache);
    // shown from the cache before SharePoint answers, while it is asked
    const shown = ready(await settled(warm, (s) => s.status !== 'loading'));
    expect(shown.freshness.kind).toBe('checking');
    expect(shown.data.projects).toHaveLength(1200);
    const confirmed = ready(await settled(warm));
    expect(confirmed.freshness.kind).toBe('confirmed');
    expect(confirmed.data.projects).toHaveLength(1200);
    const { count, urls } = apiRequests();
    expect(count).toBeLessThanOrEqual(2);
    expect(urls.filter((u) => u.includes('/items'))).toEqual([]);
    expect(h.standIn.log.some((r) => /getchanges/i.test(r.url))).toBe(true);
  });

  it('asks the change log while the cached projects are still being read, and shows them once, confirmed, when SharePoint answered first', async () => {
    const cache = new MemoryPortfolioCache();
    ready(await settled(open('member', cache)));
    // the projects' part of the entry takes long to read (12,000 projects parsed in slices)
    let release = (): void => undefined;
    const slow = new Promise<void>((resolve) => (release = resolve));
    const read = cache.read.bind(cache);
    cache.read = async (key) => {
      const parts = await read(key);
      return parts && { entry: parts.entry, projects: slow.then(() => parts.projects) };
    };
    h.standIn.log.splice(0);
    const warm = open('member', cache);
    const states: string[] = [];
    warm.subscribe((s) => states.push(s.status === 'ready' ? `ready ${s.freshness.kind}` : s.status));
    await new Promise<void>((resolve) => {
      const wait = (): void => {
        if (h.standIn.log.some((r) => /getchanges/i.test(r.url))) {
          resolve();
        } else {
          setTimeout(wait, 5);
        }
      };
      wait();
    });
    // SharePoint was asked before the projects were there; its answer waits for them
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(warm.state.status).toBe('loading');
    release();
    const confirmed = ready(await settled(warm));
    expect(confirmed.data.projects).toHaveLength(1200);
    expect(states).toEqual(['ready confirmed']);
  });

  it('applies what others added, changed and deleted since, reading only those projects', async () => {
    const cache = new MemoryPortfolioCache();
    ready(await settled(open('member', cache)));
    const owner = h.repository('owner');
    const changedId = must(ids[10], 'id');
    const deletedId = must(ids[11], 'id');
    const current = await owner.getProject(changedId);
    await owner.saveProject({ ...current, title: 'Nimi muuttui' }, { plans: [] });
    await owner.deleteItems('projects', [deletedId]);
    const added = await owner.saveProject({ ...emptyProject('Uusi hanke muualta'), number: '9.9' }, { plans: [] });
    h.standIn.log.splice(0);
    const warm = ready(await settled(open('member', cache)));
    const byId = new Map(warm.data.projects.map((p) => [p.id, p]));
    expect(byId.get(changedId)?.title).toBe('Nimi muuttui');
    expect(byId.has(deletedId)).toBe(false);
    expect(byId.get(added.id)?.title).toBe('Uusi hanke muualta');
    expect(warm.data.projects).toHaveLength(1200);
    const itemReads = h.standIn.log.filter((r) => r.url.includes('SalkkuProjects') && r.url.includes('/items'));
    expect(itemReads).toHaveLength(1);
    expect(itemReads[0]?.url).toContain('%24filter=');
    ids = ids.filter((id) => id !== deletedId).concat(added.id ?? 0);
    // the cache holds the corrected portfolio for the next open
    const entry = [...cache.entries.values()][0];
    expect(entry?.data.projects.find((p) => p.id === changedId)?.title).toBe('Nimi muuttui');
  });

  it('removes from the cache a project the user may no longer read (item-level permissions)', async () => {
    const cache = new MemoryPortfolioCache();
    const hidden = must(ids[20], 'id');
    const first = ready(await settled(open('member', cache)));
    expect(first.data.projects.some((p) => p.id === hidden)).toBe(true);
    h.standIn.setItemReaders(SITE_PATH, LIST, hidden, ['owner']);
    const warm = ready(await settled(open('member', cache)));
    expect(warm.data.projects.some((p) => p.id === hidden)).toBe(false);
    expect([...cache.entries.values()][0]?.data.projects.some((p) => p.id === hidden)).toBe(false);
    // the owner still sees it
    const ownerData = await h.repository('owner').load({ detail: 'summary' });
    expect(ownerData.projects.some((p) => p.id === hidden)).toBe(true);
    h.standIn.setItemReaders(SITE_PATH, LIST, hidden, undefined);
    const again = ready(await settled(open('member', cache)));
    expect(again.data.projects.some((p) => p.id === hidden)).toBe(true);
  });

  it('loads in full when the change log no longer reaches back to the cached token', async () => {
    const cache = new MemoryPortfolioCache();
    ready(await settled(open('member', cache)));
    const owner = h.repository('owner');
    const id = must(ids[30], 'id');
    await owner.saveProject({ ...(await owner.getProject(id)), title: 'Muuttui ennen lokin katkeamista' }, { plans: [] });
    h.standIn.expireChangeLog(SITE_PATH, LIST);
    h.standIn.log.splice(0);
    const warm = ready(await settled(open('member', cache)));
    expect(warm.data.projects.find((p) => p.id === id)?.title).toBe('Muuttui ennen lokin katkeamista');
    const changeCall = must(h.standIn.log.find((r) => /getchanges/i.test(r.url)), 'GetChanges');
    expect(changeCall.status).toBe(500);
    expect(h.standIn.log.filter((r) => r.url.includes('SalkkuProjects') && r.url.includes('/items')).length).toBeGreaterThanOrEqual(2);
    expect(warm.freshness.kind).toBe('confirmed');
  });

  it('does not ask the change log with a token older than 50 days, nor trusts a cache older than a week', async () => {
    const cache = new MemoryPortfolioCache();
    ready(await settled(open('member', cache)));
    const entry = must([...cache.entries.entries()][0], 'entry');
    const listId = must(h.standIn.store.findWeb(SITE_PATH)?.lists.find((l) => l.UrlName === LIST), 'list').Id;
    entry[1].data.changeToken = listChangeToken(listId, new Date(Date.now() - 51 * 24 * 3600 * 1000), 1);
    h.standIn.log.splice(0);
    ready(await settled(open('member', cache)));
    expect(h.standIn.log.some((r) => /getchanges/i.test(r.url))).toBe(false);
    h.standIn.log.splice(0);
    const later = (): Date => new Date(Date.now() + 8 * 24 * 3600 * 1000);
    const store = open('member', cache, later);
    expect(store.state.status).toBe('loading');
    ready(await settled(store));
    expect(h.standIn.log.some((r) => /getchanges/i.test(r.url))).toBe(false);
  });

  it('drops a cache of another schema version, another user, and on 403', async () => {
    const cache = new MemoryPortfolioCache();
    ready(await settled(open('member', cache)));
    const [key, entry] = must([...cache.entries.entries()][0], 'entry');
    cache.entries.set(key, { ...entry, schemaVersion: entry.schemaVersion - 1 });
    const store = open('member', cache);
    expect(store.state.status).toBe('loading');
    ready(await settled(store));
    // someone else signs in on this browser: the member's data goes
    ready(await settled(open('visitor', cache)));
    expect([...cache.entries.keys()].map((k) => (JSON.parse(k) as string[])[0])).toEqual(['i:0#.f|membership|visitor@example.test']);
    // the visitor loses access to the site: the cached portfolio is not shown, and is removed
    const [visitorKey, visitorEntry] = must([...cache.entries.entries()][0], 'entry');
    const noAccess = new PortfolioStore(h.repository('none'), { user: 'i:0#.f|membership|visitor@example.test', cache });
    cache.entries.set(visitorKey, visitorEntry);
    noAccess.start();
    const state = await settled(noAccess, (s) => s.status === 'error');
    expect(state.status === 'error' && state.error.kind).toBe('accessDenied');
    expect(cache.entries.size).toBe(0);
  });

  it('adds the impact justifications for the Impact view, keeps them in the cache and in later changes', async () => {
    const cache = new MemoryPortfolioCache();
    const store = open('member', cache);
    ready(await settled(store));
    h.standIn.log.splice(0);
    await store.loadAssessment();
    const withTexts = ready(store.state);
    expect(withTexts.data.detail).toBe('assessment');
    const reads = h.standIn.log.filter((r) => r.url.includes('SalkkuProjects') && r.url.includes('/items'));
    expect(reads.every((r) => r.url.includes('ImpactOrganisationNote') && !r.url.includes('ProjectDescription') && !r.url.includes('Title'))).toBe(true);
    const described = withTexts.data.projects.filter((p) => p.impacts.organisation.text !== null);
    expect(described.length).toBeGreaterThan(100);
    expect(withTexts.data.projects.every((p) => p.description === null)).toBe(true);
    // asked twice, read once
    h.standIn.log.splice(0);
    await store.loadAssessment();
    expect(h.standIn.log).toEqual([]);
    // a later open has them from the cache, and a changed text comes with the change
    const owner = h.repository('owner');
    const id = must(ids[40], 'id');
    const current = await owner.getProject(id);
    await owner.saveProject({ ...current, impacts: { ...current.impacts, security: { level: current.impacts.security.level, text: 'Uusi perustelu' } } }, { plans: [] });
    const warm = ready(await settled(open('member', cache)));
    expect(warm.data.detail).toBe('assessment');
    expect(warm.data.projects.find((p) => p.id === id)?.impacts.security.text).toBe('Uusi perustelu');
  });

  it('keeps showing cached data, saying it is unconfirmed, when SharePoint cannot be reached', async () => {
    const cache = new MemoryPortfolioCache();
    ready(await settled(open('member', cache)));
    const offline = new PortfolioStore(
      { ...h.repository('member'), siteUrl: h.siteUrl, schemaVersion: h.repository().schemaVersion, refresh: () => Promise.reject(new (jest.requireActual('../../src/data/contract/errors') as typeof import('../../src/data/contract/errors')).RepositoryError('network', 'offline')) },
      { user: 'i:0#.f|membership|member@example.test', cache }
    );
    offline.start();
    const state = ready(await settled(offline));
    expect(state.freshness.kind).toBe('unconfirmed');
    expect(state.data.projects.length).toBeGreaterThan(1000);
    expect(cache.entries.size).toBe(1);
  });
});

describe('GetChanges in the stand-in, as SharePoint documents it', () => {
  let h: Harness;
  let listId: string;

  beforeAll(async () => {
    h = await startHarness();
    await h.repository().setUp();
    listId = must(h.standIn.store.findWeb(SITE_PATH)?.lists.find((l) => l.UrlName === LIST), 'list').Id;
  });
  afterAll(async () => {
    await h.close();
  });

  async function getChanges(query: Record<string, unknown>): Promise<{ status: number; body: Record<string, unknown> }> {
    const sp = h.sp('member');
    const digest = ((await (await fetch(new URL(`${SITE_PATH}/_api/contextinfo`, h.server.url), { method: 'POST', headers: { Accept: 'application/json', 'X-StandIn-Role': 'member' } })).json()) as { FormDigestValue: string }).FormDigestValue;
    expect(sp).toBeDefined();
    const response = await fetch(new URL(`${SITE_PATH}/_api/web/lists(guid'${listId}')/GetChanges`, h.server.url), {
      method: 'POST',
      headers: { Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json', 'X-RequestDigest': digest, 'X-StandIn-Role': 'member' },
      body: JSON.stringify({ query })
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  it('answers SP.ChangeItem records after the token, oldest first, with the flags asked for', async () => {
    const start = (await getChanges({ Item: true, Add: true })).body;
    expect(start.value).toEqual([]);
    const created = h.standIn.insertItems(SITE_PATH, LIST, [{ Title: 'A' }, { Title: 'B' }]);
    const all = (await getChanges({ Item: true, Add: true, Update: true })).body.value as Record<string, unknown>[];
    expect(all.map((c) => [c.ItemId, c.ChangeType])).toEqual(created.map((id) => [id, 1]));
    const token = (must(all[0], 'change').ChangeToken as { StringValue: string }).StringValue;
    expect(token.split(';').slice(0, 3)).toEqual(['1', '3', listId]);
    expect(token).toMatch(/^1;3;[0-9a-f-]+;\d+;\d+$/);
    const after = (await getChanges({ Item: true, Add: true, ChangeTokenStart: { StringValue: token } })).body.value as Record<string, unknown>[];
    expect(after.map((c) => c.ItemId)).toEqual([created[1]]);
    // without Item nothing of items is answered; without Add no adds
    expect((await getChanges({ Add: true })).body.value).toEqual([]);
    expect((await getChanges({ Item: true, Update: true })).body.value).toEqual([]);
  });

  it('limits an answer to FetchLimit (1,000 by default, 2,000 at most)', async () => {
    h.standIn.insertItems(SITE_PATH, LIST, Array.from({ length: 2100 }, (_v, i) => ({ Title: `P${i}` })));
    expect(((await getChanges({ Item: true, Add: true })).body.value as unknown[]).length).toBe(1000);
    expect(((await getChanges({ Item: true, Add: true, FetchLimit: 5000 })).body.value as unknown[]).length).toBe(2000);
  });

  it('refuses a token from before the start of the change log, and one of another list', async () => {
    const old = listChangeToken(listId, new Date(), 1);
    h.standIn.expireChangeLog(SITE_PATH, LIST);
    const expired = await getChanges({ Item: true, Add: true, ChangeTokenStart: { StringValue: old } });
    expect(expired.status).toBe(500);
    expect(JSON.stringify(expired.body)).toContain('The changeToken refers to a time before the start of the current change log.');
    expect(JSON.stringify(expired.body)).toContain('-2130575172');
    const other = await getChanges({ Item: true, Add: true, ChangeTokenStart: { StringValue: listChangeToken('00000000-0000-0000-0000-000000000001', new Date(), 1) } });
    expect(other.status).toBe(500);
    expect(JSON.stringify(other.body)).toContain('-2130575173');
  });
});
