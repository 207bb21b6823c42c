/**
 * A proposal's status: stable keys and the Finnish texts SharePoint stores by default.
 */
import type { Vocabulary } from '../vocabulary';

export type ProposalStatusKey = 'submitted' | 'underReview' | 'approved' | 'postponed' | 'rejected';

export const PROPOSAL_STATUS: Vocabulary<ProposalStatusKey> = {
  submitted: 'Jätetty',
  underReview: 'Käsittelyssä',
  approved: 'Hyväksytty suunnitelmaan',
  postponed: 'Siirretty',
  rejected: 'Hylätty'
};
