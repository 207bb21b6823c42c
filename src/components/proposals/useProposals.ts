/**
 * The proposals view's data: the proposals, everyone's scores, the scoring model versions, the
 * year's limits and the saved scenarios, read once and again after a save. The previous data
 * stays on screen while the next arrives.
 */
import * as React from 'react';
import type { RepositoryError } from '../../data/contract/errors';
import { isRepositoryError, RepositoryError as RepositoryErrorClass } from '../../data/contract/errors';
import type { ProposalData, ProposalRepository } from '../../data/contract/proposals.types';

export type ProposalsState = { status: 'loading' } | { status: 'ready'; data: ProposalData; refreshing: boolean } | { status: 'error'; error: RepositoryError };

export interface ProposalsLoad {
  state: ProposalsState;
  /** Reads everything again (after a save); the data read before stays on screen meanwhile. */
  reload: () => void;
}

export function asRepositoryError(error: unknown): RepositoryError {
  return isRepositoryError(error) ? error : new RepositoryErrorClass('unknown', String(error));
}

export function useProposals(proposals: ProposalRepository): ProposalsLoad {
  const [generation, setGeneration] = React.useState(0);
  const [state, setState] = React.useState<ProposalsState>({ status: 'loading' });
  React.useEffect(() => {
    let current = true;
    setState((s) => (s.status === 'ready' ? { ...s, refreshing: true } : { status: 'loading' }));
    proposals.loadProposals().then(
      (data) => current && setState({ status: 'ready', data, refreshing: false }),
      (error: unknown) => current && setState({ status: 'error', error: asRepositoryError(error) })
    );
    return () => {
      current = false;
    };
  }, [proposals, generation]);
  const reload = React.useCallback(() => setGeneration((g) => g + 1), []);
  return { state, reload };
}
