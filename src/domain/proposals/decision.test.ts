import type { Project } from '../model';
import { emptyProject } from '../model';
import { STATUS } from '../vocabulary';
import type { DecisionInput } from './decision';
import { decisionPlan, isDay, nextProjectNumber, projectFromProposal, recordDecision } from './decision';
import type { Proposal } from './model';
import { emptyProposal } from './model';
import { PROPOSAL_STATUS } from './vocabulary';

function proposal(changes: Partial<Proposal> = {}): Proposal {
  return {
    ...emptyProposal('Sähköinen ajanvaraus nuorisotiloihin'),
    id: 31,
    serviceArea: 'Sivistyspalvelut',
    unit: 'Nuorisopalvelut',
    need: 'Tilojen varaukset kirjataan nyt paperille ja sähköpostiin.',
    changes: 'Nuoret ja ohjaajat varaavat tilat itse verkossa.',
    goalIds: [2, 5],
    mandatoryByLaw: false,
    schedule: { ...emptyProposal().schedule, text: '3/2027 – 9/2027', start: '2027-03', end: '2027-09' },
    costs: { text: '8 000 – 12 000 €, ylläpito noin 1 500 €/vuosi', investmentMin: 8000, investmentMax: 12_000, recurringPerYearMin: 1500, recurringPerYearMax: 1500 },
    itEffortDays: 15,
    serviceAreaEffortDays: 10,
    status: PROPOSAL_STATUS.approved,
    planId: 4,
    ...changes
  };
}

describe('nextProjectNumber', () => {
  it('continues after the highest number of the section, comparing as numbers', () => {
    expect(nextProjectNumber(['2.1', '2.2', '2.9', '2.14', '3.1'], '2')).toBe('2.15');
  });

  it('counts a sub-group as taken and numbers inside sub-sections', () => {
    const plan = ['3.1', '3.5', '3.5.1', '3.5.2', '4.1.1', '4.1.3'];
    expect(nextProjectNumber(plan, '3')).toBe('3.6');
    expect(nextProjectNumber(plan, '3.5')).toBe('3.5.3');
    expect(nextProjectNumber(plan, '4.1')).toBe('4.1.4');
    expect(nextProjectNumber(plan, '4')).toBe('4.2');
  });

  it('starts an empty section at .1 and does not mistake 2.1 for part of section 2.10', () => {
    expect(nextProjectNumber([], '5')).toBe('5.1');
    expect(nextProjectNumber(['2.1', '2.10.4'], '2.1')).toBe('2.1.1');
    expect(nextProjectNumber(['2.1', '2.10.4'], '2.10')).toBe('2.10.5');
  });

  it('ignores malformed numbers and tolerates a trailing dot and spaces', () => {
    expect(nextProjectNumber(['2.a', '', null, 'luku 2.7', '2..3', ' 2.4. ', '2.3'], '2')).toBe('2.5');
    expect(nextProjectNumber(['6.2'], ' 6. ')).toBe('6.3');
  });

  it('numbers at the top level for an empty section and refuses a section that is no plan number', () => {
    expect(nextProjectNumber(['1', '2.4', '3.1.1'], '')).toBe('4');
    expect(nextProjectNumber(['2.1'], 'Hallinto')).toBeNull();
  });
});

describe('projectFromProposal', () => {
  it('carries every field of the proposal over', () => {
    const source = proposal({ mandatoryByLaw: true, impacts: { ...emptyProposal().impacts, security: { level: 'Vähäinen', text: 'Käyttöoikeudet ryhmittäin' } } });
    const project = projectFromProposal(source, { number: '3.2.4', category: 'Palvelualakohtainen' });
    expect(project).toMatchObject({
      id: null,
      number: '3.2.4',
      title: 'Sähköinen ajanvaraus nuorisotiloihin',
      description: 'Tilojen varaukset kirjataan nyt paperille ja sähköpostiin.\n\nMikä muuttuu: Nuoret ja ohjaajat varaavat tilat itse verkossa.',
      category: 'Palvelualakohtainen',
      serviceArea: 'Sivistyspalvelut',
      unit: 'Nuorisopalvelut',
      planIds: [4],
      goalIds: [2, 5],
      mandatoryByLaw: true,
      status: STATUS.approved,
      resources: 'Tietohallinto 15 htp, palveluala 10 htp',
      assessmentStatus: 'Luonnos'
    });
    expect(project.schedule).toEqual(source.schedule);
    expect(project.costs).toEqual(source.costs);
    expect(project.impacts.security).toEqual({ level: 'Vähäinen', text: 'Käyttöoikeudet ryhmittäin' });
  });

  it('gives the project its own copies', () => {
    const source = proposal();
    const project = projectFromProposal(source, { number: null });
    project.impacts.economic.text = 'muutettu';
    project.goalIds.push(9);
    expect(source.impacts.economic.text).toBeNull();
    expect(source.goalIds).toEqual([2, 5]);
  });

  it('leaves out what the proposal does not have', () => {
    const project = projectFromProposal(proposal({ need: '  ', changes: null, itEffortDays: null, serviceAreaEffortDays: null, planId: null }), { number: null });
    expect(project).toMatchObject({ description: null, resources: null, assessmentStatus: null, planIds: [], number: null });
    expect(projectFromProposal(proposal({ need: null }), { number: null }).description).toBe('Mikä muuttuu: Nuoret ja ohjaajat varaavat tilat itse verkossa.');
  });
});

describe('decisionPlan', () => {
  const projects: Pick<Project, 'number' | 'planIds'>[] = [
    { ...emptyProject(), number: '3.1', planIds: [4] },
    { ...emptyProject(), number: '3.2', planIds: [3, 4] },
    { ...emptyProject(), number: '3.7', planIds: [3] }
  ];
  const none = (): number | null => null;

  it('creates the project numbered after the plan\'s own projects', () => {
    const plan = decisionPlan(proposal(), projects, { section: '3', linkedProjectId: none });
    expect(plan.kind).toBe('create');
    if (plan.kind === 'create') {
      expect(plan.project.number).toBe('3.3');
      expect(plan.proposalId).toBe(31);
    }
  });

  it('is idempotent: a recorded project or one linking back means already created', () => {
    expect(decisionPlan(proposal({ projectId: 77 }), projects, { section: '3', linkedProjectId: none })).toEqual({ kind: 'alreadyCreated', projectId: 77 });
    const lookup = (id: number): number | null => (id === 31 ? 78 : null);
    expect(decisionPlan(proposal(), projects, { section: '3', linkedProjectId: lookup })).toEqual({ kind: 'alreadyCreated', projectId: 78 });
    // even when the status was changed afterwards, the project is not created again or forgotten
    expect(decisionPlan(proposal({ status: PROPOSAL_STATUS.rejected }), projects, { section: '3', linkedProjectId: lookup }).kind).toBe('alreadyCreated');
  });

  it('creates nothing for a proposal that is not approved, has no plan or is not saved', () => {
    for (const status of [PROPOSAL_STATUS.submitted, PROPOSAL_STATUS.postponed, null, 'Hyväksytty']) {
      expect(decisionPlan(proposal({ status }), projects, { section: '3', linkedProjectId: none })).toEqual({ kind: 'notApproved' });
    }
    expect(decisionPlan(proposal({ planId: null }), projects, { section: '3', linkedProjectId: none })).toEqual({ kind: 'noPlan' });
    expect(decisionPlan(proposal({ id: null }), projects, { section: '3', linkedProjectId: none })).toEqual({ kind: 'notSaved' });
  });
});

describe('recordDecision', () => {
  const approve: DecisionInput = { status: 'approved', text: 'Hyödyt selvät, mahtuu budjettiin.', date: '2026-11-03', body: 'Tietohallinnon ohjausryhmä', modelVersion: 2, planId: 6 };

  it('records an approval for a plan with its reasoning, body and model version', () => {
    const result = recordDecision(proposal({ planId: null, status: PROPOSAL_STATUS.underReview }), approve);
    expect(result).toEqual({
      ok: true,
      proposal: expect.objectContaining({ status: 'Hyväksytty suunnitelmaan', decisionText: approve.text, decisionDate: '2026-11-03', decisionBody: 'Tietohallinnon ohjausryhmä', decisionModelVersion: 2, planId: 6 })
    });
  });

  it('keeps a rejected or postponed proposal with its reasoning and without a plan', () => {
    const result = recordDecision(proposal(), { ...approve, status: 'postponed', text: 'Siirretään, kun rahoitus varmistuu.', planId: undefined });
    expect(result.ok && result.proposal).toMatchObject({ status: 'Siirretty', decisionText: 'Siirretään, kun rahoitus varmistuu.', planId: null, title: 'Sähköinen ajanvaraus nuorisotiloihin' });
    const rejected = recordDecision(proposal(), { ...approve, status: 'rejected', text: 'Päällekkäinen hankkeen 3.2 kanssa.' });
    expect(rejected.ok && rejected.proposal.status).toBe('Hylätty');
  });

  it('takes the proposal\'s own plan for an approval that names none', () => {
    const result = recordDecision(proposal({ planId: 4 }), { ...approve, planId: undefined });
    expect(result.ok && result.proposal.planId).toBe(4);
  });

  it('refuses an approval without a plan, a decision without reasoning or with an impossible date', () => {
    expect(recordDecision(proposal({ planId: null }), { ...approve, planId: null })).toEqual({ ok: false, error: 'approvalWithoutPlan' });
    expect(recordDecision(proposal(), { ...approve, text: '   ' })).toEqual({ ok: false, error: 'missingText' });
    expect(recordDecision(proposal(), { ...approve, date: '2026-02-30' })).toEqual({ ok: false, error: 'invalidDate' });
  });

  it('does not decide again on a proposal that is already a project', () => {
    expect(recordDecision(proposal({ projectId: 12 }), { ...approve, status: 'rejected' })).toEqual({ ok: false, error: 'alreadyInPortfolio' });
  });
});

describe('isDay', () => {
  it('accepts real days only', () => {
    expect(isDay('2028-02-29')).toBe(true);
    expect(isDay('2027-02-29')).toBe(false);
    expect(isDay('3.11.2026')).toBe(false);
    expect(isDay('2026-11-3')).toBe(false);
  });
});
