/**
 * Importing plan documents into the lists through the repository: a plan creates its projects;
 * importing it again writes nothing; a dry run writes nothing; a project of an earlier plan is
 * linked as carried over instead of duplicated. The plans are the repository's own fixtures
 * (test/fixtures/plans); the same is then checked on the customers' documents where they are.
 */
import * as fs from 'fs';
import * as path from 'path';
import { importPlan } from '../../src/data/contract/importPlan';
import { parsePlanText } from '../../src/domain/import/parsePlanDocument';
import type { ImportedPlan } from '../../src/domain/import/importModel';
import { describeWithSeeds, readSeed } from '../support/seeds';
import type { Harness } from '../support/standinHarness';
import { startHarness } from '../support/standinHarness';

const PLANS = path.resolve(__dirname, '../fixtures/plans');

/** A fixture plan of the fictional Järvenranta: 2023–2024 (full template), 2025–2026 (short). */
function fixturePlan(name: string): ImportedPlan {
  return parsePlanText(fs.readFileSync(path.join(PLANS, name), 'utf8'), { fileName: name });
}

const OLDER = 'jarvenranta-2023-2024.md';
const NEWER = 'jarvenranta-2025-2026.md';

/** Item writes in the stand-in's log (creates and updates of list items). */
function itemWrites(h: Harness): number {
  return h.standIn.log.filter((r) => r.method !== 'GET' && /\/items/i.test(r.url)).length;
}

/** The lists' "Current plan" view's query. */
function currentPlanViewQuery(h: Harness): string | undefined {
  return h.standIn.store
    .findWeb('/sites/salkku')
    ?.lists.find((l) => l.UrlName === 'SalkkuProjects')
    ?.views.find((v) => v.ServerRelativeUrl.endsWith('/CurrentPlan.aspx'))?.ViewQuery;
}

describe('importing plan documents', () => {
  // every test starts from empty lists of its own
  let h: Harness;

  beforeEach(async () => {
    h = await startHarness();
    await h.repository().setUp();
  });
  afterEach(async () => {
    await h.close();
  });

  it('creates the projects of a plan, then re-importing writes nothing and a dry run writes nothing', async () => {
    const repo = h.repository();
    const plan = fixturePlan(OLDER);
    const first = await importPlan(repo, plan, { fallbackTitle: 'older' });
    expect(first.created).toBe(3);
    expect(first.plan.action).toBe('create');
    // the lists' "Current plan" view follows the new plan
    expect(first.currentPlanViewUpdated).toBe(true);
    expect(currentPlanViewQuery(h)).toContain(`<Value Type="Lookup">${first.plan.id ?? -1}</Value>`);
    const data = await repo.load();
    expect(data.projects).toHaveLength(3);
    const asset = data.projects.find((p) => p.number === '2.1');
    expect(asset).toMatchObject({ title: 'Asset Management', likelihood: 'Suhteellisen varmaa', likelihoodNote: 'edellyttää, että ylläpitäjät ehtivät mukaan', scheduleOwner: 'Tietohallinto' });
    expect(asset?.schedule).toMatchObject({ text: '4/2023–12/2023', start: '2023-04', end: '2023-12' });
    expect(asset?.costs).toMatchObject({ investmentMin: 5000, investmentMax: 10000 });
    expect(asset?.impacts.caseManagement).toEqual({ level: 'Ei vaikutusta', text: 'Ei vaikutusta' });

    h.standIn.log.splice(0);
    const again = await importPlan(repo, plan, { fallbackTitle: 'older' });
    expect({ created: again.created, updated: again.updated, carriedOver: again.carriedOver, unchanged: again.unchanged, writes: again.writes }).toEqual({ created: 0, updated: 0, carriedOver: 0, unchanged: 3, writes: 0 });
    expect(itemWrites(h)).toBe(0);

    h.standIn.log.splice(0);
    const dry = await importPlan(repo, fixturePlan(NEWER), { fallbackTitle: 'newer', dryRun: true });
    expect(dry.actions.map((a) => a.kind)).toEqual(['carryOver', 'create', 'create']);
    expect(dry.writes).toBe(0);
    expect(itemWrites(h)).toBe(0);
    expect((await repo.load()).projects).toHaveLength(3);
  });

  it('links a project found in an earlier plan as carried over, and keeps its newest number', async () => {
    const repo = h.repository();
    await importPlan(repo, fixturePlan(NEWER), { fallbackTitle: 'newer' });
    const older = fixturePlan(OLDER);
    const report = await importPlan(repo, older, { fallbackTitle: 'older' });
    expect(report.actions.map((a) => a.kind)).toEqual(['create', 'carryOver', 'create']);
    const data = await repo.load();
    expect(data.projects).toHaveLength(5);
    const backups = data.projects.filter((p) => p.title === 'Varmuuskopioinnin siirto pilvipalveluun');
    expect(backups).toHaveLength(1);
    const [backup] = backups;
    expect(backup?.planIds).toHaveLength(2);
    // the newer plan's number and schedule, not the older document's 2.2 and 9/2024–12/2024
    expect(backup?.number).toBe('2.1');
    expect(backup?.schedule.text).toBe('3/2025 – 12/2025');
    const again = await importPlan(repo, older, { fallbackTitle: 'older' });
    expect(again.writes).toBe(0);
  });
});

/** The same on the customers' plan documents (../shared/seeds), where they are. */
describeWithSeeds(__filename)('importing the customers\' plan documents', () => {
  const seed = (prefix: string): string => readSeed(prefix).text;
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
    await h.repository().setUp();
  });
  afterAll(async () => {
    await h.close();
  });

  it('creates the 23 projects of seed 003, then re-importing writes nothing and a dry run of seed 000 writes nothing', async () => {
    const repo = h.repository();
    const plan = parsePlanText(seed('003'), { fileName: '003.txt' });
    const first = await importPlan(repo, plan, { fallbackTitle: '003' });
    expect(first.created).toBe(23);
    expect(first.plan.action).toBe('create');
    // the lists' "Current plan" view follows the new plan
    expect(first.currentPlanViewUpdated).toBe(true);
    expect(currentPlanViewQuery(h)).toContain(`<Value Type="Lookup">${first.plan.id ?? -1}</Value>`);
    const data = await repo.load();
    expect(data.projects).toHaveLength(23);
    const asset = data.projects.find((p) => p.number === '2.1');
    expect(asset).toMatchObject({ title: 'Asset Management', likelihood: 'Suhteellisen varmaa', likelihoodNote: 'resursointi toki aina henkilöriippuvaista', scheduleOwner: 'Tietohallinto' });
    expect(asset?.schedule).toMatchObject({ text: '4/2023–12/2023', start: '2023-04', end: '2023-12' });
    expect(asset?.costs).toMatchObject({ investmentMin: 5000, investmentMax: 10000 });
    expect(asset?.impacts.caseManagement).toEqual({ level: 'Ei vaikutusta', text: 'Ei vaikutusta' });

    h.standIn.log.splice(0);
    const again = await importPlan(repo, plan, { fallbackTitle: '003' });
    expect({ created: again.created, updated: again.updated, carriedOver: again.carriedOver, unchanged: again.unchanged, writes: again.writes }).toEqual({ created: 0, updated: 0, carriedOver: 0, unchanged: 23, writes: 0 });
    expect(itemWrites(h)).toBe(0);

    h.standIn.log.splice(0);
    const dry = await importPlan(repo, parsePlanText(seed('000'), { fileName: '000.txt' }), { fallbackTitle: '000', dryRun: true });
    expect(dry.created + dry.carriedOver).toBe(49);
    expect(dry.writes).toBe(0);
    expect(itemWrites(h)).toBe(0);
    expect((await repo.load()).projects).toHaveLength(23);
  });
});
