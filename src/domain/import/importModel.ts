/**
 * The importer's output: a plan document turned into plain JSON. Months are "YYYY-MM" or null,
 * a missing value is null (never a guess). This is also the JSON printed by
 * `npm run --silent import-plan -- <file> --json`.
 */
import type { SchedulePhase } from '../model';
import type { DomainWarning } from '../warnings';

export interface ImportedPlanInfo {
  title: string | null;
  organisation: string | null;
  periodStart: string | null;
  periodEnd: string | null;
}

export interface ImportedSchedule {
  text: string | null;
  start: string | null;
  end: string | null;
  ongoing: boolean;
  openEnd: boolean;
  recurring: boolean;
  alternatives: boolean;
  uncertain: boolean;
  phases: SchedulePhase[];
}

export interface ImportedCosts {
  text: string | null;
  investmentMin: number | null;
  investmentMax: number | null;
  recurringPerYearMin: number | null;
  recurringPerYearMax: number | null;
}

export interface ImportedImpacts {
  /** Economic and operational impact: "what changes". */
  economic: string | null;
  organisation: string | null;
  security: string | null;
  dataUse: string | null;
  caseManagement: string | null;
}

export interface ImportedProject {
  number: string | null;
  title: string;
  /** CATEGORY text of src/domain/vocabulary.ts, or null */
  category: string | null;
  serviceArea: string | null;
  unit: string | null;
  description: string | null;
  whatChanges: string | null;
  strategicGoal: string | null;
  schedule: ImportedSchedule;
  costs: ImportedCosts;
  likelihood: string | null;
  scheduleOwner: string | null;
  resources: string | null;
  /**
   * A "Hyödyt" / "Suunnitellut hyödyt" passage (issue 21): the importer proposes draft benefits
   * from it (and from what changes and the description); no project field holds it.
   */
  benefits: string | null;
  impacts: ImportedImpacts;
  warnings: DomainWarning[];
}

export interface ImportedPlan {
  plan: ImportedPlanInfo;
  projects: ImportedProject[];
  /** Document-level warnings (unrecognised structure, skipped text). */
  warnings: DomainWarning[];
}
