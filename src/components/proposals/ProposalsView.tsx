/**
 * The Proposals view: the service areas' proposals with their weighted scores under the newest
 * agreed model, scoring (owners and the steering group an owner names), choosing under the year's budget and IT capacity (what-if),
 * score against cost, and the steering group's decision that turns a proposal into a project.
 */
import { MessageBar, MessageBarType, PrimaryButton, Spinner, SpinnerSize, Stack, Text } from '@fluentui/react';
import * as React from 'react';
import type { CriterionScore as InputScore, ProposalData } from '../../data/contract/proposals.types';
import type { ListInfo, PortfolioData } from '../../data/contract/repository.types';
import type { Proposal, ScoringModel } from '../../domain/proposals/model';
import { DEFAULT_SERVICE_AREAS, IMPACT_LEVEL, vocabularyValues } from '../../domain/vocabulary';
import type { DecisionInput } from '../../domain/proposals/decision';
import type { Scenario } from '../../domain/proposals/scenarios';
import type { Limits } from '../../domain/proposals/selection';
import { errorMessage } from '../common/errorText';
import { format } from '../common/format';
import { NewLink } from '../common/HostLinks';
import { useStrings } from '../common/SalkkuContext';
import type { ViewProps } from '../common/viewProps';
import { DecisionPanel } from './DecisionPanel';
import type { SavedProposal } from './proposalRows';
import { newestModel, proposalRows, todayDay } from './proposalRows';
import { ProposalTable } from './ProposalTable';
import { ScoringPanel } from './ScoringPanel';
import { SteeringGroupSetting } from './SteeringGroupSetting';
import { useProposals } from './useProposals';
import { WhatIfArea } from './WhatIfArea';
import { InvestmentPlanButton } from './InvestmentPlanButton';
import { ProposalFormPanel } from './ProposalFormPanel';
import { ScoringCriteria } from './ScoringCriteria';
import { ScoringModelPanel } from './ScoringModelPanel';

/** Who may change the scoring model: those who score and decide (owners and the steering group). */
export function canEditScoringModel(data: Pick<PortfolioData, 'canManageSite'>, proposals: Pick<ProposalData, 'canDecide'>): boolean {
  return data.canManageSite || proposals.canDecide;
}

/** A list's choices for a field as the city has them now, or the defaults when it has none. */
function choicesOf(list: ListInfo | undefined, field: string, fallback: readonly string[]): readonly string[] {
  const choices = list?.choices[field];
  return choices && choices.length > 0 ? choices : fallback;
}

type Notice = { kind: 'proposal'; title: string } | { kind: 'model'; version: number };

export function ProposalsView(props: ViewProps): JSX.Element {
  const strings = useStrings();
  const { data, repository } = props;
  const proposals = repository.proposals;
  const load = useProposals(proposals);
  const today = React.useMemo(todayDay, []);
  const [scoring, setScoring] = React.useState<SavedProposal | undefined>(undefined);
  const [deciding, setDeciding] = React.useState<SavedProposal | undefined>(undefined);
  const [submitting, setSubmitting] = React.useState(false);
  const [editingModel, setEditingModel] = React.useState(false);
  const [notice, setNotice] = React.useState<Notice | undefined>(undefined);
  const ready = load.state.status === 'ready' ? load.state.data : undefined;
  const model = React.useMemo(() => (ready ? newestModel(ready) : undefined), [ready]);
  const rows = React.useMemo(() => (ready && model ? proposalRows(ready, model) : []), [ready, model]);

  if (load.state.status === 'loading') {
    return <Spinner size={SpinnerSize.large} label={strings.PrLoading} data-salkku-state="loading" />;
  }
  if (load.state.status === 'error') {
    return (
      <MessageBar messageBarType={MessageBarType.error} isMultiline={true} role="alert" data-salkku-state={`error-${load.state.error.kind}`}>
        {errorMessage(strings, load.state.error, data.canManageSite, true)}
      </MessageBar>
    );
  }
  const proposalData = load.state.data;
  const current = model ?? newestModel(proposalData);
  // scoring and deciding: owners, and the members of the steering group the owners named
  const canDecide = proposalData.canDecide || data.canManageSite;
  const canEditModel = canEditScoringModel(data, proposalData);
  const proposalsList = proposalData.lists.proposals;
  // visitors cannot add items: no button and no form link for them
  const canSubmit = proposalsList?.permissions.canAdd === true;
  const { reload } = load;

  const submitProposal = (proposal: Proposal): Promise<void> =>
    proposals.saveProposal(proposal).then((saved) => {
      setSubmitting(false);
      setNotice({ kind: 'proposal', title: saved.title });
      reload();
    });
  const saveModel = (next: Omit<ScoringModel, 'version'>): Promise<void> =>
    proposals.saveModel(next).then((saved) => {
      setEditingModel(false);
      setNotice({ kind: 'model', version: saved.version });
      reload();
    });

  const saveScores = (proposal: SavedProposal, scores: InputScore[]): Promise<void> =>
    proposals.saveMyScores(proposal.id, current, scores).then(() => reload());
  const saveLimits = (limits: Limits): Promise<void> => proposals.saveLimits(limits).then(() => reload());
  const saveScenario = (scenario: Scenario): Promise<void> => proposals.saveScenario(scenario).then(() => reload());
  const saveSteeringGroup = (title: string | null): ReturnType<typeof proposals.saveSteeringGroup> =>
    proposals.saveSteeringGroup(title).then((outcome) => {
      if (outcome.kind === 'saved') {
        reload();
      }
      return outcome;
    });
  const decide = (proposal: SavedProposal, decision: DecisionInput, section: string): ReturnType<typeof proposals.decide> =>
    proposals.decide(proposal, decision, { section, portfolio: data }).then((outcome) => {
      if (outcome.kind !== 'refused') {
        reload();
        if (outcome.kind === 'decided' && outcome.projectId !== null) {
          // the new project belongs in the portfolio's other views too
          props.reload({ soft: true });
        }
      }
      return outcome;
    });

  return (
    <div data-salkku-view="proposals">
      <Stack tokens={{ childrenGap: 20 }}>
        <Text as="h2" variant="xLarge">
          {strings.ViewProposals}
        </Text>
        <Text block={true} variant="small">
          {strings.PrIntro}
        </Text>
        {proposalData.missing.length > 0 && (
          <MessageBar messageBarType={MessageBarType.info} isMultiline={true} data-salkku-state="proposals-missing">
            {data.canManageSite ? strings.PrListsMissingOwner : strings.PrListsMissing}
          </MessageBar>
        )}
        {!canDecide && (
          <Text variant="small" data-salkku-state="proposals-read-only">
            {proposalData.steeringGroup === null ? strings.PrReadOnly : format(strings.PrReadOnlyGroup, proposalData.steeringGroup)}
          </Text>
        )}
        {canSubmit && proposalsList && (
          <Stack horizontal={true} wrap={true} verticalAlign="center" tokens={{ childrenGap: 16 }}>
            <PrimaryButton
              iconProps={{ iconName: 'Add' }}
              text={strings.PrNewProposal}
              onClick={() => {
                setNotice(undefined);
                setSubmitting(true);
              }}
              data-salkku-proposal-new="true"
            />
            <NewLink list={proposalsList} label={strings.PrOpenSharePointForm} />
          </Stack>
        )}
        <div role="status" aria-live="polite">
          {notice && (
            <MessageBar messageBarType={MessageBarType.success} onDismiss={() => setNotice(undefined)} dismissButtonAriaLabel={strings.Close} data-salkku-notice={notice.kind}>
              {notice.kind === 'proposal' ? format(strings.PrFormSaved, notice.title) : format(strings.PrModelSaved, notice.version)}
            </MessageBar>
          )}
        </div>
        {load.state.refreshing && <Spinner size={SpinnerSize.xSmall} label={strings.PrLoading} labelPosition="right" />}
        <section aria-labelledby="salkku-pr-list">
          <Text as="h3" variant="large" block={true} id="salkku-pr-list">
            {strings.PrListTitle}
          </Text>
          <ProposalTable rows={rows} list={proposalData.lists.proposals} projectsList={data.lists.projects} projects={data.projects} canManage={canDecide} onScore={setScoring} onDecide={setDeciding} />
        </section>
        <ScoringCriteria
          model={current}
          onEdit={
            canEditModel
              ? () => {
                  setNotice(undefined);
                  setEditingModel(true);
                }
              : undefined
          }
        />
        <WhatIfArea
          data={data}
          model={current}
          rows={rows}
          savedLimits={proposalData.limits}
          scenarios={proposalData.scenarios}
          modelVersion={current.version}
          canManage={canDecide}
          today={today}
          onSaveLimits={saveLimits}
          onSaveScenario={saveScenario}
        />
        <InvestmentPlanButton data={data} proposals={proposalData.proposals} />
        {data.canManageSite && <SteeringGroupSetting key={proposalData.steeringGroup ?? ''} group={proposalData.steeringGroup} onSave={saveSteeringGroup} />}
      </Stack>
      {scoring && (
        <ScoringPanel
          proposal={scoring}
          model={current}
          scores={proposalData.scores.filter((s) => s.score.proposalId === scoring.id).map((s) => s.score)}
          currentUser={proposalData.currentUser ?? data.currentUser}
          canScore={canDecide}
          onSave={(scores) => saveScores(scoring, scores)}
          onDismiss={() => setScoring(undefined)}
        />
      )}
      {submitting && (
        <ProposalFormPanel
          serviceAreas={choicesOf(proposalsList, 'ServiceArea', DEFAULT_SERVICE_AREAS)}
          impactLevels={choicesOf(proposalsList, 'ImpactOrganisation', vocabularyValues(IMPACT_LEVEL))}
          goals={data.goals}
          currentUser={proposalData.currentUser ?? data.currentUser}
          onSave={submitProposal}
          onDismiss={() => setSubmitting(false)}
        />
      )}
      {editingModel && <ScoringModelPanel model={current} onSave={saveModel} onDismiss={() => setEditingModel(false)} />}
      {deciding && (
        <DecisionPanel
          proposal={deciding}
          plans={data.plans}
          projectsList={data.lists.projects}
          projects={data.projects}
          modelVersion={current.version}
          today={today}
          onDecide={(decision, section) => decide(deciding, decision, section)}
          onDismiss={() => setDeciding(undefined)}
        />
      )}
    </div>
  );
}
