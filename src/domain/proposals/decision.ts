/**
 * The steering group's decision on a proposal, and an approved proposal becoming a project of the
 * plan. Creating the project must be idempotent: a second click, a retry after a lost response or
 * two members deciding at once must not create two projects. `decisionPlan` therefore answers
 * "already created" when the proposal records its project or a project links back to it, and the
 * caller writes the project and the proposal's `projectId` in that order.
 */
import type { Impacts, Project } from '../model';
import { emptyProject, IMPACT_PERSPECTIVES } from '../model';
import { PLAN_NUMBER_PATTERN } from '../portfolio/numbering';
import { ASSESSMENT_STATUS, STATUS } from '../vocabulary';
import type { Day, Proposal } from './model';
import type { DecisionStatusKey } from './vocabulary';
import { PROPOSAL_STATUS, proposalStatusKey } from './vocabulary';

/** A plan number as written, without the trailing dot some documents add ("2.1." → "2.1"). */
function cleanNumber(value: string | null | undefined): string | null {
  const trimmed = (value ?? '').trim().replace(/\.$/, '');
  return PLAN_NUMBER_PATTERN.test(trimmed) ? trimmed : null;
}

/**
 * The next free project number in a section of the plan: one after the highest number directly
 * under the section ("2" with 2.1 … 2.14 → "2.15"; a sub-group 3.5.1 takes 3.5 in section 3, so
 * section 3's next is 3.6). A section with nothing under it starts at "<section>.1"; '' is the
 * top level. Numbers that are not plan numbers ("2.a", "", "luku 3") are ignored, never guessed
 * at. Null when the section itself is not a plan number.
 */
export function nextProjectNumber(existingNumbers: readonly (string | null)[], section: string): string | null {
  const prefix = section.trim() === '' ? '' : cleanNumber(section);
  if (prefix === null) {
    return null;
  }
  let highest = 0;
  for (const value of existingNumbers) {
    const number = cleanNumber(value);
    if (number === null || (prefix !== '' && !number.startsWith(`${prefix}.`))) {
      continue;
    }
    const rest = prefix === '' ? number : number.slice(prefix.length + 1);
    highest = Math.max(highest, Number(rest.split('.')[0]));
  }
  return prefix === '' ? String(highest + 1) : `${prefix}.${highest + 1}`;
}

/** The project's description: the need, then what changes under the plan's own heading. */
function descriptionOf(proposal: Proposal): string | null {
  const need = proposal.need?.trim() ?? '';
  const changes = proposal.changes?.trim() ?? '';
  const parts = [need, changes === '' ? '' : `Mikä muuttuu: ${changes}`].filter((p) => p !== '');
  return parts.length === 0 ? null : parts.join('\n\n');
}

/** The effort estimates as the plan's resources text ("Tietohallinto 20 htp, palveluala 5 htp"). */
function resourcesOf(proposal: Proposal): string | null {
  const parts: string[] = [];
  if (proposal.itEffortDays !== null) {
    parts.push(`Tietohallinto ${proposal.itEffortDays} htp`);
  }
  if (proposal.serviceAreaEffortDays !== null) {
    parts.push(`palveluala ${proposal.serviceAreaEffortDays} htp`);
  }
  return parts.length === 0 ? null : parts.join(', ');
}

/** A copy the project owns: editing the project's assessment must not change the proposal's. */
function copyImpacts(impacts: Impacts): Impacts {
  const copy = { ...impacts };
  for (const perspective of IMPACT_PERSPECTIVES) {
    copy[perspective] = { ...impacts[perspective] };
  }
  return copy;
}

export interface ProjectContext {
  /** The plan number assigned (see `nextProjectNumber`); null to leave it for the owner. */
  number: string | null;
  /** The plan; the proposal's own planId when not given. */
  planId?: number | null;
  /** Category choice text, when the caller knows it (infrastructure / city-wide / service area). */
  category?: string | null;
}

/**
 * The new project an approved proposal becomes, with every field the proposal has carried over.
 * The first impact assessment is carried over as a draft for the project to complete.
 */
export function projectFromProposal(proposal: Proposal, context: ProjectContext): Project {
  const planId = context.planId ?? proposal.planId;
  const assessed = Object.values(proposal.impacts).some((entry) => entry.level !== null || (entry.text ?? '').trim() !== '');
  return {
    ...emptyProject(proposal.title),
    number: context.number,
    description: descriptionOf(proposal),
    category: context.category ?? null,
    serviceArea: proposal.serviceArea,
    unit: proposal.unit,
    planIds: planId === null ? [] : [planId],
    goalIds: [...proposal.goalIds],
    impacts: copyImpacts(proposal.impacts),
    assessmentStatus: assessed ? ASSESSMENT_STATUS.draft : null,
    schedule: { ...proposal.schedule, phases: proposal.schedule.phases.map((phase) => ({ ...phase })) },
    costs: { ...proposal.costs },
    resources: resourcesOf(proposal),
    mandatoryByLaw: proposal.mandatoryByLaw,
    status: STATUS.approved
  };
}

export type DecisionPlan =
  /** Create this project, then store its id in the proposal (and link the project to `proposalId`). */
  | { kind: 'create'; project: Project; proposalId: number }
  | { kind: 'alreadyCreated'; projectId: number }
  | { kind: 'notApproved' }
  /** Approved, but for no plan (edited in SharePoint's own form): ask for the plan first. */
  | { kind: 'noPlan' }
  /** The proposal is not saved: nothing could link the project to it, so nothing is created. */
  | { kind: 'notSaved' };

export interface DecisionPlanOptions {
  /** The plan section the project is numbered in ("2" for IT's infrastructure projects). */
  section: string;
  /** The project linking back to a proposal, if any (a read of the Projects list by proposal id). */
  linkedProjectId: (proposalId: number) => number | null;
  category?: string | null;
}

/**
 * What approving a proposal should do now. Already created wins over everything else, so that
 * the step can be repeated safely; the number is the next free one among the projects of the same
 * plan.
 */
export function decisionPlan(proposal: Proposal, existingProjects: readonly Pick<Project, 'number' | 'planIds'>[], options: DecisionPlanOptions): DecisionPlan {
  if (proposal.projectId !== null) {
    return { kind: 'alreadyCreated', projectId: proposal.projectId };
  }
  const linked = proposal.id === null ? null : options.linkedProjectId(proposal.id);
  if (linked !== null) {
    return { kind: 'alreadyCreated', projectId: linked };
  }
  if (proposalStatusKey(proposal.status) !== 'approved') {
    return { kind: 'notApproved' };
  }
  const planId = proposal.planId;
  if (planId === null) {
    return { kind: 'noPlan' };
  }
  if (proposal.id === null) {
    return { kind: 'notSaved' };
  }
  const numbers = existingProjects.filter((p) => p.planIds.includes(planId)).map((p) => p.number);
  const number = nextProjectNumber(numbers, options.section);
  return { kind: 'create', project: projectFromProposal(proposal, { number, planId, category: options.category }), proposalId: proposal.id };
}

export interface DecisionInput {
  status: DecisionStatusKey;
  /** The reasoning as written in the minutes. */
  text: string;
  date: Day;
  /** The deciding body. */
  body: string | null;
  /** The scoring model version the decision used. */
  modelVersion: number | null;
  /** The plan an approval is for; the proposal's own when not given. */
  planId?: number | null;
}

export type DecisionError = 'missingText' | 'invalidDate' | 'approvalWithoutPlan' | 'alreadyInPortfolio';

export type DecisionResult = { ok: true; proposal: Proposal } | { ok: false; error: DecisionError };

/** A real calendar day "YYYY-MM-DD" (not 2026-02-30). */
export function isDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) {
    return false;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The proposal with the decision recorded. Postponing or rejecting keeps the proposal and its
 * reasoning and clears the plan; approving needs a plan. A decision without reasoning is refused:
 * the minutes must say why. A proposal that already became a project is not decided again (the
 * project is followed as a project from then on).
 */
export function recordDecision(proposal: Proposal, decision: DecisionInput): DecisionResult {
  if (proposal.projectId !== null) {
    return { ok: false, error: 'alreadyInPortfolio' };
  }
  if (decision.text.trim() === '') {
    return { ok: false, error: 'missingText' };
  }
  if (!isDay(decision.date)) {
    return { ok: false, error: 'invalidDate' };
  }
  const planId = decision.status === 'approved' ? decision.planId ?? proposal.planId : null;
  if (decision.status === 'approved' && planId === null) {
    return { ok: false, error: 'approvalWithoutPlan' };
  }
  return {
    ok: true,
    proposal: {
      ...proposal,
      status: PROPOSAL_STATUS[decision.status],
      decisionText: decision.text,
      decisionDate: decision.date,
      decisionBody: decision.body,
      decisionModelVersion: decision.modelVersion,
      planId
    }
  };
}
