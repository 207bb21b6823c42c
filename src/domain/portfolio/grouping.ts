/**
 * Groups projects like the plan document: IT infrastructure first, then city-wide projects, then
 * each service area with its units; inside, plan-number order (or the chosen sort).
 */
import { completeness } from '../impact/completeness';
import type { Project } from '../model';
import type { CategoryKey } from '../vocabulary';
import { CATEGORY, keyOf, LIKELIHOOD, SCHEDULE_OWNER, STATUS, vocabularyKeys } from '../vocabulary';
import { compareNumbers } from './numbering';
import type { SortColumn } from './viewState';

export interface ProjectGroup {
  /** Stable key: "section:<category>|<service area>" or "unit:<section key>|<unit>". */
  key: string;
  level: 1 | 2;
  categoryKey: CategoryKey | null;
  /** The category text as stored (for unknown categories). */
  category: string | null;
  serviceArea: string | null;
  unit: string | null;
  /** Projects directly in this group (for a section: those without a unit). */
  projects: Project[];
  /** Units of a section. */
  children: ProjectGroup[];
  /** All projects of the group and its units. */
  count: number;
}

const CATEGORY_RANK: Record<CategoryKey, number> = { infrastructure: 0, cityWide: 1, serviceArea: 2 };

function categoryRank(category: string | null): number {
  const key = keyOf(CATEGORY, category);
  return key === undefined ? 3 : CATEGORY_RANK[key];
}

function firstNumber(projects: readonly Project[]): string | null {
  let first: string | null = null;
  for (const p of projects) {
    if (p.number !== null && (first === null || compareNumbers(p.number, first) < 0)) {
      first = p.number;
    }
  }
  return first;
}

function allProjects(group: ProjectGroup): Project[] {
  return [...group.projects, ...group.children.flatMap((c) => c.projects)];
}

function rankIndex<K extends string>(keys: readonly K[], key: K | undefined): number {
  return key === undefined ? keys.length : keys.indexOf(key);
}

function sortValue(p: Project, column: SortColumn, goalTitles: ReadonlyMap<number, string>): string | number | null {
  switch (column) {
    case 'number':
      return null;
    case 'title':
      return p.title.toLocaleLowerCase('fi');
    case 'schedule':
      return p.schedule.start ?? p.schedule.end;
    case 'status':
      return p.status === null ? null : rankIndex(vocabularyKeys(STATUS), keyOf(STATUS, p.status));
    case 'likelihood':
      return p.likelihood === null ? null : rankIndex(vocabularyKeys(LIKELIHOOD), keyOf(LIKELIHOOD, p.likelihood));
    case 'scheduleOwner':
      return p.scheduleOwner === null ? null : rankIndex(vocabularyKeys(SCHEDULE_OWNER), keyOf(SCHEDULE_OWNER, p.scheduleOwner));
    case 'investment':
      return p.costs.investmentMax ?? p.costs.investmentMin;
    case 'recurring':
      return p.costs.recurringPerYearMax ?? p.costs.recurringPerYearMin;
    case 'goals':
      return p.goalIds.map((id) => goalTitles.get(id) ?? '').sort()[0] ?? null;
    case 'assessment':
      return completeness(p).assessed;
  }
}

/** A comparator for the chosen column; empty values go last whatever the direction; ties by plan number. */
export function projectComparator(
  sort: { column: SortColumn; descending: boolean } | null,
  goalTitles: ReadonlyMap<number, string> = new Map()
): (a: Project, b: Project) => number {
  const byNumber = (a: Project, b: Project): number => compareNumbers(a.number, b.number) || a.title.localeCompare(b.title, 'fi');
  if (!sort || sort.column === 'number') {
    return sort?.descending ? (a, b) => -byNumber(a, b) : byNumber;
  }
  const direction = sort.descending ? -1 : 1;
  return (a, b) => {
    const va = sortValue(a, sort.column, goalTitles);
    const vb = sortValue(b, sort.column, goalTitles);
    if (va === null || vb === null) {
      return va === vb ? byNumber(a, b) : va === null ? 1 : -1;
    }
    const c = typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb), 'fi');
    return c !== 0 ? c * direction : byNumber(a, b);
  };
}

/** Sections and units in plan order, projects inside sorted by `compare`. */
export function groupProjects(projects: readonly Project[], compare: (a: Project, b: Project) => number = projectComparator(null)): ProjectGroup[] {
  const sections = new Map<string, ProjectGroup>();
  for (const p of projects) {
    const categoryKey = keyOf(CATEGORY, p.category) ?? null;
    const sectionKey = `section:${categoryKey ?? p.category ?? ''}|${p.serviceArea ?? ''}`;
    let section = sections.get(sectionKey);
    if (!section) {
      section = { key: sectionKey, level: 1, categoryKey, category: p.category, serviceArea: p.serviceArea, unit: null, projects: [], children: [], count: 0 };
      sections.set(sectionKey, section);
    }
    section.count++;
    if (p.unit === null || p.unit.trim() === '') {
      section.projects.push(p);
      continue;
    }
    const unitKey = `unit:${sectionKey}|${p.unit}`;
    let unit = section.children.find((c) => c.key === unitKey);
    if (!unit) {
      unit = { key: unitKey, level: 2, categoryKey, category: p.category, serviceArea: p.serviceArea, unit: p.unit, projects: [], children: [], count: 0 };
      section.children.push(unit);
    }
    unit.projects.push(p);
    unit.count++;
  }
  const ordered = [...sections.values()];
  for (const section of ordered) {
    section.projects.sort(compare);
    section.children.forEach((c) => c.projects.sort(compare));
    section.children.sort((a, b) => compareNumbers(firstNumber(a.projects), firstNumber(b.projects)) || (a.unit ?? '').localeCompare(b.unit ?? '', 'fi'));
  }
  return ordered.sort(
    (a, b) =>
      categoryRank(a.category) - categoryRank(b.category) ||
      compareNumbers(firstNumber(allProjects(a)), firstNumber(allProjects(b))) ||
      (a.serviceArea ?? '').localeCompare(b.serviceArea ?? '', 'fi')
  );
}

/** Every project of the groups in display order. */
export function groupedOrder(groups: readonly ProjectGroup[]): Project[] {
  return groups.flatMap(allProjects);
}
