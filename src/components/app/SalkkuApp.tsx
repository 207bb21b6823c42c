/**
 * The root every web part and the preview render: theme, strings, error boundary, loading the
 * portfolio, and one of the three views. Host-agnostic: it knows nothing of SPFx or Teams.
 */
import type { ITheme } from '@fluentui/react';
import { mergeStyles, Stack, ThemeProvider } from '@fluentui/react';
import * as React from 'react';
import type { PortfolioRepository } from '../../data/contract/repository.types';
import { ErrorBoundary } from '../common/ErrorBoundary';
import type { SiteUrlProblem } from '../../data/contract/portfolioSite';
import type { SalkkuHost } from '../common/host';
import type { SalkkuEnvironment } from '../common/SalkkuContext';
import { SalkkuEnvironmentContext } from '../common/SalkkuContext';
import type { ViewProps } from '../common/viewProps';
import { BusyMessage, ErrorState, LoadingState, ProblemsMessage, SiteAddressProblem, UpgradeMessage } from './PortfolioStates';
import { usePortfolioData } from './usePortfolioData';

/** The portfolio site's repository and the host, or why the configured site cannot be used. */
export type SalkkuConnection = { host: SalkkuHost; repository: PortfolioRepository } | { siteProblem: { value: string; problem: SiteUrlProblem } };

export interface SalkkuAppProps {
  connection: SalkkuConnection;
  strings: ISalkkuStrings;
  theme: ITheme;
  /** Renders the view once the portfolio is loaded. */
  renderView: (props: ViewProps) => JSX.Element;
  /** Accessible name of the region the view lives in. */
  title: string;
}

const rootClass = mergeStyles({ minWidth: 0, maxWidth: '100%', boxSizing: 'border-box' });

function Loaded(props: { repository: PortfolioRepository; renderView: SalkkuAppProps['renderView'] }): JSX.Element {
  const { state, busy, reload, replaceProject } = usePortfolioData(props.repository);
  switch (state.status) {
    case 'loading':
      return <LoadingState progress={state.progress} busy={busy} />;
    case 'error':
      return <ErrorState error={state.error} repository={props.repository} onRetry={reload} />;
    default:
      return (
        <Stack tokens={{ childrenGap: 8 }}>
          <BusyMessage busy={busy} />
          <ProblemsMessage data={state.data} />
          <UpgradeMessage data={state.data} repository={props.repository} onDone={reload} />
          {props.renderView({ data: state.data, repository: props.repository, reload, replaceProject })}
        </Stack>
      );
  }
}

function Connected(props: { connection: Extract<SalkkuConnection, { host: SalkkuHost }>; strings: ISalkkuStrings; renderView: SalkkuAppProps['renderView'] }): JSX.Element {
  const { host, repository } = props.connection;
  const environment = React.useMemo<SalkkuEnvironment>(() => ({ strings: props.strings, host }), [props.strings, host]);
  return (
    <SalkkuEnvironmentContext.Provider value={environment}>
      <Loaded repository={repository} renderView={props.renderView} />
    </SalkkuEnvironmentContext.Provider>
  );
}

export function SalkkuApp(props: SalkkuAppProps): JSX.Element {
  const { connection } = props;
  return (
    <ThemeProvider theme={props.theme} className={rootClass} lang={props.strings.Locale}>
      <section aria-label={props.title} data-salkku-root="true">
        <ErrorBoundary message={props.strings.ViewCrashed} detailsLabel={props.strings.ErrorDetails}>
          {'siteProblem' in connection ? (
            <SiteAddressProblem strings={props.strings} value={connection.siteProblem.value} problem={connection.siteProblem.problem} />
          ) : (
            <Connected connection={connection} strings={props.strings} renderView={props.renderView} />
          )}
        </ErrorBoundary>
      </section>
    </ThemeProvider>
  );
}
