/**
 * The Portfolio view in Chromium against the stand-in with the demo portfolio: grouping, each
 * filter, search, sort, URL round trip, detail panel, edit links by role, busy/retry under
 * injected 429s, the list-missing state, and axe-core in every theme and width.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { applyFilter, buildSearchIndex, EMPTY_FILTER } from '../../src/domain/portfolio/filter';
import type { PortfolioFilter } from '../../src/domain/portfolio/filter';
import { groupedOrder, groupProjects } from '../../src/domain/portfolio/grouping';
import { groupLabel } from '../../src/components/grid/gridRows';
import * as fi from '../../src/loc/fi-fi.js';
import { configureStandIn, resultCount, screenshot, waitForViews } from './support/browser';
import { chipNames, chooseFilter } from './support/filters';
import { useBrowserPortfolio } from './support/useBrowserPortfolio';
import { must } from '../support/must';

describe('Portfolio view', () => {
  const site = useBrowserPortfolio();

  const expected = (filter: Partial<PortfolioFilter>): number =>
    applyFilter(site.data.projects, { ...EMPTY_FILTER, ...filter }, site.data.plans, buildSearchIndex(site.data.projects)).length;

  const open = (params: Record<string, string> = {}, context?: BrowserContext): Promise<Page> => site.open('portfolio', params, context);

  it('groups like the plan: IT infrastructure first, then service areas with their units', async () => {
    const page = await open();
    try {
      const domainGroups = groupProjects(applyFilter(site.data.projects, EMPTY_FILTER, site.data.plans, buildSearchIndex(site.data.projects)));
      const firstNumbers = await page.locator('[data-salkku-project] [role="gridcell"]:first-child').allTextContents();
      expect(firstNumbers.slice(0, 5)).toEqual(groupedOrder(domainGroups).map((p) => p.number ?? '–').slice(0, 5));
      expect(await page.locator('[data-salkku-group][aria-level="2"]').count()).toBeGreaterThan(0);
      // collapse every section: then all section rows fit on the screen, in order
      for (let i = 0; i < 20; i++) {
        const expanded = page.locator('[data-salkku-group][aria-level="1"][aria-expanded="true"]');
        if ((await expanded.count()) === 0) {
          break;
        }
        await expanded.first().click();
      }
      const sections = await page.locator('[data-salkku-group][aria-level="1"]').evaluateAll((rows) => rows.map((r) => (r.getAttribute('aria-label') ?? '').replace(/, \d+ hanketta$/, '')));
      expect(sections).toEqual(domainGroups.map((g) => groupLabel(g, fi)));
      expect(sections.slice(0, 3)).toEqual(['Perusinfrastruktuuri, tietohallinto', 'Koko kaupunkia koskevat hankkeet', 'Hallintopalvelut']);
      const counts = await page.locator('[data-salkku-group][aria-level="1"]').evaluateAll((rows) => rows.map((r) => Number(/(\d+) hanketta$/.exec(r.getAttribute('aria-label') ?? '')?.[1])));
      expect(counts).toEqual(domainGroups.map((g) => g.count));
    } finally {
      await page.close();
    }
  });

  it.each([
    ['sk-area', 'Hallintopalvelut', { serviceAreas: ['Hallintopalvelut'] }],
    ['sk-unit', 'Rahatoimi ja taloushallinto', { units: ['Rahatoimi ja taloushallinto'] }],
    ['sk-status', 'Käynnissä', { statuses: ['Käynnissä'] }],
    ['sk-rag', 'Keltainen', { rags: ['Keltainen'] }],
    ['sk-owner', 'Palveluala', { scheduleOwners: ['Palveluala'] }],
    ['sk-likelihood', 'Suhteellisen varmaa', { likelihoods: ['Suhteellisen varmaa'] }],
    ['sk-law', 'yes', { mandatory: true }],
    ['sk-assessment', 'incomplete', { assessment: 'incomplete' as const }],
    ['sk-plan', 'all', { plan: 'all' as const }]
  ])('filters by %s=%s', async (key, value, filter) => {
    const page = await open({ [key]: value });
    try {
      const count = expected(filter);
      expect(count).toBeGreaterThan(0);
      expect(await resultCount(page)).toBe(count);
    } finally {
      await page.close();
    }
  });

  it('filters by strategic goal', async () => {
    const goal = site.data.goals.find((g) => site.data.projects.some((p) => p.goalIds.includes(g.id ?? -1)));
    const page = await open({ 'sk-goal': String(goal?.id) });
    try {
      expect(await resultCount(page)).toBe(expected({ goals: [goal?.id ?? 0] }));
    } finally {
      await page.close();
    }
  });

  it('filters through the UI and keeps the state in the URL (round trip)', async () => {
    const page = await open();
    try {
      await chooseFilter(page, 'Palveluala', 'Sivistyspalvelut');
      await page.getByRole('searchbox', { name: 'Hae hankkeista' }).fill('oppi');
      const count = expected({ serviceAreas: ['Sivistyspalvelut'], text: 'oppi' });
      await page.waitForFunction((n) => document.querySelector('[data-salkku-result-count]')?.getAttribute('data-salkku-result-count') === String(n), count);
      const url = new URL(page.url());
      expect(url.searchParams.getAll('sk-area')).toEqual(['Sivistyspalvelut']);
      expect(url.searchParams.get('sk-q')).toBe('oppi');
      const again = await site.owner.newPage();
      await again.goto(page.url());
      await waitForViews(again);
      expect(await resultCount(again)).toBe(count);
      expect(await again.getByRole('searchbox', { name: 'Hae hankkeista' }).inputValue()).toBe('oppi');
      expect(await chipNames(again)).toEqual(['Poista suodatin: Palveluala Sivistyspalvelut']);
      await again.close();
    } finally {
      await page.close();
    }
  });

  it('searches number, title and description', async () => {
    const target = site.data.projects.find((p) => p.planIds.length === 1 && (p.description ?? '').length > 40);
    const word = (target?.description ?? '').split(/\s+/).find((w) => w.length > 8) ?? '';
    const page = await open({ 'sk-plan': 'all', 'sk-q': word });
    try {
      expect(await resultCount(page)).toBe(expected({ plan: 'all', text: word }));
      expect(await resultCount(page)).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });

  it('sorts by a column and shows the direction', async () => {
    const page = await open();
    try {
      // the grid's own header: the actuals-by-area table below has an 'Investointi' column too
      const header = page.locator('[data-salkku-grid="portfolio"]').getByRole('columnheader', { name: 'Investointi' });
      await header.getByRole('button').click();
      expect(await header.getAttribute('aria-sort')).toBe('ascending');
      await header.getByRole('button').click();
      expect(await header.getAttribute('aria-sort')).toBe('descending');
      expect(new URL(page.url()).searchParams.get('sk-sort')).toBe('-investment');
      const firstInvestment = await page.locator('[data-salkku-project]').first().locator('[role="gridcell"]').nth(6).textContent();
      const maxInGroup = Math.max(...site.data.projects.filter((p) => p.serviceArea === 'Tietohallinto' && p.planIds.includes(3)).map((p) => p.costs.investmentMax ?? -1));
      expect(firstInvestment?.replace(/\s/g, '')).toContain(new Intl.NumberFormat('fi-FI').format(maxInGroup).replace(/\s/g, ''));
    } finally {
      await page.close();
    }
  });

  it('opens the detail panel with every field and the original texts; Enter works from the keyboard', async () => {
    const project = site.data.projects.find((p) => p.number === '2.1' && p.planIds.includes(3));
    const page = await open();
    try {
      const row = page.locator(`[data-salkku-project="${project?.id}"]`);
      await row.focus();
      await page.keyboard.press('Enter');
      const panel = page.locator(`[data-salkku-detail="${project?.id}"]`);
      await panel.waitFor();
      // the summary shows at once; the whole project (long texts) is read as the panel opens
      await page.locator('[data-salkku-details-loading]').waitFor({ state: 'detached' });
      const text = (await panel.textContent()) ?? '';
      expect(text).toContain(project?.schedule.text ?? 'missing');
      expect(text).toContain(project?.costs.text ?? 'missing');
      for (const label of ['Kuvaus', 'Mikä muuttuu', 'Strategiset tavoitteet', 'Tulkittu aikataulu', 'Toteutumisen todennäköisyys', 'Aikatauluvastuu', 'b) Tietoturvallisuus', 'Projektipäällikkö']) {
        expect(text).toContain(label);
      }
      expect(new URL(page.url()).searchParams.get('sk-project')).toBe(String(project?.id));
      expect(await panel.locator('[data-salkku-edit]').getAttribute('href')).toContain(`ID=${project?.id}`);
      await screenshot(page, 'portfolio-detail-panel');
    } finally {
      await page.close();
    }
  });

  it('shows edit and new-project links to the owner and none to a visitor', async () => {
    const id = must(site.data.projects[0], 'a demo project').id;
    const ownerPage = await open({ 'sk-project': String(id) });
    const visitor = await site.contextFor('visitor');
    const visitorPage = await open({ 'sk-project': String(id) }, visitor);
    try {
      expect(await ownerPage.locator('[data-salkku-new]').count()).toBe(1);
      expect(await ownerPage.locator('[data-salkku-edit]').count()).toBe(1);
      await visitorPage.locator(`[data-salkku-detail="${id}"]`).waitFor();
      expect(await visitorPage.locator('[data-salkku-new]').count()).toBe(0);
      expect(await visitorPage.locator('[data-salkku-edit]').count()).toBe(0);
      expect(await visitorPage.getByText('Muokkaa SharePointissa').count()).toBe(0);
    } finally {
      await ownerPage.close();
      await visitor.close();
    }
  });

  it('says "SharePoint is busy, retrying" under injected 429s and then loads completely', async () => {
    await configureStandIn(site.portfolio, { faults: { ratio: 1, statuses: [429], retryAfterMin: 2, retryAfterMax: 2 }, seed: 3 });
    const page = await site.owner.newPage();
    try {
      await page.goto(site.url({ view: 'portfolio' }));
      const busy = page.locator('[data-salkku-state="busy"]');
      await busy.waitFor({ timeout: 15_000 });
      expect(await busy.textContent()).toMatch(/SharePoint on kiireinen, yritetään uudelleen \d s kuluttua/);
      await screenshot(page, 'portfolio-busy');
      await configureStandIn(site.portfolio, { faults: { ratio: 0 } });
      await waitForViews(page, 30_000);
      expect(await resultCount(page)).toBe(expected({}));
    } finally {
      await configureStandIn(site.portfolio, { faults: { ratio: 0 } });
      await page.close();
    }
  });

  it.each([
    ['sharepoint', 1280],
    ['teams-dark', 1280],
    ['teams-contrast', 1280],
    ['sharepoint', 320],
    ['teams-dark', 320],
    ['teams-contrast', 320]
  ])('has no axe violations in %s at %i px', async (host, width) => {
    const { violations, errors } = await site.accessibility('portfolio', host, width);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('Portfolio view on a site without the lists', () => {
  const site = useBrowserPortfolio({ preview: { data: 'none' } });

  it('explains the situation to a member and offers set-up to the owner, which then works', async () => {
    const member = await site.contextFor('member');
    const memberPage = await member.newPage();
    await memberPage.goto(site.url({ view: 'portfolio' }));
    await memberPage.locator('[data-salkku-state="error-listMissing"]').waitFor();
    expect(await memberPage.getByRole('button', { name: 'Luo hankesalkun listat' }).count()).toBe(0);
    expect(await memberPage.textContent('[data-salkku-state="error-listMissing"]')).toContain('Pyydä sivuston omistajaa');
    await member.close();

    const owner = await site.contextFor('owner');
    const page = await owner.newPage();
    await page.goto(site.url({ view: 'portfolio' }));
    const button = page.getByRole('button', { name: 'Luo hankesalkun listat' });
    await button.waitFor();
    await screenshot(page, 'portfolio-setup');
    await button.click();
    await page.locator('[data-salkku-view="portfolio"]').waitFor({ timeout: 30_000 });
    expect(await page.textContent('[data-salkku-empty]')).toContain('Hankesalkussa ei ole vielä hankkeita');
    await owner.close();
  });
});
