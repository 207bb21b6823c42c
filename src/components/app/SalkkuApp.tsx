/**
 * The root every web part and the preview render: theme, strings, error boundary, loading the
 * portfolio, and one of the three views. Host-agnostic: it knows nothing of SPFx or Teams.
 */
import type { ITheme } from '@fluentui/react';
import { mergeStyles, Stack, ThemeProvider } from '@fluentui/react';
import * as React from 'react';
import type { PortfolioStore } from '../../data/contract/portfolioStore';
import { followUpFactsFor } from '../../data/contract/followUpFacts';
import type { CostLimits } from '../../domain/validation';
import { DEFAULT_COST_LIMITS } from '../../domain/validation';
import { isolateUserText } from '../common/bidi';
import { ErrorBoundary } from '../common/ErrorBoundary';
import type { SiteUrlProblem } from '../../data/contract/portfolioSite';
import type { SalkkuHost } from '../common/host';
import type { SalkkuEnvironment } from '../common/SalkkuContext';
import { SalkkuEnvironmentContext } from '../common/SalkkuContext';
import type { ViewProps } from '../common/viewProps';
import { withCostChecks } from './costChecks';
import { HelpButton } from './HelpButton';
import { BusyMessage, ErrorState, FreshnessLine, LoadingState, ProblemsMessage, SiteAddressProblem, UpgradeMessage } from './PortfolioStates';
import type { BusyState } from './usePortfolioData';
import { usePortfolioData } from './usePortfolioData';

/**
 * The portfolio site's store (shared by the page's web parts) and the host, why the configured site cannot be used, or that
 * the site is still being found (the tenant setting being read, `busy` while SharePoint throttles).
 */
export type SalkkuConnection =
  | { host: SalkkuHost; store: PortfolioStore }
  | { siteProblem: { value: string; problem: SiteUrlProblem } }
  | { findingSite: true; busy: BusyState | undefined };

/** The tenant setting as a host reads it on start: being read (busy while throttled), or read. */
export type TenantSettingState = { read: false; busy: BusyState | undefined } | { read: true; value: string | undefined };

export interface SalkkuAppProps {
  connection: SalkkuConnection;
  strings: ISalkkuStrings;
  theme: ITheme;
  /** Renders the view once the portfolio is loaded. */
  renderView: (props: ViewProps) => JSX.Element;
  /** Accessible name of the region the view lives in. */
  title: string;
  /** Cost figures above these are listed as needing attention (the web part's setting). */
  costLimits?: CostLimits;
}

const rootClass = mergeStyles({ minWidth: 0, maxWidth: '100%', boxSizing: 'border-box' });

interface LoadedProps {
  store: PortfolioStore;
  renderView: SalkkuAppProps['renderView'];
  costLimits: CostLimits;
}

function Loaded(props: LoadedProps): JSX.Element {
  const { store, costLimits } = props;
  const { state, busy, reload, replaceProject } = usePortfolioData(store);
  const getProject = React.useCallback((id: number) => store.getProject(id), [store]);
  const loadFull = React.useCallback(() => store.loadFull(), [store]);
  const loadAssessment = React.useCallback(() => store.loadAssessment(), [store]);
  const loadFollowUp = React.useCallback(() => followUpFactsFor(store), [store]);
  const read = state.status === 'ready' ? state.data : undefined;
  const data = React.useMemo(() => (read ? withCostChecks(read, costLimits) : undefined), [read, costLimits]);
  const { renderView } = props;
  // rendered again only when the data changes (not when progress or freshness does)
  const view = React.useMemo(
    () => (data ? renderView({ data, repository: store.repository, reload, replaceProject, getProject, loadFull, loadAssessment, loadFollowUp }) : null),
    [data, renderView, store, reload, replaceProject, getProject, loadFull, loadAssessment, loadFollowUp]
  );
  switch (state.status) {
    case 'loading':
      return <LoadingState progress={state.progress} busy={busy} />;
    case 'error':
      return <ErrorState error={state.error} repository={store.repository} onRetry={reload} />;
    default:
      return (
        <Stack tokens={{ childrenGap: 8 }} data-salkku-loaded={state.data.detail}>
          <BusyMessage busy={busy} />
          <Stack horizontal={true} verticalAlign="center" tokens={{ childrenGap: 8 }}>
            <Stack.Item grow={true}>
              <FreshnessLine freshness={state.freshness} arriving={state.arriving} onRetry={() => reload({ soft: true })} />
            </Stack.Item>
            <HelpButton />
          </Stack>
          <ProblemsMessage data={state.data} />
          <UpgradeMessage data={state.data} repository={store.repository} onDone={reload} />
          {view}
        </Stack>
      );
  }
}

function Connected(props: { connection: Extract<SalkkuConnection, { host: SalkkuHost }>; strings: ISalkkuStrings; renderView: SalkkuAppProps['renderView']; costLimits: CostLimits }): JSX.Element {
  const { host, store } = props.connection;
  const environment = React.useMemo<SalkkuEnvironment>(() => ({ strings: props.strings, host }), [props.strings, host]);
  return (
    <SalkkuEnvironmentContext.Provider value={environment}>
      <Loaded store={store} renderView={props.renderView} costLimits={props.costLimits} />
    </SalkkuEnvironmentContext.Provider>
  );
}

function FindingSite(props: { strings: ISalkkuStrings; busy: BusyState | undefined }): JSX.Element {
  const environment = React.useMemo<SalkkuEnvironment>(() => ({ strings: props.strings }), [props.strings]);
  return (
    <SalkkuEnvironmentContext.Provider value={environment}>
      <LoadingState progress={undefined} busy={props.busy} />
    </SalkkuEnvironmentContext.Provider>
  );
}

function Connection(props: Omit<SalkkuAppProps, 'theme' | 'title' | 'costLimits'> & { costLimits: CostLimits }): JSX.Element {
  const { connection } = props;
  if ('siteProblem' in connection) {
    return <SiteAddressProblem strings={props.strings} value={connection.siteProblem.value} problem={connection.siteProblem.problem} />;
  }
  if ('findingSite' in connection) {
    return <FindingSite strings={props.strings} busy={connection.busy} />;
  }
  return <Connected connection={connection} strings={props.strings} renderView={props.renderView} costLimits={props.costLimits} />;
}

export function SalkkuApp(props: SalkkuAppProps): JSX.Element {
  return (
    <ThemeProvider theme={props.theme} className={`${rootClass} ${isolateUserText}`} lang={props.strings.Locale}>
      <section aria-label={props.title} data-salkku-root="true">
        <ErrorBoundary message={props.strings.ViewCrashed} detailsLabel={props.strings.ErrorDetails}>
          <Connection connection={props.connection} strings={props.strings} renderView={props.renderView} costLimits={props.costLimits ?? DEFAULT_COST_LIMITS} />
        </ErrorBoundary>
      </section>
    </ThemeProvider>
  );
}
