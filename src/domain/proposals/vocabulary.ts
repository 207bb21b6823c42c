/**
 * The proposals list's own vocabulary: stable keys and the Finnish status texts stored in
 * SharePoint. Kept apart from the projects' STATUS because a proposal's life ends where the
 * project's begins ("approved for the plan" is not yet "approved project").
 */
import type { Vocabulary } from '../vocabulary';
import { keyOf } from '../vocabulary';

export type ProposalStatusKey = 'submitted' | 'underReview' | 'approved' | 'postponed' | 'rejected';

/** The statuses a decision can set. */
export type DecisionStatusKey = Extract<ProposalStatusKey, 'approved' | 'postponed' | 'rejected'>;

export const PROPOSAL_STATUS: Vocabulary<ProposalStatusKey> = {
  submitted: 'Jätetty',
  underReview: 'Käsittelyssä',
  approved: 'Hyväksytty suunnitelmaan',
  postponed: 'Siirretty',
  rejected: 'Hylätty'
};

/** The key of a stored proposal status, or undefined for a text the city added itself. */
export function proposalStatusKey(text: string | null | undefined): ProposalStatusKey | undefined {
  return keyOf(PROPOSAL_STATUS, text);
}
