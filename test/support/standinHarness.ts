/** Starts the stand-in over HTTP for integration tests and builds repositories against it. */
import { InjectHeaders } from '@pnp/queryable';
import type { Role } from '../../standin/context';
import type { RunningServer } from '../../standin/server';
import { startServer } from '../../standin/server';
import type { StandInOptions } from '../../standin/standin';
import { StandIn } from '../../standin/standin';
import { browserEnvironment, createRepository, createSp } from '../../src/data/createRepository';
import type { PortfolioRepository } from '../../src/data/repository.types';
import type { RetryOptions } from '../../src/data/retry';
import type { SPFI } from '@pnp/sp';

export const SITE_PATH = '/sites/salkku';

export interface Harness {
  standIn: StandIn;
  server: RunningServer;
  siteUrl: string;
  /** A repository as a user of the role; `language` is the Accept-Language SharePoint answers in. */
  repository(role?: Role, retry?: Partial<RetryOptions>, language?: string): PortfolioRepository;
  sp(role?: Role, language?: string): SPFI;
  close(): Promise<void>;
}

/** Fast retries for tests: real waits, scaled down, unless a test asks otherwise. */
export const FAST_RETRY: Partial<RetryOptions> = { baseDelayMs: 5, maxWaitMs: 20, maxTotalWaitMs: 500, jitter: 0 };

function environment(role: Role, language?: string): ReturnType<typeof browserEnvironment> {
  return (instance) => {
    instance.using(browserEnvironment(), InjectHeaders({ 'X-StandIn-Role': role, ...(language ? { 'Accept-Language': language } : {}) }));
    return instance;
  };
}

export async function startHarness(options: StandInOptions = {}): Promise<Harness> {
  const standIn = new StandIn(options);
  standIn.store.ensureWeb(SITE_PATH, 'Salkku');
  const server = await startServer(standIn);
  const siteUrl = `${server.url}${SITE_PATH}`;
  return {
    standIn,
    server,
    siteUrl,
    repository: (role: Role = 'owner', retry: Partial<RetryOptions> = FAST_RETRY, language?: string) =>
      createRepository({ siteUrl, environment: environment(role, language), retry }),
    sp: (role: Role = 'owner', language?: string) => createSp({ siteUrl, environment: environment(role, language), retry: FAST_RETRY }),
    close: () => server.close()
  };
}
