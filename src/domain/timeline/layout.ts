/**
 * Where a project's schedule goes on a time axis, in months. Only what the schedule says is drawn:
 * an unknown start is drawn as unknown (from the axis edge, marked), an open end runs to the
 * edge, and a schedule with neither start nor end cannot be placed at all.
 */
import type { Plan, Project, Schedule } from '../model';
import { monthIndex } from '../months';
import { keyOf, LIKELIHOOD } from '../vocabulary';

export interface MonthRange {
  /** First month shown (month index, see months.ts). */
  start: number;
  /** Last month shown, inclusive. */
  end: number;
}

export interface BarSegment {
  /** Phase name, or null for the whole schedule. */
  name: string | null;
  /** First and last month (inclusive) of the segment. */
  start: number;
  end: number;
  /** The start is not given: drawn from the axis edge and marked. */
  startUnknown: boolean;
  /** The end is not given (open end): drawn to the axis edge and marked. */
  endOpen: boolean;
}

export interface ProjectBar {
  segments: BarSegment[];
  ongoing: boolean;
  recurring: boolean;
  alternatives: boolean;
  uncertain: boolean;
  lowLikelihood: boolean;
}

/** A schedule can be placed when it gives a start or an end (of the whole or of a phase). */
export function isPlaceable(schedule: Schedule): boolean {
  return schedule.start !== null || schedule.end !== null || schedule.phases.some((p) => p.start !== null || p.end !== null);
}

export function isLowLikelihood(project: Project): boolean {
  const key = keyOf(LIKELIHOOD, project.likelihood);
  return key === 'uncertainExternal' || key === 'uncertainFunding';
}

function segment(name: string | null, start: string | null, end: string | null, range: MonthRange, openEnd: boolean): BarSegment | null {
  if (start === null && end === null) {
    return null;
  }
  const s = start === null ? range.start : monthIndex(start);
  const e = end === null ? range.end : monthIndex(end);
  return { name, start: Math.min(s, e), end: Math.max(s, e), startUnknown: start === null, endOpen: end === null && (openEnd || start !== null) };
}

/** The bar of a placeable project in a range; null when the schedule cannot be placed. */
export function projectBar(project: Project, range: MonthRange): ProjectBar | null {
  const schedule = project.schedule;
  if (!isPlaceable(schedule)) {
    return null;
  }
  const phases = schedule.phases
    .map((p) => segment(p.name, p.start, p.end, range, false))
    .filter((s): s is BarSegment => s !== null);
  const whole = segment(null, schedule.start, schedule.end, range, schedule.openEnd);
  const segments = phases.length > 0 ? phases : whole ? [whole] : [];
  return {
    segments,
    ongoing: schedule.ongoing,
    recurring: schedule.recurring,
    alternatives: schedule.alternatives,
    uncertain: schedule.uncertain,
    lowLikelihood: isLowLikelihood(project)
  };
}

/**
 * The months to show: the plan period (or, for all periods, the span of all plans), widened to
 * the schedules it contains but never more than `maxYearsAfter` years past the period's end.
 */
export function timelineRange(projects: readonly Project[], plans: readonly Plan[], planId: number | null, maxYearsAfter = 3): MonthRange | null {
  const chosen = planId === null ? plans : plans.filter((p) => p.id === planId);
  const planStarts = chosen.map((p) => p.periodStart).filter((m): m is string => m !== null).map(monthIndex);
  const planEnds = chosen.map((p) => p.periodEnd).filter((m): m is string => m !== null).map(monthIndex);
  const starts: number[] = [...planStarts];
  const ends: number[] = [...planEnds];
  for (const p of projects) {
    const months = [p.schedule.start, p.schedule.end, ...p.schedule.phases.flatMap((ph) => [ph.start, ph.end])].filter((m): m is string => m !== null).map(monthIndex);
    if (months.length > 0) {
      starts.push(Math.min(...months));
      ends.push(Math.max(...months));
    }
  }
  if (starts.length === 0 && ends.length === 0) {
    return null;
  }
  let start = Math.min(...(starts.length > 0 ? starts : ends));
  let end = Math.max(...(ends.length > 0 ? ends : starts));
  if (planEnds.length > 0) {
    end = Math.min(end, Math.max(...planEnds) + maxYearsAfter * 12);
  }
  if (planStarts.length > 0) {
    start = Math.max(start, Math.min(...planStarts) - maxYearsAfter * 12);
  }
  // whole years read best
  start -= start % 12;
  end += 11 - (end % 12);
  return { start, end };
}
