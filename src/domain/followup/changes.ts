/**
 * "What changed since the last meeting": new projects, RAG changes, schedule slips, cost changes,
 * completed and cancelled projects. The state at the meeting is each project's latest published
 * report on or before that day (its frozen snapshot); the state now is the project as it is and
 * its latest report.
 */
import type { Month, Project } from '../model';
import { monthIndex } from '../months';
import { keyOf, STATUS } from '../vocabulary';
import type { Day, ProjectSnapshot, StatusReport } from './model';
import { latestReports, snapshotOf } from './reports';

export type ProjectChange =
  | { kind: 'new'; projectId: number; created: Day }
  | { kind: 'ragChanged'; projectId: number; from: string | null; to: string | null }
  | { kind: 'scheduleMoved'; projectId: number; from: Month | null; to: Month | null; months: number | null }
  | { kind: 'costChanged'; projectId: number; measure: 'investment' | 'recurring'; from: number | null; to: number | null }
  | { kind: 'completed'; projectId: number }
  | { kind: 'cancelled'; projectId: number };

export type ChangeKind = ProjectChange['kind'];

export interface ChangesInput {
  projects: readonly Project[];
  reports: readonly StatusReport[];
  /** The previous meeting's day: the state on that day is compared with now. */
  since: Day;
  /** When each project was created (SharePoint's Created), by id. */
  created: ReadonlyMap<number, Day>;
}

function monthsBetween(from: Month | null, to: Month | null): number | null {
  return from === null || to === null ? null : monthIndex(to) - monthIndex(from);
}

function costChanges(projectId: number, before: ProjectSnapshot, now: ProjectSnapshot): ProjectChange[] {
  const changes: ProjectChange[] = [];
  // the upper bound is what a budget must hold; a range narrowed from below is not news
  const investmentBefore = before.investmentMax ?? before.investmentMin;
  const investmentNow = now.investmentMax ?? now.investmentMin;
  if (investmentBefore !== investmentNow) {
    changes.push({ kind: 'costChanged', projectId, measure: 'investment', from: investmentBefore, to: investmentNow });
  }
  const recurringBefore = before.recurringPerYearMax ?? before.recurringPerYearMin;
  const recurringNow = now.recurringPerYearMax ?? now.recurringPerYearMin;
  if (recurringBefore !== recurringNow) {
    changes.push({ kind: 'costChanged', projectId, measure: 'recurring', from: recurringBefore, to: recurringNow });
  }
  return changes;
}

function statusChange(projectId: number, before: string | null, now: string | null): ProjectChange[] {
  const was = keyOf(STATUS, before);
  const is = keyOf(STATUS, now);
  if (is === was) {
    return [];
  }
  if (is === 'done') {
    return [{ kind: 'completed', projectId }];
  }
  return is === 'cancelled' ? [{ kind: 'cancelled', projectId }] : [];
}

/** One project's changes; a project with no report on or before the meeting is new or unknown. */
function changesOf(project: Project & { id: number }, then: StatusReport | undefined, latest: StatusReport | undefined, input: ChangesInput): ProjectChange[] {
  const created = input.created.get(project.id);
  // a project that had reported by then existed then, whatever its Created says (items moved or
  // restored to the list get a new creation day)
  // (and one added already finished or cancelled is a record brought in, not news)
  const closed = ['done', 'cancelled'].includes(keyOf(STATUS, project.status) ?? '');
  if (created !== undefined && created > input.since && then === undefined && !closed) {
    return [{ kind: 'new', projectId: project.id, created }];
  }
  const changes: ProjectChange[] = [];
  if (then && latest && then !== latest && then.rag !== latest.rag) {
    changes.push({ kind: 'ragChanged', projectId: project.id, from: then.rag, to: latest.rag });
  }
  const before = then?.snapshot;
  if (!before) {
    return changes;
  }
  const now = snapshotOf(project);
  if (before.scheduleEnd !== now.scheduleEnd) {
    changes.push({ kind: 'scheduleMoved', projectId: project.id, from: before.scheduleEnd, to: now.scheduleEnd, months: monthsBetween(before.scheduleEnd, now.scheduleEnd) });
  }
  changes.push(...costChanges(project.id, before, now), ...statusChange(project.id, before.status, now.status));
  return changes;
}

/** Every change since the meeting, in the projects' order. */
export function changesSince(input: ChangesInput): ProjectChange[] {
  const then = latestReports(input.reports, input.since);
  const latest = latestReports(input.reports);
  const changes: ProjectChange[] = [];
  for (const project of input.projects) {
    if (project.id !== null) {
      const id = project.id;
      changes.push(...changesOf({ ...project, id }, then.get(id), latest.get(id), input));
    }
  }
  return changes;
}
