/**
 * Proposals (hanke-ehdotus, kehitysehdotus): a service area's development need before it is a
 * project. The steering group scores proposals with an agreed, versioned scoring model, chooses
 * within the year's budget and IT capacity, and decides; an approved proposal becomes a project of
 * the plan. Pure TypeScript, like the rest of src/domain.
 *
 * The proposal reuses the project's own shapes (Schedule, Costs, Impacts) so that nothing has to
 * be translated when it becomes a project, and so the same parsers and views work on both.
 * Choice-like values (status) are kept as the text stored in SharePoint; `vocabulary.ts` of this
 * folder maps the texts we know to stable keys.
 */
import type { Day } from '../followup/model';
import type { Costs, Impacts, Person, Schedule } from '../model';
import { emptyCosts, emptyImpacts, emptySchedule } from '../model';

export type { Day };

/** One proposal of the list Lists/SalkkuProposals. */
export interface Proposal {
  /** SharePoint list item id; null for a proposal not yet saved. */
  id: number | null;
  /** ETag of the version that was read; null for a proposal not yet saved. */
  etag: string | null;
  title: string;
  /** Proposing service area (palveluala) as stored. */
  serviceArea: string | null;
  /** Unit within the service area (free text). */
  unit: string | null;
  /** Who to ask about the proposal. */
  contact: Person | null;
  /** The need: what is wrong or missing today. */
  need: string | null;
  /** What changes when it is done (the plan's "Mikä muuttuu"). */
  changes: string | null;
  /** Ids of the strategic goals the proposal serves. */
  goalIds: number[];
  mandatoryByLaw: boolean;
  /** Rough schedule: the text as written plus what the schedule parser understood of it. */
  schedule: Schedule;
  /** Cost estimate: the text as written plus investment / recurring ranges derived from it. */
  costs: Costs;
  /** IT's effort in person-days (henkilötyöpäivät); null when not estimated. */
  itEffortDays: number | null;
  /** The service area's own effort in person-days; null when not estimated. */
  serviceAreaEffortDays: number | null;
  /** First change-impact assessment under the plan's five headings. */
  impacts: Impacts;
  /** Status choice text (see PROPOSAL_STATUS). */
  status: string | null;
  /** The decision's reasoning as written; null before a decision. */
  decisionText: string | null;
  /** The day of the decision. */
  decisionDate: Day | null;
  /** The body that decided ("Tietohallinnon ohjausryhmä"). */
  decisionBody: string | null;
  /** Version of the scoring model the decision used, so an old decision can be read as it was made. */
  decisionModelVersion: number | null;
  /** The plan it was approved for. */
  planId: number | null;
  /** The project created from it: set once, which makes creating the project idempotent. */
  projectId: number | null;
  /** Last modification time as ISO string (read-only). */
  modified: string | null;
}

/** One criterion of a scoring model. */
export interface ScoringCriterion {
  /** Stable key: scores refer to it, so it never changes when the name is edited. */
  key: string;
  /** The criterion's name (Finnish text stored in SharePoint). */
  name: string;
  /** What the scorer should look at. */
  description: string;
  /** Relative weight, ≥ 0; only the ratios between weights matter. */
  weight: number;
}

/**
 * The steering group's agreed criteria (yhteisesti sovitut kriteerit). A model is never edited
 * once used: a change is a new version, and scores and decisions record the version they used.
 */
export interface ScoringModel {
  /** Positive integer, increasing. */
  version: number;
  title: string;
  /** Every criterion is scored on the same scale, e.g. 0–5. */
  scale: { min: number; max: number };
  criteria: ScoringCriterion[];
}

/** One scorer's value for one criterion of one proposal. */
export interface ProposalScore {
  proposalId: number;
  criterionKey: string;
  /** A value on the model's scale; null when the scorer left it empty. */
  value: number | null;
  note: string | null;
  scorer: Person | null;
  /** The model version the score was given under. */
  modelVersion: number;
}

/**
 * Version 1 of the criteria, written from what the plans say projects are weighed by: strategy,
 * the law, the benefit, the cost of not acting, urgency and whether it can be done. Weights sum
 * to 100 so that each reads as a share.
 */
export const DEFAULT_SCORING_MODEL: ScoringModel = {
  version: 1,
  title: 'Kehitysehdotusten arviointi',
  scale: { min: 0, max: 5 },
  criteria: [
    { key: 'strategicFit', name: 'Strateginen sopivuus', description: 'Kuinka suoraan ehdotus edistää kaupungin ja tietohallinnon strategisia tavoitteita.', weight: 25 },
    { key: 'legalObligation', name: 'Lakisääteinen velvoite', description: 'Vaatiiko laki tai viranomaismääräys muutoksen, ja kuinka pian.', weight: 20 },
    { key: 'benefit', name: 'Hyöty', description: 'Säästetty työaika, parempi palvelu tai muu mitattava hyöty asukkaille ja henkilöstölle.', weight: 20 },
    { key: 'riskOfNotDoing', name: 'Tekemättä jättämisen riski', description: 'Mitä tapahtuu, jos hanketta ei tehdä: tietoturva, toimintakatko, sopimuksen päättyminen.', weight: 15 },
    { key: 'urgency', name: 'Kiireellisyys', description: 'Onko ajankohta sidottu esimerkiksi sopimuskauteen tai lain voimaantuloon.', weight: 10 },
    { key: 'feasibility', name: 'Toteutettavuus', description: 'Onko osaaminen, toimittaja ja palvelualan aika käytettävissä.', weight: 10 }
  ]
};

/** A new, unsaved proposal with every field empty. */
export function emptyProposal(title = ''): Proposal {
  return {
    id: null,
    etag: null,
    title,
    serviceArea: null,
    unit: null,
    contact: null,
    need: null,
    changes: null,
    goalIds: [],
    mandatoryByLaw: false,
    schedule: emptySchedule(),
    costs: emptyCosts(),
    itEffortDays: null,
    serviceAreaEffortDays: null,
    impacts: emptyImpacts(),
    status: null,
    decisionText: null,
    decisionDate: null,
    decisionBody: null,
    decisionModelVersion: null,
    planId: null,
    projectId: null,
    modified: null
  };
}
