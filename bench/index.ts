/**
 * npm run bench — Salkku's figures, printed as Markdown tables:
 *  1. Requests: HTTP requests to load the portfolio for N = 1,000 / 5,000 / 12,000 projects, read
 *     from the stand-in's request log, beside the naive PnPjs pattern (each list read on its own,
 *     items() with SharePoint's default paging) on the same data.
 *  2. Render: data to painted for the three views at N = 1,000 and 12,000 in headless Chromium;
 *     median and p95 scroll frame time; JS heap.
 *  3. Bundle: gzip size of each web part's JS in the packaged solution (built when missing);
 *     exits with 1 when a web part is above 250 KB.
 *  4. End to end: from navigation to a usable page, all three web parts and the Portfolio alone,
 *     1,000 / 5,000 / 12,000 projects, cold and warm, Salkku and the old way in the same run
 *     (bench/lib/pageBench.ts); also written to bench-results/bench.json.
 *  5. With history (--history, or --only-history alone): the portfolio load before and after two
 *     years of status reports (8 per project) and actual costs are added, and the follow-up load
 *     of the period its view shows (bench/lib/historyBench.ts); also written to
 *     bench-results/history.json. --with-history seeds the history for tables 1 and 4 as well.
 * Options: --skip-e2e, --skip-render, --skip-bundle, --skip-requests, --only-e2e, --history,
 * --only-history, --with-history, --rounds=3 (history: page rounds per stand-in),
 * --projects=1000,5000 (end-to-end and history sizes).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/fields';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import { browserEnvironment, createRepository, createSp } from '../src/data/sharepoint/createRepository';
import { SCHEMA } from '../src/data/sharepoint/schema/schema';
import { listServerRelativeUrl } from '../src/data/sharepoint/spUtils';
import type { BenchView } from './lib/renderBench';
import type { CacheKind, Loader, PageKind, PageMeasurement } from './lib/pageBench';
import { BANDWIDTH_BYTES_PER_S, LATENCY_MS, PageBench } from './lib/pageBench';
import { median, percentile, RenderBench } from './lib/renderBench';
import { historyTables } from './lib/historyBench';
import { portfolioOf, seededStandIn } from './lib/seed';

const ROOT = path.resolve(__dirname, '..');
const BUDGET_KB = 250;


/** What a straightforward PnPjs loader does: each list and its fields on their own, items() paged by SharePoint's default. */
async function naiveLoad(sp: SPFI, siteUrl: string): Promise<number> {
  let items = 0;
  await sp.web();
  for (const list of SCHEMA.lists) {
    const spList = sp.web.getList(listServerRelativeUrl(siteUrl, list));
    await spList();
    await spList.fields();
    for await (const page of spList.items) {
      items += (page as unknown[]).length;
    }
  }
  return items;
}

/** --with-history: the stand-ins of the requests and end-to-end tables hold two years of follow-up too. */
const seedOptions = { history: process.argv.includes('--with-history') };

async function requestsTable(): Promise<string[]> {
  const lines = ['| Projects | Salkku (batched, 5,000 per page) | Naive PnPjs (items() default paging) |', '| ---: | ---: | ---: |'];
  for (const count of [1000, 5000, 12000]) {
    const portfolio = await portfolioOf(count, seedOptions);
    try {
      const repository = createRepository({ siteUrl: portfolio.siteUrl, environment: browserEnvironment() });
      // the request digest for $batch POSTs is fetched once per web and cached: count it too
      portfolio.standIn.log.splice(0);
      const data = await repository.load();
      const ours = portfolio.standIn.log.filter((r) => r.batch === undefined).length;
      portfolio.standIn.log.splice(0);
      const items = await naiveLoad(createSp({ siteUrl: portfolio.siteUrl, environment: browserEnvironment() }), portfolio.siteUrl);
      const naive = portfolio.standIn.log.length;
      if (data.projects.length !== count || items < count) {
        throw new Error(`loaded ${data.projects.length} / ${items} of ${count}`);
      }
      lines.push(`| ${count.toLocaleString('en-US')} | ${ours} | ${naive} |`);
    } finally {
      await portfolio.close();
    }
  }
  return lines;
}


interface Scenario extends Omit<PageMeasurement, 'firstRowsMs' | 'wireBytes'> {
  projects: number;
  cache: CacheKind;
  page: PageKind;
  firstRowsMs: number;
  wireBytes: number;
}

type Row = Scenario & { baseline: Scenario };

async function measurePair(bench: PageBench, page: PageKind, loader: Loader): Promise<Record<CacheKind, PageMeasurement>> {
  const context = await bench.newContext();
  try {
    const cold = await bench.open(context, page, loader);
    const warm = await bench.open(context, page, loader);
    return { cold, warm };
  } finally {
    await context.close();
  }
}

const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(2);
const kb = (bytes: number): string => (bytes / 1024).toFixed(0);
const ms = (value: number): string => value.toFixed(0);

/** The user's clock: navigation to usable, with latency and a bandwidth limit, Salkku vs the old way. */
async function endToEndTable(sizes: readonly number[]): Promise<{ lines: string[]; rows: Row[] }> {
  execFileSync('npx', ['tsx', 'scripts/build-preview.ts'], { cwd: ROOT, stdio: 'ignore' });
  const rows: Row[] = [];
  for (const projects of sizes) {
    const standIn = await seededStandIn(projects, seedOptions);
    const bench = await PageBench.start(standIn);
    try {
      for (const page of ['all', 'portfolio'] as PageKind[]) {
        const ours = await measurePair(bench, page, 'salkku');
        const old = await measurePair(bench, page, 'baseline');
        for (const cache of ['cold', 'warm'] as CacheKind[]) {
          const of = (m: PageMeasurement): Scenario => ({ ...m, projects, cache, page, usableMs: Math.round(m.usableMs), firstRowsMs: Math.round(m.firstRowsMs), longestTaskMs: Math.round(m.longestTaskMs), heapMb: Number(m.heapMb.toFixed(1)) });
          rows.push({ ...of(ours[cache]), baseline: of(old[cache]) });
        }
        console.log(`  measured ${projects} projects, ${page}`);
      }
    } finally {
      await bench.close();
    }
  }
  const lines = [
    '| Projects | Page | Cache | First rows (ms) | Usable (ms) | Requests | Bytes (MB, gzip on the wire) | Longest task (ms) | JS heap (MB) | Old way: usable (ms) | Old way: requests | Old way: MB (gzip) | Old way: longest task (ms) | Faster |',
    '| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'
  ];
  for (const r of rows) {
    const b = r.baseline;
    lines.push(
      `| ${r.projects.toLocaleString('en-US')} | ${r.page} | ${r.cache} | ${ms(r.firstRowsMs)} | ${ms(r.usableMs)} | ${r.requests} | ${r.bytes < 1024 * 1024 ? `${kb(r.bytes)} KB` : `${mb(r.bytes)} MB`} (${kb(r.wireBytes)} KB) | ${ms(r.longestTaskMs)} | ${r.heapMb} | ${ms(b.usableMs)} | ${b.requests} | ${mb(b.bytes)} (${mb(b.wireBytes)}) | ${ms(b.longestTaskMs)} | ${(b.usableMs / Math.max(1, r.usableMs)).toFixed(1)}× |`
    );
  }
  return { lines, rows };
}

async function renderTable(): Promise<string[]> {
  const bench = await RenderBench.start();
  const lines = ['| View | Projects | Data to painted (ms) | Scroll frame median (ms) | Scroll frame p95 (ms) | JS heap (MB) |', '| --- | ---: | ---: | ---: | ---: | ---: |'];
  try {
    for (const view of ['portfolio', 'timeline', 'impact'] as BenchView[]) {
      for (const count of [1000, 12000]) {
        const m = await bench.measure(view, count);
        lines.push(`| ${view} | ${count.toLocaleString('en-US')} | ${m.firstRenderMs.toFixed(0)} | ${median(m.frames).toFixed(1)} | ${percentile(m.frames, 95).toFixed(1)} | ${m.heapMb.toFixed(1)} |`);
      }
    }
  } finally {
    await bench.close();
  }
  return lines;
}

function newestMtime(dir: string): number {
  return fs.readdirSync(dir, { withFileTypes: true }).reduce((newest, e) => {
    const full = path.join(dir, e.name);
    return Math.max(newest, e.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }, 0);
}

function bundleTable(): { lines: string[]; over: string[] } {
  const sppkg = path.join(ROOT, 'sharepoint/solution/salkku.sppkg');
  if (!fs.existsSync(sppkg) || fs.statSync(sppkg).mtimeMs < newestMtime(path.join(ROOT, 'src'))) {
    console.log('Packaging the solution (npm run package)…');
    execFileSync('npm', ['run', 'package'], { cwd: ROOT, stdio: 'ignore' });
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'salkku-bundle-'));
  execFileSync('unzip', ['-q', sppkg, '-d', dir]);
  const assets = path.join(dir, 'ClientSideAssets');
  const lines = ['| Bundle | JS (KB) | gzip (KB) | Budget |', '| --- | ---: | ---: | --- |'];
  const over: string[] = [];
  for (const file of fs.readdirSync(assets).filter((f) => f.endsWith('.js')).sort()) {
    const content = fs.readFileSync(path.join(assets, file));
    const gzip = zlib.gzipSync(content, { level: 9 }).length / 1024;
    const webPart = /-web-part_/.test(file);
    const name = file.replace(/_[0-9a-f]{16,}\.js$/, '');
    if (webPart && gzip > BUDGET_KB) {
      over.push(name);
    }
    const note = webPart ? '' : name.startsWith('SalkkuStrings') ? ' (strings, one language per page)' : ' (loaded on demand: import/export)';
    lines.push(`| ${name}${note} | ${(content.length / 1024).toFixed(0)} | ${gzip.toFixed(0)} | ${webPart ? (gzip > BUDGET_KB ? `OVER ${BUDGET_KB}` : `≤ ${BUDGET_KB}`) : '–'} |`);
  }
  return { lines, over };
}

async function main(): Promise<void> {
  const skip = new Set(process.argv.slice(2));
  if (skip.has('--only-e2e')) {
    ['--skip-render', '--skip-bundle', '--skip-requests'].forEach((flag) => skip.add(flag));
  }
  const onlyHistory = skip.has('--only-history');
  if (onlyHistory) {
    ['--history', '--skip-render', '--skip-bundle', '--skip-requests'].forEach((flag) => skip.add(flag));
  }
  const sizesArg = process.argv.find((a) => a.startsWith('--projects='));
  const sizes = sizesArg ? sizesArg.slice('--projects='.length).split(',').map(Number) : [1000, 5000, 12000];
  if (!skip.has('--skip-requests')) {
    console.log('\n## Requests to load the portfolio (stand-in request log)\n');
    console.log((await requestsTable()).join('\n'));
  }
  if (!skip.has('--skip-e2e') && !onlyHistory) {
    console.log(`\nMeasuring the user's clock in headless Chromium (stand-in answers after ${LATENCY_MS} ms, download ${(BANDWIDTH_BYTES_PER_S * 8) / 1e6} Mbit/s)…`);
    const { lines, rows } = await endToEndTable(sizes);
    console.log(`\n## From navigation to a usable page (Teams tab, ${LATENCY_MS} ms per request, ${(BANDWIDTH_BYTES_PER_S * 8) / 1e6} Mbit/s; the old way: every column, each web part loading on its own, no cache)\n`);
    console.log(lines.join('\n'));
    fs.mkdirSync(path.join(ROOT, 'bench-results'), { recursive: true });
    fs.writeFileSync(path.join(ROOT, 'bench-results', 'bench.json'), `${JSON.stringify({ latencyMs: LATENCY_MS, bandwidthBytesPerS: BANDWIDTH_BYTES_PER_S, scenarios: rows }, null, 2)}\n`);
    console.log('\nWritten to bench-results/bench.json');
  }
  if (skip.has('--history')) {
    const e2e = !skip.has('--skip-e2e');
    const roundsArg = process.argv.find((a) => a.startsWith('--rounds='));
    const rounds = e2e ? Math.max(1, Number(roundsArg?.slice('--rounds='.length) ?? 3) || 3) : 0;
    if (e2e) {
      execFileSync('npx', ['tsx', 'scripts/build-preview.ts'], { cwd: ROOT, stdio: 'ignore' });
    }
    console.log('\nMeasuring the portfolio load without and with two years of follow-up history…');
    const { lines, rows } = await historyTables(sizes, { rounds });
    console.log(`\n## The portfolio load with the follow-up's history present (8 reports per project over two years, actual costs for two years)${e2e ? `; the page: Portfolio as a Teams tab, ${LATENCY_MS} ms per request` : ''}\n`);
    console.log(lines.join('\n'));
    fs.mkdirSync(path.join(ROOT, 'bench-results'), { recursive: true });
    fs.writeFileSync(path.join(ROOT, 'bench-results', 'history.json'), `${JSON.stringify({ latencyMs: LATENCY_MS, bandwidthBytesPerS: BANDWIDTH_BYTES_PER_S, rounds, sizes: rows }, null, 2)}\n`);
    console.log('\nWritten to bench-results/history.json');
  }
  if (!skip.has('--skip-render')) {
    console.log('\nMeasuring rendering in headless Chromium…');
    console.log('\n## Render (headless Chromium, median of 3 runs; scroll frames 3 × 120)\n');
    console.log((await renderTable()).join('\n'));
  }
  if (!skip.has('--skip-bundle')) {
    const { lines, over } = bundleTable();
    console.log('\n## Bundles in sharepoint/solution/salkku.sppkg\n');
    console.log(lines.join('\n'));
    if (over.length > 0) {
      console.error(`\nOver the ${BUDGET_KB} KB gzip budget: ${over.join(', ')}`);
      process.exit(1);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
