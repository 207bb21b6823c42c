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
