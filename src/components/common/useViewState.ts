/**
 * The view state (filters, sort, selection, zoom) lives in the page URL, so a filtered view can
 * be shared as a link, and every Salkku web part on the same page follows the same filters: a
 * change is written with history.replaceState and announced to the others with an event.
 */
import * as React from 'react';
import type { ViewState } from '../../domain/portfolio/viewState';
import { readViewState, writeViewState } from '../../domain/portfolio/viewState';

export const VIEW_STATE_EVENT = 'salkku:viewstate';

export interface UrlStateLocation {
  read(): URLSearchParams;
  write(params: URLSearchParams): void;
  subscribe(listener: () => void): () => void;
}

export const windowLocation: UrlStateLocation = {
  read: () => new URLSearchParams(window.location.search),
  write: (params) => {
    const url = new URL(window.location.href);
    url.search = params.toString();
    window.history.replaceState(window.history.state, '', url.toString());
    window.dispatchEvent(new Event(VIEW_STATE_EVENT));
  },
  subscribe: (listener) => {
    window.addEventListener('popstate', listener);
    window.addEventListener(VIEW_STATE_EVENT, listener);
    return () => {
      window.removeEventListener('popstate', listener);
      window.removeEventListener(VIEW_STATE_EVENT, listener);
    };
  }
};

export type ViewStateUpdate = (update: (state: ViewState) => ViewState) => void;

export function useViewState(location: UrlStateLocation = windowLocation): [ViewState, ViewStateUpdate] {
  const [state, setState] = React.useState<ViewState>(() => readViewState(location.read()));
  React.useEffect(() => location.subscribe(() => setState(readViewState(location.read()))), [location]);
  const update = React.useCallback<ViewStateUpdate>(
    (change) => {
      const next = change(readViewState(location.read()));
      location.write(writeViewState(next, location.read()));
      setState(next);
    },
    [location]
  );
  return [state, update];
}
