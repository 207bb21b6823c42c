/**
 * npm run bench:timeline — our Timeline view and react-calendar-timeline (the library the
 * leading open-source SPFx portfolio uses) render the same 1,000 and 12,000 synthetic projects in
 * one headless Chromium run. Prints first render, median and p95 scroll frame time, JS heap.
 *
 * First render: from ReactDom.render to the second animation frame after it (painted).
 * Scroll frame: one animation frame's work of scrolling 90 px through the rows — our chart's
 * scroller (only rows and months in view are drawn) or the page (react-calendar-timeline draws
 * every row) — including the forced style and layout; 3 × 120 frames.
 */
import { median, percentile, RenderBench } from './lib/renderBench';
import type { Measurement } from './lib/renderBench';

const SIZES = [1000, 12000];

async function main(): Promise<void> {
  console.log('Building the benchmark page…');
  const bench = await RenderBench.start();
  const results: { view: 'timeline' | 'rct'; n: number; m: Measurement }[] = [];
  try {
    for (const n of SIZES) {
      for (const view of ['timeline', 'rct'] as const) {
        results.push({ view, n, m: await bench.measure(view, n) });
        console.log(`  measured ${view} at ${n}`);
      }
    }
  } finally {
    await bench.close();
  }
  const label = (view: string): string => (view === 'timeline' ? 'Salkku TimelineView' : 'react-calendar-timeline 0.28');
  console.log('\nTimeline benchmark (headless Chromium, median of 3 runs; frames: 3 × 120)\n');
  console.log('| Timeline | Projects | First render (ms) | Scroll frame median (ms) | Scroll frame p95 (ms) | JS heap (MB) |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const r of results) {
    console.log(`| ${label(r.view)} | ${r.n.toLocaleString('en-US')} | ${r.m.firstRenderMs.toFixed(0)} | ${median(r.m.frames).toFixed(1)} | ${percentile(r.m.frames, 95).toFixed(1)} | ${r.m.heapMb.toFixed(1)} |`);
  }
  for (const n of SIZES) {
    const ours = results.find((r) => r.view === 'timeline' && r.n === n);
    const theirs = results.find((r) => r.view === 'rct' && r.n === n);
    if (ours && theirs) {
      console.log(`\nAt ${n.toLocaleString('en-US')} projects our first render is ${(theirs.m.firstRenderMs / ours.m.firstRenderMs).toFixed(1)}× faster.`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
