/**
 * Free-form programmes describe projects in prose without a schedule field ("Käyttöönoton
 * tavoite 1.1.2023.", "jatketaan vuosina 2021–2023"). The schedule is then taken from the first
 * clause of the project's text that the schedule parser reads fully and that falls in the plan's
 * period (history such as "toteutettiin 2016–2019" and far goals such as "hiilineutraali 2035"
 * are not the project's schedule), with the clause as the schedule's text and a warning that it
 * was inferred.
 */
import type { Month } from '../model';
import { parseSchedule } from '../schedule/parseSchedule';
import type { ScheduleParse } from '../schedule/parseSchedule';

export interface PlanPeriod {
  start: Month | null;
  end: Month | null;
}

/** Sentences and comma clauses that mention a year of this century. */
function clauses(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+|[,;]\s+/)
    .map((clause) => clause.replace(/^[-•*]\s*/, '').trim())
    .filter((clause) => /\b20\d\d\b/.test(clause));
}

function overlaps(schedule: ScheduleParse['schedule'], period: PlanPeriod): boolean {
  const start = schedule.start ?? schedule.end;
  const end = schedule.end ?? (schedule.openEnd || schedule.ongoing || schedule.start !== null ? '9999-12' : null);
  if (start === null || end === null) {
    return false;
  }
  return (period.end === null || start <= period.end) && (period.start === null || end >= period.start);
}

/** The inferred schedule's source clause and what it says, or null when the text names none. */
export function inferSchedule(texts: readonly (string | null)[], period: PlanPeriod): { clause: string; parsed: ScheduleParse } | null {
  for (const text of texts) {
    for (const clause of text === null ? [] : clauses(text)) {
      const parsed = parseSchedule(clause);
      if (parsed.warnings.length === 0 && overlaps(parsed.schedule, period)) {
        return { clause, parsed };
      }
    }
  }
  return null;
}
