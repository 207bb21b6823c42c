import type { Plan } from '../model';
import type { Proposal } from '../proposals/model';
import { emptyProposal } from '../proposals/model';
import { PROPOSAL_STATUS } from '../proposals/vocabulary';
import { buildPlanDocument } from './planDocument';
import { inPlanRound, planDecisions } from './planDecisions';

const PLAN: Plan = { id: 7, etag: null, title: 'Toimenpidesuunnitelma 2027–2028', organisation: 'Järvenranta', periodStart: '2027-01', periodEnd: '2028-12', approvedOn: null, status: null };

function proposal(id: number, title: string, fields: Partial<Proposal>): Proposal {
  return { ...emptyProposal(title), id, serviceArea: 'Sivistyspalvelut', unit: 'Varhaiskasvatus', ...fields };
}

const approved = proposal(1, 'Varhaiskasvatuksen asiakasportaali', {
  status: PROPOSAL_STATUS.approved,
  planId: 7,
  projectId: 41,
  decisionDate: '2026-11-18',
  decisionBody: 'Tietohallinnon ohjausryhmä',
  decisionText: 'Korkein pisteytys ja mahtuu budjettiin.'
});
const approvedElsewhere = proposal(2, 'Vanhan suunnitelman hanke', { status: PROPOSAL_STATUS.approved, planId: 3, projectId: 12, decisionDate: '2026-11-18', decisionText: 'Hyväksytty.' });
const rejected = proposal(3, 'Oma chat-palvelu', { status: PROPOSAL_STATUS.rejected, decisionDate: '2026-11-18', decisionText: 'Kaupunkiyhteinen palvelu kattaa tarpeen.' });
const rejectedLongAgo = proposal(4, 'Faksipalvelun uusiminen', { status: PROPOSAL_STATUS.rejected, decisionDate: '2024-05-02', decisionText: 'Ei tarvetta.' });
const postponed = proposal(5, 'Kirjaston tilavaraus', { status: PROPOSAL_STATUS.postponed, decisionDate: '2027-03-01', decisionText: 'Siirretään kilpailutuksen jälkeen.' });
const open = proposal(6, 'Avoin ehdotus', { status: PROPOSAL_STATUS.submitted });
const cityOwnStatus = proposal(7, 'Kaupungin oma tila', { status: 'Odottaa rahoitusta', decisionDate: '2026-11-18' });

const ALL = [postponed, rejected, approved, approvedElsewhere, rejectedLongAgo, open, cityOwnStatus];
const PROJECTS = [
  { id: 41, number: '4.11' },
  { id: 12, number: '2.3' }
];

describe('the plan round of a decision', () => {
  it('takes approvals for this plan and other decisions from the year before the period to its end', () => {
    expect(inPlanRound(approved, 'approved', PLAN)).toBe(true);
    expect(inPlanRound(approvedElsewhere, 'approved', PLAN)).toBe(false);
    expect(inPlanRound(rejected, 'rejected', PLAN)).toBe(true);
    expect(inPlanRound(postponed, 'postponed', PLAN)).toBe(true);
    expect(inPlanRound(rejectedLongAgo, 'rejected', PLAN)).toBe(false);
  });

  it('leaves out a decision without a date, and a plan without a period takes none but its approvals', () => {
    expect(inPlanRound({ ...rejected, decisionDate: null }, 'rejected', PLAN)).toBe(false);
    const noPeriod = { ...PLAN, periodStart: null, periodEnd: null };
    expect(inPlanRound(rejected, 'rejected', noPeriod)).toBe(false);
    expect(inPlanRound(approved, 'approved', noPeriod)).toBe(true);
  });

  it('takes every decision when the document is the whole portfolio', () => {
    expect(inPlanRound(rejectedLongAgo, 'rejected', undefined)).toBe(true);
  });
});

describe('planDecisions', () => {
  it('lists approved, postponed and rejected in that order, with the project number and the reasoning', () => {
    const decisions = planDecisions(ALL, PROJECTS, PLAN, 'fi');
    expect(decisions?.rows.map((r) => [r.status, r.title, r.projectNumber])).toEqual([
      ['approved', 'Varhaiskasvatuksen asiakasportaali', '4.11'],
      ['postponed', 'Kirjaston tilavaraus', null],
      ['rejected', 'Oma chat-palvelu', null]
    ]);
    const first = decisions?.rows[0];
    expect(first?.decided).toBe('18.11.2026, Tietohallinnon ohjausryhmä');
    expect(first?.proposer).toBe('Sivistyspalvelut, Varhaiskasvatus');
    expect(first?.reasoning).toBe('Korkein pisteytys ja mahtuu budjettiin.');
    expect(decisions?.heading).toBe('Liite 1. Ehdotusten käsittely');
  });

  it('writes the status and date in the document language', () => {
    const decisions = planDecisions([rejected], PROJECTS, PLAN, 'en');
    expect(decisions?.rows[0]?.statusText).toBe('Rejected');
    expect(decisions?.rows[0]?.decided).toBe('18 Nov 2026');
    expect(planDecisions([rejected], PROJECTS, PLAN, 'sv')?.rows[0]?.statusText).toBe('Avslaget');
  });

  it('is null when the round has no decisions (no empty table in the document)', () => {
    expect(planDecisions([open, rejectedLongAgo, cityOwnStatus], PROJECTS, PLAN, 'fi')).toBeNull();
  });

  it('the approved proposal whose project was removed keeps its row without a number', () => {
    expect(planDecisions([approved], [], PLAN, 'fi')?.rows[0]?.projectNumber).toBeNull();
  });
});

describe('the plan document with decisions', () => {
  it('carries the decisions only when the proposals are given', () => {
    const options = { language: 'fi' as const, template: 'full' as const, date: '2026-12-06' };
    expect(buildPlanDocument([], PLAN, [], options).decisions).toBeNull();
    expect(buildPlanDocument([], PLAN, [], { ...options, proposals: ALL }).decisions?.rows).toHaveLength(3);
  });
});
