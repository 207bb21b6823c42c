/** Small helpers shared by the PnPjs code: list URLs, paging and error classification. */
import { parseBinderWithErrorCheck } from '@pnp/queryable';
import type { ISPQueryable } from '@pnp/sp';
import { SPQueryable } from '@pnp/sp';
import type { SpItem } from './mapping/values';
import { retryAfterMs } from './retry';
import type { ListSchema } from './schema/schema.types';
import type { RepositoryError } from '../contract/errors';
import { classifyHttpFailure, isRepositoryError, RepositoryError as RepositoryErrorClass } from '../contract/errors';

/** "https://x/sites/a" → "https://x/sites/a/" so relative URLs resolve under the site. */
export function siteBase(siteUrl: string): URL {
  const url = new URL(siteUrl);
  if (!url.pathname.endsWith('/')) {
    url.pathname = `${url.pathname}/`;
  }
  url.search = '';
  url.hash = '';
  return url;
}

/** Server-relative URL of a schema list on the site, e.g. "/sites/a/Lists/SalkkuProjects". */
export function listServerRelativeUrl(siteUrl: string, list: Pick<ListSchema, 'url'>): string {
  return new URL(list.url, siteBase(siteUrl)).pathname;
}

/** Absolute URL of a server-relative path on the site's host. */
export function absoluteUrl(siteUrl: string, serverRelative: string): string {
  return new URL(serverRelative, siteBase(siteUrl)).toString();
}

interface HttpErrorLike {
  isHttpRequestError?: boolean;
  status?: number;
  message?: string;
  response?: { headers?: { get(name: string): string | null } };
}

/** Any failure from PnPjs or fetch as a typed RepositoryError. */
export function toRepositoryError(error: unknown, context: { list?: string; item?: boolean } = {}): RepositoryError {
  if (isRepositoryError(error)) {
    return error;
  }
  const e = error as HttpErrorLike | null;
  if (e && e.isHttpRequestError && typeof e.status === 'number') {
    const message = e.message ?? '';
    const at = message.indexOf('::> ');
    const retryAfter = retryAfterMs(e.response?.headers?.get('Retry-After') ?? null);
    return classifyHttpFailure({ status: e.status, body: at >= 0 ? message.slice(at + 4) : '', retryAfterMs: retryAfter }, context);
  }
  if (error instanceof Error && error.name === 'AbortError') {
    return new RepositoryErrorClass('network', 'Aborted', { list: context.list });
  }
  if (error instanceof TypeError) {
    return new RepositoryErrorClass('network', error.message, { list: context.list });
  }
  return new RepositoryErrorClass('unknown', error instanceof Error ? error.message : String(error), { list: context.list });
}

/** SharePoint's largest page of list items (`$top`). */
export const PAGE_SIZE = 5000;

export interface Page {
  value: SpItem[];
  nextLink: string | undefined;
}

/**
 * Parses one page of items and SharePoint's link to the next: `odata.nextLink` (minimal and no
 * metadata: OData keeps the next link without metadata), `@odata.nextLink` (OData 4) or `__next`.
 */
export function PageParse(): ReturnType<typeof parseBinderWithErrorCheck> {
  return parseBinderWithErrorCheck(async (response): Promise<Page> => {
    const json = (await response.json()) as { value?: SpItem[]; 'odata.nextLink'?: string; '@odata.nextLink'?: string; d?: { results?: SpItem[]; __next?: string } };
    return { value: json.value ?? json.d?.results ?? [], nextLink: json['odata.nextLink'] ?? json['@odata.nextLink'] ?? json.d?.__next };
  });
}

/** Every item from a first page on, following SharePoint's next links. */
export async function allPages(web: ISPQueryable, first: Promise<Page>): Promise<SpItem[]> {
  const items: SpItem[] = [];
  let page = await first;
  for (;;) {
    items.push(...page.value);
    if (!page.nextLink) {
      return items;
    }
    page = await SPQueryable([web, page.nextLink]).using(PageParse())<Page>();
  }
}
