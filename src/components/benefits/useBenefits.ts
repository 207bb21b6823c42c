/**
 * The benefits view's data: every benefit and measurement, the benefit lists' permissions and
 * who is signed in, read once and again after a save. The previous data stays on screen while
 * the next arrives.
 */
import * as React from 'react';
import type { BenefitData, BenefitRepository } from '../../data/contract/benefits.types';
import type { RepositoryError } from '../../data/contract/errors';
import { isRepositoryError, RepositoryError as RepositoryErrorClass } from '../../data/contract/errors';

export type BenefitsState = { status: 'loading' } | { status: 'ready'; data: BenefitData; refreshing: boolean } | { status: 'error'; error: RepositoryError };

export interface BenefitsLoad {
  state: BenefitsState;
  /** Reads everything again (after a save); the data read before stays on screen meanwhile. */
  reload: () => void;
}

export function asRepositoryError(error: unknown): RepositoryError {
  return isRepositoryError(error) ? error : new RepositoryErrorClass('unknown', String(error));
}

export function useBenefits(benefits: BenefitRepository): BenefitsLoad {
  const [generation, setGeneration] = React.useState(0);
  const [state, setState] = React.useState<BenefitsState>({ status: 'loading' });
  React.useEffect(() => {
    let current = true;
    setState((s) => (s.status === 'ready' ? { ...s, refreshing: true } : { status: 'loading' }));
    benefits.loadBenefits().then(
      (data) => current && setState({ status: 'ready', data, refreshing: false }),
      (error: unknown) => current && setState({ status: 'error', error: asRepositoryError(error) })
    );
    return () => {
      current = false;
    };
  }, [benefits, generation]);
  const reload = React.useCallback(() => setGeneration((g) => g + 1), []);
  return { state, reload };
}
