/**
 * The follow-up view's data: the follow-up lists read for the period compared (from a while
 * before the day compared with), read again when an earlier day is chosen or after a report is
 * saved. The previous data stays on screen while the next arrives.
 */
import * as React from 'react';
import type { RepositoryError } from '../../data/contract/errors';
import { asRepositoryError } from '../../data/contract/errors';
import type { FollowUpData, FollowUpRepository } from '../../data/contract/followUp.types';
import type { Day } from '../../domain/followup/model';
import { readFrom } from '../../domain/followup/overview';

export type FollowUpState = { status: 'loading' } | { status: 'ready'; data: FollowUpData; from: Day; refreshing: boolean } | { status: 'error'; error: RepositoryError };

export interface FollowUpLoad {
  state: FollowUpState;
  /** Makes sure reports from before `since` are read (compared with an earlier meeting). */
  compareWith: (since: Day) => void;
  reload: () => void;
}

export function useFollowUp(followUp: FollowUpRepository, today: Day, initialSince: Day, manager: number | undefined): FollowUpLoad {
  const [from, setFrom] = React.useState(() => readFrom(initialSince));
  const [generation, setGeneration] = React.useState(0);
  const [state, setState] = React.useState<FollowUpState>({ status: 'loading' });
  React.useEffect(() => {
    let current = true;
    setState((s) => (s.status === 'ready' ? { ...s, refreshing: true } : { status: 'loading' }));
    followUp.loadFollowUp({ since: from, fromYear: Number(from.slice(0, 4)), manager, newProjects: true }).then(
      (data) => current && setState({ status: 'ready', data, from, refreshing: false }),
      (error: unknown) => current && setState({ status: 'error', error: asRepositoryError(error) })
    );
    return () => {
      current = false;
    };
  }, [followUp, from, generation, today, manager]);
  const compareWith = React.useCallback((since: Day) => setFrom((f) => (readFrom(since) < f ? readFrom(since) : f)), []);
  const reload = React.useCallback(() => setGeneration((g) => g + 1), []);
  return { state, compareWith, reload };
}
