/**
 * Schema, mapping and stand-in agree: a project with every field set survives a save and a load
 * unchanged, so every schema field is created by set-up, written by the mapping, stored by the
 * stand-in and read back.
 */
import { fullProject } from '../../src/data/sharepoint/mapping/projectMapping.test';
import type { Harness } from '../support/standinHarness';
import { startHarness } from '../support/standinHarness';

describe('schema ↔ mapping ↔ stand-in', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('round-trips every field of a project', async () => {
    const repo = h.repository();
    await repo.setUp();
    const planA = await repo.savePlan({ id: null, etag: null, title: 'A', organisation: 'Org', periodStart: '2021-01', periodEnd: '2022-12', approvedOn: '2021-02-03', status: 'Päättynyt' });
    const planB = await repo.savePlan({ id: null, etag: null, title: 'B', organisation: 'Org', periodStart: '2023-01', periodEnd: '2024-12', approvedOn: null, status: 'Hyväksytty' });
    const goal = await repo.saveGoal({ id: null, etag: null, title: 'Tavoite', description: 'Kuvaus', strategyPeriod: '2022–2025' });
    h.standIn.store.ensureUser('Päällikkö', 'paallikko@example.fi');
    h.standIn.store.ensureUser('Arvioija', 'arvioija@example.fi');
    const manager = await repo.ensurePerson('paallikko@example.fi');
    const assessor = await repo.ensurePerson('arvioija@example.fi');
    const expected = {
      ...fullProject(),
      id: null,
      etag: null,
      planIds: [planA.id ?? 0, planB.id ?? 0],
      goalIds: [goal.id ?? 0],
      projectManager: manager,
      assessedBy: assessor
    };
    const saved = await repo.saveProject(expected, { plans: [planA, planB] });
    const data = await repo.load();
    const loaded = data.projects.find((p) => p.id === saved.id);
    expect({ ...loaded, id: null, etag: null, modified: null }).toEqual(expected);
    expect(data.plans.map((p) => ({ ...p, id: null, etag: null }))).toEqual([
      { ...planA, id: null, etag: null },
      { ...planB, id: null, etag: null }
    ]);
    expect(data.goals[0]).toMatchObject({ title: 'Tavoite', description: 'Kuvaus', strategyPeriod: '2022–2025' });
    const list = h.standIn.store.findWeb('/sites/salkku')?.lists.find((l) => l.UrlName === 'SalkkuProjects');
    expect(list?.items[0]?.values.PlanId).toBe(planB.id);
    expect(data.itemIssues).toEqual([]);
    const single = await repo.getProject(saved.id ?? 0);
    expect({ ...single, modified: null }).toEqual({ ...loaded, modified: null });
  });
});
