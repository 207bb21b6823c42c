/**
 * Salkku's retry behaviour for PnPjs: retries 429/503/504 and network failures, waits at least
 * what SharePoint's Retry-After asks (retrying earlier counts against the user and prolongs
 * throttling), adds jitter only on top of it, and gives up, without waiting in vain, when
 * SharePoint asks for longer than the stated ceilings. Each wait is reported so that the UI can
 * count down ("SharePoint is busy, retrying in N s"). Replaces PnPjs's BrowserFetchWithRetry,
 * which waits Retry-After but without a ceiling, and at most 3 tries.
 * See docs/sharepoint-behaviour.md ("Throttling").
 */
import type { Queryable } from '@pnp/queryable';
import type { RetryEvent } from '../contract/repository.types';

export type { RetryEvent } from '../contract/repository.types';

export interface RetryOptions {
  /** Retries after the first try. */
  maxRetries: number;
  /**
   * Ceiling of one wait: when Retry-After asks for longer, we give up at once (the error says
   * how long SharePoint asked for) instead of retrying early.
   */
  maxWaitMs: number;
  /** Ceiling of all waits of one request together; past it we give up. */
  maxTotalWaitMs: number;
  /** First wait when the server gives no Retry-After (doubles each time). */
  baseDelayMs: number;
  /** Up to this share of the wait is added at random, so clients do not retry in lockstep. */
  jitter: number;
  onRetry?: (event: RetryEvent) => void;
  sleep?: (ms: number, signal?: AbortSignal | null) => Promise<void>;
  random?: () => number;
  fetch?: typeof fetch;
}

/** In a web part: a person is watching the countdown. */
export const DEFAULT_RETRY: RetryOptions = {
  maxRetries: 8,
  maxWaitMs: 60_000,
  maxTotalWaitMs: 120_000,
  baseDelayMs: 500,
  jitter: 0.2
};

/** Command-line set-up, import and verification: nobody is waiting at a page. */
export const BATCH_RETRY: Partial<RetryOptions> = { maxRetries: 12, maxWaitMs: 300_000, maxTotalWaitMs: 600_000 };

const RETRY_STATUSES = new Set([429, 503, 504]);

export function defaultSleep(ms: number, signal?: AbortSignal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new DOMException('Aborted', 'AbortError'));
      return;
    }
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new DOMException('Aborted', 'AbortError'));
    });
  });
}

/** Seconds or HTTP date in Retry-After → milliseconds; undefined when absent or unreadable. */
export function retryAfterMs(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null || value.trim() === '') {
    return undefined;
  }
  const seconds = Number(value);
  if (Number.isFinite(seconds)) {
    return Math.max(0, seconds * 1000);
  }
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The least wait before retry number `attempt` (1-based): Retry-After, or exponential backoff. */
function leastWait(options: RetryOptions, attempt: number, response: Response | undefined): number {
  const fromHeader = response ? retryAfterMs(response.headers.get('Retry-After')) : undefined;
  return fromHeader ?? options.baseDelayMs * 2 ** (attempt - 1);
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

/**
 * Fetch with Salkku's retry policy; answers the last response (with its Retry-After) when a
 * ceiling or the retry count is reached.
 */
export async function fetchWithRetry(url: string, init: RequestInit, options: RetryOptions): Promise<Response> {
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;
  const doFetch = options.fetch ?? fetch;
  let waited = 0;
  for (let attempt = 0; ; attempt++) {
    let response: Response | undefined;
    let failure: unknown;
    try {
      response = await doFetch(url, init);
      if (!RETRY_STATUSES.has(response.status)) {
        return response;
      }
    } catch (error) {
      if (isAbort(error)) {
        throw error;
      }
      failure = error;
    }
    const least = leastWait(options, attempt + 1, response);
    // jitter only lengthens the wait: never sooner than SharePoint asked
    const wait = least + Math.min(least * random() * options.jitter, Math.max(0, options.maxWaitMs - least));
    if (attempt >= options.maxRetries || least > options.maxWaitMs || waited + least > options.maxTotalWaitMs) {
      if (response) {
        return response;
      }
      throw failure;
    }
    options.onRetry?.({ attempt: attempt + 1, waitMs: Math.round(wait), status: response?.status ?? 0 });
    await sleep(wait, init.signal);
    waited += wait;
  }
}

/** PnPjs behaviour: replaces the send moment with fetchWithRetry. */
export function SalkkuFetch(options: RetryOptions = DEFAULT_RETRY): (instance: Queryable) => Queryable {
  return (instance) => {
    instance.on.send.replace(async (url: URL, init: RequestInit) => fetchWithRetry(url.toString(), init, options));
    return instance;
  };
}
