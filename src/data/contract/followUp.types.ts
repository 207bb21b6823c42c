/**
 * The follow-up's contract: status reports, actual costs, meetings and the reporting cadence,
 * read for the period a view shows (never all history at once) and written with ETags. Nothing
 * here knows SharePoint; the implementation is the SharePoint adapter's PnPFollowUpRepository.
 */
import type { ActualCost, Cadence, Day, Meeting, StatusReport } from '../../domain/followup/model';
import type { Project } from '../../domain/model';
import type { ItemIssue, ListInfo } from './repository.types';
import type { FollowUpListKey } from './setup.types';

export interface FollowUpQuery {
  /** Reports on or after this day: the period shown, from the meeting before the one compared with. */
  since: Day;
  /** Actual costs of this year and later. */
  fromYear: number;
  /** The signed-in user's id: the projects they manage come back in `managed` (My projects). */
  manager?: number;
  /** Also read when the newest projects were created (`projectsCreated`): the follow-up view's "new since". */
  newProjects?: boolean;
}

export interface FollowUpData {
  /** Reports dated on or after `since`: published ones and drafts (the views show drafts as such). */
  reports: StatusReport[];
  actuals: ActualCost[];
  meetings: Meeting[];
  cadence: Cadence;
  /**
   * When the newest projects were created (SharePoint's Created), by id: those created on or
   * after `since` (the portfolio's own load does not carry creation days). "New since the
   * meeting" is read from here. Empty unless the query asked for `newProjects`.
   */
  projectsCreated: ReadonlyMap<number, Day>;
  /**
   * Ids of the projects `query.manager` manages (the portfolio's summary does not carry project
   * managers; one filtered read on the indexed person column does).
   */
  managed: ReadonlySet<number>;
  /** The lists the site has; a list missing here is in `missing`. */
  lists: Partial<Record<FollowUpListKey, ListInfo>>;
  /** Follow-up lists the site does not have yet: a site owner upgrades to get them. */
  missing: FollowUpListKey[];
  itemIssues: ItemIssue[];
}

/** A report as saved, and the project whose current RAG and progress it set (when published). */
export interface SavedReport {
  report: StatusReport;
  project: Project | null;
}

export interface FollowUpHistory {
  reports: readonly StatusReport[];
  actuals: readonly ActualCost[];
  meetings: readonly Meeting[];
}

export interface FollowUpRepository {
  loadFollowUp(query: FollowUpQuery): Promise<FollowUpData>;
  /** Every published report of one project, oldest first (its history). */
  reportHistory(projectId: number): Promise<StatusReport[]>;
  /**
   * Saves a draft, or publishes: a published report freezes the project's plan-level facts
   * (snapshot) and sets the project's current RAG, progress and comment, so every view and
   * SharePoint's own Projects views show them. A published report is never changed: saving over
   * one rejects with RepositoryError `invalidValue`; a correction is a new report.
   */
  saveReport(report: StatusReport, project: Project): Promise<SavedReport>;
  saveActual(actual: ActualCost): Promise<ActualCost>;
  /**
   * Adds past follow-up at once, in batches: reports as given (published ones get their
   * fingerprint; the projects' own values are not touched), actual costs and meetings. For
   * bringing in history (the demo, a city's earlier records), never for editing.
   */
  addHistory(history: FollowUpHistory): Promise<{ reports: number; actuals: number; meetings: number }>;
  saveMeeting(meeting: Meeting): Promise<Meeting>;
  saveCadence(cadence: Cadence): Promise<void>;
}
