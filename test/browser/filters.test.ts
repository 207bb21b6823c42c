/**
 * The compact filter bar of the Portfolio, Timeline and Impact views: one row (plan, search,
 * "Filters"), the choice filters in a panel, the active ones as removable chips beside the result
 * count, kept in the URL; the plan picker tells plans apart by their period; the narrow tab.
 */
import type { Page } from 'playwright-core';
import { applyFilter, buildSearchIndex, EMPTY_FILTER } from '../../src/domain/portfolio/filter';
import type { PortfolioFilter } from '../../src/domain/portfolio/filter';
import { axeViolations, resultCount, screenshot, waitForViews } from './support/browser';
import { chipNames, chooseInPanel, closeFilters, openFilters, waitForCount } from './support/filters';
import { useBrowserPortfolio } from './support/useBrowserPortfolio';

describe('Filter bar', () => {
  const site = useBrowserPortfolio();

  const expected = (filter: Partial<PortfolioFilter>): number =>
    applyFilter(site.data.projects, { ...EMPTY_FILTER, ...filter }, site.data.plans, buildSearchIndex(site.data.projects)).length;

  const focusedLabel = (page: Page): Promise<string | null> => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? null);

  it.each(['portfolio', 'timeline', 'impact'])('takes one row in the %s view: plan, search and "Filters", no choice filter before the panel opens', async (view) => {
    const page = await site.open(view);
    try {
      const bar = page.locator('[data-salkku-filter-bar]');
      expect(await bar.getByRole('combobox').count()).toBe(1);
      const tops = await bar.evaluate((el) =>
        ['[data-salkku-plan-picker]', '[role="searchbox"]', '[data-salkku-filters-open]'].map((s) => Math.round(el.querySelector(s)?.getBoundingClientRect().top ?? -1000))
      );
      expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(12);
      const height = await bar.evaluate((el) => el.getBoundingClientRect().height);
      expect(height).toBeLessThan(80);
    } finally {
      await page.close();
    }
  });

  it('shows the first project row of the Portfolio above the fold at 1,280 px', async () => {
    const page = await site.open('portfolio');
    try {
      const top = await page.evaluate(() => {
        const root = document.querySelector('[data-salkku-view="portfolio"]');
        const row = document.querySelector('[data-salkku-project]');
        return root && row ? row.getBoundingClientRect().top - root.getBoundingClientRect().top : Infinity;
      });
      expect(top).toBeLessThan(450);
    } finally {
      await page.close();
    }
  });

  it('adds a chip for a status chosen in the panel; removing it restores the count; the URL keeps it over a reload', async () => {
    const page = await site.open('portfolio');
    try {
      const all = expected({});
      expect(await resultCount(page)).toBe(all);
      await openFilters(page);
      await chooseInPanel(page, 'Tila', 'Käynnissä');
      const running = expected({ statuses: ['Käynnissä'] });
      expect(running).toBeLessThan(all);
      await waitForCount(page, running);
      expect(await page.locator('[data-salkku-filters-done]').textContent()).toBe(`Näytä ${running} hanketta`);
      await closeFilters(page);
      expect(await chipNames(page)).toEqual(['Poista suodatin: Tila Käynnissä']);
      expect(await page.locator('[data-salkku-filters-open]').textContent()).toBe('Suodattimet (1)');
      expect(new URL(page.url()).searchParams.getAll('sk-status')).toEqual(['Käynnissä']);
      await screenshot(page, 'filters-chip-fi-1280');

      await page.reload();
      await waitForViews(page);
      expect(await chipNames(page)).toEqual(['Poista suodatin: Tila Käynnissä']);
      expect(await resultCount(page)).toBe(running);

      // removed from the keyboard: the count comes back, the focus goes to the Filters button
      await page.getByRole('button', { name: 'Poista suodatin: Tila Käynnissä' }).focus();
      await page.keyboard.press('Enter');
      await waitForCount(page, all);
      expect(await chipNames(page)).toEqual([]);
      expect(new URL(page.url()).searchParams.has('sk-status')).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.closest('[data-salkku-filters-open]') !== null)).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('labels a chip for every kind of filter; removing one moves the focus to the next chip; "Clear filters" keeps plan and search', async () => {
    const goal = site.data.goals.find((g) => site.data.projects.some((p) => p.goalIds.includes(g.id ?? -1)));
    const page = await site.open('portfolio', {
      'sk-plan': 'all',
      'sk-q': 'a',
      'sk-status': 'Käynnissä',
      'sk-rag': 'Keltainen',
      'sk-goal': String(goal?.id),
      'sk-law': 'no',
      'sk-assessment': 'incomplete',
      'sk-impact': 'security:significant'
    });
    try {
      expect(await chipNames(page)).toEqual([
        'Poista suodatin: Tila Käynnissä',
        'Poista suodatin: Tilannearvio Keltainen – riskejä',
        `Poista suodatin: Strateginen tavoite ${goal?.title ?? ''}`,
        'Poista suodatin: Lakisääteinen Ei lakisääteiset',
        'Poista suodatin: Muutosvaikutusten arvio Puuttuu tai kesken',
        'Poista suodatin: Vaikutus b) Tietoturvallisuus – Merkittävä'
      ]);
      await page.getByRole('button', { name: 'Poista suodatin: Tilannearvio Keltainen – riskejä' }).click();
      expect(await focusedLabel(page)).toBe(`Poista suodatin: Strateginen tavoite ${goal?.title ?? ''}`);
      expect(new URL(page.url()).searchParams.has('sk-rag')).toBe(false);
      // the last chip: the focus goes to the one before
      await page.getByRole('button', { name: 'Poista suodatin: Vaikutus b) Tietoturvallisuus – Merkittävä' }).click();
      expect(await focusedLabel(page)).toBe('Poista suodatin: Muutosvaikutusten arvio Puuttuu tai kesken');

      await page.locator('[data-salkku-filters-clear="chips"]').click();
      await waitForCount(page, expected({ plan: 'all', text: 'a' }));
      expect(await chipNames(page)).toEqual([]);
      const url = new URL(page.url());
      expect([url.searchParams.get('sk-plan'), url.searchParams.get('sk-q')]).toEqual(['all', 'a']);
    } finally {
      await page.close();
    }
  });

  it('names the chip in the UI language', async () => {
    const page = await site.open('timeline', { lang: 'en', 'sk-status': 'Käynnissä' });
    try {
      expect(await chipNames(page)).toEqual(['Remove filter: Status In progress']);
      expect(await page.locator('[data-salkku-filters-open]').textContent()).toBe('Filters (1)');
    } finally {
      await page.close();
    }
  });

  it('tells plans apart in the plan picker by their period, the full title as a tooltip', async () => {
    const page = await site.open('portfolio');
    try {
      await page.locator('[data-salkku-plan-picker]').click();
      const options = await page.locator('.ms-Dropdown-callout [role="option"]').evaluateAll((els) => els.map((e) => ({ text: e.textContent ?? '', title: e.getAttribute('title') })));
      expect(options.at(-1)?.text).toBe('Kaikki kaudet');
      const plans = options.slice(0, -1);
      expect(plans).toHaveLength(site.data.plans.length);
      expect(new Set(plans.map((o) => o.text)).size).toBe(plans.length);
      for (const o of plans) {
        expect(o.text).toMatch(/^\d{4}(–\d{4})? · /);
        expect(site.data.plans.map((p) => p.title)).toContain(o.title);
      }
      expect(plans.map((o) => o.text.slice(0, 9))).toEqual(['2023–2024', '2021–2022', '2019–2020']);
      await page.keyboard.press('Escape');
    } finally {
      await page.close();
    }
  });

  it.each(['teams-dark', 'teams-contrast', 'sharepoint'])('has no axe violations with the panel open and chips shown (%s)', async (host) => {
    const page = await site.open('impact', { host, 'sk-status': 'Käynnissä', 'sk-law': 'yes' });
    try {
      await openFilters(page);
      await screenshot(page, `filters-panel-${host}`);
      expect(await axeViolations(page, '.ms-Panel')).toEqual([]);
      await closeFilters(page);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('works on the narrow tab: the row wraps within 320 px, the panel takes the full width', async () => {
    const context = await site.contextFor('owner', { width: 320, height: 700 });
    const page = await site.open('portfolio', { host: 'narrow' }, context);
    try {
      const panel = await openFilters(page);
      const box = await panel.locator('.ms-Panel-main').boundingBox();
      expect(Math.round(box?.width ?? 0)).toBe(320);
      await chooseInPanel(page, 'Tilannearvio', 'Punainen – ei etene');
      await closeFilters(page);
      expect(await chipNames(page)).toEqual(['Poista suodatin: Tilannearvio Punainen – ei etene']);
      await waitForCount(page, expected({ rags: ['Punainen'] }));
      const overflow = await page.evaluate(() => {
        const bar = document.querySelector('[data-salkku-filter-bar]');
        return bar ? Math.max(...[...bar.querySelectorAll('*')].map((e) => e.getBoundingClientRect().right)) : Infinity;
      });
      expect(overflow).toBeLessThanOrEqual(320);
      await screenshot(page, 'filters-narrow');
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
