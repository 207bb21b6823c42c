/**
 * Feedback and safety (issue 18): a visible confirmation after saving an assessment, user text
 * that cannot reorder the interface (a right-to-left override in a title), implausible costs
 * listed as needing attention (with the limit a web part can set), no icon used unregistered,
 * and a help link with an accessible name in every web part.
 */
import type { Page } from 'playwright-core';
import { latestPlanId } from '../../src/domain/plans';
import { insertItems } from '../support/hostileItems';
import { must } from '../support/must';
import { screenshot } from './support/browser';
import { useBrowserPortfolio } from './support/useBrowserPortfolio';

const RLO_TITLE = '\u202eevil hanke';
const ABSURD_TITLE = 'Kallis hanke';

describe('feedback and safety', () => {
  let rloId = 0;
  let absurdId = 0;
  const site = useBrowserPortfolio({
    prepare: (portfolio, data) => {
      const newest = data.plans.reduce((a, b) => ((a.periodStart ?? '') > (b.periodStart ?? '') ? a : b));
      const plan = { PlanId: newest.id, PlansId: [newest.id] };
      [rloId, absurdId] = insertItems(portfolio.standIn, [
        { ...plan, Title: RLO_TITLE, ProjectNumber: '9.1', ServiceArea: 'Tietohallinto', ProjectStatus: 'Käynnissä' },
        { ...plan, Title: ABSURD_TITLE, ProjectNumber: '9.2', ServiceArea: 'Tietohallinto', InvestmentMin: 1e12, InvestmentMax: 1e12 }
      ]).map(Number) as [number, number];
    }
  });

  async function attentionItem(page: Page, id: number): Promise<ReturnType<Page['locator']>> {
    await page.locator('[data-salkku-attention] summary').first().click();
    const item = page.locator('[data-salkku-attention] li').filter({ has: page.locator(`[data-salkku-attention-warnings]`) }).filter({ hasText: id === rloId ? 'evil' : ABSURD_TITLE });
    await item.first().waitFor();
    return item.first();
  }

  it('shows a visible confirmation naming the project after saving an assessment, focused, until the next change', async () => {
    const data = site.data;
    const newest = must(data.plans.reduce((a, b) => ((a.periodStart ?? '') > (b.periodStart ?? '') ? a : b)), 'a plan');
    const project = must(data.projects.find((p) => latestPlanId(p.planIds, data.plans) === newest.id && p.number), 'a project of the newest plan');
    const page = await site.open('impact');
    try {
      await page.getByRole('searchbox').fill(project.title);
      await page.locator(`[data-salkku-grid="impact"] [data-salkku-project="${project.id}"] [data-col="security"]`).click();
      const editor = page.locator(`[data-salkku-assessment-editor="${project.id}"]`);
      await editor.waitFor();
      expect(await page.locator('[data-salkku-editor-close]').textContent()).toBe('Peruuta');
      await editor.locator('[data-salkku-perspective="security"]').getByRole('textbox').fill('Lokitus lisätään.');
      await page.click('[data-salkku-save]');
      const saved = page.locator('[data-salkku-saved-project]');
      await saved.waitFor();
      expect(await saved.textContent()).toBe(`Hankkeen ${project.number ?? ''} ${project.title} arvio on tallennettu.`);
      expect(await saved.isVisible()).toBe(true);
      // the message is in view at the top of the editor (nothing covers or scrolls it away) and has the focus
      const inView = (): Promise<boolean> =>
        saved.evaluate((element) => {
          const box = element.getBoundingClientRect();
          const top = document.elementFromPoint(box.left + 4, box.top + box.height / 2);
          return top !== null && element.closest('[data-salkku-saved]')?.contains(top) === true;
        });
      expect(await inView()).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.closest('[data-salkku-saved]') !== null)).toBe(true);
      // the editor says it is done; screen readers still hear it
      expect(await page.locator('[data-salkku-editor-close]').textContent()).toBe('Sulje');
      expect(await page.textContent('[data-salkku-announcement]')).toBe('Arvio tallennettu.');
      await screenshot(page, 'impact-saved');
      expect(await inView()).toBe(true);
      // the next change replaces the confirmation
      await page.locator('[data-salkku-perspective="security"]').getByRole('textbox').fill('Lokitus ja roolit lisätään.');
      await saved.waitFor({ state: 'detached' });
      expect(await page.locator('[data-salkku-editor-close]').textContent()).toBe('Peruuta');
    } finally {
      await page.close();
    }
  });

  it('keeps a right-to-left override in a title from reordering the row and the list, and lists the item as needing attention', async () => {
    const page = await site.open('portfolio', { 'sk-q': 'evil' });
    try {
      const row = page.locator(`[data-salkku-project="${rloId}"]`).first();
      const number = must((await row.locator('[data-col="number"]').boundingBox()) ?? undefined, 'the number cell');
      const title = must((await row.locator('[data-col="title"]').boundingBox()) ?? undefined, 'the title cell');
      expect(number.x + number.width).toBeLessThanOrEqual(title.x + 1);
      const item = await attentionItem(page, rloId);
      expect(await item.locator('[data-salkku-attention-warnings]').getAttribute('data-salkku-attention-warnings')).toContain('bidiControl');
      expect(await item.textContent()).toContain('Kentässä Hanke on tekstin suuntaa kääntävä ohjausmerkki');
      expect(await item.textContent()).toContain('[U+202E]evil hanke');
      // the warning reads after the title, not turned round in front of it
      const name = must((await item.locator('bdi').first().boundingBox()) ?? undefined, 'the title');
      const warning = must((await item.locator('[data-salkku-attention-warnings]').boundingBox()) ?? undefined, 'the warning');
      expect(warning.x).toBeGreaterThanOrEqual(name.x + name.width - 1);
      await screenshot(page, 'attention-safety');
    } finally {
      await page.close();
    }
  });

  it('flags an investment no city has, within the limit a web part sets', async () => {
    const page = await site.open('portfolio', { 'sk-q': ABSURD_TITLE });
    try {
      const item = await attentionItem(page, absurdId);
      expect(await item.locator('[data-salkku-attention-warnings]').getAttribute('data-salkku-attention-warnings')).toContain('costImplausible');
      expect(await item.textContent()).toMatch(/Investointi ei ole uskottava kaupungin hankkeelle: 1\s000\s000\s000\s000 € > 10\s000\s000 €/);
      await page.goto(site.url({ view: 'portfolio', 'sk-q': ABSURD_TITLE, investmentLimit: '2000000000000' }));
      await page.locator('[data-salkku-loaded]').first().waitFor();
      const listed = await page.locator('[data-salkku-attention-warnings~="costImplausible"]').count();
      expect(listed).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('uses no unregistered icon in any view, the export panel open', async () => {
    const warnings: string[] = [];
    const page = await site.owner.newPage();
    page.on('console', (message) => {
      if (/was used but not registered/i.test(message.text())) {
        warnings.push(message.text());
      }
    });
    try {
      for (const view of ['portfolio', 'timeline', 'impact', 'page']) {
        await page.goto(site.url({ view }));
        await page.locator('[data-salkku-loaded]').first().waitFor({ timeout: 30_000 });
      }
      await page.goto(site.url({ view: 'portfolio' }));
      await page.locator('[data-salkku-export-open]').click();
      await page.locator('[data-salkku-export-docx]').waitFor();
      expect(await page.locator('[data-salkku-export-docx] [data-icon-name]').getAttribute('data-icon-name')).toBe('SalkkuWordDocument');
      expect(await page.locator('[data-salkku-export-xlsx] [data-icon-name] svg').count()).toBe(1);
      await screenshot(page, 'export-icons');
      expect(warnings).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('has a help link with an accessible name in every web part, in the reader\'s language', async () => {
    for (const [lang, name, anchor] of [
      ['fi', 'Ohje: Salkun käyttö (avautuu uudelle välilehdelle)', '#suomeksi'],
      ['sv', 'Hjälp: använda Salkku (öppnas i en ny flik)', '#p%C3%A5-svenska'],
      ['en', 'Help: using Salkku (opens in a new tab)', '#in-english']
    ] as const) {
      const page = await site.open('page', { lang });
      try {
        const links = page.getByRole('link', { name, exact: true });
        expect(await links.count()).toBe(3);
        for (let i = 0; i < 3; i++) {
          const href = must(await links.nth(i).getAttribute('href'), 'an address');
          expect(href).toBe(`https://github.com/salkku/salkku/blob/main/docs/help.md${anchor}`);
          expect(await links.nth(i).getAttribute('target')).toBe('_blank');
        }
      } finally {
        await page.close();
      }
    }
  });
});
