/**
 * Proposal ↔ SharePoint item, and a score ↔ item. A proposal keeps the plan's fields under the
 * projects list's internal names, so those are read and written with the projects' own codecs
 * (one mapping of a schedule, a cost range or an impact level, not two); the proposal's own
 * fields have codecs here. A test checks that the codecs and the schema name the same fields.
 */
import type { Project } from '../../../domain/model';
import { emptyProject } from '../../../domain/model';
import type { Proposal, ProposalScore } from '../../../domain/proposals/model';
import { emptyProposal } from '../../../domain/proposals/model';
import type { DomainWarning } from '../../../domain/warnings';
import { lookupCodec, numberCodec, textCodec } from './fieldCodecs';
import type { FieldCodec } from './projectMapping';
import { PROJECT_CODECS } from './projectMapping';
import { PROPOSALS_LIST } from '../schema/proposalLists';
import type { SpItem } from './values';
import { readDate, readEtag, readId, readLookupId, readNumber, readPerson, readText, textOrNull, writeDate } from './values';


type ProposalCodec = FieldCodec<Proposal>;





/** Codecs of the proposal's own fields, by internal name. */
export const PROPOSAL_CODECS: Readonly<Record<string, ProposalCodec>> = {
  Title: {
    read: (item, p) => {
      p.title = readText(item, 'Title') ?? '';
    },
    write: (p, out) => {
      out.Title = p.title;
    }
  },
  ContactPerson: {
    read: (item, p) => {
      p.contact = readPerson(item, 'ContactPerson');
    },
    write: (p, out) => {
      out.ContactPersonId = p.contact?.id ?? null;
    }
  },
  Need: textCodec<Proposal>('Need', 'need'),
  ItEffortDays: numberCodec<Proposal>('ItEffortDays', 'itEffortDays'),
  AreaEffortDays: numberCodec<Proposal>('AreaEffortDays', 'serviceAreaEffortDays'),
  ProposalStatus: textCodec<Proposal>('ProposalStatus', 'status'),
  DecisionText: textCodec<Proposal>('DecisionText', 'decisionText'),
  DecisionDate: {
    read: (item, p, issues) => {
      p.decisionDate = readDate(item, 'DecisionDate', issues);
    },
    write: (p, out) => {
      out.DecisionDate = writeDate(p.decisionDate);
    }
  },
  DecisionBody: textCodec<Proposal>('DecisionBody', 'decisionBody'),
  ScoringModelVersion: numberCodec<Proposal>('ScoringModelVersion', 'decisionModelVersion'),
  ApprovedPlan: lookupCodec<Proposal>('ApprovedPlan', 'planId'),
  CreatedProject: lookupCodec<Proposal>('CreatedProject', 'projectId')
};

/**
 * The proposal fields that are the projects list's own (same internal name, same meaning): read
 * from the schema, so a field added to both lists is mapped without a second list of names.
 */
export const SHARED_WITH_PROJECTS: readonly string[] = PROPOSALS_LIST.fields.map((f) => f.name).filter((name) => name in PROJECT_CODECS && !(name in PROPOSAL_CODECS));

/** The project-shaped view of a proposal's shared fields ("what changes" is the economic impact's text, as on a project). */
function asProject(p: Proposal): Project {
  return {
    ...emptyProject(p.title),
    serviceArea: p.serviceArea,
    unit: p.unit,
    goalIds: p.goalIds,
    mandatoryByLaw: p.mandatoryByLaw,
    schedule: p.schedule,
    costs: p.costs,
    impacts: { ...p.impacts, economic: { ...p.impacts.economic, text: p.changes } }
  };
}

export interface MappedProposal {
  proposal: Proposal;
  issues: DomainWarning[];
}

/** A proposal from an item; malformed values become null and are reported, never thrown. */
export function proposalFromItem(item: SpItem): MappedProposal {
  const issues: DomainWarning[] = [];
  const shared = emptyProject();
  for (const name of SHARED_WITH_PROJECTS) {
    PROJECT_CODECS[name]?.read(item, shared, issues);
  }
  const proposal: Proposal = {
    ...emptyProposal(),
    id: readId(item),
    etag: readEtag(item),
    modified: readText(item, 'Modified'),
    serviceArea: shared.serviceArea,
    unit: shared.unit,
    goalIds: shared.goalIds,
    mandatoryByLaw: shared.mandatoryByLaw,
    schedule: shared.schedule,
    costs: shared.costs,
    impacts: shared.impacts,
    changes: shared.impacts.economic.text
  };
  for (const codec of Object.values(PROPOSAL_CODECS)) {
    codec.read(item, proposal, issues);
  }
  if (proposal.title.trim() === '') {
    issues.push({ code: 'missingTitle', field: 'title' });
  }
  return { proposal, issues };
}

/** The values to write for a proposal (every schema field). */
export function proposalToItem(proposal: Proposal): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const shared = asProject(proposal);
  for (const name of SHARED_WITH_PROJECTS) {
    // the proposal's plan is ApprovedPlan: no projects-list context is needed for these fields
    PROJECT_CODECS[name]?.write(shared, out, { latestPlanId: () => null });
  }
  for (const codec of Object.values(PROPOSAL_CODECS)) {
    codec.write(proposal, out, undefined);
  }
  return out;
}

/** A score from an item, or null (reported) when it has no proposal, criterion or version. */
export function scoreFromItem(item: SpItem, issues: DomainWarning[] = []): ProposalScore | null {
  const proposalId = readLookupId(item, 'Proposal');
  const criterionKey = readText(item, 'CriterionKey');
  const modelVersion = readNumber(item, 'ModelVersion', issues);
  if (proposalId === null || criterionKey === null || modelVersion === null) {
    issues.push({ code: 'missingValue', field: 'title', detail: 'a score without its proposal, criterion or model version' });
    return null;
  }
  return {
    proposalId,
    criterionKey,
    value: readNumber(item, 'ScoreValue', issues),
    note: readText(item, 'ScoreNote'),
    scorer: readPerson(item, 'Scorer'),
    modelVersion
  };
}

/** The values to write for a score; `criterionName` is its title (the name when scored). */
export function scoreToItem(score: ProposalScore, criterionName: string): Record<string, unknown> {
  return {
    Title: criterionName,
    ProposalId: score.proposalId,
    CriterionKey: score.criterionKey,
    ScoreValue: score.value,
    ScoreNote: textOrNull(score.note),
    ScorerId: score.scorer?.id ?? null,
    ModelVersion: score.modelVersion
  };
}
