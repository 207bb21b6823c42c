/** What a view shows before it has data: progress, "SharePoint is busy", errors and set-up. */
import { errorMessage } from '../common/errorText';
import { MessageBar, MessageBarType, PrimaryButton, DefaultButton, ProgressIndicator, Spinner, SpinnerSize, Stack, Text } from '@fluentui/react';
import * as React from 'react';
import type { RepositoryError } from '../../data/contract/errors';
import type { Freshness } from '../../data/contract/portfolioStore';
import type { LoadProgress, PortfolioData, PortfolioRepository } from '../../data/contract/repository.types';
import { format } from '../common/format';
import type { SiteUrlProblem } from '../../data/contract/portfolioSite';
import { useHost, useStrings } from '../common/SalkkuContext';
import type { BusyState } from './usePortfolioData';
import { useCountdown } from './usePortfolioData';

export function BusyMessage(props: { busy: BusyState | undefined }): JSX.Element | null {
  const strings = useStrings();
  const seconds = useCountdown(props.busy?.retryAt);
  if (!props.busy) {
    return null;
  }
  return (
    <MessageBar messageBarType={MessageBarType.warning} data-salkku-state="busy">
      {format(strings.Busy, seconds)}
    </MessageBar>
  );
}

function when(iso: string, locale: string): string {
  return new Date(iso).toLocaleString(locale, { day: 'numeric', month: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit' });
}

/**
 * How current the data shown is: projects still arriving, shown from the browser's cache while
 * SharePoint is asked for changes, confirmed at a time, or not confirmable now (with retry).
 */
export function FreshnessLine(props: { freshness: Freshness; arriving: LoadProgress | undefined; onRetry: () => void }): JSX.Element {
  const strings = useStrings();
  const { freshness, arriving } = props;
  if (arriving && arriving.total) {
    return (
      <div data-salkku-state="arriving" aria-busy={true}>
        <ProgressIndicator description={format(strings.LoadingProgress, arriving.loaded, arriving.total)} percentComplete={arriving.loaded / Math.max(1, arriving.total)} />
      </div>
    );
  }
  if (freshness.kind === 'unconfirmed') {
    return (
      <MessageBar
        messageBarType={MessageBarType.warning}
        isMultiline={false}
        data-salkku-freshness="unconfirmed"
        actions={<DefaultButton onClick={props.onRetry}>{strings.Retry}</DefaultButton>}
      >
        {format(strings.FreshnessUnconfirmed, when(freshness.confirmedAt, strings.Locale))}
      </MessageBar>
    );
  }
  return (
    <Text variant="small" role="status" data-salkku-freshness={freshness.kind}>
      {format(freshness.kind === 'checking' ? strings.FreshnessChecking : strings.FreshnessConfirmed, when(freshness.confirmedAt, strings.Locale))}
    </Text>
  );
}

export function LoadingState(props: { progress: LoadProgress | undefined; busy: BusyState | undefined }): JSX.Element {
  const strings = useStrings();
  const { progress } = props;
  const label = progress && progress.total ? format(strings.LoadingProgress, progress.loaded, progress.total) : undefined;
  return (
    <Stack tokens={{ childrenGap: 12 }} data-salkku-state="loading" aria-busy={true}>
      <BusyMessage busy={props.busy} />
      {progress && progress.total ? (
        <ProgressIndicator label={strings.Loading} description={label} percentComplete={progress.loaded / Math.max(1, progress.total)} />
      ) : (
        <Spinner size={SpinnerSize.large} label={strings.Loading} ariaLive="polite" />
      )}
    </Stack>
  );
}


/** Offers "Set up portfolio lists" to a site owner; others never see the button. */
function useCanSetUp(repository: PortfolioRepository, error: RepositoryError): boolean {
  const [canSetUp, setCanSetUp] = React.useState(false);
  const { setupOffered } = useHost().site;
  React.useEffect(() => {
    if (error.kind !== 'listMissing' || !setupOffered) {
      return undefined;
    }
    let current = true;
    repository.setupStatus().then(
      (status) => current && setCanSetUp(status.canManageSite),
      () => current && setCanSetUp(false)
    );
    return () => {
      current = false;
    };
  }, [repository, error, setupOffered]);
  return canSetUp && setupOffered;
}

export function SetupPanel(props: { repository: PortfolioRepository; onDone: () => void; upgrade?: boolean }): JSX.Element {
  const strings = useStrings();
  const [running, setRunning] = React.useState<string | undefined>(undefined);
  const [failure, setFailure] = React.useState<string | undefined>(undefined);
  const run = (): void => {
    setRunning('');
    setFailure(undefined);
    props.repository.setUp((message) => setRunning(message)).then(
      () => {
        setRunning(undefined);
        props.onDone();
      },
      (error: unknown) => {
        setRunning(undefined);
        setFailure(error instanceof Error ? error.message : String(error));
      }
    );
  };
  return (
    <Stack tokens={{ childrenGap: 8 }} data-salkku-state="setup">
      {running !== undefined ? (
        <Spinner label={format(strings.SetupRunning, running)} ariaLive="polite" />
      ) : (
        <PrimaryButton text={props.upgrade ? strings.UpgradeButton : strings.SetupButton} onClick={run} />
      )}
      {failure !== undefined && (
        <MessageBar messageBarType={MessageBarType.error} role="alert">
          {strings.SetupFailed} {failure}
        </MessageBar>
      )}
    </Stack>
  );
}

export function ErrorState(props: { error: RepositoryError; repository: PortfolioRepository; onRetry: () => void }): JSX.Element {
  const strings = useStrings();
  const canSetUp = useCanSetUp(props.repository, props.error);
  const { site } = useHost();
  return (
    <Stack tokens={{ childrenGap: 12 }} data-salkku-state={`error-${props.error.kind}`}>
      <MessageBar messageBarType={props.error.kind === 'listMissing' ? MessageBarType.info : MessageBarType.error} isMultiline={true} role="alert">
        <Text as="h2" variant="mediumPlus" block={true}>
          {props.error.kind === 'listMissing' && canSetUp ? strings.SetupTitle : strings.ErrorTitle}
        </Text>
        {errorMessage(strings, props.error, canSetUp, site.setupOffered)}
        {props.error.kind === 'listMissing' && <span data-salkku-site={site.url}>{` ${format(strings.PortfolioSiteIs, site.url)}`}</span>}
        {props.error.serverMessage !== undefined && (
          <details>
            <summary>{strings.ErrorDetails}</summary>
            <code>{props.error.serverMessage}</code>
          </details>
        )}
      </MessageBar>
      {props.error.kind === 'listMissing' && canSetUp ? (
        <SetupPanel repository={props.repository} onDone={props.onRetry} />
      ) : (
        <Stack horizontal={true}>
          <DefaultButton text={strings.Retry} onClick={props.onRetry} />
        </Stack>
      )}
    </Stack>
  );
}

/** The web part's "Portfolio site" is not an address Salkku can use: said plainly, nothing loaded. */
export function SiteAddressProblem(props: { strings: ISalkkuStrings; value: string; problem: SiteUrlProblem }): JSX.Element {
  const { strings } = props;
  const reason = { notUrl: strings.SiteUrlInvalid, notHttps: strings.SiteUrlNotHttps, otherHost: strings.SiteUrlOtherHost }[props.problem];
  return (
    <MessageBar messageBarType={MessageBarType.error} isMultiline={true} role="alert" data-salkku-state="site-address">
      <Text as="h2" variant="mediumPlus" block={true}>
        {strings.ErrorTitle}
      </Text>
      {format(strings.SiteAddressUnusable, props.value)} {reason}
    </MessageBar>
  );
}

/** Plans or goals could not be read: the view still shows, and says what is missing. */
export function ProblemsMessage(props: { data: PortfolioData }): JSX.Element | null {
  const strings = useStrings();
  if (props.data.problems.length === 0) {
    return null;
  }
  const names = { plans: strings.ListNamePlans, goals: strings.ListNameGoals, projects: strings.GridLabel };
  const reason = (kind: string): string => (kind === 'accessDenied' ? strings.ReasonAccessDenied : kind === 'listMissing' ? strings.ReasonListMissing : strings.ReasonOther);
  const list = props.data.problems.map((p) => `${names[p.list]} (${reason(p.kind)})`).join(', ');
  return (
    <MessageBar messageBarType={MessageBarType.warning} isMultiline={true} data-salkku-state="partial">
      {format(strings.PartialFailure, list)}
    </MessageBar>
  );
}

/** A site owner sees that the lists can be upgraded (missing fields, indexes or views). */
export function UpgradeMessage(props: { data: PortfolioData; repository: PortfolioRepository; onDone: () => void }): JSX.Element | null {
  const strings = useStrings();
  if (!props.data.upgradeAvailable || !props.data.canManageSite) {
    return null;
  }
  return (
    <MessageBar messageBarType={MessageBarType.info} isMultiline={true} data-salkku-state="upgrade">
      <Stack tokens={{ childrenGap: 8 }}>
        <span>{props.data.lists.projects.missingFields.length === 0 && props.data.staleSortKeys > 0 ? format(strings.UpgradeSortKeys, props.data.staleSortKeys) : strings.UpgradeAvailable}</span>
        <SetupPanel repository={props.repository} onDone={props.onDone} upgrade={true} />
      </Stack>
    </MessageBar>
  );
}
