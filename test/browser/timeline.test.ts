/**
 * The Timeline view in Chromium: zoom levels, filters shared with the Portfolio through the URL,
 * keyboard navigation across rows and phases, spoken labels, the detail panel, the list of
 * schedules that cannot be placed, and axe-core in every theme.
 */
import type { Page } from 'playwright-core';
import type { PortfolioData } from '../../src/data/contract/repository.types';
import { applyFilter, buildSearchIndex, EMPTY_FILTER } from '../../src/domain/portfolio/filter';
import type { PortfolioFilter } from '../../src/domain/portfolio/filter';
import { isPlaceable } from '../../src/domain/timeline/layout';
import { resultCount, screenshot, waitForViews } from './support/browser';
import { useBrowserPortfolio } from './support/useBrowserPortfolio';

describe('Timeline view', () => {
  const site = useBrowserPortfolio();

  const filtered = (filter: Partial<PortfolioFilter>): PortfolioData['projects'] =>
    applyFilter(site.data.projects, { ...EMPTY_FILTER, ...filter }, site.data.plans, buildSearchIndex(site.data.projects));

  const open = (params: Record<string, string> = {}): Promise<Page> => site.open('timeline', params);

  it('zooms by year, quarter and month, and keeps the zoom in the URL', async () => {
    const page = await open();
    try {
      const tickCount = async (): Promise<number> => page.locator('[data-salkku-timeline] [role="columnheader"] span').count();
      expect(await page.getAttribute('[data-salkku-zoom="quarter"]', 'aria-pressed')).toBe('true');
      const quarterTicks = await tickCount();
      await page.click('[data-salkku-zoom="year"]');
      const yearTicks = await tickCount();
      await page.click('[data-salkku-zoom="month"]');
      const monthTicks = await tickCount();
      expect(new URL(page.url()).searchParams.get('sk-zoom')).toBe('month');
      expect(yearTicks).toBeLessThan(quarterTicks);
      expect(monthTicks).toBeGreaterThan(0);
      const labels = await page.locator('[data-salkku-timeline] [role="columnheader"] span').allTextContents();
      expect(labels.some((l) => /^[a-zäö]+k?\.?$/i.test(l) && !/^Q\d$/.test(l))).toBe(true);
      await screenshot(page, 'timeline-month');
      const again = await site.owner.newPage();
      await again.goto(page.url());
      await waitForViews(again);
      expect(await again.getAttribute('[data-salkku-zoom="month"]', 'aria-pressed')).toBe('true');
      await again.close();
    } finally {
      await page.close();
    }
  });

  it('follows the Portfolio\'s filters on the same page (shared URL state)', async () => {
    const page = await site.owner.newPage();
    try {
      await page.goto(site.url({ view: 'page' }));
      await waitForViews(page);
      const portfolioPart = page.locator('[data-salkku-webpart="portfolio"]');
      const timelinePart = page.locator('[data-salkku-webpart="timeline"]');
      await portfolioPart.getByRole('searchbox').fill('verkko');
      const expected = filtered({ text: 'verkko' }).length;
      await page.waitForFunction((n) => document.querySelector('[data-salkku-webpart="timeline"] [data-salkku-result-count]')?.getAttribute('data-salkku-result-count') === String(n), expected);
      expect(await timelinePart.getByRole('searchbox').inputValue()).toBe('verkko');
      expect(Number(await portfolioPart.locator('[data-salkku-result-count]').getAttribute('data-salkku-result-count'))).toBe(expected);
    } finally {
      await page.close();
    }
  });

  it('moves between rows and phases with the keyboard and says each row in words', async () => {
    const page = await open({ 'sk-plan': 'all' });
    try {
      const first = page.locator('[data-salkku-timeline] [data-row-index="0"]');
      await first.focus();
      await page.keyboard.press('ArrowDown');
      const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
      const id = Number(await page.evaluate(() => document.activeElement?.getAttribute('data-salkku-project')));
      const project = site.data.projects.find((p) => p.id === id);
      expect(label.startsWith(`${project?.number} ${project?.title}, `)).toBe(true);
      expect(label).toMatch(/(tammikuu|helmikuu|maaliskuu|huhtikuu|toukokuu|kesäkuu|heinäkuu|elokuu|syyskuu|lokakuu|marraskuu|joulukuu) \d{4}/);
      await page.keyboard.press('Enter');
      await page.locator(`[data-salkku-detail="${id}"]`).waitFor();
      await page.keyboard.press('Escape');

      const phased = filtered({ plan: 'all' }).find((p) => p.schedule.phases.filter((ph) => ph.start !== null || ph.end !== null).length >= 2);
      expect(phased).toBeDefined();
      await page.getByRole('searchbox').fill(phased?.title ?? '');
      const row = page.locator(`[data-salkku-timeline] [data-salkku-project="${phased?.id}"]`);
      await row.waitFor();
      await row.focus();
      await page.keyboard.press('ArrowRight');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-segment'))).toBe('0');
      await page.keyboard.press('ArrowRight');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-segment'))).toBe('1');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toContain(phased?.schedule.phases[1]?.name ?? 'missing');
    } finally {
      await page.close();
    }
  });

  it('lists the projects whose schedule cannot be placed, with their original text', async () => {
    const page = await open({ 'sk-plan': 'all' });
    try {
      const unplaced = filtered({ plan: 'all' }).filter((p) => !isPlaceable(p.schedule));
      expect(unplaced.length).toBeGreaterThan(0);
      expect(Number(await page.getAttribute('[data-salkku-unplaced]', 'data-salkku-unplaced'))).toBe(unplaced.length);
      const text = (await page.textContent('[data-salkku-unplaced]')) ?? '';
      for (const p of unplaced.filter((q) => q.schedule.text.trim() !== '')) {
        expect(text).toContain(p.schedule.text.trim());
      }
      expect(await resultCount(page)).toBe(filtered({ plan: 'all' }).length);
    } finally {
      await page.close();
    }
  });

  it('draws uncertainty distinctly and says it in words next to the bar', async () => {
    const page = await open({ 'sk-plan': 'all', 'sk-zoom': 'year' });
    try {
      const words = await page.locator('[data-salkku-timeline] [data-salkku-project] span[aria-hidden="true"]').allTextContents();
      expect(words.join(' ')).toMatch(/epävarma|avoin loppu|jatkuva|vaihtoehtoinen aikataulu/);
    } finally {
      await page.close();
    }
  });

  it.each([
    ['sharepoint', 1280],
    ['teams-dark', 1280],
    ['teams-contrast', 1280],
    ['teams-light', 320]
  ])('has no axe violations in %s at %i px', async (host, width) => {
    const { violations, errors } = await site.accessibility('timeline', host, width);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });
});
