/**
 * The Impact-assessment view in Chromium against the stand-in: matrix contents, completeness,
 * the missing-assessment and perspective filters, editing saved and visible after a reload, a
 * concurrent edit ending in the conflict dialog with both users' data kept, read-only visitors,
 * the print layout, and axe-core.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { impactStateLabel } from '../../src/components/impact/impactColumns';
import { completeness } from '../../src/domain/impact/completeness';
import type { ImpactPerspective, Project } from '../../src/domain/model';
import { IMPACT_PERSPECTIVES } from '../../src/domain/model';
import { applyFilter, buildSearchIndex, EMPTY_FILTER, matchesImpact } from '../../src/domain/portfolio/filter';
import * as fi from '../../src/loc/fi-fi.js';
import { resultCount, screenshot, SCREENSHOTS, waitForViews } from './support/browser';
import { must } from '../support/must';
import { useBrowserPortfolio } from './support/useBrowserPortfolio';

describe('Impact-assessment view', () => {
  const site = useBrowserPortfolio();

  const newest = (): Project[] => applyFilter(site.data.projects, EMPTY_FILTER, site.data.plans, buildSearchIndex(site.data.projects));

  const open = (params: Record<string, string> = {}, context?: BrowserContext): Promise<Page> => site.open('impact', params, context);

  async function editCell(page: Page, project: Project, perspective: ImpactPerspective): Promise<void> {
    await page.getByRole('searchbox').fill(project.title);
    const cell = page.locator(`[data-salkku-grid="impact"] [data-salkku-project="${project.id}"] [data-col="${perspective}"]`);
    await cell.click();
    await page.locator(`[data-salkku-assessment-editor="${project.id}"]`).waitFor();
  }

  it('shows each project\'s five assessments as the data says, and completeness per project and overall', async () => {
    const page = await open();
    try {
      const projects = newest();
      const complete = projects.filter((p) => completeness(p).complete).length;
      expect(await page.getAttribute('[data-salkku-completeness]', 'data-salkku-completeness')).toBe(`${complete}/${projects.length}`);
      const rows = page.locator('[data-salkku-grid="impact"] [data-salkku-project]');
      const count = await rows.count();
      expect(count).toBeGreaterThan(5);
      for (let i = 0; i < count; i++) {
        const id = Number(await rows.nth(i).getAttribute('data-salkku-project'));
        const project = projects.find((p) => p.id === id);
        if (!project) {
          throw new Error(`row ${id} is not in the plan`);
        }
        const c = completeness(project);
        for (const perspective of IMPACT_PERSPECTIVES) {
          const text = await rows.nth(i).locator(`[data-col="${perspective}"]`).textContent();
          expect({ id, perspective, text }).toEqual({ id, perspective, text: impactStateLabel(c.perspectives[perspective], fi).label });
        }
        expect(await rows.nth(i).locator('[data-col="completeness"]').textContent()).toBe(`${c.assessed}/${c.total} arvioitu`);
      }
    } finally {
      await page.close();
    }
  });

  it('filters to missing or incomplete assessments, and by a perspective from the summary', async () => {
    const page = await open({ 'sk-assessment': 'incomplete' });
    try {
      const incomplete = newest().filter((p) => !completeness(p).complete);
      expect(incomplete.length).toBeGreaterThan(0);
      expect(await resultCount(page)).toBe(incomplete.length);
      await page.goto(site.url({ view: 'impact' }));
      await waitForViews(page);
      await page.click('[data-salkku-summary="security:significant"]');
      const significant = newest().filter((p) => matchesImpact(p, { perspective: 'security', level: 'significant' }));
      await page.waitForFunction((n) => document.querySelector('[data-salkku-result-count]')?.getAttribute('data-salkku-result-count') === String(n), significant.length);
      expect(new URL(page.url()).searchParams.get('sk-impact')).toBe('security:significant');
    } finally {
      await page.close();
    }
  });

  it('saves an edit with the item\'s ETag; it is there after a reload', async () => {
    const project = must(newest()[3], 'project 3 of the newest plan');
    const page = await open();
    try {
      await editCell(page, project, 'security');
      const section = page.locator('[data-salkku-perspective="security"]');
      await section.getByRole('combobox').click();
      await page.locator('.ms-Dropdown-callout').getByText('Merkittävä', { exact: true }).click();
      await section.getByRole('textbox').fill('Pääsynhallinta muuttuu: uudet roolit ja lokitus.');
      await page.click('[data-salkku-save]');
      await page.waitForFunction(() => document.querySelector('[data-salkku-announcement]')?.textContent === 'Arvio tallennettu.');
      await page.reload();
      await waitForViews(page);
      await page.getByRole('searchbox').fill(project.title);
      const cell = page.locator(`[data-salkku-grid="impact"] [data-salkku-project="${project.id}"] [data-col="security"]`);
      expect(await cell.textContent()).toBe('Merkittävä');
      const saved = await site.portfolio.repository.getProject(project.id ?? 0);
      expect(saved.impacts.security).toEqual({ level: 'Merkittävä', text: 'Pääsynhallinta muuttuu: uudet roolit ja lokitus.' });
      expect(saved.assessedBy?.title).toBe('Olli Omistaja');
    } finally {
      await page.close();
    }
  });

  it('saves over a colleague\'s change to other fields without a dialog, says so, and records the saver and today', async () => {
    const project = must(newest()[5], 'project 5 of the newest plan');
    const member = await site.contextFor('member');
    const a = await open({}, site.owner);
    const b = await open({}, member);
    try {
      await editCell(a, project, 'security');
      await editCell(b, project, 'dataUse');
      await a.locator('[data-salkku-perspective="security"]').getByRole('textbox').fill('Omistajan perustelu tietoturvasta.');
      await a.click('[data-salkku-save]');
      await a.waitForFunction(() => document.querySelector('[data-salkku-announcement]')?.textContent === 'Arvio tallennettu.');
      await b.locator('[data-salkku-perspective="dataUse"]').getByRole('textbox').fill('Jäsenen perustelu tietojen käsittelystä.');
      await b.click('[data-salkku-save]');
      // no dialog: the owner changed another field; the member is told whose change was kept
      const saved = b.locator('[data-salkku-saved]');
      await saved.waitFor();
      expect(await saved.textContent()).toMatch(/^Hankkeen .+ arvio on tallennettu\. Olli Omistaja oli sillä välin muuttanut muita kenttiä \(.+\); hänen muutoksensa säilyivät\.$/);
      expect(await b.locator('[data-salkku-conflict]').count()).toBe(0);
      await screenshot(b, 'impact-merged');
      const stored = await site.portfolio.repository.getProject(project.id ?? 0);
      expect(stored.impacts.security.text).toBe('Omistajan perustelu tietoturvasta.');
      expect(stored.impacts.dataUse.text).toBe('Jäsenen perustelu tietojen käsittelystä.');
      // the assessor and the date change together, to whoever saved last and today
      const now = new Date();
      expect(stored.assessedBy?.title).toBe('Maija Muokkaaja');
      expect(stored.assessedOn).toBe(`${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`);
      expect(await b.textContent('[data-salkku-assessment-record]')).toContain('Maija Muokkaaja');
    } finally {
      await a.close();
      await member.close();
    }
  });

  it('asks only about the field both changed, naming who changed it and when, and keeps both texts', async () => {
    const project = must(newest()[6], 'project 6 of the newest plan');
    const member = await site.contextFor('member');
    const a = await open({}, site.owner);
    const b = await open({}, member);
    try {
      await editCell(a, project, 'security');
      await editCell(b, project, 'security');
      await a.locator('[data-salkku-perspective="security"]').getByRole('textbox').fill('Omistajan näkemys tietoturvasta.');
      await a.locator('[data-salkku-perspective="caseManagement"]').getByRole('textbox').fill('Omistajan lisäys asianhallintaan.');
      await a.click('[data-salkku-save]');
      await a.waitForFunction(() => document.querySelector('[data-salkku-announcement]')?.textContent === 'Arvio tallennettu.');
      await b.locator('[data-salkku-perspective="security"]').getByRole('textbox').fill('Jäsenen näkemys tietoturvasta.');
      await b.click('[data-salkku-save]');
      await b.locator('[data-salkku-conflict]').waitFor();
      expect(await b.textContent('[data-salkku-announcement]')).toBe('Ristiriita: joku muu tallensi ensin. Mitään ei korvattu.');
      // exactly the overlapping field, with SharePoint's Editor and Modified
      expect(await b.locator('[data-salkku-conflict-field]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-salkku-conflict-field')))).toEqual(['text:security']);
      expect(await b.textContent('[data-salkku-conflict-by]')).toMatch(/^Tallentanut Olli Omistaja, \d/);
      const dialog = (await b.textContent('[data-salkku-conflict]')) ?? '';
      expect(dialog).toContain('Omistajan näkemys tietoturvasta.');
      expect(dialog).toContain('Jäsenen näkemys tietoturvasta.');
      await screenshot(b, 'impact-conflict');
      await b.click('[data-salkku-conflict-save]');
      await b.locator('[data-salkku-saved]').waitFor();
      const stored = await site.portfolio.repository.getProject(project.id ?? 0);
      expect(stored.impacts.security.text).toBe('Omistajan näkemys tietoturvasta.\n\nJäsenen näkemys tietoturvasta.');
      expect(stored.impacts.caseManagement.text).toBe('Omistajan lisäys asianhallintaan.');
      expect(stored.assessedBy?.title).toBe('Maija Muokkaaja');
    } finally {
      await a.close();
      await member.close();
    }
  });

  it('gives a visitor the assessment to read and no edit controls', async () => {
    const visitor = await site.contextFor('visitor');
    const page = await open({}, visitor);
    try {
      const project = must(newest()[0], 'project 0 of the newest plan');
      await editCell(page, project, 'organisation');
      expect(await page.textContent(`[data-salkku-assessment-editor="${project.id}"]`)).toContain('Sinulla on lukuoikeus');
      expect(await page.locator('[data-salkku-save]').count()).toBe(0);
      expect(await page.locator('[data-salkku-assessment-editor] textarea, [data-salkku-assessment-editor] [role="combobox"]').count()).toBe(0);
      expect(await page.locator('[data-salkku-edit], [data-salkku-new]').count()).toBe(0);
    } finally {
      await visitor.close();
    }
  });

  it('prints a clean A4 listing of the assessments', async () => {
    const page = await open({ 'sk-area': 'Tietohallinto' });
    try {
      // the browser's print dialog would race page.pdf(): count the call instead
      await page.evaluate(() => {
        (window as unknown as { printed: number }).printed = 0;
        window.print = () => {
          (window as unknown as { printed: number }).printed++;
        };
      });
      await page.getByRole('button', { name: 'Tulosta' }).click();
      await page.waitForFunction(() => (window as unknown as { printed: number }).printed === 1);
      await page.locator('[data-salkku-print]').waitFor({ state: 'attached' });
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('[data-salkku-print]').isVisible()).toBe(true);
      expect(await page.locator('[data-salkku-grid="impact"]').isVisible()).toBe(false);
      const articles = await page.locator('[data-salkku-print] article').count();
      expect(articles).toBe(await resultCount(page).catch(() => articles));
      fs.mkdirSync(SCREENSHOTS, { recursive: true });
      const pdf = await page.pdf({ path: path.join(SCREENSHOTS, 'impact-print.pdf'), format: 'A4', printBackground: true });
      expect(pdf.length).toBeGreaterThan(10_000);
      await page.emulateMedia({ media: 'screen' });
    } finally {
      await page.close();
    }
  });

  it.each([
    ['sharepoint', 1280],
    ['teams-dark', 1280],
    ['teams-contrast', 1280],
    ['sharepoint', 320]
  ])('has no axe violations in %s at %i px', async (host, width) => {
    const { violations, errors } = await site.accessibility('impact', host, width);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });
});
