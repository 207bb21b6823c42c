/**
 * The shape of the demo content: texts as a city's IT department would write them in
 * its SharePoint lists. Structured schedule and cost figures are NOT written here: the seeding
 * derives them from the texts with the domain parsers, exactly as an import would.
 */
import type { ImpactPerspective } from '../src/domain/model';

export type DemoPlanKey = '2019-2020' | '2021-2022' | '2023-2024';

export interface DemoPlan {
  key: DemoPlanKey;
  title: string;
  organisation: string;
  periodStart: string; // "YYYY-MM"
  periodEnd: string; // "YYYY-MM"
  approvedOn: string | null; // "YYYY-MM-DD"
  status: string; // PLAN_STATUS text from src/domain/vocabulary.ts
}

export interface DemoGoal {
  key: string;
  title: string;
  description: string;
  strategyPeriod: string;
}

export interface DemoImpact {
  /** IMPACT_LEVEL text from vocabulary.ts, or null when not rated */
  level: string | null;
  text: string | null;
}

export interface DemoProject {
  /** Stable key; a carried-over project is ONE entry listing several plans. */
  key: string;
  plans: DemoPlanKey[];
  /** Number in the newest plan the project appears in, e.g. "3.2.1" */
  number: string;
  title: string;
  description: string;
  /** CATEGORY text from vocabulary.ts */
  category: string;
  /** One of DEFAULT_SERVICE_AREAS from vocabulary.ts */
  serviceArea: string;
  unit: string | null;
  goalKeys: string[];
  strategicBackground: string | null;
  /** economic.text is "Mikä muuttuu" / what changes. Full a–d assessments for the newest period. */
  impacts: Partial<Record<ImpactPerspective, DemoImpact>>;
  assessmentStatus: string | null; // ASSESSMENT_STATUS text or null
  assessedBy: string | null; // person name
  assessedOn: string | null; // "YYYY-MM-DD"
  scheduleText: string;
  likelihood: string | null; // LIKELIHOOD text or null
  likelihoodNote: string | null;
  scheduleOwner: string | null; // SCHEDULE_OWNER text or null
  costsText: string;
  fundingNote: string | null;
  resources: string | null;
  mandatoryByLaw: boolean;
  status: string; // STATUS text
  rag: string | null; // RAG text or null
  ragComment: string | null;
  progress: number | null; // 0-100
  projectManager: string | null; // person name from DEMO_PEOPLE
  systems: string | null;
}
