/**
 * The new-proposal form's content as typed, and the proposal it becomes: the schedule and the
 * cost estimate are read from their texts with the projects' own parsers (the text is kept as
 * written), person-days are numbers ≥ 0 ("7,5" reads as 7.5), and the status is Submitted.
 */
import type { Costs, ImpactPerspective, Person, Schedule } from '../../domain/model';
import { parseCosts } from '../../domain/costs/parseCosts';
import type { Proposal } from '../../domain/proposals/model';
import { emptyProposal } from '../../domain/proposals/model';
import { PROPOSAL_STATUS } from '../../domain/proposals/vocabulary';
import { parseSchedule } from '../../domain/schedule/parseSchedule';

/** The four headings with a level and a justification; the economic one's text is "what changes". */
export const NOTED_PERSPECTIVES: readonly Exclude<ImpactPerspective, 'economic'>[] = ['organisation', 'security', 'dataUse', 'caseManagement'];

export interface ProposalDraft {
  title: string;
  serviceArea: string | null;
  unit: string;
  /** The signed-in person is the contact. */
  contactIsMe: boolean;
  need: string;
  changes: string;
  goalIds: number[];
  mandatoryByLaw: boolean;
  scheduleText: string;
  costText: string;
  itDays: string;
  areaDays: string;
  /** Stored level text per perspective (null: not chosen). */
  levels: Record<ImpactPerspective, string | null>;
  notes: Record<Exclude<ImpactPerspective, 'economic'>, string>;
}

export function emptyDraft(): ProposalDraft {
  return {
    title: '',
    serviceArea: null,
    unit: '',
    contactIsMe: true,
    need: '',
    changes: '',
    goalIds: [],
    mandatoryByLaw: false,
    scheduleText: '',
    costText: '',
    itDays: '',
    areaDays: '',
    levels: { economic: null, organisation: null, security: null, dataUse: null, caseManagement: null },
    notes: { organisation: '', security: '', dataUse: '', caseManagement: '' }
  };
}

export type DraftField = 'title' | 'need' | 'itDays' | 'areaDays';
export type DraftProblem = 'required' | 'notNumber';

/** Person-days as typed: null when empty, NaN when not a number ≥ 0. */
export function parseDays(text: string): number | null {
  const trimmed = text.trim().replace(/\s/g, '').replace(',', '.');
  if (trimmed === '') {
    return null;
  }
  if (!/^\d+(\.\d+)?$/.test(trimmed)) {
    return Number.NaN;
  }
  return Number(trimmed);
}

/** What keeps the draft from being saved, by field; empty when it can be saved. */
export function draftProblems(draft: ProposalDraft): Partial<Record<DraftField, DraftProblem>> {
  const problems: Partial<Record<DraftField, DraftProblem>> = {};
  if (draft.title.trim() === '') {
    problems.title = 'required';
  }
  if (draft.need.trim() === '') {
    problems.need = 'required';
  }
  if (Number.isNaN(parseDays(draft.itDays))) {
    problems.itDays = 'notNumber';
  }
  if (Number.isNaN(parseDays(draft.areaDays))) {
    problems.areaDays = 'notNumber';
  }
  return problems;
}

export function scheduleOf(draft: Pick<ProposalDraft, 'scheduleText'>): { schedule: Schedule; understood: boolean } {
  const parsed = parseSchedule(draft.scheduleText);
  return { schedule: parsed.schedule, understood: !parsed.warnings.some((w) => w.code === 'scheduleNotUnderstood') };
}

export function costsOf(draft: Pick<ProposalDraft, 'costText'>): { costs: Costs; understood: boolean } {
  const parsed = parseCosts(draft.costText);
  return { costs: parsed.costs, understood: !parsed.warnings.some((w) => w.code === 'costsNotUnderstood') };
}

function textOrNull(value: string): string | null {
  return value.trim() === '' ? null : value.trim();
}

/** The proposal to add (id null), submitted; call only when `draftProblems` is empty. */
export function proposalFromDraft(draft: ProposalDraft, me: Person | null): Proposal {
  const empty = emptyProposal(draft.title.trim());
  const changes = textOrNull(draft.changes);
  const impacts = { ...empty.impacts, economic: { level: draft.levels.economic, text: changes } };
  for (const perspective of NOTED_PERSPECTIVES) {
    impacts[perspective] = { level: draft.levels[perspective], text: textOrNull(draft.notes[perspective]) };
  }
  const days = (text: string): number | null => {
    const value = parseDays(text);
    return value === null || Number.isNaN(value) ? null : value;
  };
  return {
    ...empty,
    serviceArea: draft.serviceArea,
    unit: textOrNull(draft.unit),
    contact: draft.contactIsMe ? me : null,
    need: textOrNull(draft.need),
    changes,
    goalIds: [...draft.goalIds],
    mandatoryByLaw: draft.mandatoryByLaw,
    schedule: draft.scheduleText.trim() === '' ? empty.schedule : scheduleOf(draft).schedule,
    costs: draft.costText.trim() === '' ? empty.costs : costsOf(draft).costs,
    itEffortDays: days(draft.itDays),
    serviceAreaEffortDays: days(draft.areaDays),
    impacts,
    status: PROPOSAL_STATUS.submitted
  };
}
