/**
 * Measures rendering in headless Chromium: builds the benchmark page (bench/page) with Vite,
 * serves it, and for a view and N projects records first render (data to painted), scroll frame
 * times and the JS heap, median of several runs.
 */
import * as path from 'path';
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';
import type { RunningServer } from '../../standin/server';
import { startServer } from '../../standin/server';
import { StandIn } from '../../standin/standin';
import { launchOptions } from '../../scripts/lib/chromium';

const ROOT = path.resolve(__dirname, '../..');
const OUT = path.join(ROOT, 'bench-results', 'page-dist');

export type BenchView = 'portfolio' | 'timeline' | 'impact' | 'rct';

export interface Measurement {
  firstRenderMs: number;
  frames: number[];
  heapMb: number;
}

interface PageResult {
  firstRenderMs: number;
  frames: number[];
  done: boolean;
  error?: string;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

export class RenderBench {
  private constructor(
    private readonly _browser: Browser,
    private readonly _server: RunningServer
  ) {}

  public static async start(): Promise<RenderBench> {
    const vite = (await import('vite')) as typeof import('vite');
    await vite.build({ configFile: path.join(ROOT, 'vite.config.mjs'), root: path.join(ROOT, 'bench/page'), logLevel: 'warn', build: { outDir: OUT, emptyOutDir: true, sourcemap: false } });
    const server = await startServer(new StandIn(), { staticRoot: OUT });
    const browser = await chromium.launch(launchOptions(['--enable-precise-memory-info']));
    return new RenderBench(browser, server);
  }

  public async measure(view: BenchView, count: number, runs = 3): Promise<Measurement> {
    const results: Measurement[] = [];
    for (let run = 0; run < runs; run++) {
      const page = await this._browser.newPage({ viewport: { width: 1400, height: 900 } });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      const url = new URL('/index.html', this._server.url);
      url.searchParams.set('view', view);
      url.searchParams.set('n', String(count));
      await page.goto(url.toString());
      await page.waitForFunction(() => (window as unknown as { __bench?: PageResult }).__bench?.done === true, undefined, { timeout: 600_000 });
      const bench = await page.evaluate(() => (window as unknown as { __bench: PageResult }).__bench);
      if (bench.error) {
        throw new Error(`${view} ${count}: ${bench.error}`);
      }
      const metrics = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
      const heap = metrics.metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
      results.push({ firstRenderMs: bench.firstRenderMs, frames: bench.frames, heapMb: heap / 1024 / 1024 });
      await page.close();
    }
    return { firstRenderMs: median(results.map((r) => r.firstRenderMs)), frames: results.flatMap((r) => r.frames), heapMb: median(results.map((r) => r.heapMb)) };
  }

  public async close(): Promise<void> {
    await this._browser.close();
    await this._server.close();
  }
}
