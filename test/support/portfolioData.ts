/** A loaded portfolio for unit tests of views and exports: what a repository's load answers. */
import type { ListInfo, ListKey, ListPermissions, PortfolioData } from '../../src/data/contract/repository.types';

const ALL: ListPermissions = { canRead: true, canAdd: true, canEdit: true, canManage: true };

/** A list as the repository describes it: every permission unless `permissions` says otherwise. */
export function listInfo(key: ListKey, choices: Record<string, readonly string[]> = {}, permissions: ListPermissions = ALL): ListInfo {
  return { key, id: key, title: key, newFormUrl: '', editFormUrl: '', displayFormUrl: '', viewUrl: '', itemCount: 0, permissions, choices, missingFields: [] };
}

/** An empty portfolio of a site an owner can edit, with `changes` applied. */
export function portfolioData(changes: Partial<PortfolioData> = {}): PortfolioData {
  return {
    siteUrl: 'https://example.invalid/sites/salkku',
    detail: 'full',
    changeToken: null,
    projects: [],
    plans: [],
    goals: [],
    lists: { projects: listInfo('projects'), plans: listInfo('plans'), goals: listInfo('goals') },
    currentUser: null,
    canManageSite: true,
    itemIssues: [],
    upgradeAvailable: false,
    staleSortKeys: 0,
    problems: [],
    ...changes
  };
}
