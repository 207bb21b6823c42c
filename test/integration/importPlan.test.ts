/**
 * Importing plan documents into the lists through the repository: a seed plan creates its
 * projects; importing it again writes nothing; a dry run writes nothing; a project of an earlier
 * plan is linked as carried over instead of duplicated.
 */
import * as fs from 'fs';
import * as path from 'path';
import { importPlan } from '../../src/data/contract/importPlan';
import { parsePlanText } from '../../src/domain/import/parsePlanDocument';
import type { Harness } from '../support/standinHarness';
import { startHarness } from '../support/standinHarness';

const SEEDS = process.env.SALKKU_SEEDS_DIR ?? path.resolve(__dirname, '../../../shared/seeds');

function seed(prefix: string): string {
  const name = fs.readdirSync(SEEDS).find((f) => f.startsWith(prefix));
  if (!name) {
    throw new Error(`seed ${prefix} missing in ${SEEDS}`);
  }
  return fs.readFileSync(path.join(SEEDS, name), 'utf8');
}

/** Item writes in the stand-in's log (creates and updates of list items). */
function itemWrites(h: Harness): number {
  return h.standIn.log.filter((r) => r.method !== 'GET' && /\/items/i.test(r.url)).length;
}

describe('importing plan documents', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
    await h.repository().setUp();
  });
  afterAll(async () => {
    await h.close();
  });

  it('creates the projects of a plan, then re-importing writes nothing and a dry run writes nothing', async () => {
    const repo = h.repository();
    const plan = parsePlanText(seed('003'), { fileName: '003.txt' });
    const first = await importPlan(repo, plan, { fallbackTitle: '003' });
    expect(first.created).toBe(23);
    expect(first.plan.action).toBe('create');
    // the lists' "Current plan" view follows the new plan
    expect(first.currentPlanViewUpdated).toBe(true);
    const view = h.standIn.store.findWeb('/sites/salkku')?.lists.find((l) => l.UrlName === 'SalkkuProjects')?.views.find((v) => v.ServerRelativeUrl.endsWith('/CurrentPlan.aspx'));
    expect(view?.ViewQuery).toContain(`<Value Type="Lookup">${first.plan.id ?? -1}</Value>`);
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

  it('links a project found in an earlier plan as carried over, and keeps its newest number', async () => {
    const repo = h.repository();
    const older = parsePlanText(['Tietohallinnon toimenpidesuunnitelma 2021–2022', '', '## 2 Perusinfrastruktuurihankkeet, tietohallinto', '', '### 2.1 Verkkolevyjen siivous', '', 'Vanhat verkkolevyt käydään läpi.', '', 'Aikataulu: 2021', '', '### 2.2 Asset Management', '', 'Aloitetaan laiterekisterin kokoaminen.', '', 'Aikataulu: 9-12/2022'].join('\n'), { format: 'markdown' });
    const before = (await repo.load()).projects.length;
    const report = await importPlan(repo, older, { fallbackTitle: 'vanha' });
    expect(report.actions.map((a) => a.kind)).toEqual(['create', 'carryOver']);
    const data = await repo.load();
    expect(data.projects).toHaveLength(before + 1);
    const asset = data.projects.filter((p) => p.title === 'Asset Management');
    expect(asset).toHaveLength(1);
    expect(asset[0].planIds).toHaveLength(2);
    expect(asset[0].number).toBe('2.1');
    expect(asset[0].schedule.text).toBe('4/2023–12/2023');
    const again = await importPlan(repo, older, { fallbackTitle: 'vanha' });
    expect(again.writes).toBe(0);
  });
});
