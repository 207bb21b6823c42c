/** Small helpers shared by the PnPjs code: list URLs and error classification. */
import type { ListSchema } from './schema/schema.types';
import type { RepositoryError } from './errors';
import { classifyHttpFailure, isRepositoryError, RepositoryError as RepositoryErrorClass } from './errors';

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
    return classifyHttpFailure({ status: e.status, body: at >= 0 ? message.slice(at + 4) : '' }, context);
  }
  if (error instanceof Error && error.name === 'AbortError') {
    return new RepositoryErrorClass('network', 'Aborted', { list: context.list });
  }
  if (error instanceof TypeError) {
    return new RepositoryErrorClass('network', error.message, { list: context.list });
  }
  return new RepositoryErrorClass('unknown', error instanceof Error ? error.message : String(error), { list: context.list });
}
