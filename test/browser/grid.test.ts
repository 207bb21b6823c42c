/**
 * The grids of the Portfolio and Impact views measured in Chromium: at 1,280 and 1,400 px in
 * Finnish, Swedish and English no cost cell or header is clipped, headers do not overlap, text
 * cut with an ellipsis has a tooltip, and the impact-assessment column is on the screen at
 * 1,280 px. A project with an absurd investment (10^12 €) keeps the totals readable, and our
 * vocabulary (service areas, filter options) is translated while a city's own values stay as
 * written.
 */
import type { Page } from 'playwright-core';
import { emptyProject } from '../../src/domain/model';
import * as fi from '../../src/loc/fi-fi.js';
import { screenshot, waitForViews } from './support/browser';
import { useBrowserPortfolio } from './support/useBrowserPortfolio';

const HUGE = 1_000_000_000_000;
const OWN_AREA = 'Kaupunkikehitys ja elinvoima';
const HUGE_TITLE = 'Kaupungin uusi datakeskus (suunnitteluvaiheen arvio)';

interface Clip {
  column: string;
  what: string;
  text: string;
}

/** Cells and headers whose text does not fit, as the reader sees them. */
function clippedInPage(): { costs: Clip[]; headers: Clip[]; untipped: Clip[]; overlaps: string[]; gridRight: Record<string, number> } {
  const fits = (element: Element): boolean => element.scrollWidth <= element.clientWidth + 1;
  /** The element and its descendants that cut their content (overflow hidden). */
  const cut = (root: Element): Element[] =>
    [root, ...root.querySelectorAll('*')].filter((e) => {
      const style = getComputedStyle(e);
      return e instanceof HTMLElement && style.overflowX !== 'visible' && !fits(e) && style.position !== 'absolute';
    });
  const textRect = (element: Element): DOMRect | null => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const rect = range.getBoundingClientRect();
    return rect.width > 0 ? rect : null;
  };
  const costs: Clip[] = [];
  const headers: Clip[] = [];
  const untipped: Clip[] = [];
  const overlaps: string[] = [];
  const gridRight: Record<string, number> = {};
  for (const grid of document.querySelectorAll('[data-salkku-grid]')) {
    const headerCells = [...grid.querySelectorAll('[role="columnheader"]')];
    headerCells.forEach((header, i) => {
      const column = header.textContent ?? String(i);
      if (cut(header).length > 0) {
        headers.push({ column, what: 'header', text: header.textContent ?? '' });
      }
      const own = header.getBoundingClientRect();
      const text = textRect(header);
      if (text && (text.left < own.left - 1 || text.right > own.right + 1)) {
        headers.push({ column, what: 'header text outside its cell', text: header.textContent ?? '' });
      }
      const next = headerCells[i + 1];
      const nextText = next ? textRect(next) : null;
      if (text && nextText && text.right > nextText.left + 1) {
        overlaps.push(`${header.textContent ?? ''} | ${next?.textContent ?? ''}`);
      }
    });
    const last = headerCells[headerCells.length - 1];
    gridRight[`${grid.getAttribute('data-salkku-grid') ?? ''}:${last?.textContent ?? ''}`] = last ? Math.round(last.getBoundingClientRect().right) : 0;
    for (const cell of grid.querySelectorAll('[role="gridcell"][data-col]')) {
      const column = cell.getAttribute('data-col') ?? '';
      const clipped = cut(cell);
      if (clipped.length === 0) {
        continue;
      }
      const clip = { column, what: 'cell', text: cell.textContent ?? '' };
      if (column === 'investment' || column === 'recurring') {
        costs.push(clip);
        continue;
      }
      // text may end with an ellipsis only when the whole text is in a tooltip
      const ellipsis = clipped.every((e) => getComputedStyle(e).textOverflow === 'ellipsis');
      const tipped = cell.hasAttribute('title') || clipped.every((e) => e.closest('[title]') !== null && e.closest('[title]') !== grid);
      if (!ellipsis || !tipped) {
        untipped.push(clip);
      }
    }
  }
  return { costs, headers, untipped, overlaps, gridRight };
}

describe('Grid layout', () => {
  let hugeId = 0;
  let planId = 0;
  const site = useBrowserPortfolio({
    prepare: async (portfolio, data) => {
      const newest = data.plans.reduce((a, b) => ((a.periodStart ?? '') > (b.periodStart ?? '') ? a : b));
      planId = newest.id ?? 0;
      const saved = await portfolio.repository.saveProject(
        {
          ...emptyProject(),
          number: '4.9',
          title: HUGE_TITLE,
          category: 'Palvelualakohtainen',
          serviceArea: OWN_AREA,
          unit: 'Kaupunkisuunnittelu',
          planIds: [planId],
          status: 'Ehdotettu',
          costs: { text: '1 000 000 000 000 €', investmentMin: HUGE, investmentMax: HUGE, recurringPerYearMin: 20_000, recurringPerYearMax: 50_000 }
        },
        data
      );
      hugeId = saved.id ?? 0;
    }
  });

  async function open(view: string, lang: string, width: number): Promise<Page> {
    const page = await site.owner.newPage();
    await page.setViewportSize({ width, height: 900 });
    await page.goto(site.url({ view, lang, 'sk-plan': String(planId) }));
    await waitForViews(page);
    return page;
  }

  describe.each(['fi', 'sv', 'en'])('in %s', (lang) => {
    it.each([1280, 1400])('at %i px no cost cell or header is clipped and headers do not overlap', async (width) => {
      for (const view of ['portfolio', 'impact']) {
        const page = await open(view, lang, width);
        try {
          await screenshot(page, `grid-${view}-${lang}-${width}`);
          const found = await page.evaluate(clippedInPage);
          expect({ view, costs: found.costs }).toEqual({ view, costs: [] });
          expect({ view, headers: found.headers }).toEqual({ view, headers: [] });
          expect({ view, overlaps: found.overlaps }).toEqual({ view, overlaps: [] });
          expect({ view, untipped: found.untipped }).toEqual({ view, untipped: [] });
          // the last column (impact assessment, status) is on the screen without scrolling sideways
          for (const [column, right] of Object.entries(found.gridRight)) {
            expect({ column, onScreen: right <= width }).toEqual({ column, onScreen: true });
          }
        } finally {
          await page.close();
        }
      }
    });
  });

  it('shows the impact-assessment column within the viewport at 1,280 px', async () => {
    const page = await open('portfolio', 'fi', 1280);
    try {
      const header = page.locator('[data-salkku-grid="portfolio"] [role="columnheader"]', { hasText: fi.ColAssessment });
      const box = await header.boundingBox();
      expect(box).not.toBeNull();
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(1280);
      const cell = page.locator('[data-salkku-project] [data-col="assessment"]').first();
      const cellBox = await cell.boundingBox();
      expect((cellBox?.x ?? 0) + (cellBox?.width ?? 0)).toBeLessThanOrEqual(1280);
    } finally {
      await page.close();
    }
  });

  it('keeps the totals readable for an investment of 10^12 € and tells the full figure to screen readers', async () => {
    const page = await open('portfolio', 'fi', 1280);
    try {
      await screenshot(page, 'grid-huge-investment');
      const totals = page.locator('[data-salkku-totals]');
      const investment = page.locator('[data-salkku-total="investment"]');
      const shown = ((await investment.getAttribute('data-salkku-shown')) ?? '').replace(/\s/g, ' ');
      // about a thousand billion: readable, not "1 000 000 502 000 €"
      expect(shown).toMatch(/^1 000(,\d)?( mrd| –)/);
      expect(shown.length).toBeLessThanOrEqual(24);
      expect(await investment.getAttribute('title')).toMatch(/1\s000\s000\s\d{3}\s000\s€/);
      // on screen the compact figure, which fits; screen readers get the full one
      expect(((await investment.locator('[aria-hidden="true"]').textContent()) ?? '').replace(/\s/g, ' ')).toBe(shown);
      expect(await investment.evaluate((e) => e.scrollWidth <= e.clientWidth + 1)).toBe(true);
      expect(await totals.locator('[data-salkku-axis="value"] text').count()).toBeGreaterThanOrEqual(3);
      // the project's own cell: compact on screen, the full value in its tooltip and to screen readers
      await page.goto(site.url({ view: 'portfolio', lang: 'fi', 'sk-plan': String(planId), 'sk-q': 'datakeskus' }));
      await waitForViews(page);
      const cell = page.locator(`[data-salkku-project="${hugeId}"] [data-col="investment"]`);
      expect(await cell.evaluate((e) => e.scrollWidth <= e.clientWidth + 1)).toBe(true);
      expect(((await cell.locator('[aria-hidden="true"]').textContent()) ?? '').replace(/\s/g, ' ')).toBe('1 000 mrd €');
      expect(((await cell.textContent()) ?? '').replace(/\s/g, ' ')).toContain('1 000 000 000 000 €');
      const group = page.locator('[data-salkku-group]', { hasText: OWN_AREA }).first();
      expect(((await group.textContent()) ?? '').replace(/\s/g, ' ')).toContain('1 000 mrd €');
    } finally {
      await page.close();
    }
  });

  it('shows a cut text\'s whole text in a tooltip on keyboard focus too, and Escape hides it', async () => {
    const page = await site.owner.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    try {
      await page.goto(site.url({ view: 'portfolio', lang: 'fi', 'sk-plan': String(planId), 'sk-q': 'datakeskus' }));
      await waitForViews(page);
      const row = page.locator(`[data-salkku-project="${hugeId}"]`);
      await row.focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      const cell = row.locator('[data-col="title"]');
      expect(await cell.evaluate((e) => e === document.activeElement)).toBe(true);
      expect(await cell.getAttribute('title')).toBe(HUGE_TITLE);
      const tooltip = page.getByRole('tooltip');
      await tooltip.waitFor();
      expect(await tooltip.textContent()).toBe(HUGE_TITLE);
      await page.keyboard.press('Escape');
      await tooltip.waitFor({ state: 'detached' });
    } finally {
      await page.close();
    }
  });

  it.each([
    ['sv', 'Sektor', 'Förvaltningstjänster', 'Bildningstjänster'],
    ['en', 'Service area', 'Administrative services', 'Education and culture services']
  ])('in %s translates our service areas and filter options, and keeps a city\'s own value as written', async (lang, filterLabel, administration, education) => {
    const page = await open('portfolio', lang, 1400);
    try {
      // collapse every section: then all section rows are on the screen (the grid draws only those in view)
      for (let i = 0; i < 20; i++) {
        const expanded = page.locator('[data-salkku-group][aria-level="1"][aria-expanded="true"]');
        if ((await expanded.count()) === 0) {
          break;
        }
        await expanded.first().click();
      }
      const groups = await page.locator('[data-salkku-group][aria-level="1"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label') ?? ''));
      expect(groups.some((g) => g.startsWith(administration))).toBe(true);
      expect(groups.some((g) => g.startsWith(education))).toBe(true);
      expect(groups.some((g) => g.startsWith(OWN_AREA))).toBe(true);
      expect(groups.some((g) => /Hallintopalvelut|Sivistyspalvelut/.test(g))).toBe(false);
      // the service-area filter: behind a "Filters" button once the filter bar is compact
      const combobox = page.getByRole('combobox', { name: filterLabel });
      if (!(await combobox.isVisible())) {
        await page.getByRole('button', { name: /^(Filter|Filters|Suodattimet)/ }).first().click();
      }
      await combobox.click();
      const callout = page.locator('.ms-Dropdown-callout');
      await callout.waitFor();
      const options = (await callout.innerText()).split('\n').map((o) => o.trim());
      expect(options).toEqual(expect.arrayContaining([administration, education, OWN_AREA]));
      expect(options.filter((o) => /Hallintopalvelut|Sivistyspalvelut|Tekniset palvelut/.test(o))).toEqual([]);
      await screenshot(page, `grid-service-areas-${lang}`);
    } finally {
      await page.close();
    }
  });
});
