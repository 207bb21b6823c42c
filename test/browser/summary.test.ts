/**
 * The first screen's summaries in Chromium against the stand-in: the Portfolio's summary band
 * (status and RAG buttons that filter and are pressed while chosen, totals equal to the totals
 * panel's, assessment completeness, "needs attention" opening its list) and the Impact view's
 * perspective × level matrix (each count is what its click shows; the choice lives in the URL;
 * fits a page, scrolls in its own box on a narrow tab), with axe-core in four hosts.
 */
import type { Page } from 'playwright-core';
import { cellName } from '../../src/components/impact/PerspectiveSummary';
import { formatRangeTotal } from '../../src/components/common/formatting';
import { completeness } from '../../src/domain/impact/completeness';
import { levelMatrix, LEVEL_BUCKETS } from '../../src/domain/impact/levelMatrix';
import type { Project } from '../../src/domain/model';
import { IMPACT_PERSPECTIVES } from '../../src/domain/model';
import { applyFilter, buildSearchIndex, EMPTY_FILTER } from '../../src/domain/portfolio/filter';
import { computeTotals } from '../../src/domain/portfolio/totals';
import { RAG, STATUS } from '../../src/domain/vocabulary';
import * as fi from '../../src/loc/fi-fi.js';
import { SITE_PATH } from '../../scripts/lib/localPortfolio';
import { axeViolations, collectErrors, resultCount, screenshot, waitForViews } from './support/browser';
import { useBrowserPortfolio } from './support/useBrowserPortfolio';

/** Items given a status the vocabulary does not know: they land on the "needs attention" list. */
const UNKNOWN_STATUS = 'Kadoksissa';
const FLAGGED = 3;

describe('The first screen: summary band and impact matrix', () => {
  let flaggedIds: number[] = [];
  const site = useBrowserPortfolio({
    prepare: (portfolio, data) => {
      const newest = data.plans.reduce((a, b) => ((a.periodStart ?? '') > (b.periodStart ?? '') ? a : b));
      const list = portfolio.standIn.store.findWeb(SITE_PATH)?.lists.find((l) => l.UrlName === 'SalkkuProjects');
      const items = (list?.items ?? []).filter((item) => {
        const plans = item.values.PlansId;
        return Array.isArray(plans) && plans.includes(newest.id);
      });
      for (const item of items.slice(0, FLAGGED)) {
        item.values.ProjectStatus = UNKNOWN_STATUS;
        flaggedIds.push(item.Id);
      }
      portfolio.standIn.store.changed();
    }
  });

  /** The newest plan's projects as the page loads them (the flagged items with their new status). */
  const newest = (): Project[] => {
    const projects = site.data.projects.map((p) => (p.id !== null && flaggedIds.includes(p.id) ? { ...p, status: UNKNOWN_STATUS } : p));
    return applyFilter(projects, EMPTY_FILTER, site.data.plans, buildSearchIndex(projects));
  };

  const waitForCount = (page: Page, n: number): Promise<unknown> =>
    page.waitForFunction((count) => document.querySelector('[data-salkku-result-count]')?.getAttribute('data-salkku-result-count') === String(count), n);

  afterAll(() => {
    flaggedIds = [];
  });

  it('a RAG in the band narrows the grid to its figure and is pressed; clicking it again clears it', async () => {
    const page = await site.open('portfolio');
    try {
      const all = newest();
      expect(await resultCount(page)).toBe(all.length);
      const red = page.locator(`[data-salkku-band="rags"][data-salkku-band-value="${RAG.red}"]`);
      const figure = Number(await red.getAttribute('data-salkku-band-count'));
      expect(figure).toBe(all.filter((p) => p.rag === RAG.red).length);
      expect(figure).toBeGreaterThan(0);
      expect(await red.textContent()).toBe(`${fi.RagRed} ${figure}`);
      expect(await red.getAttribute('aria-pressed')).toBe('false');
      await red.click();
      await waitForCount(page, figure);
      expect(await red.getAttribute('aria-pressed')).toBe('true');
      expect(new URL(page.url()).searchParams.getAll('sk-rag')).toEqual([RAG.red]);
      expect(await page.locator('[data-salkku-grid="portfolio"] [data-salkku-project]').count()).toBeLessThanOrEqual(figure);
      // the other RAG values stay in sight with their counts: a second one widens the choice
      const green = page.locator(`[data-salkku-band="rags"][data-salkku-band-value="${RAG.green}"]`);
      const greens = Number(await green.getAttribute('data-salkku-band-count'));
      expect(greens).toBe(all.filter((p) => p.rag === RAG.green).length);
      await green.click();
      await waitForCount(page, figure + greens);
      await green.click();
      await waitForCount(page, figure);
      await screenshot(page, 'summary-band-red');
      await red.click();
      await waitForCount(page, all.length);
      expect(await red.getAttribute('aria-pressed')).toBe('false');
      expect(new URL(page.url()).searchParams.getAll('sk-rag')).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('a status in the band filters too, and the other figures follow the filters', async () => {
    const page = await site.open('portfolio');
    try {
      const inProgress = newest().filter((p) => p.status === STATUS.inProgress);
      const button = page.getByRole('button', { name: `${fi.StatusInProgress} ${inProgress.length}`, exact: true });
      await button.click();
      await waitForCount(page, inProgress.length);
      expect(await button.getAttribute('aria-pressed')).toBe('true');
      const assessed = inProgress.filter((p) => completeness(p).complete).length;
      expect(await page.getAttribute('[data-salkku-band-assessed]', 'data-salkku-band-assessed')).toBe(`${assessed}/${inProgress.length}`);
      expect(await page.textContent('[data-salkku-band-total="investment"]')).toBe(`${fi.TotalsInvestment}: ${formatRangeTotal(computeTotals(inProgress).investment, fi)}`);
      // the flagged items have another status: none of the projects shown needs attention
      expect(await page.getAttribute('[data-salkku-band-attention]', 'data-salkku-band-attention')).toBe('0');
    } finally {
      await page.close();
    }
  });

  it('shows the same totals as the totals panel and the plan\'s assessment completeness', async () => {
    const page = await site.open('portfolio');
    try {
      const all = newest();
      const totals = computeTotals(all);
      const investment = formatRangeTotal(totals.investment, fi);
      const recurring = formatRangeTotal(totals.recurring, fi);
      expect(await page.textContent('[data-salkku-band-total="investment"] strong')).toBe(investment);
      expect(await page.textContent('[data-salkku-band-total="recurring"] strong')).toBe(recurring);
      const panel = (await page.textContent('[data-salkku-totals]')) ?? '';
      expect(panel).toContain(investment);
      expect(panel).toContain(recurring);
      const assessed = all.filter((p) => completeness(p).complete).length;
      expect(await page.textContent('[data-salkku-band-assessed]')).toBe(`Vaikutusarvio valmis: ${assessed} / ${all.length}`);
    } finally {
      await page.close();
    }
  });

  it('counts the projects needing attention; clicking opens that list and moves to it', async () => {
    const page = await site.open('portfolio');
    try {
      const attention = page.locator('[data-salkku-band-attention]');
      expect(await attention.getAttribute('data-salkku-band-attention')).toBe(String(FLAGGED));
      expect(await attention.textContent()).toBe(`Vaatii huomiota: ${FLAGGED}`);
      expect(await page.locator('[data-salkku-attention] details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
      await attention.click();
      expect(await page.locator('[data-salkku-attention] details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
      expect(await page.locator('[data-salkku-attention] li').count()).toBeGreaterThanOrEqual(FLAGGED);
      expect(await page.locator('[data-salkku-attention]').isVisible()).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('each matrix count is the number of projects its click shows; the cell is pressed, kept in the URL and clears', async () => {
    const page = await site.open('impact');
    try {
      const all = newest();
      const matrix = levelMatrix(all);
      const cells = IMPACT_PERSPECTIVES.flatMap((perspective) => LEVEL_BUCKETS.map((bucket) => ({ perspective, bucket, count: matrix[perspective][bucket] })));
      // the table shows every count as the data says
      for (const { perspective, bucket, count } of cells) {
        expect(await page.locator(`[data-salkku-matrix-count^="${perspective}:${bucket}:"]`).getAttribute('data-salkku-matrix-count')).toBe(`${perspective}:${bucket}:${count}`);
      }
      // a sample of cells, clicked: the grid shows that many, the row headers agree
      const sample = cells.filter((c) => c.count > 0).filter((_, i) => i % 3 === 0);
      expect(sample.length).toBeGreaterThan(5);
      for (const { perspective, bucket, count } of sample) {
        const button = page.getByRole('button', { name: cellName(fi, perspective, bucket, count), exact: true });
        await button.click();
        await waitForCount(page, count);
        expect({ perspective, bucket, pressed: await button.getAttribute('aria-pressed') }).toEqual({ perspective, bucket, pressed: 'true' });
        expect(new URL(page.url()).searchParams.get('sk-impact')).toBe(`${perspective}:${bucket}`);
        await button.click();
        await waitForCount(page, all.length);
        expect(await button.getAttribute('aria-pressed')).toBe('false');
      }
      // the URL keeps the choice: a reload shows the same cell pressed and the same rows
      const security = matrix.security.significant;
      expect(security).toBeGreaterThan(1);
      const name = `b) Tietoturvallisuus, merkittävä: ${security} hanketta`;
      await page.getByRole('button', { name, exact: true }).click();
      await waitForCount(page, security);
      await page.reload();
      await waitForViews(page);
      expect(await resultCount(page)).toBe(security);
      expect(await page.getByRole('button', { name, exact: true }).getAttribute('aria-pressed')).toBe('true');
      expect(await page.locator('table[data-salkku-impact-matrix] th[scope="row"]').count()).toBe(IMPACT_PERSPECTIVES.length);
      expect(await page.locator('table[data-salkku-impact-matrix] thead th[scope="col"]').count()).toBe(LEVEL_BUCKETS.length + 1);
      await screenshot(page, 'summary-matrix-security-significant');
      // and the message above the grid clears it
      await page.getByRole('button', { name: fi.ImpactFilterClear }).click();
      await waitForCount(page, all.length);
      expect(new URL(page.url()).searchParams.get('sk-impact')).toBeNull();
    } finally {
      await page.close();
    }
  });

  it('fits the matrix in 1,280 px; on a 320 px tab it scrolls inside its own box', async () => {
    const page = await site.open('impact');
    try {
      // the table's box against the view: (Fluent's wrapping stacks overhang the view by a few px by design)
      const overflow = (): Promise<{ box: number; inner: number; right: number; viewRight: number }> =>
        page.evaluate(() => {
          const box = document.querySelector('[data-salkku-impact-matrix-scroller]');
          const view = document.querySelector('[data-salkku-view="impact"]');
          return { box: box?.scrollWidth ?? -1, inner: box?.clientWidth ?? -1, right: box?.getBoundingClientRect().right ?? Infinity, viewRight: view?.getBoundingClientRect().right ?? -1 };
        });
      const wide = await overflow();
      expect(wide.box).toBeLessThanOrEqual(wide.inner);
      expect(wide.right).toBeLessThanOrEqual(wide.viewRight);
      await page.goto(site.url({ view: 'impact', host: 'narrow' }));
      await waitForViews(page);
      const narrow = await overflow();
      expect(narrow.box).toBeGreaterThan(narrow.inner);
      expect(narrow.inner).toBeLessThanOrEqual(320);
      expect(narrow.right).toBeLessThanOrEqual(narrow.viewRight);
      // its last column can be scrolled to
      const lastColumn = (): Promise<boolean> =>
        page.evaluate(() => {
          const box = document.querySelector('[data-salkku-impact-matrix-scroller]')?.getBoundingClientRect();
          const th = [...document.querySelectorAll('[data-salkku-impact-matrix] thead th')].pop()?.getBoundingClientRect();
          return box !== undefined && th !== undefined && th.right <= box.right + 1;
        });
      expect(await lastColumn()).toBe(false);
      await page.locator('[data-salkku-impact-matrix-scroller]').evaluate((e) => e.scrollTo({ left: e.scrollWidth }));
      expect(await lastColumn()).toBe(true);
      await screenshot(page, 'summary-matrix-narrow');
    } finally {
      await page.close();
    }
  });

  it.each(['sharepoint', 'teams-dark', 'teams-contrast', 'narrow'])('has no axe violations with a band filter and a matrix cell pressed in %s', async (host) => {
    const context = await site.contextFor('owner', { width: 1280, height: 900 });
    const page = await context.newPage();
    const errors = collectErrors(page);
    try {
      for (const [view, params] of [
        ['portfolio', { 'sk-rag': RAG.red, 'sk-status': STATUS.inProgress }],
        ['impact', { 'sk-impact': 'security:significant' }]
      ] as const) {
        await page.goto(site.url({ view, host, ...params }));
        await waitForViews(page);
        await page.locator('[aria-pressed="true"]').first().waitFor();
        expect({ host, view, violations: await axeViolations(page) }).toEqual({ host, view, violations: [] });
        await screenshot(page, `summary-axe-${view}-${host}`);
      }
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
