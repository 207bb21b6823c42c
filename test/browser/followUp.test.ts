/**
 * The Follow-up view (issue 19) on the demo's two years of reports: a project manager sees their
 * own due reports first, files a report that turns their project red, and the new RAG shows in the
 * follow-up view (row, changes since the meeting, history) and in the other views; a visitor can
 * read but not file; axe finds nothing in the view, the open form and the history, in Finnish and
 * in a Teams host; a 320 px tab works.
 */
import type { Page } from 'playwright-core';
import { ROLE_USERS } from '../../standin/context';
import { must } from '../support/must';
import * as path from 'path';
import { axeViolations, screenshot, SCREENSHOTS } from './support/browser';
import { useBrowserPortfolio } from './support/useBrowserPortfolio';

async function openFollowUp(site: ReturnType<typeof useBrowserPortfolio>, role: 'member' | 'visitor' | 'owner', params: Record<string, string> = {}): Promise<Page> {
  const context = role === 'owner' ? site.owner : await site.contextFor(role);
  const page = await site.open('followUp', params, context);
  await page.locator('[data-salkku-view="followUp"] [data-salkku-latest]').waitFor();
  return page;
}

describe('follow-up view', () => {
  const site = useBrowserPortfolio();
  const own = (): { id: number; title: string; number: string | null; rag: string | null } => {
    const maija = ROLE_USERS.member.title;
    const project = site.data.projects.find((p) => p.projectManager?.title === maija && p.rag === 'Keltainen');
    return { ...must(project, `a project ${maija} manages`), id: must(project?.id, 'id') };
  };

  it('shows a project manager their own projects first and lets them file a report that turns one red everywhere', async () => {
    const project = own();
    const page = await openFollowUp(site, 'member');
    try {
      // the member's own projects come first in the table, marked as theirs
      const rows = page.locator('[data-salkku-latest-row]');
      expect(await rows.first().getAttribute('data-salkku-own')).toBe('true');
      const row = page.locator(`[data-salkku-latest-row="${project.id}"]`);
      expect(await row.getAttribute('data-salkku-rag')).toBe('Keltainen');
      expect(await row.textContent()).toContain('Oma hanke');

      await row.locator(`[data-salkku-file-report="${project.id}"]`).click();
      const editor = page.locator(`[data-salkku-report-editor="${project.id}"]`);
      await editor.waitFor();
      // publishing without the one-sentence status is refused with a message; nothing is sent
      await editor.getByRole('textbox', { name: /Tilanne yhdellä lauseella/ }).fill('');
      await page.click('[data-salkku-report-publish]');
      expect(await editor.textContent()).toContain('Pakollinen tieto.');
      await editor.getByRole('textbox', { name: /Tilanne yhdellä lauseella/ }).fill('Toimittaja ei ehdi: käyttöönotto pysähtynyt');
      await editor.locator('label', { hasText: 'Punainen – ei etene' }).click();
      expect(await editor.getByRole('radio', { name: 'Punainen – ei etene' }).isChecked()).toBe(true);
      await editor.getByRole('spinbutton', { name: 'Valmiusaste' }).fill('58');
      await editor.getByRole('textbox', { name: 'Ohjausryhmältä tarvittavat päätökset' }).fill('Lisäresurssi tai laajuuden rajaus');
      await screenshot(page, 'followup-editor');
      expect(await axeViolations(page, `[data-salkku-report-editor="${project.id}"]`)).toEqual([]);
      await page.click('[data-salkku-report-publish]');
      // publishing asks first: a published report is not changed afterwards
      await page.getByText('Julkaistu raportti tulee hankkeen tilanteeksi kaikissa näkymissä').waitFor();
      await page.click('[data-salkku-report-confirm]');
      await page.locator('[data-salkku-report-saved]').waitFor();
      expect(await page.textContent('[data-salkku-report-saved]')).toContain('Raportti julkaistu.');

      await page.waitForFunction((id) => document.querySelector(`[data-salkku-latest-row="${id}"]`)?.getAttribute('data-salkku-rag') === 'Punainen', project.id);
      expect(await row.textContent()).toContain('58 %');
      // the change since the meeting is listed
      const change = page.locator(`[data-salkku-change="ragChanged"][data-salkku-change-project="${project.id}"]`);
      await change.waitFor();
      expect(await change.textContent()).toContain('Keltainen – riskejä → Punainen – ei etene');
      // and the history ends with it, newest first
      await row.locator(`[data-salkku-history-open="${project.id}"]`).click();
      const history = page.locator(`[data-salkku-history="${project.id}"] [data-salkku-history-row]`);
      await history.first().waitFor();
      expect(await history.first().getAttribute('data-salkku-history-row')).toBe('Punainen');
      expect(await history.count()).toBeGreaterThan(3);
      await screenshot(page, 'followup-history');
      expect(await axeViolations(page, `[data-salkku-history="${project.id}"]`)).toEqual([]);
    } finally {
      await page.close();
    }

    // the other views show the project red: the Portfolio's row, and its details in the Timeline and the Impact view
    const portfolio = await site.open('portfolio', { 'sk-q': project.title });
    try {
      const cell = portfolio.locator(`[data-salkku-grid="portfolio"] [data-salkku-project="${project.id}"] [data-col="status"]`);
      await cell.waitFor();
      expect(await cell.textContent()).toContain('Punainen');
    } finally {
      await portfolio.close();
    }
    for (const view of ['timeline', 'impact'] as const) {
      const other = await site.open(view, { 'sk-project': String(project.id) });
      try {
        const details = other.locator(`[data-salkku-detail="${project.id}"]`);
        await details.waitFor();
        expect(await details.textContent()).toContain('Punainen – ei etene');
        expect(await details.textContent()).toContain('Toimittaja ei ehdi: käyttöönotto pysähtynyt');
      } finally {
        await other.close();
      }
    }
  });

  it('lets a visitor read the reports and history but not file one', async () => {
    const page = await openFollowUp(site, 'visitor');
    try {
      expect(await page.locator('[data-salkku-latest-row]').count()).toBeGreaterThan(10);
      expect(await page.locator('[data-salkku-file-report]').count()).toBe(0);
      expect(await page.locator('[data-salkku-cadence]').count()).toBe(0);
      expect(await page.textContent('[data-salkku-view="followUp"]')).toContain('Voit lukea raportteja.');
      const first = must(await page.locator('[data-salkku-history-open]').first().getAttribute('data-salkku-history-open'), 'a project');
      await page.locator(`[data-salkku-history-open="${first}"]`).first().click();
      await page.locator(`[data-salkku-history="${first}"] [data-salkku-history-row]`).first().waitFor();
    } finally {
      await page.close();
    }
  });

  it('filters to the reports due and keeps the due ones first', async () => {
    const page = await openFollowUp(site, 'owner');
    try {
      const due = Number(await page.getAttribute('[data-salkku-due]', 'data-salkku-due'));
      expect(due).toBeGreaterThan(0);
      const all = await page.locator('[data-salkku-latest-row]').count();
      expect(await page.locator('[data-salkku-latest-row]').first().getAttribute('data-salkku-due-row')).toBe('true');
      await page.getByRole('switch', { name: 'Vain puuttuvat raportit' }).click();
      await page.waitForFunction((n) => document.querySelectorAll('[data-salkku-latest-row]').length === n, Math.min(due, 50));
      expect(await page.locator('[data-salkku-latest-row]:not([data-salkku-due-row])').count()).toBe(0);
      expect(all).toBeGreaterThan(due);
    } finally {
      await page.close();
    }
  });

  it('makes the meeting pack for the next meeting as a Word document', async () => {
    const page = await openFollowUp(site, 'owner');
    try {
      const next = must(await page.getAttribute('[data-salkku-next-meeting]', 'data-salkku-next-meeting'), 'the next meeting');
      expect(next >= new Date().toISOString().slice(0, 10)).toBe(true);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Kokousmateriaali (Word)' }).click()]);
      expect(download.suggestedFilename()).toMatch(/\.docx$/);
      const file = must(await download.path(), 'the downloaded file');
      const bytes = (await import('fs')).readFileSync(file);
      // a Word document is a zip: it starts with "PK"
      expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
      expect(bytes.length).toBeGreaterThan(5_000);
      // kept for looking at (LibreOffice: soffice --headless --convert-to pdf)
      await download.saveAs(path.join(SCREENSHOTS, '..', 'meeting-pack', 'demo-meeting-pack.docx'));
    } finally {
      await page.close();
    }
  });

  it.each([
    ['sharepoint', 1280],
    ['teams-dark', 1280],
    ['narrow', 320]
  ] as const)('has no axe violations in %s at %i px', async (host, width) => {
    const { violations, errors } = await site.accessibility('followUp', host, width);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });
});
