/**
 * The reporting cadence: which projects owe a status report. Only projects under way report
 * (approved or in progress); a city's own status values are not guessed at.
 */
import type { Project } from '../model';
import { keyOf, STATUS } from '../vocabulary';
import type { Cadence, Day, Meeting, StatusReport } from './model';
import { DEFAULT_REPORT_WEEKS } from './model';

export interface ReportDue {
  due: boolean;
  /** The latest published report's day; null when the project has never reported. */
  lastReport: Day | null;
  /** Since when a report has been owed (null when never reported or not due). */
  dueSince: Day | null;
  /** The meeting the report is for (meeting cadence). */
  meeting: Meeting | null;
}

const NOT_DUE: ReportDue = { due: false, lastReport: null, dueSince: null, meeting: null };

/** Adds days to a day, in UTC (no daylight-saving surprises). */
export function addDays(day: Day, days: number): Day {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Is the project expected to report at all? */
export function reportsExpected(project: Pick<Project, 'status'>): boolean {
  const status = keyOf(STATUS, project.status);
  return status === 'approved' || status === 'inProgress';
}

/** The meetings of the cadence's body (every body when none is named), oldest first. */
export function cadenceMeetings(cadence: Cadence, meetings: readonly Meeting[]): Meeting[] {
  if (cadence.kind !== 'meetings') {
    return [];
  }
  const body = cadence.body?.trim().toLowerCase() ?? '';
  return meetings.filter((m) => body === '' || (m.body ?? '').trim().toLowerCase() === body).sort((a, b) => a.date.localeCompare(b.date));
}

function dueByWeeks(weeks: number, lastReport: Day | null, today: Day): ReportDue {
  if (lastReport === null) {
    return { due: true, lastReport, dueSince: null, meeting: null };
  }
  const dueOn = addDays(lastReport, Math.max(1, Math.round(weeks)) * 7);
  return dueOn <= today ? { due: true, lastReport, dueSince: dueOn, meeting: null } : { ...NOT_DUE, lastReport };
}

function dueByMeetings(meetings: readonly Meeting[], lastReport: Day | null, today: Day): ReportDue {
  const previous = [...meetings].reverse().find((m) => m.date < today) ?? null;
  const next = meetings.find((m) => m.date >= today) ?? null;
  if (previous === null && next === null) {
    // no meetings on the clock yet: the default rhythm
    return dueByWeeks(DEFAULT_REPORT_WEEKS, lastReport, today);
  }
  // a report is owed for each meeting: one made after the previous meeting counts for the next
  if (lastReport !== null && (previous === null || lastReport > previous.date)) {
    return { ...NOT_DUE, lastReport, meeting: next };
  }
  return { due: true, lastReport, dueSince: previous?.date ?? null, meeting: next };
}

/** Whether a project owes a report on `today` under the cadence. */
export function reportDue(project: Pick<Project, 'status'>, latest: StatusReport | undefined, cadence: Cadence, meetings: readonly Meeting[], today: Day): ReportDue {
  if (!reportsExpected(project)) {
    return { ...NOT_DUE, lastReport: latest?.date ?? null };
  }
  const lastReport = latest?.date ?? null;
  return cadence.kind === 'weeks' ? dueByWeeks(cadence.weeks, lastReport, today) : dueByMeetings(cadenceMeetings(cadence, meetings), lastReport, today);
}
