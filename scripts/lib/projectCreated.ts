/**
 * When each project was created (SharePoint's own Created column), by id: the meeting pack calls
 * a project created after the previous meeting new. Read for the command line only; the views
 * do without it.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { SCHEMA } from '../../src/data/sharepoint/schema/schema';
import type { Page } from '../../src/data/sharepoint/spUtils';
import { allPages, listServerRelativeUrl, PAGE_SIZE, PageParse } from '../../src/data/sharepoint/spUtils';

export async function projectCreatedDays(sp: SPFI, siteUrl: string): Promise<Map<number, string>> {
  const list = SCHEMA.lists.find((l) => l.key === 'projects');
  if (!list) {
    throw new Error('No projects list in the schema');
  }
  const first = sp.web.getList(listServerRelativeUrl(siteUrl, list)).items.select('Id', 'Created').top(PAGE_SIZE).using(PageParse())<Page>();
  const created = new Map<number, string>();
  for (const item of await allPages(sp.web, first)) {
    const id = item.Id ?? item.ID;
    const at = item.Created;
    if (typeof id === 'number' && typeof at === 'string' && /^\d{4}-\d{2}-\d{2}/.test(at)) {
      created.set(id, at.slice(0, 10));
    }
  }
  return created;
}
