/**
 * The contract of the proposal lists (issue 20): what the proposal views read and write. No
 * PnPjs here; the SharePoint adapter is `PnPProposalRepository`.
 */
import type { Proposal, ProposalScore, ScoringModel } from '../../domain/proposals/model';
import type { DecisionInput } from '../../domain/proposals/decision';
import type { Scenario } from '../../domain/proposals/scenarios';
import type { Limits } from '../../domain/proposals/selection';
import type { ItemIssue, ListInfo, PortfolioData } from './repository.types';
import type { ProposalListKey } from './setup.types';
import type { Person } from '../../domain/model';

/** A score as stored: its item's identity with the score. */
export interface StoredScore {
  id: number;
  etag: string | null;
  score: ProposalScore;
}

export interface ProposalData {
  proposals: Proposal[];
  scores: StoredScore[];
  /** Every version of the scoring model, oldest first; the default model when none is saved. */
  models: ScoringModel[];
  /** The year's investment budget and IT capacity as last set; null before anyone set them. */
  limits: Limits | null;
  scenarios: Scenario[];
  /** Who is signed in (the scorer of the scores they save). */
  currentUser: Person | null;
  /**
   * The SharePoint group whose members score and decide besides the site's owners (the setting
   * `steeringGroup`, named by an owner); null when none is named.
   */
  steeringGroup: string | null;
  /** The signed-in person may score and decide: they manage the site (owners) or are in the steering group. */
  canDecide: boolean;
  lists: Partial<Record<ProposalListKey, ListInfo>>;
  /** Proposal lists the site does not have yet (schema before version 5). */
  missing: ProposalListKey[];
  itemIssues: ItemIssue[];
}

/** One criterion's score as a person gives it. */
export interface CriterionScore {
  criterionKey: string;
  value: number | null;
  note: string | null;
}

export type DecideOutcome =
  /** The decision is recorded on the proposal (postponed, rejected, or approved with its project). */
  | { kind: 'decided'; proposal: Proposal; projectId: number | null }
  /** The proposal already has its project: nothing was written. */
  | { kind: 'alreadyCreated'; proposal: Proposal; projectId: number }
  | { kind: 'refused'; reason: 'missingText' | 'invalidDate' | 'approvalWithoutPlan' | 'alreadyInPortfolio' | 'notSaved' };

export type SteeringGroupOutcome =
  /** The setting holds the group as the site spells it (null: owners alone decide). */
  | { kind: 'saved'; group: string | null }
  /** The site has no group of that name: nothing was written. */
  | { kind: 'groupMissing'; group: string };

export interface ProposalRepository {
  loadProposals(): Promise<ProposalData>;
  /** Adds (id null) or updates with its ETag: someone's newer save rejects as `conflict`. */
  saveProposal(proposal: Proposal): Promise<Proposal>;
  /**
   * The signed-in person's scores of one proposal under one model version: updates theirs,
   * adds the missing ones; other people's scores are never touched.
   */
  saveMyScores(proposalId: number, model: ScoringModel, scores: readonly CriterionScore[]): Promise<StoredScore[]>;
  /** Saves a new version of the scoring model (the next number); earlier versions stay as they were. */
  saveModel(model: Omit<ScoringModel, 'version'>): Promise<ScoringModel>;
  saveLimits(limits: Limits): Promise<void>;
  /** Saves a scenario under its name (a later save of the same name replaces it). */
  saveScenario(scenario: Scenario): Promise<void>;
  /**
   * Names the SharePoint group that scores and decides besides the owners (null or blank: nobody
   * else). Owners only: anyone else is refused (`accessDenied`) before anything is written; a name
   * the site has no group of is answered `groupMissing`.
   */
  saveSteeringGroup(title: string | null): Promise<SteeringGroupOutcome>;
  /**
   * Records the steering group's decision. Approval creates the project in the plan (numbered in
   * `section`, every field carried over) and links it to the proposal, once: a repeated approval
   * finds the project (by the proposal's link, or a project of the same title in the plan left by
   * an interrupted approval) and writes nothing new.
   */
  decide(proposal: Proposal, decision: DecisionInput, options: { section: string; portfolio: Pick<PortfolioData, 'projects' | 'plans'> }): Promise<DecideOutcome>;
}
