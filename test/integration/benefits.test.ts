/**
 * The benefit repository against the stand-in (issue 21's data layer): set-up creates and
 * upgrades the benefit lists once, within SharePoint's limits; a member records a benefit and a
 * measurement, a visitor cannot; a stale ETag is a conflict; the importer's drafts are added once;
 * a site before schema version 6 answers with the lists missing.
 */
import type { Benefit } from '../../src/domain/benefits/model';
import { BENEFIT_STATUS, BENEFIT_TYPE } from '../../src/domain/benefits/vocabulary';
import type { DraftBenefit } from '../../src/domain/benefits/drafts';
import { emptyProject } from '../../src/domain/model';
import { schemaAtVersion } from '../../src/data/sharepoint/schema/schema';
import { provision } from '../../src/data/sharepoint/setup/provision';
import { invoiceBenefit } from '../support/benefit';
import { must } from '../support/must';
import type { Harness } from '../support/standinHarness';
import { SITE_PATH, startHarness } from '../support/standinHarness';

function indexes(h: Harness, url: string): string[] {
  const list = h.standIn.store.findWeb(SITE_PATH)?.lists.find((l) => l.UrlName === url);
  return (list?.fields ?? []).filter((f) => f.Indexed && f.InternalName !== 'ID').map((f) => f.InternalName).sort();
}

const BENEFIT_INDEXES = ['BenefitOwner', 'BenefitStatus', 'Project', 'TargetDate'];

describe('benefit repository', () => {
  let h: Harness;
  let projectId: number;
  let secondSetUpWrites: number;

  beforeAll(async () => {
    h = await startHarness();
    const repo = h.repository();
    await repo.setUp();
    // before the plan below: a new plan moves the "Current plan" view's filter, a write of its own
    secondSetUpWrites = (await provision(h.sp(), h.siteUrl)).writes;
    const plan = await repo.savePlan({ id: null, etag: null, title: 'TTS 2027–2028', organisation: null, periodStart: '2027-01', periodEnd: '2028-12', approvedOn: null, status: null });
    const project = await repo.saveProject({ ...emptyProject('Sähköinen laskujenkäsittely'), number: '3.1', planIds: [must(plan.id, 'plan')] }, { plans: [plan] });
    projectId = must(project.id, 'project');
  });
  afterAll(async () => {
    await h.close();
  });

  function benefit(title: string, changes: Partial<Benefit> = {}): Benefit {
    return invoiceBenefit(projectId, { title, status: BENEFIT_STATUS.planned, ...changes });
  }

  it('creates both lists on a fresh site with the indexes the views and queries need, and a second set-up writes nothing', async () => {
    expect(indexes(h, 'SalkkuBenefits')).toEqual(BENEFIT_INDEXES);
    expect(indexes(h, 'SalkkuBenefitMeasurements')).toEqual(['Benefit']);
    expect(secondSetUpWrites).toBe(0);
  });

  it('lets a member record a benefit and a measurement and reads both back with every field', async () => {
    const member = h.repository('member').benefits;
    const before = await member.loadBenefits();
    expect(before.missing).toEqual([]);
    expect(before.lists.benefits?.permissions).toMatchObject({ canRead: true, canAdd: true, canEdit: true });
    const me = must(before.currentUser, 'signed-in member');
    const saved = await member.saveBenefit(benefit('Laskujen käsittelyaika lyhenee', { owner: me, statusReason: 'Pilotti alkaa keväällä.' }));
    const benefitId = must(saved.id, 'benefit');
    const measured = await member.addMeasurement({ id: null, etag: null, benefitId, date: '2027-03-31', value: 8.5, note: 'Kevään otos, 200 laskua.', measuredBy: null });
    expect(measured.id).not.toBeNull();
    expect(measured.measuredBy?.id).toBe(me.id);

    const data = await member.loadBenefits();
    expect(data.itemIssues).toEqual([]);
    const read = data.benefits.find((b) => b.id === benefitId);
    expect(read).toEqual({
      ...benefit('Laskujen käsittelyaika lyhenee', { owner: { ...me, email: read?.owner?.email ?? null }, statusReason: 'Pilotti alkaa keväällä.' }),
      id: benefitId,
      etag: expect.any(String),
      modified: expect.any(String)
    });
    expect(read?.owner).toMatchObject({ id: me.id, title: me.title });
    expect(data.measurements.filter((m) => m.benefitId === benefitId)).toEqual([
      { id: measured.id, etag: expect.any(String), benefitId, date: '2027-03-31', value: 8.5, note: 'Kevään otos, 200 laskua.', measuredBy: expect.objectContaining({ id: me.id, title: me.title }) }
    ]);
  });

  it('refuses a visitor\'s benefit and measurement', async () => {
    const visitor = h.repository('visitor').benefits;
    const data = await visitor.loadBenefits();
    expect(data.lists.benefits?.permissions).toMatchObject({ canRead: true, canAdd: false, canEdit: false });
    await expect(visitor.saveBenefit(benefit('Vierailijan hyöty'))).rejects.toMatchObject({ kind: 'accessDenied' });
    const someBenefit = must(data.benefits[0]?.id, 'a benefit');
    await expect(visitor.addMeasurement({ id: null, etag: null, benefitId: someBenefit, date: '2027-06-30', value: 7, note: null, measuredBy: null })).rejects.toMatchObject({
      kind: 'accessDenied'
    });
  });

  it('answers a save over someone\'s newer one with a conflict, and refuses a target date before the baseline date', async () => {
    const owner = h.repository('owner').benefits;
    const first = await owner.saveBenefit(benefit('Paperilaskut poistuvat', { type: BENEFIT_TYPE.financial, unit: 'kpl/v', baseline: 4000, target: 0 }));
    const updated = await owner.saveBenefit({ ...first, status: BENEFIT_STATUS.realising });
    expect(updated.etag).not.toBe(first.etag);
    await expect(owner.saveBenefit({ ...first, status: BENEFIT_STATUS.notRealised, statusReason: 'Toimittaja ei tue verkkolaskuja.' })).rejects.toMatchObject({ kind: 'conflict' });
    const stored = (await owner.loadBenefits()).benefits.find((b) => b.id === first.id);
    expect(stored?.status).toBe(BENEFIT_STATUS.realising);
    await expect(owner.saveBenefit(benefit('Väärin päin', { baselineDate: '2027-01-01', targetDate: '2026-01-01' }))).rejects.toMatchObject({ kind: 'invalidValue' });
  });

  it('adds the importer\'s drafts once: a second run, or a title the project has, adds nothing', async () => {
    const owner = h.repository('owner').benefits;
    const drafts: DraftBenefit[] = [
      { title: 'Asiakas saa päätöksen nopeammin', description: 'Asiakas saa päätöksen nopeammin, kun hakemus käsitellään sähköisesti.', source: 'Hyödyt' },
      { title: 'Paperilaskut  poistuvat', description: 'Paperilaskut poistuvat kokonaan.', source: 'Mikä muuttuu' }
    ];
    const added = await owner.addDrafts(projectId, drafts);
    expect(added.map((b) => [b.title, b.status, b.statusReason])).toEqual([['Asiakas saa päätöksen nopeammin', BENEFIT_STATUS.draft, 'Hyödyt']]);
    expect(await owner.addDrafts(projectId, drafts)).toEqual([]);
    const titles = (await owner.loadBenefits()).benefits.filter((b) => b.projectId === projectId).map((b) => b.title);
    expect(titles.filter((t) => t === 'Asiakas saa päätöksen nopeammin')).toHaveLength(1);
  });

  it('answers a site without the benefit lists (schema version 5) with them missing; the upgrade adds them once, indexed as the schema says', async () => {
    const old = await startHarness();
    try {
      await provision(old.sp(), old.siteUrl, { schema: schemaAtVersion(5) });
      const data = await old.repository().benefits.loadBenefits();
      expect([...data.missing].sort()).toEqual(['benefits', 'measurements']);
      expect(data.benefits).toEqual([]);
      expect(data.measurements).toEqual([]);
      // the plan's lists are all there: the benefit lists come as an upgrade
      expect(await old.repository().setupStatus()).toMatchObject({ missingLists: [], upgradeAvailable: true });
      const upgrade = await provision(old.sp(), old.siteUrl);
      expect(upgrade.writes).toBeGreaterThan(0);
      expect(indexes(old, 'SalkkuBenefits')).toEqual(BENEFIT_INDEXES);
      expect(indexes(old, 'SalkkuBenefitMeasurements')).toEqual(['Benefit']);
      expect((await old.repository().benefits.loadBenefits()).missing).toEqual([]);
      expect((await provision(old.sp(), old.siteUrl)).writes).toBe(0);
    } finally {
      await old.close();
    }
  });
});
