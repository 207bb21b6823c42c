/**
 * The proposal repository against the stand-in (issue 20's data layer): a member submits, a
 * visitor cannot; the steering group's scores per person and model version; scoring model
 * versions, limits and scenarios as settings; a decision records its reasoning, and approval
 * creates the project in the plan once, field for field, even when repeated or interrupted.
 */
import type { CriterionScore } from '../../src/data/contract/proposals.types';
import type { PortfolioData } from '../../src/data/contract/repository.types';
import { listServerRelativeUrl } from '../../src/data/sharepoint/spUtils';
import { SETTINGS_LIST } from '../../src/data/sharepoint/schema/followUpLists';
import { schemaAtVersion } from '../../src/data/sharepoint/schema/schema';
import { provision } from '../../src/data/sharepoint/setup/provision';
import type { Plan } from '../../src/domain/model';
import { emptyProject } from '../../src/domain/model';
import type { Proposal } from '../../src/domain/proposals/model';
import { DEFAULT_SCORING_MODEL, emptyProposal } from '../../src/domain/proposals/model';
import { weightedScore } from '../../src/domain/proposals/scoring';
import { PROPOSAL_STATUS } from '../../src/domain/proposals/vocabulary';
import { must } from '../support/must';
import type { Harness } from '../support/standinHarness';
import { SITE_PATH, startHarness } from '../support/standinHarness';

function proposal(title: string, changes: Partial<Proposal> = {}): Proposal {
  return {
    ...emptyProposal(title),
    serviceArea: 'Kasvatus ja opetus',
    unit: 'Perusopetus',
    need: 'Oppilaiden laitteet vanhenevat ja huolto vie opettajien aikaa.',
    changes: 'Laitteet hallitaan keskitetysti, ja opettajat saavat ajan takaisin opetukseen.',
    schedule: { ...emptyProposal().schedule, text: '8/2027–5/2028', start: '2027-08', end: '2028-05' },
    costs: { text: '80 000–120 000 €, ylläpito 10 000 €/v', investmentMin: 80_000, investmentMax: 120_000, recurringPerYearMin: 10_000, recurringPerYearMax: 10_000 },
    itEffortDays: 60,
    serviceAreaEffortDays: 30,
    impacts: { ...emptyProposal().impacts, security: { level: 'Merkittävä', text: 'Laitteiden etähallinta ja käyttöoikeudet.' } },
    status: PROPOSAL_STATUS.submitted,
    ...changes
  };
}

describe('proposal repository', () => {
  let h: Harness;
  let plan: Plan;
  let portfolio: PortfolioData;

  beforeAll(async () => {
    h = await startHarness();
    const repo = h.repository();
    await repo.setUp();
    plan = await repo.savePlan({ id: null, etag: null, title: 'TTS 2027–2028', organisation: null, periodStart: '2027-01', periodEnd: '2028-12', approvedOn: null, status: null });
    for (const number of ['4.1', '4.2', '4.10']) {
      await repo.saveProject({ ...emptyProject(`Hanke ${number}`), number, planIds: [must(plan.id, 'plan')] }, { plans: [plan] });
    }
    portfolio = await repo.load({ detail: 'full' });
  });
  afterAll(async () => {
    await h.close();
  });

  it('lets a member submit a proposal and reads it back whole; a visitor cannot submit', async () => {
    const member = h.repository('member').proposals;
    const saved = await member.saveProposal(proposal('Oppilaslaitteiden keskitetty hallinta'));
    const data = await member.loadProposals();
    expect(data.missing).toEqual([]);
    expect(data.itemIssues).toEqual([]);
    expect(data.proposals.find((p) => p.id === saved.id)).toMatchObject({ title: 'Oppilaslaitteiden keskitetty hallinta', itEffortDays: 60, costs: { investmentMax: 120_000 }, schedule: { start: '2027-08' } });
    expect(data.models).toEqual([DEFAULT_SCORING_MODEL]);
    await expect(h.repository('visitor').proposals.saveProposal(proposal('Vierailijan ehdotus'))).rejects.toMatchObject({ kind: 'accessDenied' });
  });

  it('keeps one score per person, criterion and model version, and computes the weighted score from everyone\'s', async () => {
    const owner = h.repository('owner').proposals;
    const member = h.repository('member').proposals;
    const target = await owner.saveProposal(proposal('Kirjaston omatoimiaika'));
    const id = must(target.id, 'proposal');
    const model = DEFAULT_SCORING_MODEL;
    const all = (value: number): CriterionScore[] => model.criteria.map((c) => ({ criterionKey: c.key, value, note: null }));
    await owner.saveMyScores(id, model, all(3));
    await owner.saveMyScores(id, model, all(4)); // changes the owner's, adds none
    await member.saveMyScores(id, model, all(2));
    const data = await owner.loadProposals();
    const scores = data.scores.filter((s) => s.score.proposalId === id);
    expect(scores).toHaveLength(model.criteria.length * 2);
    const result = weightedScore(model, scores.map((s) => s.score));
    expect(result.scorers).toBe(2);
    expect(result.complete).toBe(true);
    expect(result.total).toBe(60); // mean 3 on a 0–5 scale
    await expect(owner.saveMyScores(id, model, [{ criterionKey: 'unknown', value: 1, note: null }])).rejects.toMatchObject({ kind: 'invalidValue' });
  });

  it('saves scoring model versions, the year\'s limits and scenarios as settings; a broken setting is listed, not used', async () => {
    const owner = h.repository('owner').proposals;
    const second = await owner.saveModel({ ...DEFAULT_SCORING_MODEL, title: 'Painotettu lakisääteisiin', criteria: DEFAULT_SCORING_MODEL.criteria.map((c) => (c.key === 'legalObligation' ? { ...c, weight: 40 } : c)) });
    expect(second.version).toBe(2);
    await expect(owner.saveModel({ ...DEFAULT_SCORING_MODEL, criteria: [] })).rejects.toMatchObject({ kind: 'invalidValue' });
    await owner.saveLimits({ budget: 500_000, capacity: 400 });
    await owner.saveScenario({ name: 'Perusvaihtoehto', modelVersion: 2, budget: 500_000, capacity: 400, chosen: [1, 2], saved: '2026-12-06' });
    await owner.saveScenario({ name: 'Perusvaihtoehto', modelVersion: 2, budget: 450_000, capacity: 400, chosen: [2], saved: '2026-12-06' });
    await h.repository('owner').followUp.saveCadence({ kind: 'weeks', weeks: 6 });
    // typed in SharePoint's own form: not a model
    const broken = await h.sp().web.getList(listServerRelativeUrl(h.siteUrl, SETTINGS_LIST)).items.add({ Title: 'scoringModel:3', SettingValue: '{"version": 3, "criteria": [' });
    const data = await owner.loadProposals();
    expect(data.models.map((m) => m.version)).toEqual([2]);
    expect(data.itemIssues.map((i) => [i.list, i.title])).toEqual([['settings', 'scoringModel:3']]);
    await h.sp().web.getList(listServerRelativeUrl(h.siteUrl, SETTINGS_LIST)).items.getById(must((broken as { Id?: number }).Id, 'id')).delete();
    expect(data.limits).toEqual({ budget: 500_000, capacity: 400 });
    expect(data.scenarios).toEqual([{ name: 'Perusvaihtoehto', modelVersion: 2, budget: 450_000, capacity: 400, chosen: [2], saved: '2026-12-06' }]);
  });

  it('records a rejection with its reasoning and creates no project', async () => {
    const owner = h.repository('owner').proposals;
    const target = await owner.saveProposal(proposal('Uusi intranet'));
    const refused = await owner.decide(target, { status: 'rejected', text: '', date: '2026-12-10', body: 'Tietohallinnon ohjausryhmä', modelVersion: 1 }, { section: '4', portfolio });
    expect(refused).toEqual({ kind: 'refused', reason: 'missingText' });
    const outcome = await owner.decide(target, { status: 'rejected', text: 'Päällekkäinen kaupunkitason hankkeen kanssa.', date: '2026-12-10', body: 'Tietohallinnon ohjausryhmä', modelVersion: 1 }, { section: '4', portfolio });
    expect(outcome).toMatchObject({ kind: 'decided', projectId: null, proposal: { status: PROPOSAL_STATUS.rejected, decisionText: 'Päällekkäinen kaupunkitason hankkeen kanssa.', decisionDate: '2026-12-10' } });
    expect((await h.repository().findProjects({ title: 'Uusi intranet' })).length).toBe(0);
  });

  it('approves into the plan once: the project carries every field and the next number; repeating or an interrupted approval creates no second', async () => {
    const owner = h.repository('owner').proposals;
    const planId = must(plan.id, 'plan');
    const target = await owner.saveProposal(proposal('Oppilaitosten langaton verkko', { mandatoryByLaw: true, goalIds: [] }));
    const approve = { status: 'approved' as const, text: 'Hyväksytään vuoden 2027 suunnitelmaan.', date: '2026-12-10', body: 'Tietohallinnon ohjausryhmä', modelVersion: 1, planId };
    const first = await owner.decide(target, approve, { section: '4', portfolio });
    expect(first.kind).toBe('decided');
    const projectId = must(first.kind === 'decided' ? first.projectId : null, 'project');
    const project = await h.repository().getProject(projectId);
    expect(project).toMatchObject({
      number: '4.11',
      title: 'Oppilaitosten langaton verkko',
      serviceArea: 'Kasvatus ja opetus',
      unit: 'Perusopetus',
      planIds: [planId],
      mandatoryByLaw: true,
      schedule: { start: '2027-08', end: '2028-05' },
      costs: { investmentMin: 80_000, investmentMax: 120_000, recurringPerYearMax: 10_000 },
      impacts: { security: { level: 'Merkittävä' }, economic: { text: 'Laitteet hallitaan keskitetysti, ja opettajat saavat ajan takaisin opetukseen.' } }
    });
    // repeated with the proposal as first read: the stored link answers, nothing is written
    const again = await owner.decide(target, approve, { section: '4', portfolio });
    expect(again).toMatchObject({ kind: 'alreadyCreated', projectId });
    // an approval interrupted after its project was made: the project of that title in the plan is found and linked
    const second = await owner.saveProposal(proposal('Opettajien tunnistautuminen'));
    const made = await h.repository().saveProject({ ...emptyProject('Opettajien tunnistautuminen'), number: '4.12', planIds: [planId] }, { plans: [plan] });
    const recovered = await owner.decide(second, approve, { section: '4', portfolio });
    expect(recovered).toMatchObject({ kind: 'alreadyCreated', projectId: made.id, proposal: { projectId: made.id, status: PROPOSAL_STATUS.approved } });
    expect((await h.repository().findProjects({ title: 'Opettajien tunnistautuminen' })).length).toBe(1);
  });

  it('answers a site without the proposal lists (schema version 4) with them missing; the upgrade adds them once, indexed as the schema says', async () => {
    const old = await startHarness();
    try {
      await provision(old.sp(), old.siteUrl, { schema: schemaAtVersion(4) });
      const data = await old.repository().proposals.loadProposals();
      expect(data.missing.sort()).toEqual(['proposals', 'scores']);
      expect(data.proposals).toEqual([]);
      const upgrade = await provision(old.sp(), old.siteUrl);
      expect(upgrade.writes).toBeGreaterThan(0);
      const web = old.standIn.store.findWeb(SITE_PATH);
      const indexes = (url: string): string[] => (web?.lists.find((l) => l.UrlName === url)?.fields ?? []).filter((f) => f.Indexed && f.InternalName !== 'ID').map((f) => f.InternalName).sort();
      expect(indexes('SalkkuProposals')).toEqual(['ProposalStatus']);
      expect(indexes('SalkkuProposalScores')).toEqual(['ModelVersion', 'Proposal']);
      expect((await old.repository().proposals.loadProposals()).missing).toEqual([]);
      expect((await provision(old.sp(), old.siteUrl)).writes).toBe(0);
    } finally {
      await old.close();
    }
  });
});

describe('who scores and decides: owners, and the steering group an owner names', () => {
  const STEERING = 'Salkun ohjausryhmä';
  let h: Harness;
  let portfolio: PortfolioData;

  beforeAll(async () => {
    h = await startHarness();
    await h.repository().setUp();
    portfolio = await h.repository().load({ detail: 'full' });
  });
  afterAll(async () => {
    await h.close();
  });

  const settingItems = (): { Title?: unknown; SettingValue?: unknown }[] =>
    (h.standIn.store.findWeb(SITE_PATH)?.lists.find((l) => l.UrlName === 'SalkkuSettings')?.items ?? []).map((i) => i.values as { Title?: unknown; SettingValue?: unknown });
  const steeringSetting = (): unknown => settingItems().find((v) => v.Title === 'steeringGroup')?.SettingValue;

  it('without a named group only the owners decide', async () => {
    const decides = async (role: 'owner' | 'member' | 'steering' | 'visitor'): Promise<boolean> => (await h.repository(role).proposals.loadProposals()).canDecide;
    expect(await decides('owner')).toBe(true);
    expect(await decides('member')).toBe(false);
    expect(await decides('steering')).toBe(false);
    expect(await decides('visitor')).toBe(false);
    expect((await h.repository('owner').proposals.loadProposals()).steeringGroup).toBeNull();
  });

  it('reads the user\'s groups and the site permission in the same $batch as the lists', async () => {
    h.standIn.log.length = 0;
    await h.repository('steering').proposals.loadProposals();
    const batched = h.standIn.log.filter((r) => r.batch !== undefined).map((r) => decodeURIComponent(new URL(r.url).pathname + new URL(r.url).search));
    expect(batched.some((u) => /\/_api\/web\/currentuser\/groups\?\$select=Id,Title$/i.test(u))).toBe(true);
    expect(batched.some((u) => /\/_api\/web\?\$select=EffectiveBasePermissions$/i.test(u))).toBe(true);
    expect(h.standIn.log.filter((r) => r.batch === undefined && /groups/i.test(r.url))).toEqual([]);
  });

  it('refuses a group the site does not have and writes nothing; takes one it has, spelt as the site spells it', async () => {
    const owner = h.repository('owner').proposals;
    expect(await owner.saveSteeringGroup(STEERING)).toEqual({ kind: 'groupMissing', group: STEERING });
    expect(steeringSetting()).toBeUndefined();
    h.standIn.addGroup(SITE_PATH, STEERING, ['steering']);
    expect(await owner.saveSteeringGroup('  salkun OHJAUSRYHMÄ ')).toEqual({ kind: 'saved', group: STEERING });
    expect(steeringSetting()).toBe(JSON.stringify(STEERING));
    expect((await owner.loadProposals()).steeringGroup).toBe(STEERING);
  });

  it('lets a steering group member who is not an owner score and decide; a plain member reads', async () => {
    const steering = h.repository('steering');
    const data = await steering.proposals.loadProposals();
    expect(data).toMatchObject({ steeringGroup: STEERING, canDecide: true });
    expect(portfolio.canManageSite).toBe(true);
    expect((await steering.load()).canManageSite).toBe(false);
    const member = await h.repository('member').proposals.loadProposals();
    expect(member).toMatchObject({ steeringGroup: STEERING, canDecide: false });
    expect((await h.repository('visitor').proposals.loadProposals()).canDecide).toBe(false);
    // the owners still decide
    expect((await h.repository('owner').proposals.loadProposals()).canDecide).toBe(true);

    const target = await h.repository('member').proposals.saveProposal(proposal('Sähköinen ajanvaraus'));
    const id = must(target.id, 'proposal');
    const scores = DEFAULT_SCORING_MODEL.criteria.map((c) => ({ criterionKey: c.key, value: 4, note: null }));
    await steering.proposals.saveMyScores(id, DEFAULT_SCORING_MODEL, scores);
    const outcome = await steering.proposals.decide(target, { status: 'postponed', text: 'Palataan ensi vuonna.', date: '2026-12-10', body: STEERING, modelVersion: 1 }, { section: '4', portfolio });
    expect(outcome).toMatchObject({ kind: 'decided', proposal: { status: PROPOSAL_STATUS.postponed, decisionText: 'Palataan ensi vuonna.' } });
    const after = await steering.proposals.loadProposals();
    expect(after.scores.filter((s) => s.score.proposalId === id).map((s) => s.score.scorer?.title)).toEqual(DEFAULT_SCORING_MODEL.criteria.map(() => 'Sari Saarinen'));
  });

  it('refuses a member\'s and a visitor\'s naming of the group before anything is written', async () => {
    for (const role of ['member', 'steering', 'visitor'] as const) {
      h.standIn.log.length = 0;
      await expect(h.repository(role).proposals.saveSteeringGroup('Salkku Members')).rejects.toMatchObject({ kind: 'accessDenied' });
      expect(h.standIn.log.filter((r) => r.method !== 'GET')).toEqual([]);
    }
    expect(steeringSetting()).toBe(JSON.stringify(STEERING));
  });

  it('an owner can clear the group: owners alone decide again', async () => {
    expect(await h.repository('owner').proposals.saveSteeringGroup('')).toEqual({ kind: 'saved', group: null });
    expect(await h.repository('steering').proposals.loadProposals()).toMatchObject({ steeringGroup: null, canDecide: false });
    expect(await h.repository('owner').proposals.saveSteeringGroup(STEERING)).toEqual({ kind: 'saved', group: STEERING });
  });
});
