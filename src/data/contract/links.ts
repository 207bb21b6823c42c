/** Links to SharePoint's own list forms (built with URL, never glued from strings). */
import type { ListInfo } from './repository.types';

/** The edit form of an item; SharePoint returns to `returnUrl` after saving. */
export function editItemUrl(list: Pick<ListInfo, 'editFormUrl'>, id: number, returnUrl?: string): string {
  const url = new URL(list.editFormUrl);
  url.searchParams.set('ID', String(id));
  if (returnUrl) {
    url.searchParams.set('Source', returnUrl);
  }
  return url.toString();
}

export function displayItemUrl(list: Pick<ListInfo, 'displayFormUrl'>, id: number): string {
  const url = new URL(list.displayFormUrl);
  url.searchParams.set('ID', String(id));
  return url.toString();
}

export function newItemUrl(list: Pick<ListInfo, 'newFormUrl'>, returnUrl?: string): string {
  const url = new URL(list.newFormUrl);
  if (returnUrl) {
    url.searchParams.set('Source', returnUrl);
  }
  return url.toString();
}

/** Only http(s) links are ever rendered: a javascript: or data: URL in data is dropped. */
export function safeHttpUrl(value: string | null | undefined): string | undefined {
  if (!value) {
    return undefined;
  }
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}
