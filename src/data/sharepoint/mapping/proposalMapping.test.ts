import { itemAsRead } from '../../../../test/support/itemAsRead';
import type { Proposal, ProposalScore } from '../../../domain/proposals/model';
import { emptyProposal } from '../../../domain/proposals/model';
import { PROPOSAL_STATUS } from '../../../domain/proposals/vocabulary';
import type { DomainWarning } from '../../../domain/warnings';
import { PROPOSALS_LIST, SCORES_LIST } from '../schema/proposalLists';
import { PROPOSAL_CODECS, proposalFromItem, proposalToItem, scoreFromItem, scoreToItem, SHARED_WITH_PROJECTS } from './proposalMapping';

const proposal: Proposal = {
  ...emptyProposal('Sähköinen ajanvaraus neuvolaan'),
  serviceArea: 'Sosiaali- ja terveyspalvelut',
  unit: 'Neuvolapalvelut',
  contact: { id: 7, title: '', email: null },
  need: 'Ajat varataan puhelimella, ja jonot ovat aamuisin pitkiä.',
  changes: 'Asiakas varaa ja siirtää ajan itse verkossa.',
  goalIds: [2, 5],
  mandatoryByLaw: false,
  schedule: { ...emptyProposal().schedule, text: '2027–2028', start: '2027-03', end: '2028-06' },
  costs: { text: '40 000–60 000 €, ylläpito 6 000 €/v', investmentMin: 40_000, investmentMax: 60_000, recurringPerYearMin: 6_000, recurringPerYearMax: 6_000 },
  itEffortDays: 40,
  serviceAreaEffortDays: 25,
  impacts: {
    economic: { level: 'Vähäinen', text: 'Asiakas varaa ja siirtää ajan itse verkossa.' },
    organisation: { level: 'Ei vaikutusta', text: 'Vastuut pysyvät ennallaan.' },
    security: { level: 'Merkittävä', text: 'Tunnistautuminen Suomi.fi-palvelulla.' },
    dataUse: { level: null, text: null },
    caseManagement: { level: 'Ei tiedossa', text: null }
  },
  status: PROPOSAL_STATUS.approved,
  decisionText: 'Hyväksytään vuoden 2027 suunnitelmaan.',
  decisionDate: '2026-11-20',
  decisionBody: 'Tietohallinnon ohjausryhmä',
  decisionModelVersion: 2,
  planId: 3,
  projectId: 41
};

describe('proposal mapping', () => {
  it('has a codec for every field of the Proposals list, the plan\'s fields with the projects\' own', () => {
    expect([...Object.keys(PROPOSAL_CODECS), ...SHARED_WITH_PROJECTS].sort()).toEqual(PROPOSALS_LIST.fields.map((f) => f.name).sort());
  });

  it('writes exactly the list\'s columns (lookups and people as <Name>Id) and reads back what it wrote', () => {
    const out = proposalToItem(proposal);
    expect(Object.keys(out).map((k) => k.replace(/Id$/, '')).sort()).toEqual(PROPOSALS_LIST.fields.map((f) => f.name).sort());
    expect(out.StrategicGoalsId).toEqual([2, 5]);
    expect(out.WhatChanges).toBe(proposal.changes);
    const read = proposalFromItem(itemAsRead(out, 9));
    expect(read.issues).toEqual([]);
    expect(read.proposal).toEqual({ ...proposal, id: 9, etag: '"1"' });
  });

  it('reports what it cannot read and keeps the rest', () => {
    const out = { ...proposalToItem(proposal), Title: '', ScheduleStart: 'keväällä', ItEffortDays: 'paljon' };
    const read = proposalFromItem(itemAsRead(out, 9));
    expect(read.proposal.schedule.start).toBeNull();
    expect(read.proposal.itEffortDays).toBeNull();
    expect(read.proposal.costs.investmentMax).toBe(60_000);
    expect(read.issues.map((i) => i.code).sort()).toEqual(['invalidNumber', 'missingTitle', 'scheduleImpossibleDate']);
  });

  it('writes a score with its criterion\'s name and reads it back; one without its proposal is listed, not used', () => {
    const score: ProposalScore = { proposalId: 9, criterionKey: 'benefit', value: 4, note: 'Säästää neuvolan puhelinaikaa.', scorer: { id: 3, title: '', email: null }, modelVersion: 2 };
    const out = scoreToItem(score, 'Hyöty');
    expect(Object.keys(out).map((k) => k.replace(/Id$/, '')).sort()).toEqual(SCORES_LIST.fields.map((f) => f.name).sort());
    expect(out.Title).toBe('Hyöty');
    expect(scoreFromItem(itemAsRead(out, 1))).toEqual(score);
    const issues: DomainWarning[] = [];
    expect(scoreFromItem(itemAsRead({ ...out, ProposalId: null }, 2), issues)).toBeNull();
    expect(issues.map((i) => i.code)).toEqual(['missingValue']);
  });
});
