/** Flattens groups into the rows the grid draws: group headers and projects, minus collapsed groups. */
import type { Project } from '../../domain/model';
import type { ProjectGroup } from '../../domain/portfolio/grouping';
import type { Totals } from '../../domain/portfolio/totals';
import { computeTotals } from '../../domain/portfolio/totals';
import { categoryLabel, serviceAreaLabel } from '../common/labels';

export type GridRow =
  | { kind: 'group'; key: string; group: ProjectGroup; level: 1 | 2; label: string; totals: Totals; expanded: boolean }
  | { kind: 'project'; key: string; project: Project; level: 2 | 3 };

export function groupLabel(group: ProjectGroup, strings: ISalkkuStrings): string {
  if (group.level === 2) {
    return group.unit ?? strings.EmptyValue;
  }
  const area = serviceAreaLabel(strings, group.serviceArea);
  if (group.categoryKey === 'serviceArea' && area) {
    return area;
  }
  const category = categoryLabel(strings, group.category) ?? strings.CategoryOther;
  return group.categoryKey === null && area ? `${category}: ${area}` : category;
}

export function buildRows(groups: readonly ProjectGroup[], collapsed: ReadonlySet<string>, strings: ISalkkuStrings): GridRow[] {
  const rows: GridRow[] = [];
  for (const section of groups) {
    const sectionProjects = [...section.projects, ...section.children.flatMap((c) => c.projects)];
    const expanded = !collapsed.has(section.key);
    rows.push({ kind: 'group', key: section.key, group: section, level: 1, label: groupLabel(section, strings), totals: computeTotals(sectionProjects), expanded });
    if (!expanded) {
      continue;
    }
    for (const p of section.projects) {
      rows.push({ kind: 'project', key: `p:${p.id ?? p.title}`, project: p, level: 2 });
    }
    for (const unit of section.children) {
      const unitExpanded = !collapsed.has(unit.key);
      rows.push({ kind: 'group', key: unit.key, group: unit, level: 2, label: groupLabel(unit, strings), totals: computeTotals(unit.projects), expanded: unitExpanded });
      if (unitExpanded) {
        for (const p of unit.projects) {
          rows.push({ kind: 'project', key: `p:${p.id ?? p.title}`, project: p, level: 3 });
        }
      }
    }
  }
  return rows;
}
