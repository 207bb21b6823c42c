import type { RetryOptions } from './retry';
import { DEFAULT_RETRY, fetchWithRetry } from './retry';

function answers(...statuses: (number | [number, string])[]): { fetch: typeof fetch; calls: () => number } {
  let call = 0;
  const fake = (async () => {
    const next = statuses[Math.min(call++, statuses.length - 1)];
    const [status, retryAfter] = Array.isArray(next) ? next : [next, undefined];
    return new Response(status === 204 ? null : '{}', { status, headers: retryAfter !== undefined ? { 'Retry-After': retryAfter } : {} });
  }) as typeof fetch;
  return { fetch: fake, calls: () => call };
}

function options(overrides: Partial<RetryOptions>): { options: RetryOptions; waits: number[] } {
  const waits: number[] = [];
  return { waits, options: { ...DEFAULT_RETRY, jitter: 0.2, random: () => 1, sleep: async (ms) => {
        waits.push(ms);
      },
      ...overrides } };
}

describe('retry policy', () => {
  it('waits at least what Retry-After asks, jitter only on top', async () => {
    const server = answers([429, '7'], [503, '2'], 200);
    const { options: o, waits } = options({ fetch: server.fetch });
    expect((await fetchWithRetry('https://x/_api/web', {}, o)).status).toBe(200);
    expect(waits).toEqual([8400, 2400]);
    [7000, 2000].forEach((asked, i) => expect(waits[i]).toBeGreaterThanOrEqual(asked));
  });

  it('gives up at once, without retrying early, when SharePoint asks for longer than the ceiling', async () => {
    const server = answers([429, '300'], 200);
    const { options: o, waits } = options({ fetch: server.fetch, maxWaitMs: 60_000 });
    const response = await fetchWithRetry('https://x/_api/web', {}, o);
    expect(response.status).toBe(429);
    expect(response.headers.get('Retry-After')).toBe('300');
    expect(waits).toEqual([]);
    expect(server.calls()).toBe(1);
  });

  it('stops when the waits together would pass the total ceiling', async () => {
    const server = answers([503, '40']);
    const { options: o, waits } = options({ fetch: server.fetch, jitter: 0, maxWaitMs: 60_000, maxTotalWaitMs: 100_000 });
    expect((await fetchWithRetry('https://x/_api/web', {}, o)).status).toBe(503);
    expect(waits).toEqual([40_000, 40_000]);
  });

  it('backs off exponentially when SharePoint gives no Retry-After, reads an HTTP date too', async () => {
    const { options: o, waits } = options({ fetch: answers(503, 504, 200).fetch, jitter: 0, baseDelayMs: 500 });
    await fetchWithRetry('https://x/_api/web', {}, o);
    expect(waits).toEqual([500, 1000]);
    const inFiveSeconds = new Date(Date.now() + 5_000).toUTCString();
    const dated = options({ fetch: answers([429, inFiveSeconds], 200).fetch, jitter: 0 });
    await fetchWithRetry('https://x/_api/web', {}, dated.options);
    expect(dated.waits[0]).toBeGreaterThan(3_000);
  });
});
