/**
 * The Proposals view against an in-memory proposal repository: weighted scores in the table,
 * read-only for visitors and members, the what-if's totals and suggestions, and a decision
 * refused before anything is sent when the reasoning is missing.
 */
import { setIconOptions } from '@fluentui/react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import * as React from 'react';
import * as strings from 'SalkkuStrings';
import type { CriterionScore, DecideOutcome, ProposalData, ProposalRepository, SteeringGroupOutcome, StoredScore } from '../../data/contract/proposals.types';
import type { ListInfo, ListKey, PortfolioData, PortfolioRepository } from '../../data/contract/repository.types';
import type { Proposal, ScoringModel } from '../../domain/proposals/model';
import { DEFAULT_SCORING_MODEL, emptyProposal } from '../../domain/proposals/model';
import type { DecisionInput } from '../../domain/proposals/decision';
import type { Scenario } from '../../domain/proposals/scenarios';
import type { Limits } from '../../domain/proposals/selection';
import { PROPOSAL_STATUS } from '../../domain/proposals/vocabulary';
import { emptyProject } from '../../domain/model';
import { parseSchedule } from '../../domain/schedule/parseSchedule';
import { STATUS } from '../../domain/vocabulary';
import { format } from '../common/format';
import { sharePointHost } from '../common/host';
import { SalkkuEnvironmentContext } from '../common/SalkkuContext';
import type { ViewProps } from '../common/viewProps';
import { ProposalsView } from './ProposalsView';

setIconOptions({ disableWarnings: true });

const SITE = 'https://example.invalid/sites/salkku';

function listInfo(key: ListKey, path: string): ListInfo {
  const permissions = { canRead: true, canAdd: true, canEdit: true, canManage: false };
  const form = (name: string): string => `${SITE}/Lists/${path}/${name}.aspx`;
  return { key, id: key, title: key, newFormUrl: form('NewForm'), editFormUrl: form('EditForm'), displayFormUrl: form('DispForm'), viewUrl: form('AllItems'), itemCount: 0, permissions, choices: {}, missingFields: [] };
}

const HOST = sharePointHost({ site: { kind: 'site', url: SITE, source: 'property', setupOffered: true }, pageUrl: () => `${SITE}/SitePages/Salkku.aspx`, clipboard: undefined });

const ME = { id: 7, title: 'Olli Ohjausryhmä', email: null };

function proposal(id: number, title: string, status: string, investment: number, itDays: number, mandatoryByLaw = false): Proposal {
  const empty = emptyProposal(title);
  return { ...empty, id, status, serviceArea: 'Sivistyspalvelut', mandatoryByLaw, itEffortDays: itDays, costs: { ...empty.costs, investmentMin: investment / 2, investmentMax: investment } };
}

/** Criterion values in the default model's order (strategic fit … feasibility). */
function scored(proposalId: number, values: (number | null)[]): StoredScore[] {
  return DEFAULT_SCORING_MODEL.criteria.map((c, i) => ({
    id: proposalId * 100 + i,
    etag: null,
    score: { proposalId, criterionKey: c.key, value: values[i] ?? null, note: null, scorer: ME, modelVersion: 1 }
  }));
}

// Budget 215 000 €, capacity 150 days. The mandatory proposal 2 and the approved 6 leave 80 000 € and 80 days.
// Greedy takes 4 first (best score per share of the limits) and then nothing fits;
// the best set is 3 alone (90 points against 80).
const PROPOSALS: Proposal[] = [
  proposal(1, 'Sähköinen arkistointi', PROPOSAL_STATUS.submitted, 50_000, 40),
  proposal(2, 'Varhaiskasvatuksen asiakastietojärjestelmä', PROPOSAL_STATUS.underReview, 120_000, 60, true),
  proposal(3, 'Kirjaston mobiilisovellus', PROPOSAL_STATUS.submitted, 80_000, 30),
  proposal(4, 'Liikuntapaikkojen varausjärjestelmä', PROPOSAL_STATUS.submitted, 60_000, 20),
  proposal(5, 'Vanhan intranetin korjaus', PROPOSAL_STATUS.rejected, 10_000, 5),
  { ...proposal(6, 'Sähköinen allekirjoitus', PROPOSAL_STATUS.approved, 15_000, 10), projectId: 77 }
];

const SCORES: StoredScore[] = [
  ...scored(1, [4, 5, 3, 4, 2, 5]), // 78.0
  ...scored(2, [5, null, null, null, null, null]), // 25.0, incomplete
  ...scored(3, [5, 5, 5, 5, 0, 5]), // 90.0
  ...scored(4, [4, 4, 4, 4, 4, 4]) // 80.0
];

class FakeProposals implements ProposalRepository {
  public data: ProposalData = {
    proposals: PROPOSALS,
    scores: SCORES,
    models: [DEFAULT_SCORING_MODEL],
    limits: { budget: 215_000, capacity: 150 },
    scenarios: [],
    currentUser: ME,
    steeringGroup: null,
    canDecide: false,
    lists: { proposals: listInfo('proposals', 'SalkkuProposals') },
    missing: [],
    itemIssues: []
  };
  public loads = 0;
  public decide = jest.fn((p: Proposal, decision: DecisionInput, options: { section: string }): Promise<DecideOutcome> => Promise.resolve({ kind: 'decided', proposal: p, projectId: 42 }));
  public saveMyScores = jest.fn((proposalId: number, model: ScoringModel, scores: readonly CriterionScore[]) => Promise.resolve<StoredScore[]>([]));
  public saveLimits = jest.fn((limits: Limits) => Promise.resolve());
  public saveScenario = jest.fn((scenario: Scenario) => Promise.resolve());
  public saveSteeringGroup = jest.fn((title: string | null): Promise<SteeringGroupOutcome> => Promise.resolve({ kind: 'saved', group: title }));
  public loadProposals(): Promise<ProposalData> {
    this.loads++;
    return Promise.resolve(this.data);
  }
  /** Adds (id null) with the next id, as the list would; the next load has it. */
  public saveProposal = jest.fn((p: Proposal): Promise<Proposal> => {
    const saved = p.id === null ? { ...p, id: Math.max(...this.data.proposals.map((q) => q.id ?? 0)) + 1, etag: '"1"' } : p;
    this.data = { ...this.data, proposals: [...this.data.proposals.filter((q) => q.id !== saved.id), saved] };
    return Promise.resolve(saved);
  });
  /** Appends the next version, as the settings list would. */
  public saveModel = jest.fn((model: Omit<ScoringModel, 'version'>): Promise<ScoringModel> => {
    const saved = { ...model, version: (this.data.models[this.data.models.length - 1]?.version ?? 0) + 1 };
    this.data = { ...this.data, models: [...this.data.models, saved] };
    return Promise.resolve(saved);
  });
}

function portfolio(canManageSite: boolean, extra: Partial<PortfolioData> = {}): PortfolioData {
  return {
    siteUrl: SITE,
    detail: 'summary',
    changeToken: null,
    projects: [],
    plans: [{ id: 3, etag: null, title: 'Tietohallinnon kehittämissuunnitelma 2027–2029', organisation: null, periodStart: null, periodEnd: null, approvedOn: null, status: null }],
    goals: [],
    lists: { projects: listInfo('projects', 'SalkkuProjects'), plans: listInfo('plans', 'SalkkuPlans'), goals: listInfo('goals', 'SalkkuGoals') },
    currentUser: ME,
    canManageSite,
    itemIssues: [],
    upgradeAvailable: false,
    staleSortKeys: 0,
    problems: [],
    ...extra
  };
}

/** A visitor's view of the proposals list: read, never add. */
function asVisitor(fake: FakeProposals): FakeProposals {
  const list = listInfo('proposals', 'SalkkuProposals');
  fake.data = { ...fake.data, lists: { proposals: { ...list, permissions: { ...list.permissions, canAdd: false, canEdit: false } } } };
  return fake;
}

const GOALS: PortfolioData['goals'] = [
  { id: 11, etag: null, title: 'Sujuvat sähköiset palvelut', description: null, strategyPeriod: null },
  { id: 12, etag: null, title: 'Tiedolla johtaminen', description: null, strategyPeriod: null }
];

async function renderView(canManageSite: boolean, fake = new FakeProposals(), extra: Partial<PortfolioData> = {}): Promise<{ fake: FakeProposals; container: HTMLElement }> {
  // the repository answers canDecide for owners as for the steering group
  fake.data = { ...fake.data, canDecide: fake.data.canDecide || canManageSite };
  const props: ViewProps = {
    data: { ...portfolio(canManageSite, extra), goals: GOALS },
    repository: { proposals: fake } as unknown as PortfolioRepository,
    reload: jest.fn(),
    replaceProject: jest.fn(),
    getProject: jest.fn(),
    loadAssessment: jest.fn(),
    loadFull: jest.fn()
  };
  const { container } = render(
    <SalkkuEnvironmentContext.Provider value={{ strings, host: HOST }}>
      <ProposalsView {...props} />
    </SalkkuEnvironmentContext.Provider>
  );
  await waitFor(() => expect(container.querySelector('[data-salkku-proposal="1"]')).not.toBeNull());
  return { fake, container };
}

function row(container: HTMLElement, id: number): HTMLElement {
  const found = container.querySelector<HTMLElement>(`[data-salkku-proposal="${id}"]`);
  if (!found) {
    throw new Error(`no row ${id}`);
  }
  return found;
}

function startsWith(prefix: string): (name: string) => boolean {
  return (name) => name.startsWith(prefix);
}

function investmentTotal(container: HTMLElement): string | null {
  return container.querySelector('[data-salkku-whatif-total="investment"]')?.getAttribute('data-salkku-value') ?? null;
}

describe('proposals view', () => {
  it('shows each proposal with its weighted score under the newest model, linked to its SharePoint form', async () => {
    const { container } = await renderView(false);
    expect(container.querySelector('[data-salkku-view="proposals"]')).not.toBeNull();
    expect(row(container, 1).querySelector('[data-salkku-score]')?.textContent).toBe('78.0');
    expect(row(container, 4).querySelector('[data-salkku-score]')?.textContent).toBe('80.0');
    expect(row(container, 2).querySelector('[data-salkku-score]')?.textContent).toBe(format(strings.PrScoreIncomplete, '25.0'));
    const link = within(row(container, 3)).getByRole('link', { name: 'Kirjaston mobiilisovellus' });
    expect(link.getAttribute('href')).toBe(`${SITE}/Lists/SalkkuProposals/DispForm.aspx?ID=3`);
    expect(within(row(container, 5)).getByText(strings.PrStatusRejected)).toBeTruthy();
    expect(within(row(container, 6)).getByRole('link', { name: format(strings.PrProjectLink, 77) }).getAttribute('href')).toBe(`${SITE}/Lists/SalkkuProjects/DispForm.aspx?ID=77`);
  });

  it('names the project a proposal became by its plan number and title once the portfolio has it', async () => {
    const { container } = await renderView(false, new FakeProposals(), { projects: [{ ...emptyProject('Kirjaston omatoimiaukiolo'), id: 77, number: '4.11' }] });
    const link = within(row(container, 6)).getByRole('link', { name: format(strings.PrProjectLinkNamed, '4.11', 'Kirjaston omatoimiaukiolo') });
    expect(link.getAttribute('href')).toBe(`${SITE}/Lists/SalkkuProjects/DispForm.aspx?ID=77`);
  });

  it('a newer model version leaves the older scores out: the proposals read as not scored', async () => {
    const fake = new FakeProposals();
    fake.data = { ...fake.data, models: [DEFAULT_SCORING_MODEL, { ...DEFAULT_SCORING_MODEL, version: 2 }] };
    const { container } = await renderView(false, fake);
    expect(row(container, 1).querySelector('[data-salkku-score]')?.textContent).toBe('–');
  });

  it('lets visitors and members read the breakdown but neither score nor decide', async () => {
    const { container } = await renderView(false);
    expect(container.querySelector('[data-salkku-state="proposals-read-only"]')?.textContent).toBe(strings.PrReadOnly);
    expect(container.querySelector('[data-salkku-steering-group]')).toBeNull();
    expect(screen.queryAllByRole('button', { name: startsWith(`${strings.PrScoreButton}:`) })).toHaveLength(0);
    expect(screen.queryAllByRole('button', { name: startsWith(`${strings.PrDecideButton}:`) })).toHaveLength(0);
    expect(screen.queryByRole('button', { name: strings.PrSaveScenario })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: `${strings.PrBreakdownButton}: Sähköinen arkistointi` }));
    await screen.findByText(format(strings.PrBreakdownTotal, '78.0', 1));
    expect(screen.queryByRole('button', { name: strings.PrSaveScores })).toBeNull();
  });

  it('offers owners scoring and decisions, and saves their scores under the newest model', async () => {
    const { fake } = await renderView(true);
    expect(screen.getAllByRole('button', { name: startsWith(`${strings.PrDecideButton}:`) })).toHaveLength(5);
    fireEvent.click(screen.getByRole('button', { name: `${strings.PrScoreButton}: Liikuntapaikkojen varausjärjestelmä` }));
    const urgency = await screen.findByRole('radiogroup', { name: format(strings.PrScoreValueLabel, 'Kiireellisyys', 0, 5) });
    fireEvent.click(within(urgency).getByRole('radio', { name: '2' }));
    fireEvent.click(screen.getByRole('button', { name: strings.PrSaveScores }));
    await screen.findByText(strings.PrScoresSaved);
    expect(fake.saveMyScores).toHaveBeenCalledTimes(1);
    const [id, model, scores] = fake.saveMyScores.mock.calls[0] ?? [];
    expect(id).toBe(4);
    expect(model?.version).toBe(1);
    expect(scores?.find((s) => s.criterionKey === 'urgency')?.value).toBe(2);
    expect(scores?.find((s) => s.criterionKey === 'benefit')?.value).toBe(4);
    await waitFor(() => expect(fake.loads).toBe(2));
  });

  it('lets a steering group member who is not an owner score and decide, without the owners\' setting', async () => {
    const fake = new FakeProposals();
    fake.data = { ...fake.data, steeringGroup: 'Salkun ohjausryhmä', canDecide: true };
    const { container } = await renderView(false, fake);
    expect(screen.getAllByRole('button', { name: startsWith(`${strings.PrDecideButton}:`) })).toHaveLength(5);
    expect(screen.getAllByRole('button', { name: startsWith(`${strings.PrScoreButton}:`) }).length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: strings.PrSaveScenario })).toBeTruthy();
    expect(container.querySelector('[data-salkku-state="proposals-read-only"]')).toBeNull();
    expect(container.querySelector('[data-salkku-steering-group]')).toBeNull();
  });

  it('tells a member who reads that the owners and the named group score and decide', async () => {
    const fake = new FakeProposals();
    fake.data = { ...fake.data, steeringGroup: 'Salkun ohjausryhmä', canDecide: false };
    const { container } = await renderView(false, fake);
    expect(container.querySelector('[data-salkku-state="proposals-read-only"]')?.textContent).toBe(format(strings.PrReadOnlyGroup, 'Salkun ohjausryhmä'));
    expect(screen.queryAllByRole('button', { name: startsWith(`${strings.PrDecideButton}:`) })).toHaveLength(0);
  });

  it('lets an owner name the steering group: a name the site has no group of is refused and says so', async () => {
    const fake = new FakeProposals();
    fake.saveSteeringGroup.mockImplementationOnce((title) => Promise.resolve({ kind: 'groupMissing', group: title ?? '' }));
    await renderView(true, fake);
    const field = screen.getByRole('textbox', { name: strings.PrSteeringGroupLabel });
    fireEvent.change(field, { target: { value: 'Ohjausryhma' } });
    fireEvent.click(screen.getByRole('button', { name: strings.PrSteeringGroupSave }));
    expect((await screen.findByRole('alert')).textContent).toBe(format(strings.PrSteeringGroupMissing, 'Ohjausryhma'));
    expect(fake.loads).toBe(1);
    fireEvent.change(field, { target: { value: 'Salkun ohjausryhmä' } });
    fireEvent.click(screen.getByRole('button', { name: strings.PrSteeringGroupSave }));
    await screen.findByText(format(strings.PrSteeringGroupSaved, 'Salkun ohjausryhmä'));
    expect(fake.saveSteeringGroup.mock.calls.map(([title]) => title)).toEqual(['Ohjausryhma', 'Salkun ohjausryhmä']);
    await waitFor(() => expect(fake.loads).toBe(2));
  });

  it('updates the investment total at once when a proposal is toggled in and out', async () => {
    const { container } = await renderView(false);
    // the mandatory proposal is always in
    expect(investmentTotal(container)).toBe('135000');
    const include = screen.getByRole('checkbox', { name: format(strings.PrIncludeLabel, 'Sähköinen arkistointi') });
    fireEvent.click(include);
    expect(investmentTotal(container)).toBe('185000');
    expect(container.querySelector('[data-salkku-whatif-total="investment"]')?.textContent).toBe('€185,000');
    expect(container.querySelector('[data-salkku-whatif-total="days"]')?.getAttribute('data-salkku-value')).toBe('110');
    fireEvent.click(include);
    expect(investmentTotal(container)).toBe('135000');
    const mandatory = screen.getByRole('checkbox', { name: format(strings.PrIncludeLabel, 'Varhaiskasvatuksen asiakastietojärjestelmä') });
    expect((mandatory as HTMLInputElement).checked).toBe(true);
    expect((mandatory as HTMLInputElement).disabled).toBe(true);
    // a rejected proposal is not offered
    expect(screen.queryByRole('checkbox', { name: format(strings.PrIncludeLabel, 'Vanhan intranetin korjaus') })).toBeNull();
  });

  it('suggests the best set within the budget, says the method, and explains each step', async () => {
    const { container } = await renderView(false);
    const checked = (title: string): boolean => (screen.getByRole('checkbox', { name: format(strings.PrIncludeLabel, title) }) as HTMLInputElement).checked;
    fireEvent.click(screen.getByRole('button', { name: strings.PrSuggestGreedy }));
    expect(container.querySelector('[data-salkku-suggestion-method]')?.getAttribute('data-salkku-suggestion-method')).toBe('greedy');
    expect(checked('Liikuntapaikkojen varausjärjestelmä')).toBe(true);
    expect(investmentTotal(container)).toBe('195000');

    fireEvent.click(screen.getByRole('button', { name: strings.PrSuggestExact }));
    expect(container.querySelector('[data-salkku-suggestion-method]')?.getAttribute('data-salkku-suggestion-method')).toBe('exact');
    expect(screen.getByText(strings.PrMethodExactTitle)).toBeTruthy();
    expect(checked('Kirjaston mobiilisovellus')).toBe(true);
    expect(checked('Liikuntapaikkojen varausjärjestelmä')).toBe(false);
    expect(checked('Sähköinen arkistointi')).toBe(false);
    expect(Number(investmentTotal(container))).toBeLessThanOrEqual(215_000);
    expect(investmentTotal(container)).toBe('215000');
    expect(screen.getByText(format(strings.PrStepOverBudget, 'Sähköinen arkistointi'))).toBeTruthy();
    expect(container.querySelector('[data-salkku-whatif-over]')?.getAttribute('data-salkku-whatif-over')).toBe('false');
  });

  it('refuses a decision without reasoning, says why and sends nothing; with reasoning it creates the project', async () => {
    const { fake } = await renderView(true);
    fireEvent.click(screen.getByRole('button', { name: `${strings.PrDecideButton}: Kirjaston mobiilisovellus` }));
    fireEvent.click(await screen.findByRole('button', { name: strings.PrDecisionSave }));
    await screen.findByText(strings.PrRefusedMissingText);
    expect(fake.decide).not.toHaveBeenCalled();

    fireEvent.change(screen.getByRole('textbox', { name: strings.PrDecisionText }), { target: { value: 'Paras pistemäärä budjetin puitteissa.' } });
    fireEvent.change(screen.getByRole('textbox', { name: strings.PrDecisionSection }), { target: { value: '4' } });
    fireEvent.click(screen.getByRole('button', { name: strings.PrDecisionSave }));
    await screen.findByText(strings.PrOutcomeCreated);
    expect(fake.decide).toHaveBeenCalledTimes(1);
    const [decided, decision, options] = fake.decide.mock.calls[0] ?? [];
    expect(decided?.id).toBe(3);
    expect(decision).toMatchObject({ status: 'approved', text: 'Paras pistemäärä budjetin puitteissa.', planId: 3, modelVersion: 1 });
    expect(options?.section).toBe('4');
    expect(screen.getByRole('link', { name: format(strings.PrProjectLink, 42) }).getAttribute('href')).toBe(`${SITE}/Lists/SalkkuProjects/DispForm.aspx?ID=42`);
  });

  it('without limits set counts no limit, and the best suggestion takes every proposal', async () => {
    const fake = new FakeProposals();
    fake.data = { ...fake.data, limits: null };
    const { container } = await renderView(true, fake);
    expect(screen.getByRole('button', { name: strings.PrSaveScenario }).hasAttribute('disabled') || screen.getByRole('button', { name: strings.PrSaveScenario }).getAttribute('aria-disabled') === 'true').toBe(true);
    fireEvent.click(screen.getByRole('button', { name: strings.PrSuggestExact }));
    expect(investmentTotal(container)).toBe('325000');
    expect(container.querySelector('[data-salkku-whatif-over]')?.getAttribute('data-salkku-whatif-over')).toBe('false');
  });

  it('compares two saved scenarios: what the second adds and removes', async () => {
    const fake = new FakeProposals();
    const base = { modelVersion: 1, budget: 200_000, capacity: 150, saved: '2026-11-01' };
    fake.data = { ...fake.data, scenarios: [{ ...base, name: 'Esitetty budjetti', chosen: [2, 3] }, { ...base, name: 'Leikattu budjetti', budget: 180_000, chosen: [2, 4] }] };
    const { container } = await renderView(false, fake);
    const compare = container.querySelector<HTMLElement>('[data-salkku-scenario-compare]');
    expect(compare?.querySelector('[data-salkku-compare-added]')?.textContent).toBe('Liikuntapaikkojen varausjärjestelmä');
    expect(compare?.querySelector('[data-salkku-compare-removed]')?.textContent).toBe('Kirjaston mobiilisovellus');
    // investment and budget both 20 000 € less; 10 points less
    expect(within(compare as HTMLElement).getAllByText('-€20,000', { selector: 'td' })).toHaveLength(2);
    expect(within(compare as HTMLElement).getByText('-10.0', { selector: 'td' })).toBeTruthy();
  });

  it('lets a member submit a proposal in the panel: saved with the given fields as submitted, and listed after the reload', async () => {
    const { fake, container } = await renderView(false);
    expect(screen.getByRole('link', { name: strings.PrOpenSharePointForm }).getAttribute('href')).toBe(`${SITE}/Lists/SalkkuProposals/NewForm.aspx?Source=${encodeURIComponent(`${SITE}/SitePages/Salkku.aspx`)}`);
    fireEvent.click(screen.getByRole('button', { name: strings.PrNewProposal }));
    const panel = await screen.findByRole('dialog', { name: strings.PrFormTitle });
    const form = within(panel);
    fireEvent.change(form.getByRole('textbox', { name: strings.PrFieldTitle }), { target: { value: 'Koulukuljetusten reittisuunnittelu' } });
    fireEvent.click(form.getByRole('combobox', { name: startsWith(strings.PrFieldServiceArea) }));
    fireEvent.click(await screen.findByRole('option', { name: strings.ServiceAreaEducation }));
    fireEvent.change(form.getByRole('textbox', { name: strings.PrFieldUnit }), { target: { value: 'Perusopetus' } });
    fireEvent.change(form.getByRole('textbox', { name: strings.PrFieldNeed }), { target: { value: 'Reitit suunnitellaan taulukoissa joka syksy uudelleen.' } });
    fireEvent.change(form.getByRole('textbox', { name: strings.PrFieldChanges }), { target: { value: 'Reitit lasketaan osoitteista.' } });
    fireEvent.click(form.getByRole('combobox', { name: startsWith(strings.PrFieldGoals) }));
    const goal = await screen.findByRole('option', { name: 'Tiedolla johtaminen' });
    fireEvent.click(goal);
    // a multi-select stays open until closed
    fireEvent.keyDown(goal, { key: 'Escape', which: 27, keyCode: 27 });
    await waitFor(() => expect(screen.queryByRole('listbox')).toBeNull());
    fireEvent.click(form.getByRole('checkbox', { name: strings.PrFieldMandatory }));
    fireEvent.change(form.getByRole('textbox', { name: strings.PrFieldSchedule }), { target: { value: '1/2027–8/2027' } });
    fireEvent.change(form.getByRole('textbox', { name: strings.PrFieldCosts }), { target: { value: '20 000–30 000 €' } });
    expect(panel.querySelector('[data-salkku-form-read="costs"]')?.textContent).toContain('€30,000');
    fireEvent.change(form.getByRole('textbox', { name: strings.PrFieldItDays }), { target: { value: '20' } });
    fireEvent.change(form.getByRole('textbox', { name: strings.PrFieldAreaDays }), { target: { value: '7,5' } });
    fireEvent.change(form.getByRole('textbox', { name: format(strings.PrFieldImpactNote, strings.PerspectiveSecurity) }), { target: { value: 'Oppilaiden osoitteet ovat henkilötietoja.' } });
    fireEvent.click(screen.getByRole('button', { name: strings.PrFormSubmit }));

    await waitFor(() => expect(screen.queryByRole('dialog', { name: strings.PrFormTitle })).toBeNull());
    expect(fake.saveProposal).toHaveBeenCalledTimes(1);
    const saved = fake.saveProposal.mock.calls[0]?.[0];
    expect(saved).toMatchObject({
      id: null,
      title: 'Koulukuljetusten reittisuunnittelu',
      serviceArea: 'Sivistyspalvelut',
      unit: 'Perusopetus',
      contact: ME,
      need: 'Reitit suunnitellaan taulukoissa joka syksy uudelleen.',
      changes: 'Reitit lasketaan osoitteista.',
      goalIds: [12],
      mandatoryByLaw: true,
      schedule: { text: '1/2027–8/2027', start: '2027-01', end: '2027-08' },
      costs: { text: '20 000–30 000 €', investmentMin: 20_000, investmentMax: 30_000 },
      itEffortDays: 20,
      serviceAreaEffortDays: 7.5,
      status: PROPOSAL_STATUS.submitted
    });
    expect(saved?.impacts.security.text).toBe('Oppilaiden osoitteet ovat henkilötietoja.');
    expect(saved?.impacts.economic.text).toBe('Reitit lasketaan osoitteista.');
    await screen.findByText(format(strings.PrFormSaved, 'Koulukuljetusten reittisuunnittelu'));
    await waitFor(() => expect(fake.loads).toBe(2));
    const added = row(container, 7);
    expect(within(added).getByText('Koulukuljetusten reittisuunnittelu')).toBeTruthy();
    expect(within(added).getByText(strings.PrStatusSubmitted)).toBeTruthy();
  });

  it('refuses a proposal without a title or with person-days that are not a number, says why and sends nothing', async () => {
    const { fake } = await renderView(false);
    fireEvent.click(screen.getByRole('button', { name: strings.PrNewProposal }));
    const form = within(await screen.findByRole('dialog', { name: strings.PrFormTitle }));
    fireEvent.change(form.getByRole('textbox', { name: strings.PrFieldNeed }), { target: { value: 'Tarve on.' } });
    fireEvent.change(form.getByRole('textbox', { name: strings.PrFieldItDays }), { target: { value: 'kymmenen' } });
    fireEvent.click(screen.getByRole('button', { name: strings.PrFormSubmit }));
    // the message bar's text is rendered a moment later, for screen readers to announce it
    expect(await form.findByText(strings.PrFormInvalid)).toBeTruthy();
    expect(form.getByText(strings.PrFormRequired)).toBeTruthy();
    expect(form.getByText(strings.PrFormDaysInvalid)).toBeTruthy();
    expect(form.getByRole('textbox', { name: strings.PrFieldTitle }).getAttribute('aria-invalid')).toBe('true');
    expect(fake.saveProposal).not.toHaveBeenCalled();
    // a failed save keeps the panel and what was typed
    fake.saveProposal.mockImplementationOnce(() => Promise.reject(new Error('boom')));
    fireEvent.change(form.getByRole('textbox', { name: strings.PrFieldTitle }), { target: { value: 'Nimi' } });
    fireEvent.change(form.getByRole('textbox', { name: strings.PrFieldItDays }), { target: { value: '10' } });
    fireEvent.click(screen.getByRole('button', { name: strings.PrFormSubmit }));
    await waitFor(() => expect(document.querySelector('[data-salkku-proposal-form-error="save"]')).not.toBeNull());
    expect((form.getByRole('textbox', { name: strings.PrFieldTitle }) as HTMLInputElement).value).toBe('Nimi');
  });

  it('shows a visitor neither the New proposal button nor the form link, and members no model editor; everyone reads the criteria', async () => {
    const { container } = await renderView(false, asVisitor(new FakeProposals()));
    expect(screen.queryByRole('button', { name: strings.PrNewProposal })).toBeNull();
    expect(screen.queryByRole('link', { name: strings.PrOpenSharePointForm })).toBeNull();
    expect(screen.queryByRole('button', { name: strings.PrEditModel })).toBeNull();
    expect(container.querySelector('[data-salkku-model-version]')?.getAttribute('data-salkku-model-version')).toBe('1');
    expect(screen.getByText(format(strings.PrCriteriaSummary, 1))).toBeTruthy();
    const strategic = container.querySelector<HTMLElement>('[data-salkku-model-row="strategicFit"]');
    expect(strategic?.textContent).toContain('25%');
  });

  it('lets an owner add a criterion to the scoring model and save it as version 2', async () => {
    const { fake, container } = await renderView(true);
    fireEvent.click(screen.getByRole('button', { name: strings.PrEditModel }));
    const panel = await screen.findByRole('dialog', { name: format(strings.PrModelEditorTitle, 2) });
    expect(within(panel).getByText(format(strings.PrModelVersionNote, 2, 1))).toBeTruthy();
    fireEvent.click(within(panel).getByRole('button', { name: strings.PrModelAddCriterion }));
    const added = panel.querySelector<HTMLElement>('[data-salkku-model-criterion="new-6"]');
    if (!added) {
      throw new Error('no new criterion');
    }
    fireEvent.change(within(added).getByRole('textbox', { name: strings.PrModelCriterionName }), { target: { value: 'Tietoturvan parannus' } });
    fireEvent.change(within(added).getByRole('textbox', { name: strings.PrModelCriterionDescription }), { target: { value: 'Poistaako ehdotus tunnetun riskin.' } });
    fireEvent.change(within(added).getByRole('textbox', { name: strings.PrModelCriterionWeight }), { target: { value: '25' } });
    // 25 of 125
    expect(added.querySelector('[data-salkku-model-share]')?.textContent).toBe(format(strings.PrModelShare, '20%'));
    const urgency = panel.querySelector<HTMLElement>('[data-salkku-model-criterion="urgency"]');
    fireEvent.click(within(urgency as HTMLElement).getByRole('button', { name: `${strings.PrModelRemoveCriterion}: Kiireellisyys` }));
    fireEvent.click(screen.getByRole('button', { name: format(strings.PrModelSave, 2) }));

    await waitFor(() => expect(screen.queryByRole('dialog', { name: format(strings.PrModelEditorTitle, 2) })).toBeNull());
    expect(fake.saveModel).toHaveBeenCalledTimes(1);
    const saved = fake.saveModel.mock.calls[0]?.[0];
    expect(saved?.criteria.map((c) => c.key)).toEqual(['strategicFit', 'legalObligation', 'benefit', 'riskOfNotDoing', 'feasibility', 'tietoturvanParannus']);
    expect(saved?.criteria[5]).toEqual({ key: 'tietoturvanParannus', name: 'Tietoturvan parannus', description: 'Poistaako ehdotus tunnetun riskin.', weight: 25 });
    expect(saved?.scale).toEqual({ min: 0, max: 5 });
    await screen.findByText(format(strings.PrModelSaved, 2));
    await waitFor(() => expect(container.querySelector('[data-salkku-model-version]')?.getAttribute('data-salkku-model-version')).toBe('2'));
    expect(screen.getByText(format(strings.PrCriteriaSummary, 2))).toBeTruthy();
    // the version 1 scores are another version's: nothing counts under version 2
    expect(row(container, 1).querySelector('[data-salkku-score]')?.textContent).toBe('–');
  });

  it('refuses a model with invalid weights or scale, says why in words and saves nothing', async () => {
    const { fake } = await renderView(true);
    fireEvent.click(screen.getByRole('button', { name: strings.PrEditModel }));
    const panel = await screen.findByRole('dialog', { name: format(strings.PrModelEditorTitle, 2) });
    const weights = within(panel).getAllByRole('textbox', { name: strings.PrModelCriterionWeight });
    for (const weight of weights) {
      fireEvent.change(weight, { target: { value: '0' } });
    }
    fireEvent.change(within(panel).getByRole('textbox', { name: strings.PrModelScaleMax }), { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: format(strings.PrModelSave, 2) }));
    expect(await within(panel).findByText(strings.PrModelProblemZeroWeights)).toBeTruthy();
    expect(within(panel).getByText(format(strings.PrModelProblemInvalidScale, '0–0'))).toBeTruthy();

    fireEvent.change(within(panel).getByRole('textbox', { name: strings.PrModelScaleMax }), { target: { value: '5' } });
    fireEvent.change(weights[0] as HTMLElement, { target: { value: '-5' } });
    fireEvent.change(weights[1] as HTMLElement, { target: { value: 'paljon' } });
    fireEvent.change(weights[2] as HTMLElement, { target: { value: '10' } });
    fireEvent.click(screen.getByRole('button', { name: format(strings.PrModelSave, 2) }));
    expect(await within(panel).findByText(format(strings.PrModelProblemNegativeWeight, '-5'))).toBeTruthy();
    expect(within(panel).getByText(strings.PrModelNumberInvalid)).toBeTruthy();
    expect(within(panel).queryByText(strings.PrModelProblemZeroWeights)).toBeNull();
    expect(fake.saveModel).not.toHaveBeenCalled();
  });

  it('says a site owner must set up the lists when they are missing', async () => {
    const fake = new FakeProposals();
    fake.data = { ...fake.data, missing: ['scores'] };
    const { container } = await renderView(false, fake);
    expect(container.querySelector('[data-salkku-state="proposals-missing"]')?.textContent).toContain(strings.PrListsMissing);
  });
});

// The effect on the coming years: the plan starts next year so the years shown do not depend on when the tests run.
const Y = new Date().getFullYear() + 1;

function scheduled(fake: FakeProposals): FakeProposals {
  const when: Record<number, string> = { 1: `1/${Y}–12/${Y + 1}`, 2: `${Y}`, 6: `${Y}` };
  fake.data = { ...fake.data, proposals: PROPOSALS.map((p) => (p.id !== null && when[p.id] ? { ...p, schedule: parseSchedule(when[p.id]).schedule } : p)) };
  return fake;
}

function withProjects(): Partial<PortfolioData> {
  const project = { ...emptyProject('Palvelinympäristön uusiminen'), id: 501, status: STATUS.inProgress, schedule: parseSchedule(`${Y}`).schedule, costs: { text: '30 000 €', investmentMin: 30_000, investmentMax: 30_000, recurringPerYearMin: 2000, recurringPerYearMax: 2000 } };
  const unestimated = { ...emptyProject('Asianhallinnan päivitys'), id: 502, status: STATUS.approved };
  const done = { ...emptyProject('Valmis hanke'), id: 503, status: STATUS.done, costs: project.costs };
  return {
    projects: [project, unestimated, done],
    plans: [{ id: 3, etag: null, title: 'Suunnitelma', organisation: null, periodStart: `${Y}-01`, periodEnd: `${Y + 2}-12`, approvedOn: null, status: null }]
  };
}

function effectYear(container: HTMLElement, year: number): { investment: string | null; days: string | null; row: HTMLElement } {
  const row = container.querySelector<HTMLElement>(`[data-salkku-effect-year="${year}"]`);
  if (!row) {
    throw new Error(`no year ${year}`);
  }
  return {
    investment: row.querySelector('[data-salkku-effect-investment]')?.getAttribute('data-salkku-effect-investment') ?? null,
    days: row.querySelector('[data-salkku-effect-days]')?.getAttribute('data-salkku-effect-days') ?? null,
    row
  };
}

function chart(container: HTMLElement, name: string): HTMLElement {
  const found = container.querySelector<HTMLElement>(`[data-salkku-chart="${name}"]`);
  if (!found) {
    throw new Error(`no chart ${name}`);
  }
  return found;
}

describe('proposals view: charts and the effect on the coming years', () => {
  it('updates the per-year totals at once when a proposal is toggled in and out, and says which year goes over the budget', async () => {
    const { container } = await renderView(false, scheduled(new FakeProposals()), withProjects());
    // ongoing project 30 000 + mandatory 120 000 + approved 15 000 in the first year; days only of proposals
    expect(effectYear(container, Y)).toMatchObject({ investment: '165000', days: '70' });
    expect(effectYear(container, Y + 1)).toMatchObject({ investment: '0', days: '0' });
    expect(container.querySelector(`[data-salkku-effect-item="project-501"]`)).not.toBeNull();
    // done projects are not ongoing
    expect(container.querySelector(`[data-salkku-effect-item="project-503"]`)).toBeNull();
    expect(container.querySelector(`[data-salkku-effect-item="proposal-1"]`)).toBeNull();

    fireEvent.click(screen.getByRole('checkbox', { name: format(strings.PrIncludeLabel, 'Sähköinen arkistointi') }));
    // 50 000 € and 40 days over two years
    expect(effectYear(container, Y)).toMatchObject({ investment: '190000', days: '90' });
    expect(effectYear(container, Y + 1)).toMatchObject({ investment: '25000', days: '20' });
    expect(container.querySelector(`[data-salkku-effect-item="proposal-1"]`)?.textContent).toContain('Sähköinen arkistointi');
    expect(effectYear(container, Y).row.querySelector('[data-salkku-effect-over]')).toBeNull();

    const budget = container.querySelector('input[data-salkku-whatif-budget="true"]');
    expect(budget).not.toBeNull();
    fireEvent.change(budget as HTMLInputElement, { target: { value: '180000' } });
    expect(effectYear(container, Y).row.querySelector('[data-salkku-effect-over]')?.getAttribute('data-salkku-effect-over')).toBe('budget');
    expect(effectYear(container, Y + 1).row.querySelector('[data-salkku-effect-over]')).toBeNull();
    expect(container.querySelector('[data-salkku-effect-summary]')?.textContent).toContain(format(strings.PrFxOverBudgetYear, Y));

    fireEvent.click(screen.getByRole('checkbox', { name: format(strings.PrIncludeLabel, 'Sähköinen arkistointi') }));
    expect(effectYear(container, Y)).toMatchObject({ investment: '165000', days: '70' });
    expect(effectYear(container, Y + 1)).toMatchObject({ investment: '0', days: '0' });
  });

  it('lists a selected proposal without a schedule as not placed in any year', async () => {
    const { container } = await renderView(false, new FakeProposals(), withProjects());
    // no proposal has a schedule here: the mandatory and the approved one are in the selection
    expect(effectYear(container, Y).investment).toBe('30000');
    expect(container.querySelector('[data-salkku-effect-unplaced]')?.textContent).toContain('Varhaiskasvatuksen asiakastietojärjestelmä');
  });

  it('lists the urgency and feasibility of each scored proposal in the table alternative, with its quadrant and whether it is selected', async () => {
    const { container } = await renderView(false);
    const urgency = chart(container, 'urgency');
    // proposal 2 has no urgency score: left out and said so
    expect(urgency.getAttribute('data-salkku-chart-points')).toBe('3');
    expect(urgency.textContent).toContain(format(strings.PrUfMissing, 1));
    expect(urgency.querySelector('[data-salkku-chart-point="4"]')?.querySelector('title')?.textContent).toContain(strings.PrUfDoNow);
    expect(urgency.querySelector('[data-salkku-chart-point="1"]')?.getAttribute('data-salkku-chart-filled')).toBe('false');
    fireEvent.click(screen.getByRole('checkbox', { name: format(strings.PrIncludeLabel, 'Sähköinen arkistointi') }));
    expect(urgency.querySelector('[data-salkku-chart-point="1"]')?.getAttribute('data-salkku-chart-filled')).toBe('true');

    fireEvent.click(within(urgency).getByRole('switch', { name: strings.PrChartAsTable }));
    const cells = (id: number): string[] => Array.from(urgency.querySelectorAll(`[data-salkku-chart-row="proposal-${id}"] th, [data-salkku-chart-row="proposal-${id}"] td`)).map((c) => c.textContent ?? '');
    expect(cells(1)).toEqual(['Sähköinen arkistointi', '2', '5', strings.PrUfSchedule, strings.PrYes]);
    expect(cells(3)).toEqual(['Kirjaston mobiilisovellus', '0', '5', strings.PrUfSchedule, strings.PrNo]);
    expect(cells(4)).toEqual(['Liikuntapaikkojen varausjärjestelmä', '4', '4', strings.PrUfDoNow, strings.PrNo]);
    expect(cells(2)).toEqual([]);
  });

  it('says so instead of drawing when the newest model has no urgency or feasibility criterion', async () => {
    const fake = new FakeProposals();
    fake.data = { ...fake.data, models: [DEFAULT_SCORING_MODEL, { ...DEFAULT_SCORING_MODEL, version: 2, criteria: DEFAULT_SCORING_MODEL.criteria.filter((c) => c.key !== 'feasibility') }] };
    const { container } = await renderView(false, fake);
    const urgency = chart(container, 'urgency');
    expect(urgency.querySelector('svg')).toBeNull();
    expect(urgency.textContent).toContain(format(strings.PrUfNoCriteria, 2));
  });

  it('shows ongoing projects on the score chart apart from the score scale and in its table alternative', async () => {
    const { container } = await renderView(false, new FakeProposals(), withProjects());
    const score = chart(container, 'score');
    expect(score.querySelector('[data-salkku-chart-band="ongoing"] [data-salkku-chart-project="501"] title')?.textContent).toBe(format(strings.PrChartOngoingPoint, 'Palvelinympäristön uusiminen', '€30,000'));
    // without an estimate it cannot be placed on the cost axis
    expect(score.querySelector('[data-salkku-chart-project="502"]')).toBeNull();
    expect(score.textContent).toContain(format(strings.PrChartOngoingNoCost, 1));
    expect(score.textContent).toContain(format(strings.PrChartCommitted, Y, '€30,000'));

    fireEvent.click(within(score).getByRole('switch', { name: strings.PrChartAsTable }));
    const cells = (mark: string): string[] => Array.from(score.querySelectorAll(`[data-salkku-chart-row="${mark}"] th, [data-salkku-chart-row="${mark}"] td`)).map((c) => c.textContent ?? '');
    expect(cells('project-501')).toEqual(['Palvelinympäristön uusiminen', strings.PrKindOngoing, strings.PrChartProjectNoScore, '€30,000', '–', '–']);
    expect(cells('project-502')).toEqual(['Asianhallinnan päivitys', strings.PrKindOngoing, strings.PrChartProjectNoScore, strings.PrNoEstimate, '–', '–']);
    expect(cells('project-503')).toEqual([]);
    expect(cells('proposal-2')).toEqual(['Varhaiskasvatuksen asiakastietojärjestelmä', strings.PrKindProposal, '25.0', '€120,000', strings.PrYes, strings.PrYes]);
  });
});
