/**
 * npm run bench:timeline — our Timeline view and react-calendar-timeline (the library the
 * leading open-source SPFx portfolio uses) render the same 1,000 and 12,000 synthetic projects in
 * one headless Chromium run. Prints first render, median and p95 scroll frame time, JS heap.
 *
 * First render: from ReactDom.render to the second animation frame after it (painted).
 * Scroll frame: one animation frame's work of scrolling 90 px through the rows — our chart's
 * scroller (rows and months in view are drawn) or the page (react-calendar-timeline draws every
 * row) — including the forced style and layout; 120 frames.
 */
import * as path from 'path';
import { chromium } from 'playwright-core';
import { startServer } from '../standin/server';
import { StandIn } from '../standin/standin';
import { CHROMIUM_ARGS } from '../test/browser/support/browser';

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'bench-results', 'timeline-dist');
const SIZES = [1000, 12000];
const RUNS = 3;

interface Measurement {
  firstRenderMs: number;
  frames: number[];
  heapMb: number;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function median(values: number[]): number {
  return percentile(values, 50);
}

async function build(): Promise<void> {
  const vite = (await import('vite')) as typeof import('vite');
  await vite.build({ configFile: path.join(ROOT, 'vite.config.mjs'), root: path.join(ROOT, 'bench/timeline'), logLevel: 'warn', build: { outDir: OUT, emptyOutDir: true, sourcemap: false } });
}

async function main(): Promise<void> {
  console.log('Building the benchmark page…');
  await build();
  const server = await startServer(new StandIn(), { staticRoot: OUT });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'] });
  const results: { lib: string; n: number; m: Measurement }[] = [];
  try {
    for (const n of SIZES) {
      for (const lib of ['salkku', 'rct']) {
        const runs: Measurement[] = [];
        for (let run = 0; run < RUNS; run++) {
          const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
          const cdp = await page.context().newCDPSession(page);
          await cdp.send('Performance.enable');
          await page.goto(`${server.url}/index.html?lib=${lib}&n=${n}`);
          await page.waitForFunction(() => window.__bench?.done === true, undefined, { timeout: 600_000 });
          const bench = await page.evaluate(() => window.__bench);
          if (bench.error) {
            throw new Error(`${lib} ${n}: ${bench.error}`);
          }
          const metrics = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
          const heap = metrics.metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
          runs.push({ firstRenderMs: bench.firstRenderMs, frames: bench.frames, heapMb: heap / 1024 / 1024 });
          await page.close();
        }
        const firstRender = median(runs.map((r) => r.firstRenderMs));
        results.push({ lib, n, m: { firstRenderMs: firstRender, frames: runs.flatMap((r) => r.frames), heapMb: median(runs.map((r) => r.heapMb)) } });
        console.log(`  measured ${lib} at ${n}`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const label = (lib: string): string => (lib === 'salkku' ? 'Salkku TimelineView' : 'react-calendar-timeline 0.28');
  console.log('\nTimeline benchmark (headless Chromium, median of 3 runs; frames: 3 × 120)\n');
  console.log('| Timeline | Projects | First render (ms) | Scroll frame median (ms) | Scroll frame p95 (ms) | JS heap (MB) |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const r of results) {
    console.log(`| ${label(r.lib)} | ${r.n.toLocaleString('en-US')} | ${r.m.firstRenderMs.toFixed(0)} | ${median(r.m.frames).toFixed(1)} | ${percentile(r.m.frames, 95).toFixed(1)} | ${r.m.heapMb.toFixed(1)} |`);
  }
  for (const n of SIZES) {
    const ours = results.find((r) => r.lib === 'salkku' && r.n === n);
    const theirs = results.find((r) => r.lib === 'rct' && r.n === n);
    if (ours && theirs) {
      console.log(`\nAt ${n.toLocaleString('en-US')} projects our first render is ${(theirs.m.firstRenderMs / ours.m.firstRenderMs).toFixed(1)}× faster.`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
