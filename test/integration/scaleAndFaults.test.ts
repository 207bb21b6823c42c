/**
 * The repository against the stand-in at scale and under failure: paging over 12,000 items,
 * request counts, throttling (Retry-After waited in full, up to a ceiling), the list view threshold, unknown
 * choice values, and an upgrade that adds a missing field without touching data.
 */
import { latestPlanId } from '../../src/domain/plans';
import { syntheticProjects } from '../../demo/synthetic';
import { RepositoryError } from '../../src/data/contract/errors';
import { projectToItem } from '../../src/data/sharepoint/mapping/projectMapping';
import type { RetryEvent } from '../../src/data/sharepoint/retry';
import type { Plan } from '../../src/domain/model';
import type { Harness } from '../support/standinHarness';
import { FAST_RETRY, SITE_PATH, startHarness, TIME_SCALE } from '../support/standinHarness';

const N = 12_000;

describe('repository at scale and under failure', () => {
  let h: Harness;
  let plans: Plan[];

  beforeAll(async () => {
    h = await startHarness();
    await h.repository().setUp();
    const repo = h.repository();
    plans = [];
    for (const { title, start, end } of [
      { title: 'TTS 2021–2022', start: '2021-01', end: '2022-12' },
      { title: 'TTS 2023–2024', start: '2023-01', end: '2024-12' }
    ]) {
      plans.push(await repo.savePlan({ id: null, etag: null, title, organisation: 'Testikaupunki', periodStart: start, periodEnd: end, approvedOn: null, status: 'Hyväksytty' }));
    }
    const planIds = plans.map((p) => p.id ?? 0);
    const bodies = syntheticProjects(N, planIds, []).map((p) => projectToItem(p, { latestPlanId: (ids) => latestPlanId(ids, plans) }));
    h.standIn.insertItems(SITE_PATH, 'SalkkuProjects', bodies);
  }, 120_000);

  afterAll(async () => {
    await h.close();
  });

  it(`loads ${N} projects in at most ceil(N/5000) + 3 requests`, async () => {
    const repo = h.repository();
    h.standIn.log.length = 0;
    const progress: number[] = [];
    const data = await repo.load({ onProgress: (p) => progress.push(p.loaded) });
    expect(data.projects).toHaveLength(N);
    expect(new Set(data.projects.map((p) => p.id)).size).toBe(N);
    const requests = h.standIn.log.filter((r) => r.batch === undefined);
    expect(requests.length).toBeLessThanOrEqual(Math.ceil(N / 5000) + 3);
    expect(progress).toEqual([5000, 10000, 12000]);
    expect(data.projects[0]?.title).toMatch(/ 1$/);
  });

  it('waits out 429/503 answers, each as long as Retry-After asks, and never asks again too early', async () => {
    h.standIn.faults = { ratio: 0.3, statuses: [429, 503], retryAfterMin: 1, retryAfterMax: 3, permanent: false };
    h.standIn.reseed(7);
    h.standIn.log.length = 0;
    try {
      const events: RetryEvent[] = [];
      const repo = h.repository('owner', FAST_RETRY);
      repo.onBusy((e) => events.push(e));
      const data = await repo.load();
      expect(data.projects).toHaveLength(N);
      expect(events.length).toBeGreaterThan(0);
      expect(events.every((e) => e.waitMs >= 1000 && (e.status === 429 || e.status === 503))).toBe(true);
      expect(h.standIn.log.filter((r) => r.early)).toEqual([]);
    } finally {
      h.standIn.faults = { ...h.standIn.faults, ratio: 0 };
    }
  });

  it('answers 429 again to a client that retries before Retry-After is over (throttling is prolonged)', async () => {
    const get = (): Promise<Response> => fetch(`${h.siteUrl}/_api/web?$select=Title`, { headers: { Accept: 'application/json' } });
    h.standIn.faults = { ratio: 1, statuses: [429], retryAfterMin: 2, retryAfterMax: 2, permanent: false };
    const first = await get();
    h.standIn.faults = { ...h.standIn.faults, ratio: 0 };
    expect([first.status, first.headers.get('retry-after')]).toEqual([429, '2']);
    // PnPjs's own default or a capped client retries after a fraction of the asked wait
    const early = await get();
    expect(early.status).toBe(429);
    expect(Number(early.headers.get('retry-after'))).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 2000 * TIME_SCALE + 20));
    expect((await get()).status).toBe(200);
  });

  it('gives up at once when SharePoint asks to wait past the ceiling, and says how long it asked', async () => {
    h.standIn.faults = { ratio: 1, statuses: [429], retryAfterMin: 300, retryAfterMax: 300, permanent: false };
    try {
      const events: RetryEvent[] = [];
      const repo = h.repository('owner', FAST_RETRY);
      repo.onBusy((e) => events.push(e));
      const error = await repo.load().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RepositoryError);
      expect(error).toMatchObject({ kind: 'throttled', retryAfterMs: 300_000 });
      expect(events).toEqual([]);
    } finally {
      h.standIn.faults = { ...h.standIn.faults, ratio: 0 };
      await new Promise((resolve) => setTimeout(resolve, 300_000 * TIME_SCALE + 50));
    }
  }, 20_000);

  it('gives up with a typed throttled error when SharePoint stays unavailable', async () => {
    h.standIn.faults = { ratio: 0, statuses: [503], retryAfterMin: 1, retryAfterMax: 1, permanent: true };
    h.standIn.log.length = 0;
    try {
      const events: RetryEvent[] = [];
      const repo = h.repository('owner', FAST_RETRY);
      repo.onBusy((e) => events.push(e));
      const error = await repo.load().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RepositoryError);
      expect(error).toMatchObject({ kind: 'throttled' });
      expect(events.map((e) => e.waitMs)).toEqual(new Array(8).fill(1000));
      expect(h.standIn.log.filter((r) => r.early)).toEqual([]);
    } finally {
      h.standIn.faults = { ...h.standIn.faults, permanent: false };
    }
  });

  it('maps the list view threshold (unindexed filter on > 5,000 items) to a typed error', async () => {
    const repo = h.repository();
    await expect(repo.findProjects({ number: '2.1' })).resolves.toEqual(expect.any(Array));
    const list = h.standIn.store.findWeb(SITE_PATH)?.lists.find((l) => l.UrlName === 'SalkkuProjects');
    const field = list?.fields.find((f) => f.InternalName === 'ProjectNumber');
    if (!field) {
      throw new Error('ProjectNumber missing');
    }
    field.Indexed = false;
    try {
      const error = await repo.findProjects({ number: '2.1' }).catch((e: unknown) => e);
      expect(error).toMatchObject({ kind: 'listViewThreshold' });
      const status = await repo.setupStatus();
      expect(status.upgradeAvailable).toBe(true);
    } finally {
      await repo.setUp();
    }
    expect(field.Indexed).toBe(true);
  });
});

describe('choices cities edit, and upgrades', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
    await h.repository().setUp();
  });
  afterAll(async () => {
    await h.close();
  });

  it('shows unknown choice values as they are and reports them', async () => {
    h.standIn.insertItems(SITE_PATH, 'SalkkuProjects', [{ Title: 'Oudot arvot', ProjectStatus: 'Jäissä', Rag: 'Sininen' }]);
    const data = await h.repository().load();
    const project = data.projects.find((p) => p.title === 'Oudot arvot');
    expect(project?.status).toBe('Jäissä');
    expect(project?.rag).toBe('Sininen');
    const issue = data.itemIssues.find((i) => i.itemId === project?.id);
    expect(issue?.warnings).toEqual(
      expect.arrayContaining([
        { code: 'unknownChoice', field: 'status', detail: 'Jäissä' },
        { code: 'unknownChoice', field: 'rag', detail: 'Sininen' }
      ])
    );
  });

  it('reads choices from the list at run time, including ones a city added', async () => {
    const list = h.standIn.store.findWeb(SITE_PATH)?.lists.find((l) => l.UrlName === 'SalkkuProjects');
    const status = list?.fields.find((f) => f.InternalName === 'ProjectStatus');
    status?.Choices?.push('Jäissä');
    const data = await h.repository().load();
    expect(data.lists.projects.choices.ProjectStatus).toContain('Jäissä');
    const project = data.projects.find((p) => p.title === 'Oudot arvot');
    expect(data.itemIssues.find((i) => i.itemId === project?.id)?.warnings.map((w) => w.field)).toEqual(['rag']);
  });

  it('upgrade adds a missing field and leaves data and edited choices alone (only the sort key of an item added elsewhere is written)', async () => {
    const list = h.standIn.store.findWeb(SITE_PATH)?.lists.find((l) => l.UrlName === 'SalkkuProjects');
    if (!list) {
      throw new Error('list missing');
    }
    list.fields = list.fields.filter((f) => f.InternalName !== 'Systems');
    const withoutSortKey = (): string => JSON.stringify(list.items.map((i) => ({ id: i.Id, values: { ...i.values, SortKey: undefined } })));
    const before = withoutSortKey();
    const repo = h.repository();
    const loaded = await repo.load();
    expect(loaded.upgradeAvailable).toBe(true);
    expect(loaded.lists.projects.missingFields).toEqual(['Systems']);
    // "Oudot arvot" was added without Salkku (as in SharePoint's own form): no sort key yet
    expect(loaded.staleSortKeys).toBe(1);
    const report = await repo.setUp();
    expect(report.actions).toEqual([
      { kind: 'createField', list: 'projects', target: 'Systems' },
      { kind: 'updateItem', list: 'projects', target: '#1', detail: 'SortKey zzzz' }
    ]);
    expect(report.writes).toBe(2);
    expect(withoutSortKey()).toBe(before);
    expect(list.items[0]?.values.SortKey).toBe('zzzz');
    expect(list.fields.find((f) => f.InternalName === 'ProjectStatus')?.Choices).toContain('Jäissä');
    expect((await repo.load()).upgradeAvailable).toBe(false);
  });
});
