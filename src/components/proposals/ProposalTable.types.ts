import type { ListInfo } from '../../data/contract/repository.types';
import type { ProposalRow, SavedProposal } from './proposalRows';
import type { Project } from '../../domain/model';

export interface ProposalTableProps {
  rows: readonly ProposalRow[];
  /** The proposals list, for links to SharePoint's display form; absent before set-up. */
  list: ListInfo | undefined;
  /** The Projects list, to link the project a proposal became. */
  projectsList: ListInfo | undefined;
  /** The portfolio's projects, to name the project a proposal became. */
  projects: readonly Pick<Project, 'id' | 'number' | 'title'>[];
  /** Owners and the steering group score and decide (ProposalData.canDecide); everyone else only reads the breakdown. */
  canManage: boolean;
  onScore: (proposal: SavedProposal) => void;
  onDecide: (proposal: SavedProposal) => void;
}
