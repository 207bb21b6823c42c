/**
 * Assertions shared by the schedule parser's tests (not a test file itself).
 */
import type { Schedule } from '../../model';
import { isMonth } from '../../months';
import type { ScheduleParse } from '../parseSchedule';

export type Flag = 'ongoing' | 'openEnd' | 'recurring' | 'alternatives' | 'uncertain';
export const FLAGS: readonly Flag[] = ['ongoing', 'openEnd', 'recurring', 'alternatives', 'uncertain'];

/** The flags that are true, space-separated, in a fixed order. */
export function flagsOf(schedule: Schedule): string {
  return FLAGS.filter((flag) => schedule[flag]).join(' ');
}

/** "uncertain ongoing" in the same order as flagsOf. */
export function expectedFlags(flags: string): string {
  const set = new Set(flags.split(' ').filter((f) => f !== ''));
  return FLAGS.filter((flag) => set.has(flag)).join(' ');
}

/**
 * The source of an evidence contains the year of its month (four digits, or two); a season that
 * starts in the year before the one written ("talvi 2025" from 12/2024) says so in its note, and
 * so does a recurring period placed in the plan's years ("plan period 2024-01–2025-12").
 */
export function yearInSource(month: string, source: string, note = ''): boolean {
  const written = (year: number): boolean => source.includes(String(year)) || source.includes(String(year).slice(2));
  const year = Number(month.slice(0, 4));
  const plan = /^plan period (\d{4})-\d{2}–(\d{4})-\d{2}/.exec(note);
  const fromPlan = plan !== null && year >= Number(plan[1]) && year <= Number(plan[2]);
  return written(year) || (note.includes('from the year before') && written(year + 1)) || fromPlan;
}

/** Evidence invariants: every structured month has evidence that is a substring of the text. */
export function expectHonestEvidence(text: string, result: ScheduleParse): void {
  const { schedule, evidence } = result;
  for (const item of evidence) {
    expect(text.includes(item.source)).toBe(true);
    expect(yearInSource(item.value, item.source, item.note)).toBe(true);
  }
  const months: Array<[string, string | null]> = [
    ['start', schedule.start],
    ['end', schedule.end]
  ];
  schedule.phases.forEach((p, index) => {
    months.push([`phase:${index}.start`, p.start], [`phase:${index}.end`, p.end]);
  });
  const byField = new Map<string, string[]>();
  for (const item of evidence) {
    byField.set(item.field, [...(byField.get(item.field) ?? []), item.value]);
  }
  for (const [field, value] of months) {
    const found = byField.get(field) ?? [];
    if (value === null) {
      expect(found).toEqual([]);
    } else {
      expect(isMonth(value)).toBe(true);
      expect(found).toEqual([value]);
    }
  }
}
