import type { ListInfo } from '../../data/contract/repository.types';
import type { ProposalRow, SavedProposal } from './proposalRows';

export interface ProposalTableProps {
  rows: readonly ProposalRow[];
  /** The proposals list, for links to SharePoint's display form; absent before set-up. */
  list: ListInfo | undefined;
  /** The Projects list, to link the project a proposal became. */
  projectsList: ListInfo | undefined;
  /** Owners and the steering group score and decide (ProposalData.canDecide); everyone else only reads the breakdown. */
  canManage: boolean;
  onScore: (proposal: SavedProposal) => void;
  onDecide: (proposal: SavedProposal) => void;
}
