/**
 * The steering group's decisions on proposals as part of the next plan document (issue 20): the
 * proposals approved for the plan (with the project each became) and those postponed or rejected
 * in the plan's round, each with its decision's date, body and reasoning. The plan's projects
 * themselves are already in the document: approval created them in the plan.
 */
import type { Plan, Project } from '../model';
import type { Proposal } from '../proposals/model';
import { proposalStatusKey } from '../proposals/vocabulary';
import type { DecisionStatusKey } from '../proposals/vocabulary';
import { compareNumbers } from '../portfolio/numbering';
import type { DocumentLanguage } from './documentLabels';
import { label } from './documentLabels';
import { packDay } from './meetingPackLabels';

export interface DocumentDecision {
  status: DecisionStatusKey;
  /** The status in the document's language. */
  statusText: string;
  title: string;
  /** Proposing service area and unit. */
  proposer: string;
  /** "12.3.2026, Tietohallinnon ohjausryhmä" */
  decided: string;
  reasoning: string;
  /** The number of the project an approval created (as it is in the portfolio now). */
  projectNumber: string | null;
}

export interface DocumentDecisions {
  heading: string;
  intro: string;
  columns: { title: string; proposer: string; decision: string; decided: string; reasoning: string };
  rows: DocumentDecision[];
}

const ORDER: Readonly<Record<DecisionStatusKey, number>> = { approved: 0, postponed: 1, rejected: 2 };
const STATUS_LABEL = { approved: 'decisionApproved', postponed: 'decisionPostponed', rejected: 'decisionRejected' } as const;

function year(value: string | null | undefined): number | null {
  const match = /^(\d{4})/.exec(value ?? '');
  return match ? Number(match[1]) : null;
}

/**
 * Whether a decided proposal belongs to the plan's round: approved for this plan, or postponed or
 * rejected (those keep no plan) in the year before the plan's period or during it. Without a plan
 * (the whole portfolio) every decision belongs.
 */
export function inPlanRound(proposal: Proposal, status: DecisionStatusKey, plan: Plan | undefined): boolean {
  if (plan === undefined) {
    return true;
  }
  if (status === 'approved') {
    return proposal.planId === plan.id;
  }
  const decided = year(proposal.decisionDate);
  const start = year(plan.periodStart);
  const end = year(plan.periodEnd) ?? start;
  return decided !== null && start !== null && end !== null && decided >= start - 1 && decided <= end;
}

/** The decisions of the plan's round in the document's language; null when there are none. */
export function planDecisions(
  proposals: readonly Proposal[],
  projects: readonly Pick<Project, 'id' | 'number'>[],
  plan: Plan | undefined,
  language: DocumentLanguage
): DocumentDecisions | null {
  const rows = proposals.flatMap((proposal): DocumentDecision[] => {
    const key = proposalStatusKey(proposal.status);
    if (key === undefined || key === 'submitted' || key === 'underReview' || !inPlanRound(proposal, key, plan)) {
      return [];
    }
    const project = proposal.projectId === null ? undefined : projects.find((p) => p.id === proposal.projectId);
    const proposer = [proposal.serviceArea, proposal.unit].filter((v): v is string => v !== null && v.trim() !== '').join(', ');
    const decided = [proposal.decisionDate === null ? null : packDay(proposal.decisionDate, language), proposal.decisionBody]
      .filter((v): v is string => v !== null && v.trim() !== '')
      .join(', ');
    return [
      {
        status: key,
        statusText: label(STATUS_LABEL[key], language),
        title: proposal.title,
        proposer,
        decided,
        reasoning: proposal.decisionText?.trim() ?? '',
        projectNumber: project?.number ?? null
      }
    ];
  });
  if (rows.length === 0) {
    return null;
  }
  rows.sort((a, b) => ORDER[a.status] - ORDER[b.status] || compareNumbers(a.projectNumber, b.projectNumber) || a.title.localeCompare(b.title, language));
  return {
    heading: label('decisionsHeading', language),
    intro: label('decisionsIntro', language),
    columns: {
      title: label('decisionsColumnTitle', language),
      proposer: label('decisionsColumnProposer', language),
      decision: label('decisionsColumnDecision', language),
      decided: label('decisionsColumnDecided', language),
      reasoning: label('decisionsColumnReasoning', language)
    },
    rows
  };
}
