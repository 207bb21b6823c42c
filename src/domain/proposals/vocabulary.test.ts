import { vocabularyValues } from '../vocabulary';
import { emptyProposal } from './model';
import { PROPOSAL_STATUS, proposalStatusKey } from './vocabulary';

describe('proposal status vocabulary', () => {
  it('reads the stored texts back as keys, whatever the case or spacing', () => {
    expect(proposalStatusKey('Hyväksytty suunnitelmaan')).toBe('approved');
    expect(proposalStatusKey('  käsittelyssä ')).toBe('underReview');
    expect(proposalStatusKey(PROPOSAL_STATUS.postponed)).toBe('postponed');
  });

  it('does not take the project status "Hyväksytty" or a city\'s own text for a proposal status', () => {
    expect(proposalStatusKey('Hyväksytty')).toBeUndefined();
    expect(proposalStatusKey('Odottaa rahoitusta')).toBeUndefined();
    expect(proposalStatusKey(null)).toBeUndefined();
  });

  it('has a distinct text for every status', () => {
    const texts = vocabularyValues(PROPOSAL_STATUS);
    expect(new Set(texts).size).toBe(5);
  });

  it('starts a new proposal with nothing decided', () => {
    expect(emptyProposal('Uusi')).toMatchObject({ title: 'Uusi', status: null, decisionText: null, planId: null, projectId: null, goalIds: [] });
  });
});
