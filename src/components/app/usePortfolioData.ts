/**
 * The page's portfolio store as a view sees it: its state (loading, ready with how current the
 * data is, or a typed error), SharePoint being busy (with the retry countdown), reload and
 * replace. Every web part on the page subscribes to the same store.
 */
import * as React from 'react';
import type { PortfolioStore, StoreState } from '../../data/contract/portfolioStore';
import type { PortfolioData, RetryEvent } from '../../data/contract/repository.types';

export interface BusyState {
  /** Time (ms since epoch) the next retry happens. */
  retryAt: number;
}

/** The countdown a retry starts: SharePoint is busy until `waitMs` from now. */
export function busyAfter(event: RetryEvent): BusyState {
  return { retryAt: Date.now() + event.waitMs };
}

export interface PortfolioDataResult {
  state: StoreState;
  busy: BusyState | undefined;
  /** Loads again; `soft` keeps showing the current data until the new data is there. */
  reload(options?: { soft?: boolean }): void;
  /** Replaces one project in the loaded data (after a save) in every view, without a reload. */
  replaceProject(project: PortfolioData['projects'][number]): void;
}

export function usePortfolioData(store: PortfolioStore): PortfolioDataResult {
  const [state, setState] = React.useState<StoreState>(store.state);
  const [busy, setBusy] = React.useState<BusyState | undefined>(undefined);

  React.useEffect(() => store.repository.onBusy((event) => setBusy(busyAfter(event))), [store]);
  React.useEffect(() => {
    setState(store.state);
    // each web part renders a change in a task of its own (three views of 12,000 projects are three
    // shorter tasks, not one long one), and changes arriving meanwhile are rendered once
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = store.subscribe(() => {
      if (timer === undefined) {
        timer = setTimeout(() => {
          timer = undefined;
          const next = store.state;
          setState(next);
          if (next.status !== 'loading') {
            setBusy(undefined);
          }
        }, 0);
      }
    });
    store.start();
    return () => {
      unsubscribe();
      if (timer !== undefined) {
        clearTimeout(timer);
      }
    };
  }, [store]);

  const reload = React.useCallback((options?: { soft?: boolean }) => store.reload(options), [store]);
  const replaceProject = React.useCallback((project: PortfolioData['projects'][number]) => store.replaceProject(project), [store]);
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
