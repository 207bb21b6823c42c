/**
 * Status reports, actual costs and meetings ↔ SharePoint items. Tolerant like the projects'
 * mapping: a malformed value becomes null plus a warning, an unknown report state is read as a
 * draft (never as published history), the frozen snapshot is checked field by field.
 */
import type { ActualCost, Meeting, ProjectSnapshot, ReportState, StatusReport } from '../../../domain/followup/model';
import { editedAfterPublishing } from '../../../domain/followup/reports';
import { REPORT_STATE } from '../../../domain/followup/vocabulary';
import { isMonth } from '../../../domain/months';
import { keyOf } from '../../../domain/vocabulary';
import type { DomainWarning } from '../../../domain/warnings';
import type { SpItem } from './values';
import { readDate, readEtag, readId, readLookupId, readNumber, readPerson, readText, textOrNull, writeDate } from './values';

function readState(item: SpItem, issues: DomainWarning[]): ReportState {
  const text = readText(item, 'ReportState');
  const state = keyOf(REPORT_STATE, text);
  if (state === undefined && text !== null) {
    issues.push({ code: 'unknownChoice', field: 'reportState', detail: text });
  }
  return state ?? 'draft';
}

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function monthOrNull(value: unknown): string | null {
  return isMonth(value) ? value : null;
}

/** The snapshot JSON a published report froze; null (with a warning) when it cannot be read. */
export function readSnapshot(item: SpItem, issues: DomainWarning[]): ProjectSnapshot | null {
  const text = readText(item, 'ProjectSnapshot');
  if (text === null) {
    return null;
  }
  try {
    const value: unknown = JSON.parse(text);
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      throw new Error('not an object');
    }
    const v = value as Record<string, unknown>;
    return {
      status: typeof v.status === 'string' ? v.status : null,
      scheduleStart: monthOrNull(v.scheduleStart),
      scheduleEnd: monthOrNull(v.scheduleEnd),
      investmentMin: numberOrNull(v.investmentMin),
      investmentMax: numberOrNull(v.investmentMax),
      recurringPerYearMin: numberOrNull(v.recurringPerYearMin),
      recurringPerYearMax: numberOrNull(v.recurringPerYearMax),
      ...(typeof v.reportFingerprint === 'string' ? { reportFingerprint: v.reportFingerprint } : {})
    };
  } catch {
    issues.push({ code: 'invalidNumber', field: 'ProjectSnapshot', detail: text.slice(0, 80) });
    return null;
  }
}

export function reportFromItem(item: SpItem, issues: DomainWarning[] = []): StatusReport | null {
  const projectId = readLookupId(item, 'Project');
  const date = readDate(item, 'ReportDate', issues);
  if (projectId === null || date === null) {
    // a report that belongs nowhere or to no day cannot be history: listed, not used
    issues.push({ code: 'missingValue', field: projectId === null ? 'Project' : 'ReportDate', detail: readText(item, 'Title') ?? '' });
    return null;
  }
  const progress = readNumber(item, 'ReportProgress', issues);
  const report: StatusReport = {
    id: readId(item),
    etag: readEtag(item),
    projectId,
    title: readText(item, 'Title') ?? '',
    date,
    state: readState(item, issues),
    rag: readText(item, 'OverallRag'),
    scheduleRag: readText(item, 'ScheduleRag'),
    costRag: readText(item, 'CostRag'),
    scopeRag: readText(item, 'ScopeRag'),
    progress: progress !== null && progress >= 0 && progress <= 100 ? progress : null,
    summary: readText(item, 'Summary'),
    achieved: readText(item, 'Achieved'),
    nextSteps: readText(item, 'NextSteps'),
    risks: readText(item, 'Risks'),
    decisionsNeeded: readText(item, 'DecisionsNeeded'),
    author: readPerson(item, 'ReportAuthor'),
    snapshot: readSnapshot(item, issues)
  };
  if (editedAfterPublishing(report)) {
    issues.push({ code: 'editedAfterPublishing', field: 'reportState', detail: report.title });
    return { ...report, editedAfterPublishing: true };
  }
  return report;
}

export function reportToItem(report: StatusReport): Record<string, unknown> {
  return {
    Title: report.title,
    ProjectId: report.projectId,
    ReportDate: writeDate(report.date),
    ReportState: REPORT_STATE[report.state],
    OverallRag: textOrNull(report.rag),
    ScheduleRag: textOrNull(report.scheduleRag),
    CostRag: textOrNull(report.costRag),
    ScopeRag: textOrNull(report.scopeRag),
    ReportProgress: report.progress,
    Summary: textOrNull(report.summary),
    Achieved: textOrNull(report.achieved),
    NextSteps: textOrNull(report.nextSteps),
    Risks: textOrNull(report.risks),
    DecisionsNeeded: textOrNull(report.decisionsNeeded),
    ReportAuthorId: report.author?.id ?? null,
    ProjectSnapshot: report.snapshot ? JSON.stringify(report.snapshot) : null
  };
}

export function actualFromItem(item: SpItem, issues: DomainWarning[] = []): ActualCost | null {
  const projectId = readLookupId(item, 'Project');
  const year = readNumber(item, 'CostYear', issues);
  if (projectId === null || year === null || !Number.isInteger(year)) {
    issues.push({ code: 'missingValue', field: projectId === null ? 'Project' : 'CostYear', detail: readText(item, 'Title') ?? '' });
    return null;
  }
  return {
    id: readId(item),
    etag: readEtag(item),
    projectId,
    year,
    investment: readNumber(item, 'ActualInvestment', issues),
    recurring: readNumber(item, 'ActualRecurring', issues),
    note: readText(item, 'Title'),
    reportId: readLookupId(item, 'Report')
  };
}

export function actualToItem(actual: ActualCost, title: string): Record<string, unknown> {
  return {
    Title: textOrNull(actual.note) ?? title,
    ProjectId: actual.projectId,
    CostYear: actual.year,
    ActualInvestment: actual.investment,
    ActualRecurring: actual.recurring,
    ReportId: actual.reportId
  };
}

export function meetingFromItem(item: SpItem, issues: DomainWarning[] = []): Meeting | null {
  const date = readDate(item, 'MeetingDate', issues);
  if (date === null) {
    issues.push({ code: 'missingValue', field: 'MeetingDate', detail: readText(item, 'Title') ?? '' });
    return null;
  }
  return { id: readId(item), etag: readEtag(item), title: readText(item, 'Title') ?? '', date, body: readText(item, 'Body'), notes: readText(item, 'MeetingNotes') };
}

export function meetingToItem(meeting: Meeting): Record<string, unknown> {
  return { Title: meeting.title, MeetingDate: writeDate(meeting.date), Body: textOrNull(meeting.body), MeetingNotes: textOrNull(meeting.notes) };
}
