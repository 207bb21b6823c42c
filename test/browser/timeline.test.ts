/**
 * The Timeline view in Chromium: zoom levels, filters shared with the Portfolio through the URL,
 * keyboard navigation across rows and phases, spoken labels, the detail panel, the list of
 * schedules that cannot be placed, and axe-core in every theme.
 */
import type { Page } from 'playwright-core';
import { SITE_PATH } from '../../scripts/lib/localPortfolio';
import type { PortfolioData } from '../../src/data/contract/repository.types';
import { applyFilter, buildSearchIndex, EMPTY_FILTER, newestPlan } from '../../src/domain/portfolio/filter';
import * as fi from '../../src/loc/fi-fi.js';
import type { PortfolioFilter } from '../../src/domain/portfolio/filter';
import { isPlaceable } from '../../src/domain/timeline/layout';
import { contextFor, resultCount, screenshot, waitForViews } from './support/browser';
import { useBrowserPortfolio } from './support/useBrowserPortfolio';

/** The axis labels (years, quarters, months) wholly in the visible part of the chart, right of the sticky titles. */
function visibleAxisLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const chart = document.querySelector('[data-salkku-timeline="chart"]');
    const titles = chart?.querySelector('[role="row"] [role="columnheader"]');
    if (!chart || !titles) {
      return [];
    }
    const left = titles.getBoundingClientRect().right;
    const right = chart.getBoundingClientRect().right;
    return [...chart.querySelectorAll('[role="columnheader"] span')]
      .filter((span) => {
        const box = span.getBoundingClientRect();
        return box.left >= left - 1 && box.right <= right + 1;
      })
      .map((span) => span.textContent ?? '');
  });
}

/** True when the today line is in the visible part of the chart. */
function todayInView(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const chart = document.querySelector('[data-salkku-timeline="chart"]');
    const titles = chart?.querySelector('[role="row"] [role="columnheader"]');
    const line = chart?.querySelector('[data-salkku-today]');
    if (!chart || !titles || !line) {
      return false;
    }
    const x = line.getBoundingClientRect().left;
    return x >= titles.getBoundingClientRect().right && x <= chart.getBoundingClientRect().right;
  });
}

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

  const planStartYear = (): string => newestPlan(site.data.plans)?.periodStart?.slice(0, 4) ?? 'no plan';
  const thisYear = String(new Date().getFullYear());

  it.each([
    ['sharepoint', 1280],
    ['narrow', 320]
  ])('opens on the plan\'s period in month zoom (%s, %i px), not at the left end of the data', async (host, width) => {
    const context = await contextFor(site.browser, site.portfolio, 'owner', { width, height: 900 });
    const page = await context.newPage();
    try {
      await page.goto(site.url({ view: 'timeline', host, 'sk-zoom': 'month' }));
      await waitForViews(page);
      const labels = await visibleAxisLabels(page);
      expect(labels).toContain(planStartYear());
      // more than a sliver: month labels are in view too
      expect(labels.length).toBeGreaterThan(1);
      // a project's bar is in view on the first screen
      const bars = await page.locator('[data-salkku-timeline] [data-segment]').evaluateAll((nodes) => {
        const chart = document.querySelector('[data-salkku-timeline="chart"]')?.getBoundingClientRect();
        return nodes.filter((n) => {
          const box = n.getBoundingClientRect();
          return chart !== undefined && box.right > chart.left + 140 && box.left < chart.right && box.top < chart.bottom;
        }).length;
      });
      expect(bars).toBeGreaterThan(0);
      await screenshot(page, `timeline-opens-month-${host}-${width}`);
    } finally {
      await context.close();
    }
  });

  it('opens with the plan\'s period and today both in view where they fit (quarter zoom, 1,400 px)', async () => {
    const context = await contextFor(site.browser, site.portfolio, 'owner', { width: 1400, height: 900 });
    const page = await context.newPage();
    try {
      await page.goto(site.url({ view: 'timeline' }));
      await waitForViews(page);
      expect(await visibleAxisLabels(page)).toContain(planStartYear());
      expect(await todayInView(page)).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('scrolls to today and back to the plan\'s period with its buttons (mouse and keyboard), and keeps the middle when zooming', async () => {
    const page = await open({ 'sk-zoom': 'month' });
    try {
      expect(await visibleAxisLabels(page)).toContain(planStartYear());
      await page.getByRole('button', { name: fi.ShowToday }).click();
      expect(await todayInView(page)).toBe(true);
      expect(await visibleAxisLabels(page)).toContain(thisYear);
      expect(await visibleAxisLabels(page)).not.toContain(planStartYear());
      await screenshot(page, 'timeline-today');
      await page.getByRole('button', { name: fi.ShowPlanPeriod }).focus();
      await page.keyboard.press('Enter');
      expect(await visibleAxisLabels(page)).toContain(planStartYear());
      expect(await todayInView(page)).toBe(false);
      // the zoom keeps the middle of the view: the plan's period stays in view
      await page.click('[data-salkku-zoom="quarter"]');
      expect(await visibleAxisLabels(page)).toContain(planStartYear());
      await page.click('[data-salkku-zoom="month"]');
      const labels = await visibleAxisLabels(page);
      expect(labels.includes(planStartYear()) || labels.includes(String(Number(planStartYear()) + 1))).toBe(true);
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

describe('Timeline view with a long unbroken title', () => {
  const LONG_TITLE = `Pitkä${'x'.repeat(250)}`;
  const site = useBrowserPortfolio({
    prepare: (portfolio, data) => {
      const list = portfolio.standIn.store.findWeb(SITE_PATH)?.lists.find((l) => l.UrlName === 'SalkkuProjects');
      const plan = newestPlan(data.plans);
      if (!list || !plan) {
        throw new Error('The projects list or a plan is missing');
      }
      const now = new Date().toISOString();
      const values = { Title: LONG_TITLE, PlansId: [plan.id], PlanId: plan.id, ScheduleText: 'myöhemmin' };
      list.items.push({ Id: list.nextItemId++, version: 1, Created: now, Modified: now, AuthorId: 1, EditorId: 1, values });
      portfolio.standIn.store.changed();
    }
  });

  it.each([1280, 320])('keeps a 255-character title inside the list of schedules that cannot be placed (%i px)', async (width) => {
    const context = await site.contextFor('owner', { width, height: 900 });
    const page = await context.newPage();
    try {
      await page.goto(site.url({ view: 'timeline', host: width === 320 ? 'narrow' : 'sharepoint' }));
      await waitForViews(page);
      const item = page.locator('[data-salkku-unplaced] li', { hasText: LONG_TITLE.slice(0, 40) });
      await item.scrollIntoViewIfNeeded();
      const inside = await item.evaluate((li) => {
        const section = li.closest('[data-salkku-unplaced]')?.getBoundingClientRect();
        const box = li.getBoundingClientRect();
        const link = li.querySelector('a, button')?.getBoundingClientRect();
        return { li: section !== undefined && box.right <= section.right + 1, link: link !== undefined && section !== undefined && link.right <= section.right + 1, overflow: li.scrollWidth <= li.clientWidth + 1 };
      });
      expect(inside).toEqual({ li: true, link: true, overflow: true });
      await screenshot(page, `timeline-long-title-${width}`);
    } finally {
      await context.close();
    }
  });
});
