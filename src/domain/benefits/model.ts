/**
 * Benefits realisation (issue 21): what a project promised, who in the line organisation owns
 * it, and dated measurements of whether it came true, continuing after the project has closed.
 * Pure TypeScript.
 */
import type { Day } from '../followup/model';
import type { Person } from '../model';

export interface Benefit {
  /** SharePoint list item id; null before it is saved. */
  id: number | null;
  etag: string | null;
  title: string;
  description: string | null;
  /** The project (lookup); null when the item lost its project. */
  projectId: number | null;
  /** Benefit type choice text (BENEFIT_TYPE). */
  type: string | null;
  /** What is measured ("Käsittelyaika", "Paperilaskujen määrä"). */
  indicator: string | null;
  /** The indicator's unit ("pv", "kpl/v", "€/v", "%"). */
  unit: string | null;
  baseline: number | null;
  baselineDate: Day | null;
  target: number | null;
  targetDate: Day | null;
  /** The benefit owner: a person in the service area, not the project manager. */
  owner: Person | null;
  responsibleUnit: string | null;
  /** Status choice text (BENEFIT_STATUS). */
  status: string | null;
  /** Why a benefit was not realised (or any note on its status). */
  statusReason: string | null;
  /** How often it should be measured, in months; null when only the target date asks for it. */
  intervalMonths: number | null;
  modified: string | null;
}

export interface Measurement {
  id: number | null;
  etag: string | null;
  benefitId: number;
  date: Day;
  value: number;
  note: string | null;
  measuredBy: Person | null;
}

export function emptyBenefit(title = '', projectId: number | null = null): Benefit {
  return {
    id: null,
    etag: null,
    title,
    description: null,
    projectId,
    type: null,
    indicator: null,
    unit: null,
    baseline: null,
    baselineDate: null,
    target: null,
    targetDate: null,
    owner: null,
    responsibleUnit: null,
    status: null,
    statusReason: null,
    intervalMonths: null,
    modified: null
  };
}
