/**
 * In-app import in the preview against the stand-in: a site owner picks a plan file, sees the
 * parsed projects and the dry-run preview, confirms, and the portfolio shows the new plan.
 * Importing the same file again changes nothing. Other users get no import button.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { resultCount, screenshot, waitForViews } from './support/browser';
import { useBrowserPortfolio } from './support/useBrowserPortfolio';

const FIXTURE = path.resolve(__dirname, '../fixtures/plans/jarvenranta-2025-2026.md');

describe('importing a plan in the Portfolio web part', () => {
  const site = useBrowserPortfolio();

  async function importFixture(page: Page): Promise<string> {
    await page.click('[data-salkku-import]');
    await page.setInputFiles('[data-salkku-import-file]', FIXTURE);
    const preview = page.locator('[data-salkku-import-preview]');
    await preview.waitFor({ timeout: 20_000 });
    const text = (await preview.textContent()) ?? '';
    await page.click('[data-salkku-import-confirm]');
    await page.locator('[data-salkku-import-done]').waitFor({ timeout: 20_000 });
    return `${text}\n${(await page.textContent('[data-salkku-import-done]')) ?? ''}`;
  }

  it('imports the file\'s projects, shows them, and a second import changes nothing', async () => {
    const context = await site.contextFor('owner');
    const page = await context.newPage();
    try {
      const before = (await site.portfolio.repository.load()).projects.length;
      await page.goto(site.url({ view: 'portfolio' }));
      await waitForViews(page);
      const first = await importFixture(page);
      expect(first).toContain('Tietohallinnon toimenpidesuunnitelma 2025–2026: 3 hanketta');
      expect(first).toContain('Varmuuskopioinnin siirto pilvipalveluun');
      expect(first).toContain('Tuonnin esikatselu: 3 uutta, 0 päivitettävää, 0 siirtyvää, 0 ennallaan.');
      expect(first).toContain('Valmis: 3 uutta');
      await screenshot(page, 'portfolio-import-done');
      await page.keyboard.press('Escape');
      await waitForViews(page);
      expect((await site.portfolio.repository.load()).projects.length).toBe(before + 3);
      await page.goto(site.url({ view: 'portfolio', 'sk-plan': String((await site.portfolio.repository.load()).plans.find((p) => p.title.includes('2025–2026'))?.id) }));
      await waitForViews(page);
      expect(await resultCount(page)).toBe(3);
      const second = await importFixture(page);
      expect(second).toContain('Tuonnin esikatselu: 0 uutta, 0 päivitettävää, 0 siirtyvää, 3 ennallaan.');
      expect((await site.portfolio.repository.load()).projects.length).toBe(before + 3);
    } finally {
      await context.close();
    }
  });

  it('offers no import to a member or a visitor', async () => {
    for (const role of ['member', 'visitor'] as const) {
      const context = await site.contextFor(role);
      const page = await context.newPage();
      await page.goto(site.url({ view: 'portfolio' }));
      await waitForViews(page);
      expect(await page.locator('[data-salkku-import]').count()).toBe(0);
      await context.close();
    }
  });
});

describe('exporting from the Portfolio web part', () => {
  const site = useBrowserPortfolio();

  it('downloads the plan as .docx and the portfolio as .xlsx, also for a reader', async () => {
    const context = await site.browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    const url = new URL(site.portfolio.url);
    await context.addCookies([{ name: 'standin-role', value: 'visitor', domain: url.hostname, path: '/' }]);
    const page = await context.newPage();
    try {
      await page.goto(site.url({ view: 'portfolio', 'sk-area': 'Tietohallinto' }));
      await waitForViews(page);
      const shown = await resultCount(page);
      await page.click('[data-salkku-export-open]');
      expect(await page.textContent('[data-salkku-export]')).toContain(`(${shown} hanketta)`);
      const [docx] = await Promise.all([page.waitForEvent('download'), page.click('[data-salkku-export-docx]')]);
      expect(docx.suggestedFilename()).toMatch(/\.docx$/);
      const docxPath = await docx.path();
      const [xlsx] = await Promise.all([page.waitForEvent('download'), page.click('[data-salkku-export-xlsx]')]);
      expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
      const xlsxPath = await xlsx.path();
      const { parsePlanDocx } = await import('../../src/domain/import/docx');
      const buffer = fs.readFileSync(docxPath);
      const imported = await parsePlanDocx(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer);
      expect(imported.projects).toHaveLength(shown);
      const { Workbook } = await import('exceljs');
      const book = new Workbook();
      await book.xlsx.readFile(xlsxPath);
      expect(book.getWorksheet('Hankkeet')?.rowCount).toBe(shown + 1);
      await screenshot(page, 'portfolio-export');
    } finally {
      await context.close();
    }
  });
});
