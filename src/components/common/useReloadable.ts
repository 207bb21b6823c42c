/**
 * A view's data read once and again on `reload()` (after a save): the previous data stays on
 * screen, marked refreshing, while the next arrives; an answer that arrives after the view moved on
 * is dropped.
 */
import * as React from 'react';
import type { RepositoryError } from '../../data/contract/errors';
import { asRepositoryError } from '../../data/contract/errors';

export type ReloadableState<T> = { status: 'loading' } | { status: 'ready'; data: T; refreshing: boolean } | { status: 'error'; error: RepositoryError };

export interface Reloadable<T> {
  state: ReloadableState<T>;
  /** Reads everything again; the data read before stays on screen meanwhile. */
  reload: () => void;
}

/** `load` must be stable (e.g. a repository method bound once): a new function reads again. */
export function useReloadable<T>(load: () => Promise<T>): Reloadable<T> {
  const [generation, setGeneration] = React.useState(0);
  const [state, setState] = React.useState<ReloadableState<T>>({ status: 'loading' });
  React.useEffect(() => {
    let current = true;
    setState((s) => (s.status === 'ready' ? { ...s, refreshing: true } : { status: 'loading' }));
    load().then(
      (data) => current && setState({ status: 'ready', data, refreshing: false }),
      (error: unknown) => current && setState({ status: 'error', error: asRepositoryError(error) })
    );
    return () => {
      current = false;
    };
  }, [load, generation]);
  const reload = React.useCallback(() => setGeneration((g) => g + 1), []);
  return { state, reload };
}
