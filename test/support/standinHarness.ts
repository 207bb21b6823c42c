/** Starts the stand-in over HTTP for integration tests and builds repositories against it. */
import { InjectHeaders } from '@pnp/queryable';
import type { Role } from '../../standin/context';
import type { RunningServer } from '../../standin/server';
import { startServer } from '../../standin/server';
import type { StandInOptions } from '../../standin/standin';
import { StandIn } from '../../standin/standin';
import { browserEnvironment, createRepository, createSp } from '../../src/data/sharepoint/createRepository';
import type { PortfolioRepository } from '../../src/data/contract/repository.types';
import type { RetryOptions } from '../../src/data/sharepoint/retry';
import { defaultSleep } from '../../src/data/sharepoint/retry';
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

/**
 * Time runs 100 times faster for the stand-in's throttling and the client's waits alike: the
 * client still waits every Retry-After in full (in scaled time) and the stand-in still refuses
 * a request sent before it is over.
 */
export const TIME_SCALE = 0.01;

/** The product's retry policy, with waits in scaled time. */
export const FAST_RETRY: Partial<RetryOptions> = { jitter: 0, sleep: (ms, signal) => defaultSleep(ms * TIME_SCALE, signal) };

/** PnPjs's environment for a user of the role (the stand-in reads X-StandIn-Role). */
export function environment(role: Role, language?: string): ReturnType<typeof browserEnvironment> {
  return (instance) => {
    instance.using(browserEnvironment(), InjectHeaders({ 'X-StandIn-Role': role, ...(language ? { 'Accept-Language': language } : {}) }));
    return instance;
  };
}

export async function startHarness(options: StandInOptions = {}): Promise<Harness> {
  const standIn = new StandIn({ timeScale: TIME_SCALE, ...options });
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
