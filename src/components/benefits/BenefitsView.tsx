/**
 * The Benefits view (issue 21): the portfolio's benefits (measurements due with the signed-in
 * owner's own first, targets passed without a measurement, counts by status and type, financial
 * benefits against the costs as estimates, the projects followed, closed ones while a benefit is
 * open) and one project's benefits from baseline to target with their charts. Members record
 * measurements; editors change a benefit's status and confirm the importer's drafts; visitors read.
 */
import { DefaultButton, MessageBar, MessageBarType, Spinner, SpinnerSize, Stack, Text } from '@fluentui/react';
import * as React from 'react';
import { localDay } from '../../data/contract/followUpFacts';
import type { Benefit, Measurement } from '../../domain/benefits/model';
import { benefitRows, financialComparison, projectsFollowed } from '../../domain/benefits/portfolio';
import { BENEFIT_STATUS, benefitStatusKey } from '../../domain/benefits/vocabulary';
import { actualsByProject } from '../../domain/followup/actuals';
import { errorMessage } from '../common/errorText';
import { format } from '../common/format';
import { EditLink } from '../common/HostLinks';
import { useStrings } from '../common/SalkkuContext';
import { sectionClasses } from '../common/tableClasses';
import { useNarrow } from '../common/useNarrow';
import { usePortfolioFollowUp } from '../common/usePortfolioFollowUp';
import type { ViewProps } from '../common/viewProps';
import type { SavedBenefit } from './BenefitsPortfolio';
import { BenefitsPortfolio, projectName } from './BenefitsPortfolio';
import { dayText, statusText, valueText } from './benefitTexts';
import { MeasurementPanel } from './MeasurementPanel';
import { ProjectBenefits } from './ProjectBenefits';
import { StatusPanel } from './StatusPanel';
import { asRepositoryError } from '../../data/contract/errors';
import { useBenefits } from './useBenefits';

type Notice = { kind: 'measurement'; text: string } | { kind: 'status'; text: string } | { kind: 'confirmed'; text: string } | { kind: 'error'; text: string };

function isDraft(benefit: Benefit): boolean {
  return benefitStatusKey(benefit.status) === 'draft';
}

export function BenefitsView(props: ViewProps): JSX.Element {
  const rootRef = React.useRef<HTMLDivElement>(null);
  const narrow = useNarrow(rootRef);
  return (
    <div ref={rootRef} data-salkku-view="benefits">
      <BenefitsContent {...props} narrow={narrow} />
    </div>
  );
}

function BenefitsContent(props: ViewProps & { narrow: boolean }): JSX.Element {
  const strings = useStrings();
  const { data, repository } = props;
  const benefitsRepository = repository.benefits;
  const load = useBenefits(benefitsRepository);
  const followUp = usePortfolioFollowUp(props.loadFollowUp, data);
  const today = React.useMemo(() => localDay(new Date()), []);
  const [selected, setSelected] = React.useState<number | undefined>(undefined);
  const [recording, setRecording] = React.useState<SavedBenefit | undefined>(undefined);
  const [changing, setChanging] = React.useState<SavedBenefit | undefined>(undefined);
  const [notice, setNotice] = React.useState<Notice | undefined>(undefined);
  const [confirming, setConfirming] = React.useState<number | undefined>(undefined);
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  const focusProject = React.useRef(false);
  const ready = load.state.status === 'ready' ? load.state.data : undefined;
  const userId = ready?.currentUser?.id ?? data.currentUser?.id ?? null;
  const rows = React.useMemo(() => (ready ? benefitRows(ready.benefits.filter((b) => !isDraft(b)), ready.measurements, data.projects, userId, today) : []), [ready, data.projects, userId, today]);
  const followed = React.useMemo(() => (ready ? projectsFollowed(data.projects, ready.benefits.filter((b) => !isDraft(b))) : []), [ready, data.projects]);
  const withBenefits = React.useMemo(() => {
    const ids = new Set(rows.map((r) => r.benefit.projectId));
    return data.projects.filter((p) => ids.has(p.id));
  }, [data.projects, rows]);
  const actuals = React.useMemo(() => actualsByProject(followUp.facts?.actuals ?? []), [followUp.facts]);
  const financial = React.useMemo(() => (ready ? financialComparison(ready.benefits, ready.measurements, data.projects, actuals) : []), [ready, data.projects, actuals]);

  React.useEffect(() => {
    if (focusProject.current) {
      focusProject.current = false;
      headingRef.current?.scrollIntoView?.({ block: 'start' });
      headingRef.current?.focus();
    }
  }, [selected]);

  if (load.state.status === 'loading') {
    return <Spinner size={SpinnerSize.large} label={strings.BnLoading} data-salkku-state="loading" />;
  }
  if (load.state.status === 'error') {
    return (
      <MessageBar messageBarType={MessageBarType.error} isMultiline={true} role="alert" data-salkku-state={`error-${load.state.error.kind}`}>
        {errorMessage(strings, load.state.error, data.canManageSite, true)}
      </MessageBar>
    );
  }
  const benefitData = load.state.data;
  const benefitsList = benefitData.lists.benefits;
  // visitors can neither add measurements nor edit benefits: no buttons for them
  const canRecord = benefitData.lists.measurements?.permissions.canAdd === true;
  const canEdit = benefitsList?.permissions.canEdit === true;
  const drafts = benefitData.benefits.filter((b): b is SavedBenefit => isDraft(b) && b.id !== null);
  const byId = new Map(data.projects.map((p) => [p.id, p]));
  const { reload } = load;

  const showProject = (projectId: number): void => {
    focusProject.current = true;
    setSelected(projectId);
    if (projectId === selected) {
      headingRef.current?.focus();
    }
  };
  const saveMeasurement = (benefit: SavedBenefit, measurement: Measurement): Promise<void> =>
    benefitsRepository.addMeasurement(measurement).then((saved) => {
      setRecording(undefined);
      setNotice({ kind: 'measurement', text: format(strings.BnSaved, `${benefit.title}: ${valueText(strings, saved.value, benefit.unit)} (${dayText(strings, saved.date)})`) });
      reload();
    });
  const saveStatus = (benefit: Benefit): Promise<void> =>
    benefitsRepository.saveBenefit(benefit).then((saved) => {
      setChanging(undefined);
      setNotice({ kind: 'status', text: format(strings.BnStatusSaved, `${saved.title}: ${statusText(strings, saved.status)}`) });
      reload();
    });
  const confirm = (draft: SavedBenefit): void => {
    setConfirming(draft.id);
    benefitsRepository.saveBenefit({ ...draft, status: BENEFIT_STATUS.planned }).then(
      (saved) => {
        setConfirming(undefined);
        setNotice({ kind: 'confirmed', text: format(strings.BnConfirmed, saved.title) });
        reload();
      },
      (error: unknown) => {
        setConfirming(undefined);
        const failure = asRepositoryError(error);
        setNotice({ kind: 'error', text: failure.kind === 'conflict' ? strings.BnConflict : errorMessage(strings, failure, false, true) });
      }
    );
  };

  return (
    <>
      <Stack tokens={{ childrenGap: 20 }}>
        <Text as="h2" variant="xLarge">
          {strings.ViewBenefits}
        </Text>
        <Text block={true} variant="small">
          {strings.BnIntro}
        </Text>
        {benefitData.missing.length > 0 && (
          <MessageBar messageBarType={MessageBarType.info} isMultiline={true} data-salkku-state="benefits-missing">
            {data.canManageSite ? strings.BnListsMissingOwner : strings.BnListsMissing}
          </MessageBar>
        )}
        {!canRecord && benefitData.missing.length === 0 && (
          <Text variant="small" data-salkku-state="benefits-read-only">
            {strings.BnReadOnly}
          </Text>
        )}
        <div role="status" aria-live="polite">
          {notice && notice.kind !== 'error' && (
            <MessageBar messageBarType={MessageBarType.success} onDismiss={() => setNotice(undefined)} dismissButtonAriaLabel={strings.Close} data-salkku-notice={notice.kind}>
              {notice.text}
            </MessageBar>
          )}
        </div>
        {notice?.kind === 'error' && (
          <MessageBar messageBarType={MessageBarType.error} role="alert" onDismiss={() => setNotice(undefined)} dismissButtonAriaLabel={strings.Close} data-salkku-notice="error">
            {notice.text}
          </MessageBar>
        )}
        {load.state.refreshing && <Spinner size={SpinnerSize.xSmall} label={strings.BnLoading} labelPosition="right" />}
        <BenefitsPortfolio
          rows={rows}
          projects={data.projects}
          followed={followed}
          financial={financial}
          signedIn={userId !== null}
          narrow={props.narrow}
          canRecord={canRecord}
          onRecord={(b) => {
            setNotice(undefined);
            setRecording(b);
          }}
          onShowProject={showProject}
        />
        {drafts.length > 0 && (
          <section aria-labelledby="salkku-bn-drafts" data-salkku-benefit-drafts={drafts.length}>
            <Text as="h3" variant="large" block={true} id="salkku-bn-drafts">
              {strings.BnDraftsTitle}
            </Text>
            <Text block={true} variant="small">
              {strings.BnDraftsIntro}
            </Text>
            <ul className={sectionClasses.list}>
              {drafts.map((d) => (
                <li key={d.id} data-salkku-draft={d.id}>
                  <Stack horizontal={true} wrap={true} verticalAlign="center" tokens={{ childrenGap: 12 }}>
                    <Text>{`${d.title} – ${projectName(byId.get(d.projectId))}`}</Text>
                    {canEdit && (
                      <DefaultButton text={strings.BnConfirm} ariaLabel={format(strings.BnConfirmFor, d.title)} disabled={confirming !== undefined} onClick={() => confirm(d)} data-salkku-confirm={d.id} />
                    )}
                    {canEdit && benefitsList && <EditLink list={benefitsList} id={d.id} label={`${strings.BnEditForm}: ${d.title}`} />}
                  </Stack>
                </li>
              ))}
            </ul>
          </section>
        )}
        <ProjectBenefits
          projects={withBenefits}
          selected={selected}
          onSelect={setSelected}
          rows={rows}
          today={today}
          canRecord={canRecord}
          canEdit={canEdit}
          benefitsList={benefitsList}
          onRecord={(b) => {
            setNotice(undefined);
            setRecording(b);
          }}
          onChangeStatus={(b) => {
            setNotice(undefined);
            setChanging(b);
          }}
          headingRef={headingRef}
          narrow={props.narrow}
        />
      </Stack>
      {recording && <MeasurementPanel benefit={recording} today={today} onSave={(m) => saveMeasurement(recording, m)} onDismiss={() => setRecording(undefined)} />}
      {changing && <StatusPanel benefit={changing} onSave={saveStatus} onDismiss={() => setChanging(undefined)} />}
    </>
  );
}
