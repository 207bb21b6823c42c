/**
 * A repository for command-line tools: against the local stand-in (no sign-in) or a SharePoint
 * Online site with an access token from the environment (SALKKU_ACCESS_TOKEN), e.g.
 *   export SALKKU_ACCESS_TOKEN=$(m365 util accesstoken get --resource https://contoso.sharepoint.com --new)
 * No secret is stored anywhere by Salkku.
 */
import type { TimelinePipe } from '@pnp/core';
import type { Queryable } from '@pnp/queryable';
import { BearerToken, DefaultParse } from '@pnp/queryable';
import type { SPFI } from '@pnp/sp';
import { DefaultHeaders, DefaultInit } from '@pnp/sp';
import { browserEnvironment, createRepository, createSp } from '../../src/data/createRepository';
import type { PortfolioRepository } from '../../src/data/repository.types';

function isLocal(siteUrl: string): boolean {
  const host = new URL(siteUrl).hostname;
  return host === 'localhost' || host === '127.0.0.1' || host === '::1';
}

export function cliEnvironment(siteUrl: string): TimelinePipe<Queryable> {
  const token = process.env.SALKKU_ACCESS_TOKEN;
  if (isLocal(siteUrl) || !token) {
    if (!isLocal(siteUrl)) {
      throw new Error('Set SALKKU_ACCESS_TOKEN to an access token for the site (see README: "Command-line set-up").');
    }
    return browserEnvironment();
  }
  return (instance: Queryable) => {
    instance.using(DefaultHeaders(), DefaultInit(), DefaultParse(), BearerToken(token));
    return instance;
  };
}

export function cliRepository(siteUrl: string): PortfolioRepository {
  return createRepository({ siteUrl, environment: cliEnvironment(siteUrl) });
}

export function cliSp(siteUrl: string): SPFI {
  return createSp({ siteUrl, environment: cliEnvironment(siteUrl) });
}

/** Very small argument reader: --name value, --flag. */
export function readArgs(argv: readonly string[]): { flags: Set<string>; values: Map<string, string>; positional: string[] } {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg.startsWith('--')) {
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith('--') && ['--site', '--plan', '--format', '--out', '--standin', '--template', '--lang', '--count'].includes(arg)) {
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
