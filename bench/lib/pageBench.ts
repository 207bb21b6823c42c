/**
 * The user's clock: opens the preview (the web parts' own components and PnPjs data code) in
 * headless Chromium against the stand-in, as a city's page or Teams tab would open, and measures
 * from navigation to the first rows painted and to a usable page (every web part showing all
 * projects, checked with SharePoint), requests and bytes to SharePoint's API, the longest
 * main-thread task and the JS heap. Cold: a new browser profile; warm: the same profile opened
 * again (IndexedDB kept). The stand-in answers every request after LATENCY_MS and the browser's
 * download is limited to BANDWIDTH_BYTES_PER_S.
 */
import * as path from 'path';
import type { Browser, BrowserContext } from 'playwright-core';
import { chromium } from 'playwright-core';
import type { RunningServer } from '../../standin/server';
import { startServer } from '../../standin/server';
import type { StandIn } from '../../standin/standin';
import { launchOptions } from '../../scripts/lib/chromium';

const ROOT = path.resolve(__dirname, '../..');
export const PREVIEW_DIST = path.join(ROOT, 'preview-dist');

/** Per request, as an office network to SharePoint Online. */
export const LATENCY_MS = 50;
/** 40 Mbit/s down. */
export const BANDWIDTH_BYTES_PER_S = 5_000_000;

export type PageKind = 'all' | 'portfolio';
export type CacheKind = 'cold' | 'warm';
export type Loader = 'salkku' | 'baseline';

export interface PageMeasurement {
  firstRowsMs: number;
  usableMs: number;
  requests: number;
  /** Bytes of API answers before compression. */
  bytes: number;
  /** Bytes of API answers on the wire (gzip). */
  wireBytes: number;
  longestTaskMs: number;
  heapMb: number;
}

interface PageClock {
  firstRows?: number;
  usable?: number;
  longest: number;
}

/** Installed before the page's scripts: watches for rows and readiness, and long tasks. */
function clockScript(expectedViews: number): string {
  return `(() => {
    const clock = { longest: 0 };
    window.__clock = clock;
    new PerformanceObserver((list) => { for (const e of list.getEntries()) clock.longest = Math.max(clock.longest, e.duration); }).observe({ type: 'longtask', buffered: true });
    const check = () => {
      const now = performance.now();
      if (clock.firstRows === undefined && document.querySelector('[data-salkku-project]')) clock.firstRows = now;
      const ready = document.querySelectorAll('[data-salkku-loaded]').length;
      const pending = document.querySelector('[data-salkku-state="arriving"], [data-salkku-state="loading"], [data-salkku-freshness="checking"]');
      if (clock.usable === undefined && ready >= ${expectedViews} && !pending) clock.usable = now;
      if (clock.usable === undefined) requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })();`;
}

/** Runs in the page: navigation and script timings, and the store's user-timing marks (ms). */
function timelineOf(): [string, number][] {
  const entries: [string, number][] = [];
  const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  if (navigation) {
    entries.push(['html received', navigation.responseEnd], ['DOM content loaded', navigation.domContentLoadedEventEnd]);
  }
  for (const r of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
    entries.push([`${r.initiatorType} ${r.name.split('/').pop()?.slice(0, 60) ?? ''} (${r.transferSize} B)`, r.responseEnd]);
  }
  for (const m of performance.getEntriesByType('mark')) {
    entries.push([m.name, m.startTime]);
  }
  const clock = (window as unknown as { __clock: PageClock }).__clock;
  entries.push(['first rows', clock.firstRows ?? 0], ['usable', clock.usable ?? 0]);
  return entries.sort((a, b) => a[1] - b[1]);
}

export class PageBench {
  private constructor(
    private readonly _browser: Browser,
    private readonly _server: RunningServer
  ) {}

  public static async start(standIn: StandIn): Promise<PageBench> {
    standIn.latencyMs = LATENCY_MS;
    const server = await startServer(standIn, { staticRoot: PREVIEW_DIST, gzip: true });
    const browser = await chromium.launch(launchOptions(['--enable-precise-memory-info']));
    return new PageBench(browser, server);
  }

  public newContext(): Promise<BrowserContext> {
    return this._browser.newContext({ viewport: { width: 1400, height: 900 } });
  }

  /** Opens the page once in `context` and measures it. */
  public async open(context: BrowserContext, page: PageKind, loader: Loader): Promise<PageMeasurement> {
    return (await this._open(context, page, loader, false)).measurement;
  }

  /** As `open`, with Chromium's CPU profile of the page until it became usable (bench/profile.ts). */
  public async openProfiled(context: BrowserContext, page: PageKind): Promise<{ measurement: PageMeasurement; profile: unknown }> {
    return this._open(context, page, 'salkku', true);
  }

  private async _open(context: BrowserContext, page: PageKind, loader: Loader, profiled: boolean): Promise<{ measurement: PageMeasurement; profile: unknown }> {
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    if (profiled) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    await cdp.send('Network.enable');
    await cdp.send('Performance.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: BANDWIDTH_BYTES_PER_S, uploadThroughput: BANDWIDTH_BYTES_PER_S });
    const api = new Set<string>();
    let requests = 0;
    let wireBytes = 0;
    let bytes = 0;
    cdp.on('Network.requestWillBeSent', (e: { requestId: string; request: { url: string } }) => {
      if (e.request.url.includes('/_api/')) {
        api.add(e.requestId);
        requests++;
      }
    });
    cdp.on('Network.dataReceived', (e: { requestId: string; dataLength: number }) => {
      if (api.has(e.requestId)) {
        bytes += e.dataLength;
      }
    });
    cdp.on('Network.loadingFinished', (e: { requestId: string; encodedDataLength: number }) => {
      if (api.has(e.requestId)) {
        wireBytes += e.encodedDataLength;
      }
    });
    await tab.addInitScript(clockScript(page === 'all' ? 3 : 1));
    const url = new URL('/', this._server.url);
    url.searchParams.set('view', page === 'all' ? 'page' : 'portfolio');
    url.searchParams.set('host', 'teams-light');
    url.searchParams.set('lang', 'fi');
    // the web part property names the portfolio site (no tenant-setting read)
    url.searchParams.set('siteUrl', new URL('/sites/salkku', this._server.url).toString());
    if (loader === 'baseline') {
      url.searchParams.set('loader', 'baseline');
    }
    await tab.goto(url.toString());
    await tab.waitForFunction(() => (window as unknown as { __clock: PageClock }).__clock.usable !== undefined, undefined, { timeout: 300_000, polling: 100 });
    // long tasks after the page became usable still count (the views settling)
    await tab.waitForTimeout(300);
    const profile = profiled ? { cpu: ((await cdp.send('Profiler.stop')) as { profile: unknown }).profile, marks: await tab.evaluate(timelineOf) } : undefined;
    const clock = await tab.evaluate(() => (window as unknown as { __clock: PageClock }).__clock);
    const metrics = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    const heap = metrics.metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
    // the person stays a moment: what the page keeps for the next open is written meanwhile
    await tab.waitForTimeout(2000);
    await tab.close();
    const measurement: PageMeasurement = {
      firstRowsMs: clock.firstRows ?? clock.usable ?? 0,
      usableMs: clock.usable ?? 0,
      requests,
      bytes,
      wireBytes,
      longestTaskMs: clock.longest,
      heapMb: heap / 1024 / 1024
    };
    return { measurement, profile };
  }

  public async close(): Promise<void> {
    await this._browser.close();
    await this._server.close();
  }
}
