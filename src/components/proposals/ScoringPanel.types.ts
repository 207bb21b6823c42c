import type { CriterionScore as InputScore } from '../../data/contract/proposals.types';
import type { Person } from '../../domain/model';
import type { ProposalScore, ScoringModel } from '../../domain/proposals/model';
import type { SavedProposal } from './proposalRows';

export interface ScoringPanelProps {
  proposal: SavedProposal;
  /** The newest scoring model: scores are given and read under it. */
  model: ScoringModel;
  /** Everyone's scores of this proposal (every version; the breakdown uses the model's). */
  scores: readonly ProposalScore[];
  currentUser: Person | null;
  /** Owners and the steering group score (ProposalData.canDecide); everyone else sees the breakdown only. */
  canScore: boolean;
  /** Saves the signed-in person's scores; rejects with the repository's error. */
  onSave: (scores: InputScore[]) => Promise<void>;
  onDismiss: () => void;
}
