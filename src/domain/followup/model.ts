/**
 * Follow-up of the portfolio between plans: status reports with their history, actual costs,
 * the steering group's and service areas' meetings, and the reporting cadence. Pure TypeScript.
 *
 * A status report is published once and never edited afterwards (a correction is a new report).
 * When it is published it freezes the project's plan-level facts (status, schedule, estimates):
 * comparing those snapshots is how "what changed since the last meeting" is answered without
 * reading SharePoint's version history of every project.
 */
import type { Month, Person } from '../model';

/** A day as "YYYY-MM-DD". */
export type Day = string;

/** The project's plan-level facts as they were when a report was published. */
export interface ProjectSnapshot {
  /** Project status choice text. */
  status: string | null;
  scheduleStart: Month | null;
  scheduleEnd: Month | null;
  investmentMin: number | null;
  investmentMax: number | null;
  recurringPerYearMin: number | null;
  recurringPerYearMax: number | null;
  /**
   * The report's own content as published, as a fingerprint (`reportFingerprint`): a change made
   * afterwards in SharePoint's own form shows as "edited after publishing". Absent in snapshots
   * written before it existed.
   */
  reportFingerprint?: string;
}

/** Draft reports can be edited by their author; published ones are history. */
export type ReportState = 'draft' | 'published';

export interface StatusReport {
  /** SharePoint list item id; null for a report not yet saved. */
  id: number | null;
  etag: string | null;
  projectId: number;
  /** The status in one sentence (the list item's title). */
  title: string;
  /** The day the report describes. */
  date: Day;
  state: ReportState;
  /** Overall and the three aspects' RAG choice texts. */
  rag: string | null;
  scheduleRag: string | null;
  costRag: string | null;
  scopeRag: string | null;
  /** 0–100, or null when not given. */
  progress: number | null;
  summary: string | null;
  achieved: string | null;
  nextSteps: string | null;
  risks: string | null;
  decisionsNeeded: string | null;
  author: Person | null;
  /** Frozen when the report is published; null for drafts and for reports made on upgrade. */
  snapshot: ProjectSnapshot | null;
  /**
   * A published report whose content no longer matches what was published (someone changed it in
   * SharePoint's own form): shown as such, never taken silently as history.
   */
  editedAfterPublishing?: boolean;
}

/** Actual spend (toteuma) of one project in one calendar year, in euros. */
export interface ActualCost {
  id: number | null;
  etag: string | null;
  projectId: number;
  year: number;
  investment: number | null;
  recurring: number | null;
  note: string | null;
  /** The report it was entered with, if any. */
  reportId: number | null;
}

/** A meeting on the annual clock: the IT steering group or a service area's leadership group. */
export interface Meeting {
  id: number | null;
  etag: string | null;
  title: string;
  date: Day;
  /** The body that meets ("Tietohallinnon ohjausryhmä", a service area's leadership group). */
  body: string | null;
  notes: string | null;
}

/**
 * How often projects report: every N weeks, or before each meeting of a body (the steering
 * group's annual clock). With `meetings`, a report is due when a project has not reported since
 * the body's previous meeting.
 */
export type Cadence = { kind: 'weeks'; weeks: number } | { kind: 'meetings'; body: string | null };

/** Six weeks: about eight reports a year, the steering groups' usual rhythm. */
export const DEFAULT_REPORT_WEEKS = 6;

export const DEFAULT_CADENCE: Cadence = { kind: 'weeks', weeks: DEFAULT_REPORT_WEEKS };
