/**
 * The preview's drawing of the Projects list as SharePoint shows it (issue 10): the "Current
 * plan" view from the stored CAML and column formatting, the edit form from the stored form
 * configuration with help texts and conditional visibility. Screenshots go to the README.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { listSchema } from '../../src/data/sharepoint/schema/schema';
import { latestPlanId } from '../../src/domain/plans';
import { axeViolations, collectErrors, SCREENSHOTS } from './support/browser';
import { useBrowserPortfolio } from './support/useBrowserPortfolio';
import { must } from '../support/must';

const PROJECTS = listSchema('projects');

describe('SharePoint list preview (view and form from the stored settings)', () => {
  const site = useBrowserPortfolio({ viewport: { width: 1400, height: 900 } });

  async function open(params: Record<string, string> = {}, hash = ''): Promise<Page> {
    const page = await site.owner.newPage();
    await page.goto(site.url({ view: 'lists', ...params }) + hash);
    await page.locator('[data-sp-preview="form"]').waitFor({ timeout: 20_000 });
    return page;
  }

  async function elementShot(page: Page, selector: string, name: string, maxHeight: number): Promise<void> {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    const box = await page.locator(selector).boundingBox();
    if (!box) {
      throw new Error(`${selector} not visible`);
    }
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true, clip: { ...box, height: Math.min(box.height, maxHeight) } });
  }

  it('shows the current plan\'s projects grouped by section and service area, cells drawn by the column formatting', async () => {
    const page = await open();
    const errors = collectErrors(page);
    try {
      const newest = must([...site.data.plans].sort((a, b) => (a.periodStart ?? '').localeCompare(b.periodStart ?? '')).at(-1), 'a demo plan');
      const current = site.data.projects.filter((p) => latestPlanId(p.planIds, site.data.plans) === newest.id);
      const view = page.locator('[data-sp-preview="view"]');
      const rows = view.locator('tr[data-sp-row]');
      // every project whose newest plan is the current one, and no other
      const expected = current.length;
      expect(expected).toBeGreaterThan(20);
      expect(await rows.count()).toBe(expected);
      await expect(view.getByText(`Hankeryhmä : ${'Palvelualakohtainen'}`, { exact: false }).first().isVisible()).resolves.toBe(true);
      // RAG as icon and text, with SharePoint's severity colour behind the text
      const red = current.find((p) => p.rag === 'Punainen');
      if (red) {
        const row = rows.filter({ hasText: red.title });
        await expect(row.getByText('Punainen').isVisible()).resolves.toBe(true);
        expect(await row.locator('[data-icon-name="StatusErrorFull"]').count()).toBe(1);
      }
      // progress bar with its number
      const progressed = current.find((p) => (p.progress ?? 0) > 0);
      if (progressed) {
        await expect(rows.filter({ hasText: progressed.title }).getByText(`${progressed.progress ?? 0} %`).isVisible()).resolves.toBe(true);
      }
      // grouped by section, then service area, in plan-number order within a group
      const numbers = await rows.locator('td[data-sp-column="ProjectNumber"]').allTextContents();
      expect(numbers.length).toBe(expected);
      const firstGroup = await view.locator('tbody:has(tr[data-sp-row])').first().locator('tr[data-sp-row] td[data-sp-column="ProjectNumber"]').allTextContents();
      expect(firstGroup.length).toBeGreaterThan(1);
      expect(firstGroup).toEqual([...firstGroup].sort((a, b) => a.localeCompare(b)));
      await elementShot(page, '[data-sp-preview="view"]', 'sharepoint-current-plan-view', 900);
      expect(await axeViolations(page, '[data-sp-preview="view"]')).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('lays the edit form out in the plan template\'s sections, with help texts, and hides what the conditions hide', async () => {
    const withRag = site.data.projects.find((p) => p.rag !== null && p.ragComment && p.number);
    const withoutRag = site.data.projects.find((p) => p.rag === null && p.number);
    if (!withRag || !withoutRag) {
      throw new Error('demo data lacks a project with and without RAG');
    }
    const page = await open({}, `#item=${withRag.id ?? 0}`);
    const errors = collectErrors(page);
    try {
      const form = page.locator('[data-sp-preview="form"]');
      const sections = await form.locator('h4').allTextContents();
      expect(sections).toEqual(PROJECTS.form?.value.sections.map((s) => s.title.fi));
      await expect(form.getByText(`${withRag.number ?? ''} ${withRag.title}`).first().isVisible()).resolves.toBe(true);
      await expect(form.getByText(/anna vaihteluväli, jos et ole varma/).isVisible()).resolves.toBe(true);
      await expect(form.getByLabel('Tilannekommentti').isVisible()).resolves.toBe(true);
      await elementShot(page, '[data-sp-preview="form"]', 'sharepoint-edit-form', 4000);
      expect(await axeViolations(page, '[data-sp-preview="form"]')).toEqual([]);

      await page.goto(site.url({ view: 'lists' }) + `#item=${withoutRag.id ?? 0}`);
      await page.reload();
      await form.waitFor();
      await expect(form.getByText(`${withoutRag.number ?? ''} ${withoutRag.title}`).first().isVisible()).resolves.toBe(true);
      expect(await form.getByLabel('Tilannekommentti').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('shows titles and help texts in Swedish and English from the per-language resources, every section with its columns', async () => {
    for (const [lang, costs, help] of [
      ['sv', 'Uppskattade kostnader', /ange ett intervall om du är osäker/],
      ['en', 'Estimated costs', /give a range if unsure/]
    ] as const) {
      const page = await open({ lang });
      try {
        const form = page.locator('[data-sp-preview="form"]');
        await expect(form.getByLabel(costs).isVisible()).resolves.toBe(true);
        await expect(form.getByText(help).isVisible()).resolves.toBe(true);
        // the form finds its columns by their titles in the viewer's language
        const always = PROJECTS.fields.filter((f) => !f.showWhen && !f.hiddenInForms && PROJECTS.form?.value.sections.some((sec) => sec.fields.includes(f.name)));
        const labels = (await form.locator('label').allTextContents()).map((l) => l.replace(/\s*\*$/, '').trim());
        expect(always.map((f) => f.title[lang]).filter((title) => !labels.includes(title))).toEqual([]);
      } finally {
        await page.close();
      }
    }
  });

  it.each([
    ['sharepoint', 'fi'],
    ['teams-light', 'en'],
    ['teams-dark', 'sv'],
    ['teams-contrast', 'fi'],
    ['narrow', 'sv']
  ] as const)('is readable in %s (%s): axe finds nothing on the whole page, and the form says its section names are the site\'s', async (host, lang) => {
    const page = await open({ host, lang });
    try {
      expect({ host, lang, violations: await axeViolations(page, '[data-preview-host]') }).toEqual({ host, lang, violations: [] });
      const note = page.locator('[data-sp-site-language]');
      expect(await note.getAttribute('data-sp-site-language')).toBe('fi');
      expect(await note.textContent()).toContain({ fi: '(suomi)', sv: '(finska)', en: '(Finnish)' }[lang]);
      // the form title is drawn in the host's text colour, not lost on its background
      const title = page.locator('[data-sp-preview="form"] [role="heading"]').first();
      const [color, background] = await title.evaluate((element) => {
        const frame = element.closest('[data-sp-preview="form"]') ?? element;
        return [getComputedStyle(element).color, getComputedStyle(frame).backgroundColor];
      });
      expect({ host, differ: color !== background }).toEqual({ host, differ: true });
    } finally {
      await page.close();
    }
  });
});
