/**
 * Salkku's project model: what one project of an IT action plan is, independent of
 * SharePoint, React or any storage. Everything in src/domain is pure TypeScript.
 *
 * Choice-like values (status, likelihood, ...) are kept as the text stored in SharePoint,
 * because cities edit the choices of their lists. `vocabulary.ts` maps the texts we know to
 * stable keys; an unknown text stays as it is and is shown as it is.
 */

/** A calendar month as "YYYY-MM". */
export type Month = string;

/** One named phase of a schedule ("Vaihe 1: 1-6/2024"). */
export interface SchedulePhase {
  /** The phase's name as written ("Vaihe 1", "Selvitystyö"). */
  name: string;
  /** The phase's own text as written. */
  text: string;
  start: Month | null;
  end: Month | null;
}

/** Flags that qualify a schedule; all default to false. */
export interface ScheduleFlags {
  /** Continues after the end ("jatkuen", "jatkuva", "toistaiseksi"). */
  ongoing: boolean;
  /** Has a start but no end ("vuoden 2021 alusta –"). */
  openEnd: boolean;
  /** Repeats every year ("vuosittain"). */
  recurring: boolean;
  /** Gives alternatives ("9-12/2019 tai 2020"). */
  alternatives: boolean;
  /** Approximate or undecided ("Avoin", seasons, quarters, "arviolta", "?"). */
  uncertain: boolean;
}

/** A schedule: the original free text plus what could be understood of it. */
export interface Schedule extends ScheduleFlags {
  /** The original text exactly as written; '' when none was given. */
  text: string;
  /** First month, or null when the text does not give one (never guessed). */
  start: Month | null;
  /** Last month, or null when the text does not give one (never guessed). */
  end: Month | null;
  phases: SchedulePhase[];
}

/** Estimated costs: the original text plus figures derived from it (euros). */
export interface Costs {
  /** The original text exactly as written; '' when none was given. */
  text: string;
  investmentMin: number | null;
  investmentMax: number | null;
  recurringPerYearMin: number | null;
  recurringPerYearMax: number | null;
}

/** The five headings of the change-impact assessment (economic + Information Management Act a–d). */
export type ImpactPerspective = 'economic' | 'organisation' | 'security' | 'dataUse' | 'caseManagement';

export const IMPACT_PERSPECTIVES: readonly ImpactPerspective[] = [
  'economic',
  'organisation',
  'security',
  'dataUse',
  'caseManagement'
];

/** How strongly a change affects one perspective. */
export type ImpactLevel = 'none' | 'minor' | 'significant' | 'unknown' | 'notAssessed';

export const IMPACT_LEVELS: readonly ImpactLevel[] = ['none', 'minor', 'significant', 'unknown', 'notAssessed'];

/** One perspective's assessment: a level (stored text of the choice) and the justification. */
export interface ImpactEntry {
  /** The level as stored (choice text); null when no level was set. */
  level: string | null;
  /** Justification / description; null when none was written. */
  text: string | null;
}

export type Impacts = Record<ImpactPerspective, ImpactEntry>;

/** A SharePoint user as far as we need one. */
export interface Person {
  id: number;
  title: string;
  email: string | null;
}

/** One development project (kehityshanke) of the portfolio. */
export interface Project {
  /** SharePoint list item id; null for a project not yet saved. */
  id: number | null;
  /** ETag of the version that was read; null for a project not yet saved. */
  etag: string | null;
  /** Plan number as written ("3.2.1"); null when the project has none. */
  number: string | null;
  title: string;
  description: string | null;
  /** Category choice text (infrastructure / city-wide / service area). */
  category: string | null;
  /** Service area (palveluala / toimiala) choice text. */
  serviceArea: string | null;
  /** Unit within the service area (free text). */
  unit: string | null;
  /** Ids of the plans this project appears in (carried-over projects appear in several). */
  planIds: number[];
  /** Ids of the strategic goals this project serves. */
  goalIds: number[];
  strategicBackground: string | null;
  /** economic.text is "what changes" (Taloudellisten ja toiminnallisten muutosvaikutusten arviointi). */
  impacts: Impacts;
  /** Assessment status choice text (draft / approved). */
  assessmentStatus: string | null;
  assessedBy: Person | null;
  /** Date of the assessment, "YYYY-MM-DD". */
  assessedOn: string | null;
  schedule: Schedule;
  /** Likelihood of finishing on schedule (choice text). */
  likelihood: string | null;
  likelihoodNote: string | null;
  /** Who owns the schedule (choice text: IT / service area / external). */
  scheduleOwner: string | null;
  costs: Costs;
  fundingNote: string | null;
  resources: string | null;
  mandatoryByLaw: boolean;
  /** Project status choice text. */
  status: string | null;
  /** RAG status choice text. */
  rag: string | null;
  ragComment: string | null;
  /** 0–100, or null when not reported. */
  progress: number | null;
  projectManager: Person | null;
  /** Systems and vendors involved. */
  systems: string | null;
  /** Last modification time as ISO string (read-only). */
  modified: string | null;
}

/** An IT action plan (toimenpidesuunnitelma) = one plan period. */
export interface Plan {
  id: number | null;
  etag: string | null;
  title: string;
  organisation: string | null;
  periodStart: Month | null;
  periodEnd: Month | null;
  /** "YYYY-MM-DD" */
  approvedOn: string | null;
  status: string | null;
}

/** A strategic goal (strateginen tavoite) projects can serve. */
export interface StrategicGoal {
  id: number | null;
  etag: string | null;
  title: string;
  description: string | null;
  /** Strategy period as written ("2017–2021"). */
  strategyPeriod: string | null;
}

export function emptySchedule(text = ''): Schedule {
  return {
    text,
    start: null,
    end: null,
    ongoing: false,
    openEnd: false,
    recurring: false,
    alternatives: false,
    uncertain: false,
    phases: []
  };
}

export function emptyCosts(text = ''): Costs {
  return { text, investmentMin: null, investmentMax: null, recurringPerYearMin: null, recurringPerYearMax: null };
}

export function emptyImpacts(): Impacts {
  return {
    economic: { level: null, text: null },
    organisation: { level: null, text: null },
    security: { level: null, text: null },
    dataUse: { level: null, text: null },
    caseManagement: { level: null, text: null }
  };
}

/** A new, unsaved project with every field empty. */
export function emptyProject(title = ''): Project {
  return {
    id: null,
    etag: null,
    number: null,
    title,
    description: null,
    category: null,
    serviceArea: null,
    unit: null,
    planIds: [],
    goalIds: [],
    strategicBackground: null,
    impacts: emptyImpacts(),
    assessmentStatus: null,
    assessedBy: null,
    assessedOn: null,
    schedule: emptySchedule(),
    likelihood: null,
    likelihoodNote: null,
    scheduleOwner: null,
    costs: emptyCosts(),
    fundingNote: null,
    resources: null,
    mandatoryByLaw: false,
    status: null,
    rag: null,
    ragComment: null,
    progress: null,
    projectManager: null,
    systems: null,
    modified: null
  };
}
