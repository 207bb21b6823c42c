/**
 * Status reports: which report is a project's latest, what the project's current RAG and progress
 * are (its latest published report's, else the project's own values from before reports), and
 * the snapshot a report freezes when it is published.
 */
import type { Project } from '../model';
import type { Day, ProjectSnapshot, StatusReport } from './model';

/** Orders reports oldest first: by date, then by id (a correction made the same day comes later). */
export function compareReports(a: StatusReport, b: StatusReport): number {
  if (a.date !== b.date) {
    return a.date < b.date ? -1 : 1;
  }
  return (a.id ?? Number.MAX_SAFE_INTEGER) - (b.id ?? Number.MAX_SAFE_INTEGER);
}

/** Each project's published reports, oldest first. Drafts are left out. */
export function reportHistory(reports: readonly StatusReport[]): Map<number, StatusReport[]> {
  const byProject = new Map<number, StatusReport[]>();
  for (const report of reports) {
    if (report.state !== 'published') {
      continue;
    }
    const list = byProject.get(report.projectId);
    if (list) {
      list.push(report);
    } else {
      byProject.set(report.projectId, [report]);
    }
  }
  for (const list of byProject.values()) {
    list.sort(compareReports);
  }
  return byProject;
}

/** Each project's latest published report on or before `onOrBefore` (all when omitted). */
export function latestReports(reports: readonly StatusReport[], onOrBefore?: Day): Map<number, StatusReport> {
  const latest = new Map<number, StatusReport>();
  for (const report of reports) {
    if (report.state !== 'published' || (onOrBefore !== undefined && report.date > onOrBefore)) {
      continue;
    }
    const current = latest.get(report.projectId);
    if (!current || compareReports(current, report) < 0) {
      latest.set(report.projectId, report);
    }
  }
  return latest;
}

export interface CurrentStatus {
  rag: string | null;
  progress: number | null;
  comment: string | null;
  /** The day of the report the values come from; null when they are the project's own. */
  reportedOn: Day | null;
}

/**
 * What the views show as a project's current state: its latest published report's values, or,
 * for a project that has never reported, the values kept on the project itself.
 */
export function currentStatus(project: Pick<Project, 'rag' | 'progress' | 'ragComment'>, latest: StatusReport | undefined): CurrentStatus {
  if (!latest) {
    return { rag: project.rag, progress: project.progress, comment: project.ragComment, reportedOn: null };
  }
  return { rag: latest.rag, progress: latest.progress, comment: latest.summary, reportedOn: latest.date };
}

/** The project's plan-level facts now, as a published report freezes them. */
export function snapshotOf(project: Pick<Project, 'status' | 'schedule' | 'costs'>): ProjectSnapshot {
  return {
    status: project.status,
    scheduleStart: project.schedule.start,
    scheduleEnd: project.schedule.end,
    investmentMin: project.costs.investmentMin,
    investmentMax: project.costs.investmentMax,
    recurringPerYearMin: project.costs.recurringPerYearMin,
    recurringPerYearMax: project.costs.recurringPerYearMax
  };
}

/** Why a report cannot be changed, or null when it can. */
export type ReportLock = 'published' | 'notAuthor' | null;

/**
 * A published report is history: it is never edited (a correction is a new report). A draft is
 * its author's; a site owner may also finish someone else's draft.
 */
export function reportLock(report: Pick<StatusReport, 'state' | 'author'>, userId: number | null, canManageSite: boolean): ReportLock {
  if (report.state === 'published') {
    return 'published';
  }
  if (canManageSite || report.author === null || report.author.id === userId) {
    return null;
  }
  return 'notAuthor';
}

/**
 * The first report of a project that has values from before reports existed (upgrade): its
 * current RAG, progress and comment, dated the project's last change, nothing lost.
 */
export function firstReportOf(project: Project, today: Day, title: string): StatusReport | null {
  if (project.id === null || (project.rag === null && project.progress === null && (project.ragComment ?? '').trim() === '')) {
    return null;
  }
  const report: StatusReport = {
    id: null,
    etag: null,
    projectId: project.id,
    title,
    date: project.modified ? project.modified.slice(0, 10) : today,
    state: 'published',
    rag: project.rag,
    scheduleRag: null,
    costRag: null,
    scopeRag: null,
    progress: project.progress,
    summary: project.ragComment,
    achieved: null,
    nextSteps: null,
    risks: null,
    decisionsNeeded: null,
    author: null,
    snapshot: null
  };
  return { ...report, snapshot: { ...snapshotOf(project), reportFingerprint: reportFingerprint(report) } };
}

/** The parts of a report that are its content once published (not its id, ETag or snapshot). */
type ReportContent = Pick<StatusReport, 'projectId' | 'title' | 'date' | 'rag' | 'scheduleRag' | 'costRag' | 'scopeRag' | 'progress' | 'summary' | 'achieved' | 'nextSteps' | 'risks' | 'decisionsNeeded'>;

/** Text as compared: line ends and surrounding space as SharePoint may store them do not count. */
function normalised(text: string | null): string {
  return (text ?? '').replace(/\r\n?/g, '\n').trim();
}

/**
 * A short fingerprint of a report's content (FNV-1a, 32 bits, hex): stored in the snapshot when
 * the report is published, compared when it is read. Not a security measure (anyone who can edit
 * the item can edit the snapshot too); it makes an edit through SharePoint's own form visible.
 */
export function reportFingerprint(report: ReportContent): string {
  const content = JSON.stringify([
    report.projectId,
    report.date,
    normalised(report.title),
    normalised(report.rag),
    normalised(report.scheduleRag),
    normalised(report.costRag),
    normalised(report.scopeRag),
    report.progress,
    normalised(report.summary),
    normalised(report.achieved),
    normalised(report.nextSteps),
    normalised(report.risks),
    normalised(report.decisionsNeeded)
  ]);
  let hash = 0x811c9dc5;
  for (let i = 0; i < content.length; i++) {
    hash ^= content.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** Whether a published report's content differs from the fingerprint it was published with. */
export function editedAfterPublishing(report: StatusReport): boolean {
  const published = report.snapshot?.reportFingerprint;
  return report.state === 'published' && published !== undefined && published !== reportFingerprint(report);
}

