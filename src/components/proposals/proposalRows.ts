/**
 * What the proposals view shows of each proposal, derived once from the data: the weighted score
 * under the newest model, the cost the what-if counts, and whether the what-if offers it.
 */
import type { ProposalData } from '../../data/contract/proposals.types';
import type { Proposal, ScoringModel } from '../../domain/proposals/model';
import { DEFAULT_SCORING_MODEL } from '../../domain/proposals/model';
import type { WeightedScore } from '../../domain/proposals/scoring';
import { scoresByProposal, weightedScore } from '../../domain/proposals/scoring';
import type { SelectionItem } from '../../domain/proposals/selection';
import { costOf, recurringOf } from '../../domain/proposals/selection';
import type { ProposalStatusKey } from '../../domain/proposals/vocabulary';
import { proposalStatusKey } from '../../domain/proposals/vocabulary';

export type SavedProposal = Proposal & { id: number };

export interface ProposalRow {
  proposal: SavedProposal;
  /** The stored status's key; a proposal without a status counts as submitted. */
  statusKey: ProposalStatusKey | undefined;
  score: WeightedScore;
  /** Investment on the prudent (upper) basis; null without an estimate. */
  investment: number | null;
  /** Offered in the what-if: submitted, under review or approved. */
  selectable: boolean;
  /** Always in the what-if: mandatory by law, or already approved. */
  forced: boolean;
}

const SELECTABLE: ReadonlySet<ProposalStatusKey> = new Set<ProposalStatusKey>(['submitted', 'underReview', 'approved']);

/** The newest version of the scoring model (the list is oldest first). */
export function newestModel(data: Pick<ProposalData, 'models'>): ScoringModel {
  return data.models[data.models.length - 1] ?? DEFAULT_SCORING_MODEL;
}

export function proposalRows(data: ProposalData, model: ScoringModel): ProposalRow[] {
  const byProposal = scoresByProposal(data.scores.map((s) => s.score));
  return data.proposals
    .filter((p): p is SavedProposal => p.id !== null)
    .map((proposal) => {
      const statusKey = proposal.status === null ? 'submitted' : proposalStatusKey(proposal.status);
      return {
        proposal,
        statusKey,
        score: weightedScore(model, byProposal.get(proposal.id) ?? []),
        investment: costOf(proposal.costs),
        selectable: statusKey !== undefined && SELECTABLE.has(statusKey),
        forced: proposal.mandatoryByLaw || statusKey === 'approved'
      };
    });
}

/** The what-if's items: the selectable proposals with the user's locks. */
export function selectionItems(rows: readonly ProposalRow[], locks: ReadonlyMap<number, 'in' | 'out'>): SelectionItem[] {
  return rows
    .filter((row) => row.selectable)
    .map((row) => ({
      id: row.proposal.id,
      score: row.score.total ?? 0,
      investment: row.investment ?? 0,
      recurring: recurringOf(row.proposal.costs),
      itDays: row.proposal.itEffortDays ?? 0,
      mandatory: row.forced,
      lock: locks.get(row.proposal.id) ?? null
    }));
}

export const STATUS_ICON: Record<ProposalStatusKey, string> = {
  submitted: 'Inbox',
  underReview: 'ReviewSolid',
  approved: 'CompletedSolid',
  postponed: 'Clock',
  rejected: 'Blocked'
};

/** "63,5" in the UI language, always one decimal. */
export function formatScore(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

/** Today as "YYYY-MM-DD" in the browser's time zone. */
export function todayDay(): string {
  const now = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
