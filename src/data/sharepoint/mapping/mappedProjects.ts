/**
 * Projects as they arrive page by page: mapped from list items in slices (no long task at
 * 12,000), with what needs attention collected beside them and stale sort keys counted.
 */
import type { Project } from '../../../domain/model';
import { numberSortKey } from '../../../domain/portfolio/numbering';
import { mapInSlices } from '../../../domain/slices';
import type { ProjectChoices } from '../../../domain/validation';
import { validateProject } from '../../../domain/validation';
import type { ItemIssue } from '../../contract/repository.types';
import { projectFromItem } from './projectMapping';
import type { SpItem } from './values';
import { readText } from './values';

export class MappedProjects {
  public projects: Project[] = [];
  public issues: ItemIssue[] = [];
  /** Items whose SortKey no longer follows their number (only a full read has SortKey). */
  public staleSortKeys = 0;

  public constructor(private readonly _choices: ProjectChoices) {}

  /** Projects already mapped (from a cache) and their issues, kept as they are. */
  public keep(projects: readonly Project[], issues: readonly ItemIssue[]): void {
    this.projects.push(...projects);
    this.issues.push(...issues);
  }

  public async add(items: readonly SpItem[]): Promise<void> {
    const mapped = await mapInSlices(items, (item) => this._map(item));
    // a new array each time: views holding the previous page keep their own
    this.projects = [...this.projects, ...mapped];
  }

  public sortById(): void {
    this.projects.sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
  }

  private _map(item: SpItem): Project {
    const { project, issues } = projectFromItem(item);
    // absent from a summary and before the list is upgraded to schema version 3
    if (item.SortKey !== undefined && readText(item, 'SortKey') !== numberSortKey(project.number)) {
      this.staleSortKeys++;
    }
    const warnings = [...issues, ...validateProject(project, this._choices).filter((w) => !issues.some((i) => i.code === w.code && i.field === w.field))];
    if (warnings.length > 0) {
      this.issues.push({ list: 'projects', itemId: project.id, title: project.title, warnings });
    }
    return project;
  }
}
