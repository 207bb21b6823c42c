import type { DecideOutcome } from '../../data/contract/proposals.types';
import type { ListInfo } from '../../data/contract/repository.types';
import type { DecisionInput } from '../../domain/proposals/decision';
import type { Plan, Project } from '../../domain/model';
import type { SavedProposal } from './proposalRows';

export interface DecisionPanelProps {
  proposal: SavedProposal;
  plans: readonly Plan[];
  /** The Projects list, to link a created project. */
  projectsList: ListInfo | undefined;
  /** The portfolio's projects, to name the project a proposal became. */
  projects: readonly Pick<Project, 'id' | 'number' | 'title'>[];
  /** The newest model version, recorded with the decision. */
  modelVersion: number;
  today: string;
  /** Records the decision (the repository's decide); rejects with the repository's error. */
  onDecide: (decision: DecisionInput, section: string) => Promise<DecideOutcome>;
  onDismiss: () => void;
}
