/**
 * Importing plan documents into the lists through the repository: a plan creates its projects;
 * importing it again writes nothing; a dry run writes nothing; a project of an earlier plan is
 * linked as carried over instead of duplicated, but only on a conservative match (never the title
 * alone), every link listed and un-linkable, and no value crosses from one project to another. The plans are the repository's own fixtures
 * (test/fixtures/plans); the same is then checked on the customers' documents where they are.
 */
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Person, Project } from '../../src/domain/model';
import { importPlan } from '../../src/data/contract/importPlan';
import { addImportDrafts, previewDrafts } from '../../src/data/contract/importBenefits';
import { BENEFIT_STATUS } from '../../src/domain/benefits/vocabulary';
import { DRAFT_SOURCE } from '../../src/domain/benefits/importDrafts';
import { provision } from '../../src/data/sharepoint/setup/provision';
import { schemaAtVersion } from '../../src/data/sharepoint/schema/schema';
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
const BACKUP = 'Varmuuskopioinnin siirto pilvipalveluun';
const LIBRARY = 'Kirjaston omatoimiaukiolon laajennus';

/**
 * A later plan of the same city (written for these tests): its 2.1 is a new project where the
 * older plan's 2.1 was Asset Management, and a project of technical services happens to have the
 * title of the older plan's library project of education services. Neither is the earlier project.
 */
const LATER_PLAN = `Järvenrannan kaupunki

# Tietohallinnon toimenpidesuunnitelma 2027–2028

## 2 Perusinfrastruktuurihankkeet, tietohallinto omistajana

### 2.1 Verkkolevyjen käytöstä luopuminen

Yhteiset verkkolevyt tyhjennetään ja tiedostot siirretään tiimien omiin työtiloihin.

**Aikataulu:** 1/2027 – 6/2027

## 3 Palvelualakohtaiset kehityshankkeet, tekniset palvelut

### 3.1 ${LIBRARY}

Tilakeskus uusii lähikirjastojen ovien lukitukset, jotta ovet voidaan avata kirjastokortilla.

**Aikataulu:** 8/2027 – 11/2027
`;

/** A plan whose texts promise benefits (written for these tests). */
const BENEFIT_PLAN = `Järvenrannan kaupunki

# Tietohallinnon toimenpidesuunnitelma 2029–2030

## 2 Perusinfrastruktuurihankkeet, tietohallinto omistajana

### 2.1 Sähköinen allekirjoitus

Sopimukset ja päätökset allekirjoitetaan sähköisesti.

**Mikä muuttuu:** Allekirjoituskierros lyhenee viikoista päiviin.

**Hyödyt:** Postituskulut vähenevät. Asiakirjat arkistoidaan suoraan sähköiseen arkistoon.

**Aikataulu:** 2029

### 2.2 Puhelinvaihteen uusiminen

Vaihdepalvelu kilpailutetaan.

**Aikataulu:** 2030
`;

/** Follow-up values the import never sets: the earlier projects get them before a later import. */
async function giveFollowUp(h: Harness, titles: readonly string[]): Promise<Person> {
  const repo = h.repository();
  h.standIn.store.ensureUser('Päivi Päällikkö', 'paivi.paallikko@example.fi');
  const manager = await repo.ensurePerson('paivi.paallikko@example.fi');
  const data = await repo.load();
  for (const title of titles) {
    const project = data.projects.find((p) => p.title === title);
    if (project) {
      await repo.saveProject({ ...project, status: 'Käynnissä', rag: 'Keltainen', progress: 40, projectManager: manager }, { plans: data.plans });
    }
  }
  return manager;
}

/** What one project could lend another: its costs, schedule, texts and follow-up. */
function lendable(p: Project): string[] {
  return [
    p.costs.text,
    p.schedule.text,
    p.description,
    p.likelihoodNote,
    p.resources,
    p.impacts.security.text,
    p.impacts.organisation.text,
    p.status,
    p.rag,
    p.projectManager?.email ?? null
  ].flatMap((v) => (v === null || v === '' ? [] : [v]));
}

/** Runs the command line (async: the stand-in answers in this process) and gives its output. */
function importCommand(args: readonly string[]): Promise<string> {
  const root = path.resolve(__dirname, '../..');
  return new Promise((resolve, reject) => {
    execFile(path.join(root, 'node_modules/.bin/tsx'), ['scripts/import-plan.ts', ...args], { cwd: root, timeout: 60_000 }, (error, stdout, stderr) =>
      error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout)
    );
  });
}

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
    expect(dry.links.map((l) => [l.number, l.title, l.item.number, l.matchedOn])).toEqual([['2.1', BACKUP, '2.2', ['title']]]);
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

  it('does not link an earlier project with the same title in another service area, nor one with only the same number', async () => {
    const repo = h.repository();
    await importPlan(repo, fixturePlan(OLDER), { fallbackTitle: 'older' });
    await giveFollowUp(h, ['Asset Management', LIBRARY]);
    const before = await repo.load();
    const later = parsePlanText(LATER_PLAN, { fileName: 'later.md' });
    expect(later.projects.map((p) => [p.number, p.serviceArea])).toEqual([
      ['2.1', 'Tietohallinto'],
      ['3.1', 'Tekniset palvelut']
    ]);
    const report = await importPlan(repo, later, { fallbackTitle: 'later' });
    expect(report.actions.map((a) => a.kind)).toEqual(['create', 'create']);
    expect(report.links).toEqual([]);
    const after = await repo.load();
    expect(after.projects).toHaveLength(5);
    // the earlier projects are untouched: still in their own plan only, with their own values
    for (const earlier of before.projects) {
      const now = after.projects.find((p) => p.id === earlier.id);
      expect({ ...now, etag: null, modified: null }).toEqual({ ...earlier, etag: null, modified: null });
    }
  });

  it('never shows an earlier project\'s costs, status or project manager on another imported project', async () => {
    const repo = h.repository();
    await importPlan(repo, fixturePlan(OLDER), { fallbackTitle: 'older' });
    await giveFollowUp(h, ['Asset Management', BACKUP, LIBRARY]);
    const earlier = (await repo.load()).projects;
    await importPlan(repo, fixturePlan(NEWER), { fallbackTitle: 'newer' });
    await importPlan(repo, parsePlanText(LATER_PLAN, { fileName: 'later.md' }), { fallbackTitle: 'later' });
    const data = await repo.load();
    const created = data.projects.filter((p) => !earlier.some((e) => e.id === p.id));
    expect(created.map((p) => p.title).sort()).toEqual([LIBRARY, 'Koulujen näyttölaitteiden uusiminen', 'Työasemien käyttöjärjestelmäpäivitys', 'Verkkolevyjen käytöstä luopuminen']);
    for (const project of created) {
      expect({ title: project.title, status: project.status, rag: project.rag, progress: project.progress, manager: project.projectManager }).toEqual({ title: project.title, status: null, rag: null, progress: null, manager: null });
      for (const other of earlier) {
        const borrowed = lendable(project).filter((v) => lendable(other).includes(v));
        expect({ project: project.title, from: other.title, borrowed }).toEqual({ project: project.title, from: other.title, borrowed: [] });
      }
    }
    expect(data.projects.find((p) => p.title === 'Koulujen näyttölaitteiden uusiminen')?.costs).toMatchObject({ investmentMin: 80000, investmentMax: 120000 });
    expect(data.projects.find((p) => p.title === 'Työasemien käyttöjärjestelmäpäivitys')?.costs.text).toBe('');
  });

  it('a linked carry-over holds the imported values only: what the new plan does not say stays empty', async () => {
    const repo = h.repository();
    await importPlan(repo, fixturePlan(OLDER), { fallbackTitle: 'older' });
    const manager = await giveFollowUp(h, [BACKUP]);
    const older = (await repo.load()).projects.find((p) => p.title === BACKUP);
    // the older plan says these; the newer one does not
    expect(older).toMatchObject({ likelihood: 'Varmaa – itsestä kiinni', scheduleOwner: 'Tietohallinto', resources: 'Tietohallinto' });
    const report = await importPlan(repo, fixturePlan(NEWER), { fallbackTitle: 'newer' });
    expect(report.actions[0]).toMatchObject({ kind: 'carryOver', itemId: older?.id });
    const backup = (await repo.load()).projects.find((p) => p.id === older?.id);
    expect(backup?.planIds).toHaveLength(2);
    expect(backup).toMatchObject({
      number: '2.1',
      description: 'Palvelinten varmuuskopiot siirretään nauhoilta pilvipalveluun, ja palautus testataan puolivuosittain.',
      strategicBackground: 'Tietoturvan parantaminen',
      likelihood: null,
      likelihoodNote: null,
      scheduleOwner: null,
      resources: null
    });
    expect(backup?.schedule).toMatchObject({ text: '3/2025 – 12/2025', start: '2025-03', end: '2025-12' });
    expect(backup?.costs.text).toBe('Käyttöönotto noin 12 000 €, jatkossa 400 €/kk');
    expect(backup?.impacts.economic.text).toBe('Palautus nopeutuu ja nauhakirjasto voidaan purkaa.');
    expect(backup?.impacts.security).toEqual({ level: null, text: null });
    // the item's own follow-up stays with it: it is the same project, continued
    expect(backup?.status).toBe('Käynnissä');
    expect(backup?.projectManager?.email).toBe(manager.email);
    // importing the newer plan again changes nothing
    const again = await importPlan(repo, fixturePlan(NEWER), { fallbackTitle: 'newer' });
    expect(again.writes).toBe(0);
  });

  it('lists each link in the dry run and creates an un-linked project as new', async () => {
    const repo = h.repository();
    const first = await importPlan(repo, fixturePlan(OLDER), { fallbackTitle: 'older' });
    const older = (await repo.load()).projects.find((p) => p.title === BACKUP);
    const dry = await importPlan(repo, fixturePlan(NEWER), { fallbackTitle: 'newer', dryRun: true });
    expect(dry.links).toEqual([
      {
        index: 0,
        number: '2.1',
        title: BACKUP,
        item: { id: older?.id, number: '2.2', title: BACKUP, plans: [{ id: first.plan.id, title: 'Tietohallinnon toimenpidesuunnitelma 2023–2024' }] },
        matchedOn: ['title'],
        serviceArea: 'Tietohallinto',
        unit: null,
        category: null,
        organisation: 'Järvenrannan kaupunki',
        unlinked: false
      }
    ]);
    const preview = await importPlan(repo, fixturePlan(NEWER), { fallbackTitle: 'newer', dryRun: true, unlinked: new Set([0]) });
    expect(preview.actions.map((a) => a.kind)).toEqual(['create', 'create', 'create']);
    expect(preview.links[0]?.unlinked).toBe(true);
    const report = await importPlan(repo, fixturePlan(NEWER), { fallbackTitle: 'newer', unlinked: new Set([0]) });
    expect(report.actions.map((a) => a.kind)).toEqual(['create', 'create', 'create']);
    const data = await repo.load();
    const backups = data.projects.filter((p) => p.title === BACKUP);
    expect(backups.map((p) => [p.number, p.planIds.length, p.schedule.text])).toEqual([
      ['2.2', 1, '9/2024–12/2024'],
      ['2.1', 1, '3/2025 – 12/2025']
    ]);
    // the new plan now holds its own item: importing it again links nothing and writes nothing
    const again = await importPlan(repo, fixturePlan(NEWER), { fallbackTitle: 'newer' });
    expect({ links: again.links, writes: again.writes }).toEqual({ links: [], writes: 0 });
  });

  it('links nothing when several earlier projects fit, and lists them', async () => {
    const repo = h.repository();
    await importPlan(repo, fixturePlan(OLDER), { fallbackTitle: 'older' });
    const data = await repo.load();
    const oldest = await repo.savePlan({ id: null, etag: null, title: 'Toimenpidesuunnitelma 2021–2022', organisation: 'Järvenrannan kaupunki', periodStart: '2021-01', periodEnd: '2022-12', approvedOn: null, status: null });
    const twin = data.projects.find((p) => p.title === BACKUP);
    if (!twin) {
      throw new Error('the older plan has no backup project');
    }
    await repo.saveProject({ ...twin, id: null, etag: null, planIds: [oldest.id ?? 0], costs: { ...twin.costs, text: '30 000 €' } }, { plans: [...data.plans, oldest] });
    const report = await importPlan(repo, fixturePlan(NEWER), { fallbackTitle: 'newer' });
    expect(report.actions[0]?.kind).toBe('create');
    expect(report.links).toEqual([]);
    expect(report.ambiguous).toEqual([expect.objectContaining({ index: 0, reason: 'several', title: BACKUP })]);
    expect(report.ambiguous[0]?.candidates.map((c) => c.plans.map((p) => p.title))).toEqual([['Tietohallinnon toimenpidesuunnitelma 2023–2024'], ['Toimenpidesuunnitelma 2021–2022']]);
    const backups = (await repo.load()).projects.filter((p) => p.title === BACKUP);
    expect(backups.map((p) => [p.planIds.length, p.costs.text])).toEqual([
      [1, 'Selvitys tehdään omana työnä.'],
      [1, '30 000 €'],
      [1, 'Käyttöönotto noin 12 000 €, jatkossa 400 €/kk']
    ]);
  });

  it('the command line\'s dry run prints every link with why it matched, and --unlink creates the project as new', async () => {
    const repo = h.repository();
    await importPlan(repo, fixturePlan(OLDER), { fallbackTitle: 'older' });
    const older = (await repo.load()).projects.find((p) => p.title === BACKUP);
    const file = path.join(PLANS, NEWER);
    const dry = await importCommand([file, '--standin', h.siteUrl, '--dry-run']);
    expect(dry).toContain(
      `#0 2.1 ${BACKUP} → item #${older?.id ?? '?'} (2.2 ${BACKUP}; plans: Tietohallinnon toimenpidesuunnitelma 2023–2024): same title, service area "Tietohallinto", organisation "Järvenrannan kaupunki"\n`
    );
    expect(dry).toMatch(/would carryOver +2\.1 /);
    const unlinked = await importCommand([file, '--standin', h.siteUrl, '--dry-run', '--unlink', '2.1']);
    expect(unlinked).toContain('[un-linked: created as new]');
    expect(unlinked).toMatch(/Plan .*: 3 new, 0 updated, 0 carried over/);
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'salkku-import-'));
    fs.writeFileSync(path.join(tmp, 'later.md'), LATER_PLAN);
    const later = await importCommand([path.join(tmp, 'later.md'), '--standin', h.siteUrl, '--dry-run']);
    expect(later).not.toContain('→ item #');
  });

  it('adds the draft benefits of the projects\' texts after the import, once: importing the same document again adds none', async () => {
    const repo = h.repository();
    const plan = parsePlanText(BENEFIT_PLAN, { fileName: 'allekirjoitus.md' });
    const dryRun = await importPlan(repo, plan, { fallbackTitle: 'x', dryRun: true });
    const preview = await previewDrafts(repo.benefits, plan, dryRun);
    expect(preview.proposals.map((p) => [p.index, p.projectId, p.drafts.length])).toEqual([
      [0, null, 2],
      [1, null, 0]
    ]);
    const first = await importPlan(repo, plan, { fallbackTitle: 'x' });
    const added = await addImportDrafts(repo.benefits, plan, first);
    expect(added).toEqual({ listsMissing: false, added: 2, projects: 1 });
    const signing = (await repo.load()).projects.find((p) => p.number === '2.1');
    const stored = await repo.benefits.loadBenefits();
    expect(stored.benefits.map((b) => [b.projectId, b.title, b.status, b.statusReason])).toEqual([
      [signing?.id, 'Postituskulut vähenevät', BENEFIT_STATUS.draft, DRAFT_SOURCE.benefits],
      [signing?.id, 'Allekirjoituskierros lyhenee viikoista päiviin', BENEFIT_STATUS.draft, DRAFT_SOURCE.whatChanges]
    ]);
    // text only: nothing is invented
    expect(stored.benefits.every((b) => b.baseline === null && b.target === null && b.owner === null && b.type === null && b.indicator === null)).toBe(true);

    const writes = itemWrites(h);
    const second = await importPlan(repo, plan, { fallbackTitle: 'x' });
    expect(second.unchanged).toBe(2);
    expect((await previewDrafts(repo.benefits, plan, second)).proposals.map((p) => p.drafts.length)).toEqual([0, 0]);
    expect(await addImportDrafts(repo.benefits, plan, second)).toEqual({ listsMissing: false, added: 0, projects: 0 });
    expect(itemWrites(h)).toBe(writes);
    expect((await repo.benefits.loadBenefits()).benefits).toHaveLength(2);
  });

  it('imports the projects without drafts on a site without the benefit lists (schema version 5)', async () => {
    const old = await startHarness();
    try {
      await provision(old.sp(), old.siteUrl, { schema: schemaAtVersion(5) });
      const repo = old.repository();
      // the plan exists: a new plan would run the set-up, which adds the benefit lists
      await repo.savePlan({ id: null, etag: null, title: 'Tietohallinnon toimenpidesuunnitelma 2029–2030', organisation: 'Järvenrannan kaupunki', periodStart: '2029-01', periodEnd: '2030-12', approvedOn: null, status: null });
      const plan = parsePlanText(BENEFIT_PLAN, { fileName: 'allekirjoitus.md' });
      const report = await importPlan(repo, plan, { fallbackTitle: 'x' });
      expect(report.plan.action).toBe('existing');
      expect(report.created).toBe(2);
      expect(await addImportDrafts(repo.benefits, plan, report)).toEqual({ listsMissing: true, added: 0, projects: 0 });
    } finally {
      await old.close();
    }
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
    // the two plans share no title or number-and-title in a service area: nothing is linked
    expect({ links: dry.links, ambiguous: dry.ambiguous, carriedOver: dry.carriedOver }).toEqual({ links: [], ambiguous: [], carriedOver: 0 });
    expect(dry.writes).toBe(0);
    expect(itemWrites(h)).toBe(0);
    expect((await repo.load()).projects).toHaveLength(23);
  });
});
