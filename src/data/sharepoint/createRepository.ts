/**
 * Builds the PnPjs repository for a site. The caller supplies the environment behaviour:
 * SPFx's context in a web part, `browserEnvironment()` in the preview and Node.
 */
import type { TimelinePipe } from '@pnp/core';
import type { Queryable } from '@pnp/queryable';
import { DefaultParse } from '@pnp/queryable';
import type { SPFI } from '@pnp/sp';
import { DefaultHeaders, DefaultInit, RequestDigest, spfi } from '@pnp/sp';
import '@pnp/sp/webs';
import { TENANT_SETTING_KEY } from '../contract/portfolioSite';
import { PnPPortfolioRepository } from './PnPPortfolioRepository';
import type { PortfolioRepository } from '../contract/repository.types';
import type { PortfolioSchema } from './schema/schema.types';
import type { RetryEvent, RetryOptions } from './retry';
import { DEFAULT_RETRY, SalkkuFetch } from './retry';

/** Headers, parsing and the request digest for SharePoint outside SPFx (preview, Node). */
export function browserEnvironment(): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    instance.using(DefaultHeaders(), DefaultInit(), DefaultParse(), RequestDigest());
    return instance;
  };
}

export interface RepositoryOptions {
  siteUrl: string;
  environment: TimelinePipe<Queryable>;
  retry?: Partial<RetryOptions>;
  /** The lists to work on (the product's SCHEMA unless a tool works on scratch lists). */
  schema?: PortfolioSchema;
  /** Items per page (SharePoint's largest, 5,000, unless a check wants to see paging). */
  pageSize?: number;
}

/** The SPFI Salkku uses: the environment plus our retry (no caching of editable data). */
export function createSp(options: RepositoryOptions, onRetry?: (event: RetryEvent) => void): SPFI {
  return spfi(options.siteUrl).using(options.environment, SalkkuFetch({ ...DEFAULT_RETRY, ...options.retry, onRetry }));
}

export function createRepository(options: RepositoryOptions): PortfolioRepository {
  const listeners = new Set<(event: RetryEvent) => void>();
  const sp = createSp(options, (event) => listeners.forEach((listener) => listener(event)));
  return new PnPPortfolioRepository(sp, options.siteUrl, listeners, { schema: options.schema, pageSize: options.pageSize });
}


/**
 * The tenant-wide portfolio site: a tenant property (storage entity) in the tenant app catalog,
 * set once by an administrator (`m365 spo storageentity set`), readable from any site by any
 * user: `GET <site>/_api/web/GetStorageEntity('key')` answers `{ Value, Description, Comment }`,
 * or `{ "odata.null": true }` when the key is not set (conformance table, "Tenant properties").
 * Undefined when it is not set, empty or cannot be read (a Teams view then never offers set-up).
 * Throttling is retried like every other call; `onRetry` lets the view show the countdown.
 */
export async function readTenantSetting(options: Pick<RepositoryOptions, 'siteUrl' | 'environment' | 'retry'>, onRetry?: (event: RetryEvent) => void): Promise<string | undefined> {
  try {
    const entity: unknown = await createSp(options, onRetry).web.getStorageEntity(TENANT_SETTING_KEY);
    const value = entity && typeof entity === 'object' ? (entity as { Value?: unknown }).Value : undefined;
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  } catch {
    return undefined;
  }
}
