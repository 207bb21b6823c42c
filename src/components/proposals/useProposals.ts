/**
 * The proposals view's data: the proposals, everyone's scores, the scoring model versions, the
 * year's limits and the saved scenarios, read once and again after a save.
 */
import * as React from 'react';
import type { ProposalData, ProposalRepository } from '../../data/contract/proposals.types';
import type { Reloadable } from '../common/useReloadable';
import { useReloadable } from '../common/useReloadable';

export function useProposals(proposals: ProposalRepository): Reloadable<ProposalData> {
  const load = React.useCallback(() => proposals.loadProposals(), [proposals]);
  return useReloadable(load);
}
