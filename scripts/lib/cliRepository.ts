/**
 * A repository for command-line tools: against the local stand-in (no sign-in) or a SharePoint
 * Online site with a delegated access token from the environment (SALKKU_ACCESS_TOKEN), which the
 * CLI for Microsoft 365 gives (see README, "Command-line set-up"):
 *   export SALKKU_ACCESS_TOKEN=$(m365 util accesstoken get --resource https://city.sharepoint.com --new --output text)
 * No secret is stored anywhere by Salkku. A request with a bearer token needs no request digest.
 */
import type { TimelinePipe } from '@pnp/core';
import type { Queryable } from '@pnp/queryable';
import { BearerToken, DefaultParse } from '@pnp/queryable';
import type { SPFI } from '@pnp/sp';
import { DefaultHeaders, DefaultInit } from '@pnp/sp';
import { browserEnvironment, createRepository, createSp } from '../../src/data/sharepoint/createRepository';
import { isRepositoryError } from '../../src/data/contract/errors';
import type { PortfolioRepository } from '../../src/data/contract/repository.types';
import { BATCH_RETRY } from '../../src/data/sharepoint/retry';

/** The local stand-in (no sign-in, demo directory) rather than a SharePoint Online site. */
export function isLocal(siteUrl: string): boolean {
  const host = new URL(siteUrl).hostname;
  return host === 'localhost' || host === '127.0.0.1' || host === '::1';
}

/**
 * The token as given: `m365 util accesstoken get` prints JSON by default, so `$(…)` without
 * `--output text` yields it in quotes, and a pasted one may carry "Bearer " or a line break.
 */
export function cleanToken(raw: string | undefined): string | undefined {
  const token = raw
    ?.trim()
    .replace(/^"(.*)"$/s, '$1')
    .replace(/^Bearer\s+/i, '')
    .trim();
  return token ? token : undefined;
}

export function cliEnvironment(siteUrl: string, env: NodeJS.ProcessEnv = process.env): TimelinePipe<Queryable> {
  const token = cleanToken(env.SALKKU_ACCESS_TOKEN);
  if (!token) {
    if (!isLocal(siteUrl)) {
      throw new Error(
        `Set SALKKU_ACCESS_TOKEN to an access token for ${new URL(siteUrl).origin}: export SALKKU_ACCESS_TOKEN=$(m365 util accesstoken get --resource ${new URL(siteUrl).origin} --new --output text) (README: "Command-line set-up").`
      );
    }
    return browserEnvironment();
  }
  return (instance: Queryable) => {
    instance.using(DefaultHeaders(), DefaultInit(), DefaultParse(), BearerToken(token));
    return instance;
  };
}

export function cliRepository(siteUrl: string, env: NodeJS.ProcessEnv = process.env): PortfolioRepository {
  return createRepository({ siteUrl, environment: cliEnvironment(siteUrl, env), retry: BATCH_RETRY });
}

export function cliSp(siteUrl: string, env: NodeJS.ProcessEnv = process.env): SPFI {
  return createSp({ siteUrl, environment: cliEnvironment(siteUrl, env), retry: BATCH_RETRY });
}

/** One plain sentence for a failure a command line meets: what happened and what to do. */
export function cliFailureMessage(error: unknown, siteUrl: string): string {
  const origin = new URL(siteUrl).origin;
  if (isRepositoryError(error)) {
    if (error.kind === 'accessDenied' && error.status === 401) {
      return `SharePoint did not accept the access token (401: expired, or for another host than ${origin}): get a new one with export SALKKU_ACCESS_TOKEN=$(m365 util accesstoken get --resource ${origin} --new --output text) and run the command again.`;
    }
    if (error.kind === 'accessDenied') {
      return `SharePoint refused the request (403): sign in to the CLI for Microsoft 365 as an owner of ${siteUrl} through an Entra app registration that has the delegated SharePoint permission AllSites.FullControl (README: "Command-line set-up"), then get a new token.`;
    }
    if (error.kind === 'sessionExpired') {
      return 'The request digest was refused (403): the session expired; run the command again.';
    }
    if (error.kind === 'throttled') {
      const wait = error.retryAfterMs !== undefined ? ` and asked to wait ${Math.ceil(error.retryAfterMs / 1000)} s` : '';
      return `SharePoint is throttling the requests${wait}: run the command again later; nothing that was written is lost, and a second run finishes the rest.`;
    }
    if (error.kind === 'listMissing') {
      return `The portfolio lists were not found on ${siteUrl}: check the site URL, or create them with npm run provision -- --site ${siteUrl}.`;
    }
    return `${error.message}${error.serverMessage && error.serverMessage !== error.message ? ` (SharePoint: ${error.serverMessage})` : ''}.`;
  }
  return error instanceof Error ? error.message : String(error);
}

/** Ends a command with its failure in one sentence, exit code 1. */
export function failWith(siteUrl: string | undefined): (error: unknown) => never {
  return (error) => {
    console.error(siteUrl ? cliFailureMessage(error, siteUrl) : error instanceof Error ? error.message : String(error));
    process.exit(1);
  };
}

/** Very small argument reader: --name value, --flag. */
export function readArgs(argv: readonly string[]): { flags: Set<string>; values: Map<string, string>; positional: string[] } {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const positional: string[] = [];
  let i = 0;
  for (let arg = argv[i]; arg !== undefined; arg = argv[++i]) {
    if (arg.startsWith('--')) {
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith('--') && ['--site', '--plan', '--format', '--out', '--standin', '--template', '--lang', '--count', '--prefix', '--demo-people', '--meeting', '--previous', '--language', '--today'].includes(arg)) {
        values.set(arg.slice(2), next);
        i++;
      } else {
        flags.add(arg.slice(2));
      }
    } else {
      positional.push(arg);
    }
  }
  return { flags, values, positional };
}
