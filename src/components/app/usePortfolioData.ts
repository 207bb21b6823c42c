/**
 * Loads the portfolio through the repository and tracks what the user should see meanwhile:
 * progress, SharePoint being busy (with the retry countdown), or a typed error.
 */
import * as React from 'react';
import type { RepositoryError } from '../../data/contract/errors';
import { isRepositoryError, RepositoryError as RepositoryErrorClass } from '../../data/contract/errors';
import type { LoadProgress, PortfolioData, PortfolioRepository, RetryEvent } from '../../data/contract/repository.types';

export type PortfolioState =
  | { status: 'loading'; progress: LoadProgress | undefined }
  | { status: 'ready'; data: PortfolioData }
  | { status: 'error'; error: RepositoryError };

export interface BusyState {
  /** Time (ms since epoch) the next retry happens. */
  retryAt: number;
}

/** The countdown a retry starts: SharePoint is busy until `waitMs` from now. */
export function busyAfter(event: RetryEvent): BusyState {
  return { retryAt: Date.now() + event.waitMs };
}

export interface PortfolioDataResult {
  state: PortfolioState;
  busy: BusyState | undefined;
  /** Loads again; `soft` keeps showing the current data until the new data is there. */
  reload(options?: { soft?: boolean }): void;
  /** Replaces one project in the loaded data (after a save), without a reload. */
  replaceProject(project: PortfolioData['projects'][number]): void;
}

export function usePortfolioData(repository: PortfolioRepository): PortfolioDataResult {
  const [state, setState] = React.useState<PortfolioState>({ status: 'loading', progress: undefined });
  const [busy, setBusy] = React.useState<BusyState | undefined>(undefined);
  const [generation, setGeneration] = React.useState(0);
  const soft = React.useRef(false);

  React.useEffect(() => repository.onBusy((event) => setBusy(busyAfter(event))), [repository]);

  React.useEffect(() => {
    let current = true;
    const controller = new AbortController();
    if (!soft.current) {
      setState({ status: 'loading', progress: undefined });
    }
    soft.current = false;
    setBusy(undefined);
    repository
      .load({
        signal: controller.signal,
        onProgress: (progress) => {
          if (current) {
            setState((previous) => (previous.status === 'ready' ? previous : { status: 'loading', progress }));
          }
        }
      })
      .then(
        (data) => {
          if (current) {
            setBusy(undefined);
            setState({ status: 'ready', data });
          }
        },
        (error: unknown) => {
          if (current) {
            setBusy(undefined);
            setState({
              status: 'error',
              error: isRepositoryError(error) ? error : new RepositoryErrorClass('unknown', error instanceof Error ? error.message : String(error))
            });
          }
        }
      );
    return () => {
      current = false;
      controller.abort();
    };
  }, [repository, generation]);

  const reload = React.useCallback((options?: { soft?: boolean }) => {
    soft.current = options?.soft === true;
    setGeneration((g) => g + 1);
  }, []);
  const replaceProject = React.useCallback((project: PortfolioData['projects'][number]) => {
    setState((previous) =>
      previous.status === 'ready'
        ? { status: 'ready', data: { ...previous.data, projects: previous.data.projects.map((p) => (p.id === project.id ? project : p)) } }
        : previous
    );
  }, []);

  return { state, busy, reload, replaceProject };
}

/** Seconds until a moment, refreshed every second while it lies ahead. */
export function useCountdown(until: number | undefined): number {
  const [now, setNow] = React.useState(Date.now());
  React.useEffect(() => {
    if (until === undefined) {
      return undefined;
    }
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [until]);
  return until === undefined ? 0 : Math.max(0, Math.ceil((until - now) / 1000));
}
