/**
 * The steering group's decision on one proposal: approve for a plan, postpone or reject, with the
 * reasoning (required), the day and the deciding body. Approval creates the project in the plan,
 * numbered in the section given; the outcome is said in words, with a link to the project.
 */
import type { IChoiceGroupOption, IDropdownOption } from '@fluentui/react';
import { ChoiceGroup, DefaultButton, Dropdown, MessageBar, MessageBarType, Panel, PanelType, PrimaryButton, Stack, TextField } from '@fluentui/react';
import * as React from 'react';
import type { DecideOutcome } from '../../data/contract/proposals.types';
import { isDay } from '../../domain/proposals/decision';
import type { DecisionStatusKey } from '../../domain/proposals/vocabulary';
import { errorMessage } from '../common/errorText';
import { format } from '../common/format';
import { useStrings } from '../common/SalkkuContext';
import type { DecisionPanelProps } from './DecisionPanel.types';
import { ProjectLink } from './ProposalTable';
import { asRepositoryError } from '../../data/contract/errors';
import { latestPlanId } from '../../domain/plans';
import { ALL_PLANS_KEY, planOptions as planOptionsOf } from '../filters/planOptions';

type Refusal = Extract<DecideOutcome, { kind: 'refused' }>['reason'];

export function refusalText(strings: ISalkkuStrings, reason: Refusal): string {
  return {
    missingText: strings.PrRefusedMissingText,
    invalidDate: strings.PrRefusedInvalidDate,
    approvalWithoutPlan: strings.PrRefusedNoPlan,
    alreadyInPortfolio: strings.PrRefusedInPortfolio,
    notSaved: strings.PrRefusedNotSaved
  }[reason];
}

type Shown = { kind: 'outcome'; outcome: DecideOutcome } | { kind: 'error'; text: string } | { kind: 'invalid'; reason: Refusal };

export function DecisionPanel(props: DecisionPanelProps): JSX.Element {
  const strings = useStrings();
  const { proposal } = props;
  const [status, setStatus] = React.useState<DecisionStatusKey>('approved');
  const [text, setText] = React.useState(proposal.decisionText ?? '');
  const [date, setDate] = React.useState(props.today);
  const [body, setBody] = React.useState(proposal.decisionBody ?? '');
  // the newest plan by default: proposals are for the plan being prepared
  const [planId, setPlanId] = React.useState<number | null>(proposal.planId ?? latestPlanId(props.plans.flatMap((p) => (p.id === null ? [] : [p.id])), props.plans));
  const [section, setSection] = React.useState('');
  const [busy, setBusy] = React.useState(false);
  const [shown, setShown] = React.useState<Shown | undefined>(undefined);

  const statusOptions: IChoiceGroupOption[] = [
    { key: 'approved', text: strings.PrDecisionApprove },
    { key: 'postponed', text: strings.PrDecisionPostpone },
    { key: 'rejected', text: strings.PrDecisionReject }
  ];
  const planOptions: IDropdownOption[] = planOptionsOf(strings, props.plans)
    .filter((o) => o.key !== ALL_PLANS_KEY)
    .map((o) => ({ ...o, key: Number(o.key) }));

  const submit = (): void => {
    // said before anything is sent: the minutes must say why, on a real day, for a plan
    const local: Refusal | undefined = text.trim() === '' ? 'missingText' : !isDay(date) ? 'invalidDate' : status === 'approved' && planId === null ? 'approvalWithoutPlan' : undefined;
    if (local) {
      setShown({ kind: 'invalid', reason: local });
      return;
    }
    setBusy(true);
    setShown(undefined);
    props
      .onDecide({ status, text: text.trim(), date, body: body.trim() || null, modelVersion: props.modelVersion, planId: status === 'approved' ? planId : null }, section.trim())
      .then(
        (outcome) => setShown({ kind: 'outcome', outcome }),
        (error: unknown) => setShown({ kind: 'error', text: errorMessage(strings, asRepositoryError(error), false, true) })
      )
      .finally(() => setBusy(false));
  };

  const projectLink = (projectId: number): JSX.Element => <ProjectLink list={props.projectsList} projectId={projectId} projects={props.projects} />;

  const result = (): JSX.Element | null => {
    if (!shown) {
      return null;
    }
    if (shown.kind === 'invalid' || (shown.kind === 'outcome' && shown.outcome.kind === 'refused')) {
      const reason = shown.kind === 'invalid' ? shown.reason : (shown.outcome as Extract<DecideOutcome, { kind: 'refused' }>).reason;
      return (
        <MessageBar messageBarType={MessageBarType.error} data-salkku-decision-outcome={`refused-${reason}`}>
          {refusalText(strings, reason)}
        </MessageBar>
      );
    }
    if (shown.kind === 'error') {
      return (
        <MessageBar messageBarType={MessageBarType.error} data-salkku-decision-outcome="error">
          {shown.text}
        </MessageBar>
      );
    }
    const outcome = shown.outcome;
    if (outcome.kind === 'alreadyCreated') {
      return (
        <MessageBar messageBarType={MessageBarType.info} data-salkku-decision-outcome="alreadyCreated">
          {strings.PrOutcomeAlreadyCreated} {projectLink(outcome.projectId)}
        </MessageBar>
      );
    }
    if (outcome.kind === 'decided') {
      return (
        <MessageBar messageBarType={MessageBarType.success} data-salkku-decision-outcome="decided">
          {outcome.projectId === null ? strings.PrOutcomeDecided : strings.PrOutcomeCreated} {outcome.projectId !== null && projectLink(outcome.projectId)}
        </MessageBar>
      );
    }
    return null;
  };

  const footer = (): JSX.Element => (
    <Stack horizontal={true} tokens={{ childrenGap: 8 }}>
      <PrimaryButton text={strings.PrDecisionSave} onClick={submit} disabled={busy} data-salkku-decision-save="true" />
      <DefaultButton text={strings.Close} onClick={props.onDismiss} />
    </Stack>
  );

  return (
    <Panel isOpen={true} type={PanelType.medium} headerText={format(strings.PrDecisionTitle, proposal.title)} closeButtonAriaLabel={strings.Close} onDismiss={props.onDismiss} onRenderFooterContent={footer} isFooterAtBottom={true}>
      <Stack tokens={{ childrenGap: 12 }}>
        <ChoiceGroup label={strings.PrDecisionStatus} options={statusOptions} selectedKey={status} onChange={(_e, o) => o && setStatus(o.key as DecisionStatusKey)} required={true} />
        <TextField label={strings.PrDecisionText} multiline={true} rows={4} required={true} value={text} onChange={(_e, v) => setText(v ?? '')} data-salkku-decision-reasoning="true" />
        <TextField label={strings.PrDecisionDate} description={strings.PrDateFormat} value={date} onChange={(_e, v) => setDate(v ?? '')} required={true} />
        <TextField label={strings.PrDecisionBody} value={body} onChange={(_e, v) => setBody(v ?? '')} />
        {status === 'approved' && (
          <>
            <Dropdown label={strings.PrDecisionPlan} options={planOptions} selectedKey={planId} onChange={(_e, o) => o && setPlanId(Number(o.key))} required={true} />
            <TextField label={strings.PrDecisionSection} description={strings.PrDecisionSectionHelp} value={section} onChange={(_e, v) => setSection(v ?? '')} />
          </>
        )}
        <div role="status" aria-live="polite">
          {result()}
        </div>
      </Stack>
    </Panel>
  );
}
