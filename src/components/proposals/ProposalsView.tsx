/**
 * The Proposals view: the service areas' proposals with their weighted scores under the newest
 * agreed model, scoring (owners and the steering group an owner names), choosing under the year's budget and IT capacity (what-if),
 * score against cost, and the steering group's decision that turns a proposal into a project.
 */
import { MessageBar, MessageBarType, Spinner, SpinnerSize, Stack, Text } from '@fluentui/react';
import * as React from 'react';
import type { CriterionScore as InputScore } from '../../data/contract/proposals.types';
import type { DecisionInput } from '../../domain/proposals/decision';
import type { Scenario } from '../../domain/proposals/scenarios';
import type { Limits } from '../../domain/proposals/selection';
import { errorMessage } from '../common/errorText';
import { format } from '../common/format';
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

export function ProposalsView(props: ViewProps): JSX.Element {
  const strings = useStrings();
  const { data, repository } = props;
  const proposals = repository.proposals;
  const load = useProposals(proposals);
  const today = React.useMemo(todayDay, []);
  const [scoring, setScoring] = React.useState<SavedProposal | undefined>(undefined);
  const [deciding, setDeciding] = React.useState<SavedProposal | undefined>(undefined);
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
  const { reload } = load;

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
        {load.state.refreshing && <Spinner size={SpinnerSize.xSmall} label={strings.PrLoading} labelPosition="right" />}
        <section aria-labelledby="salkku-pr-list">
          <Text as="h3" variant="large" block={true} id="salkku-pr-list">
            {strings.PrListTitle}
          </Text>
          <ProposalTable rows={rows} list={proposalData.lists.proposals} projectsList={data.lists.projects} projects={data.projects} canManage={canDecide} onScore={setScoring} onDecide={setDeciding} />
        </section>
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
