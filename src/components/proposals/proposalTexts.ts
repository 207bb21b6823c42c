/** Localised texts of the proposals' own vocabulary. */
import type { ProposalStatusKey } from '../../domain/proposals/vocabulary';
import type { ProposalRow } from './proposalRows';
import { STATUS_ICON } from './proposalRows';

export function statusLabel(strings: ISalkkuStrings, key: ProposalStatusKey): string {
  return {
    submitted: strings.PrStatusSubmitted,
    underReview: strings.PrStatusUnderReview,
    approved: strings.PrStatusApproved,
    postponed: strings.PrStatusPostponed,
    rejected: strings.PrStatusRejected
  }[key];
}

/** Icon and text of a row's status; a status text the city added itself is shown as stored. */
export function statusBadge(strings: ISalkkuStrings, row: Pick<ProposalRow, 'statusKey' | 'proposal'>): { icon: string; text: string } {
  if (row.statusKey === undefined) {
    return { icon: 'Info', text: row.proposal.status ?? '' };
  }
  return { icon: STATUS_ICON[row.statusKey], text: statusLabel(strings, row.statusKey) };
}
