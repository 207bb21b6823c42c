/**
 * Writes that carry only what changed: the item columns whose values differ between two versions
 * of a project, as the mapping writes them, and how a save that lost a race is resolved.
 */
import type { Project } from '../../domain/model';
import type { ProjectWriteContext } from './mapping/projectMapping';
import { projectToItem } from './mapping/projectMapping';

/** The columns (with `b`'s values) in which `b` differs from `a`. */
export function changedColumns(a: Project, b: Project, context: ProjectWriteContext): Record<string, unknown> {
  const before = projectToItem(a, context);
  const after = projectToItem(b, context);
  return Object.fromEntries(Object.entries(after).filter(([column, value]) => JSON.stringify(value) !== JSON.stringify(before[column])));
}

/**
 * After a 412: the columns of my write that the other person also changed, to something else.
 * Columns in `ignore` (the assessor and date, which every save sets) never count as overlapping.
 */
export function overlappingColumns(mine: Readonly<Record<string, unknown>>, theirs: Readonly<Record<string, unknown>>, ignore: ReadonlySet<string>): string[] {
  return Object.keys(mine).filter((column) => !ignore.has(column) && column in theirs && JSON.stringify(theirs[column]) !== JSON.stringify(mine[column]));
}

/** Today in the user's time zone, as a date-only value (yyyy-mm-dd). */
export function today(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
