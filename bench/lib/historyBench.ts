/**
 * The portfolio's load with the follow-up's history present (`npm run bench -- --history`): the
 * same synthetic projects measured without and with two years of status reports (8 per project)
 * and actual costs in the stand-in. The portfolio reads no reports at all, so its
 * requests and bytes stay the same; the follow-up view reads only the period it shows.
 * Two stand-ins hold the same projects, the second the history as well:
 *  - Repository (Node, no latency): requests and bytes of the portfolio load, its time as the
 *    median of three (the stand-ins in turn, after a round to warm up); the follow-up load for
 *    the period the follow-up view opens with (the last six weeks and 120 days before).
 *  - Page (headless Chromium, the preview's Portfolio as a Teams tab, cold and warm, after a pair
 *    to warm up; unless --skip-e2e): usable time, requests and bytes, as the end-to-end table
 *    measures them; the two stand-ins in turn for --rounds=N (default 3), usable time the median.
 */
import type { StandIn } from '../../standin/standin';
import { browserEnvironment, createRepository } from '../../src/data/sharepoint/createRepository';
import { DEFAULT_CADENCE } from '../../src/domain/followup/model';
import type { Day } from '../../src/domain/followup/model';
import { defaultSince, readFrom } from '../../src/domain/followup/overview';
import type { CacheKind, PageMeasurement } from './pageBench';
import { PageBench } from './pageBench';
import { median } from './renderBench';
import { portfolioOf, SITE_PATH } from './seed';

export interface LoadFigures {
  requests: number;
  /** Bytes of the answers before compression (the stand-in's log). */
  bytes: number;
  ms: number;
}

export interface FollowUpFigures extends LoadFigures {
  /** The first day read (the follow-up view's default period). */
  since: Day;
  reportsRead: number;
}

export interface HistoryRow {
  projects: number;
  reportsStored: number;
  actualsStored: number;
  portfolio: { without: LoadFigures; with: LoadFigures };
  followUp: FollowUpFigures;
  /** The Portfolio page in headless Chromium, cold and warm (absent with --skip-e2e). */
  page?: Record<CacheKind, { without: PageMeasurement; with: PageMeasurement }>;
}

/** Requests and bytes of what `run` asked of the stand-in (a `$batch` counts once, with its whole answer). */
async function logged<T>(standIn: StandIn, run: () => Promise<T>): Promise<{ value: T; requests: number; bytes: number; ms: number }> {
  standIn.log.splice(0);
  const started = performance.now();
  const value = await run();
  const ms = performance.now() - started;
  const requests = standIn.log.filter((r) => r.batch === undefined);
  return { value, requests: requests.length, bytes: requests.reduce((sum, r) => sum + (r.responseBytes ?? 0), 0), ms };
}

/** The portfolio load from each stand-in in turn (one round to warm up, then three), medians of time. */
async function portfolioLoads(sites: readonly { standIn: StandIn; siteUrl: string }[], expected: number): Promise<LoadFigures[]> {
  const runs = sites.map(() => [] as LoadFigures[]);
  for (let round = 0; round < 4; round++) {
    for (const [i, site] of sites.entries()) {
      // a new repository each time: nothing kept between runs
      const repository = createRepository({ siteUrl: site.siteUrl, environment: browserEnvironment() });
      const run = await logged(site.standIn, () => repository.load());
      if (run.value.projects.length !== expected) {
        throw new Error(`loaded ${run.value.projects.length} of ${expected} projects`);
      }
      if (round > 0) {
        runs[i]?.push(run);
      }
    }
  }
  return runs.map((r) => ({ requests: r[0]?.requests ?? 0, bytes: r[0]?.bytes ?? 0, ms: Math.round(median(r.map((x) => x.ms))) }));
}

/** The Portfolio page opened cold and warm in a new profile, after one pair to warm up. */
async function pagePair(standIn: StandIn): Promise<Record<CacheKind, PageMeasurement>> {
  const bench = await PageBench.start(standIn);
  try {
    const measure = async (): Promise<Record<CacheKind, PageMeasurement>> => {
      const context = await bench.newContext();
      try {
        const cold = await bench.open(context, 'portfolio', 'salkku');
        const warm = await bench.open(context, 'portfolio', 'salkku');
        return { cold, warm };
      } finally {
        await context.close();
      }
    };
    await measure();
    return await measure();
  } finally {
    await bench.close();
  }
}

/**
 * Two stand-ins with the same synthetic projects, the second with two years of follow-up as
 * well, measured in turn so that neither gets the other's warm-up.
 */
async function measureSize(projects: number, today: Day, rounds: number): Promise<HistoryRow> {
  const plain = await portfolioOf(projects);
  const withHistory = await portfolioOf(projects, { history: true, today });
  try {
    const [without, withLoad] = await portfolioLoads([plain, withHistory], projects);
    const since = readFrom(defaultSince([], DEFAULT_CADENCE, today));
    const repository = createRepository({ siteUrl: withHistory.siteUrl, environment: browserEnvironment() });
    const followUp = await logged(withHistory.standIn, () => repository.followUp.loadFollowUp({ since, fromYear: Number(since.slice(0, 4)) }));
    const reports = withHistory.standIn.store.findWeb(SITE_PATH)?.lists.find((l) => l.UrlName === 'SalkkuStatusReports')?.items.length ?? 0;
    const actuals = withHistory.standIn.store.findWeb(SITE_PATH)?.lists.find((l) => l.UrlName === 'SalkkuActualCosts')?.items.length ?? 0;
    const row: HistoryRow = {
      projects,
      reportsStored: reports,
      actualsStored: actuals,
      portfolio: { without: without ?? { requests: 0, bytes: 0, ms: 0 }, with: withLoad ?? { requests: 0, bytes: 0, ms: 0 } },
      followUp: { requests: followUp.requests, bytes: followUp.bytes, ms: Math.round(followUp.ms), since, reportsRead: followUp.value.reports.length }
    };
    if (rounds === 0) {
      return row;
    }
    // in turn, the order swapped each round; the usable time is the median of the rounds
    const pages: { without: Record<CacheKind, PageMeasurement>[]; with: Record<CacheKind, PageMeasurement>[] } = { without: [], with: [] };
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? (['without', 'with'] as const) : (['with', 'without'] as const);
      for (const which of order) {
        pages[which].push(await pagePair((which === 'with' ? withHistory : plain).standIn));
      }
    }
    const of = (runs: Record<CacheKind, PageMeasurement>[], cache: CacheKind): PageMeasurement => {
      const first = runs[0]?.[cache];
      if (!first) {
        throw new Error('no page measured');
      }
      return { ...first, usableMs: median(runs.map((r) => r[cache].usableMs)), firstRowsMs: median(runs.map((r) => r[cache].firstRowsMs)) };
    };
    const page = { cold: { without: of(pages.without, 'cold'), with: of(pages.with, 'cold') }, warm: { without: of(pages.without, 'warm'), with: of(pages.with, 'warm') } };
    return { ...row, page };
  } finally {
    await plain.close();
    await withHistory.close();
  }
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;

/**
 * Measures each size and gives the tables (Markdown lines) and the rows (for
 * bench-results/history.json); `rounds`: page measurements per stand-in (0: none).
 */
export async function historyTables(sizes: readonly number[], options: { rounds: number; today?: Day }): Promise<{ lines: string[]; rows: HistoryRow[] }> {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const rows: HistoryRow[] = [];
  for (const projects of sizes) {
    rows.push(await measureSize(projects, today, options.rounds));
    console.log(`  measured ${projects} projects with and without history`);
  }
  const lines = [
    '| Projects | Reports stored | Actuals stored | Portfolio load: requests (without → with) | Bytes (without → with) | Time ms, median of 3 (without → with) | Follow-up load from | Reports read | Follow-up requests | Follow-up bytes |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |'
  ];
  for (const r of rows) {
    const p = r.portfolio;
    lines.push(
      `| ${r.projects.toLocaleString('en-US')} | ${r.reportsStored.toLocaleString('en-US')} | ${r.actualsStored.toLocaleString('en-US')} | ${p.without.requests} → ${p.with.requests} | ${kb(p.without.bytes)} → ${kb(p.with.bytes)} | ${p.without.ms} → ${p.with.ms} | ${r.followUp.since} | ${r.followUp.reportsRead.toLocaleString('en-US')} | ${r.followUp.requests} | ${kb(r.followUp.bytes)} |`
    );
  }
  const pages = rows.filter((r) => r.page);
  if (pages.length > 0) {
    lines.push('', '| Projects | Cache | Usable ms, median of rounds (without → with) | Requests (without → with) | Bytes (without → with) | On the wire, gzip (without → with) |', '| ---: | --- | ---: | ---: | ---: | ---: |');
    for (const r of pages) {
      for (const cache of ['cold', 'warm'] as CacheKind[]) {
        const m = r.page?.[cache];
        if (m) {
          lines.push(
            `| ${r.projects.toLocaleString('en-US')} | ${cache} | ${m.without.usableMs.toFixed(0)} → ${m.with.usableMs.toFixed(0)} | ${m.without.requests} → ${m.with.requests} | ${kb(m.without.bytes)} → ${kb(m.with.bytes)} | ${kb(m.without.wireBytes)} → ${kb(m.with.wireBytes)} |`
          );
        }
      }
    }
  }
  return { lines, rows };
}
