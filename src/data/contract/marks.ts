/**
 * User-timing marks (`performance.mark`) at the steps of opening the portfolio: shown in the
 * browser's performance tools and read by bench/profile.ts. No-ops where there is no
 * `performance` (older test environments).
 */
export type OpenStep = 'cache-read-start' | 'cache-read-end' | 'cached-shown' | 'first-page' | 'loaded' | 'confirmed';

export function markStep(step: OpenStep): void {
  const timing: Partial<Pick<Performance, 'mark'>> | undefined = globalThis.performance;
  timing?.mark?.(`salkku:${step}`);
}
