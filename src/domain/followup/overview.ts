/**
 * The follow-up view's picture of the portfolio for one comparison: the meeting compared with,
 * what changed since it, which projects owe a report (the user's own first), and each project's
 * latest published report and open draft. Pure: the view renders it, the meeting pack prints it.
 */
import type { Project } from '../model';
import type { ProjectChange } from './changes';
import { changesSince } from './changes';
import type { ReportDue } from './cadence';
import { addDays, cadenceMeetings, reportDue, reportsExpected } from './cadence';
import type { Cadence, Day, Meeting, StatusReport } from './model';
import { DEFAULT_REPORT_WEEKS } from './model';
import { compareReports, latestReports } from './reports';

/** How far before the compared day reports are read: the state then is the latest report before it. */
export const LOOK_BACK_DAYS = 120;

export interface OverviewInput {
  projects: readonly Project[];
  reports: readonly StatusReport[];
  meetings: readonly Meeting[];
  cadence: Cadence;
  today: Day;
  /** Ids of the projects the user manages (My projects). */
  managed: ReadonlySet<number>;
  /** The day compared with (a meeting's); the latest past meeting, or one cadence ago, when omitted. */
  since?: Day;
  /** Creation days of the projects created lately (FollowUpData.projectsCreated). */
  created: ReadonlyMap<number, Day>;
}

export interface DueItem {
  project: Project;
  due: ReportDue;
  /** The user manages the project (My projects). */
  own: boolean;
}

export interface FollowUpOverview {
  /** The day compared with. */
  since: Day;
  /** The meeting on that day, if it is one. */
  sinceMeeting: Meeting | null;
  /** The next meeting after today (what a pack is made for). */
  nextMeeting: Meeting | null;
  changes: ProjectChange[];
  /** Projects owing a report: the user's own first. */
  due: DueItem[];
  latest: Map<number, StatusReport>;
  /** Each project's newest draft (a report begun and not published). */
  drafts: Map<number, StatusReport>;
}

function weeksOf(cadence: Cadence): number {
  return cadence.kind === 'weeks' ? cadence.weeks : DEFAULT_REPORT_WEEKS;
}

/** The day compared with by default: the latest past meeting of the cadence (any body), else one cadence ago. */
export function defaultSince(meetings: readonly Meeting[], cadence: Cadence, today: Day): Day {
  const ofCadence = cadence.kind === 'meetings' ? cadenceMeetings(cadence, meetings) : [...meetings].sort((a, b) => a.date.localeCompare(b.date));
  const past = ofCadence.filter((m) => m.date < today);
  return past[past.length - 1]?.date ?? addDays(today, -7 * weeksOf(cadence));
}

/** The first day of reports a view reads to compare with `since`. */
export function readFrom(since: Day): Day {
  return addDays(since, -LOOK_BACK_DAYS);
}

function newestDrafts(reports: readonly StatusReport[]): Map<number, StatusReport> {
  const drafts = new Map<number, StatusReport>();
  for (const report of reports) {
    const current = drafts.get(report.projectId);
    if (report.state === 'draft' && (!current || compareReports(current, report) < 0)) {
      drafts.set(report.projectId, report);
    }
  }
  return drafts;
}

export function followUpOverview(input: OverviewInput): FollowUpOverview {
  const since = input.since ?? defaultSince(input.meetings, input.cadence, input.today);
  const latest = latestReports(input.reports);
  const due = input.projects
    .filter((p): p is Project & { id: number } => p.id !== null && reportsExpected(p))
    .map((project) => ({ project, due: reportDue(project, latest.get(project.id), input.cadence, input.meetings, input.today), own: input.managed.has(project.id) }))
    .filter((item) => item.due.due)
    .map((item, index) => ({ item, index }))
    .sort((a, b) => Number(b.item.own) - Number(a.item.own) || a.index - b.index)
    .map((entry) => entry.item);
  const sorted = [...input.meetings].sort((a, b) => a.date.localeCompare(b.date));
  return {
    since,
    sinceMeeting: sorted.find((m) => m.date === since) ?? null,
    nextMeeting: sorted.find((m) => m.date >= input.today) ?? null,
    changes: changesSince({ projects: input.projects, reports: input.reports, since, created: input.created }),
    due,
    latest,
    drafts: newestDrafts(input.reports)
  };
}
