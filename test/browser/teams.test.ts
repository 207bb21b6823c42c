/**
 * Teams as people meet it (issue 15), in the preview's Teams hosts: the personal app with and
 * without the tenant setting, a deep link opening a project, the theme changing while the tab is
 * open, links that never replace the Teams client, and sharing a project's link.
 */
import type { Page } from 'playwright-core';
import { TENANT_SETTING_KEY } from '../../src/data/contract/portfolioSite';
import { must } from '../support/must';
import { screenshot, waitForViews } from './support/browser';
import { useBrowserPortfolio } from './support/useBrowserPortfolio';

const background = (page: Page): Promise<string> => page.evaluate(() => getComputedStyle(document.querySelector('[data-preview-host]') ?? document.body).backgroundColor);

describe('Teams: the Salkku app with the tenant setting', () => {
  const site = useBrowserPortfolio();

  it('opens the portfolio in a personal app, which runs in the root site, through the tenant setting', async () => {
    const page = await site.open('portfolio', { host: 'teams-personal' });
    try {
      expect(await page.getAttribute('[data-preview-tenant-setting]', 'data-preview-tenant-setting')).toBe(site.portfolio.siteUrl);
      expect(await page.locator('[data-salkku-state^="error-"]').count()).toBe(0);
      expect(await page.locator('[data-salkku-grid] [data-salkku-project]').count()).toBeGreaterThan(0);
      await screenshot(page, 'teams-personal-app');
    } finally {
      await page.close();
    }
  });

  it('opens the project a deep link names (its sub-page)', async () => {
    const project = must(site.data.projects.find((p) => p.id !== null && p.id > 3), 'a demo project');
    const page = await site.open('timeline', { host: 'teams-dark', subPageId: `project-${project.id}` });
    try {
      await page.locator(`[data-salkku-detail="${project.id}"]`).waitFor();
      expect(new URL(page.url()).searchParams.get('sk-project')).toBe(String(project.id));
      await screenshot(page, 'teams-dark-deep-link');
    } finally {
      await page.close();
    }
  });

  it('follows a theme change while the tab stays open, keeping what the person was doing', async () => {
    const page = await site.open('portfolio', { host: 'teams-light' });
    try {
      await page.evaluate(() => Object.assign(window, { salkkuStillOpen: true }));
      await page.getByRole('searchbox').first().fill('arkisto');
      const light = await background(page);
      for (const [host, name] of [
        ['teams-dark', 'Teams, tumma'],
        ['teams-contrast', 'Teams, suuri kontrasti']
      ] as const) {
        await page.getByRole('combobox', { name: 'Isäntä' }).click();
        await page.getByRole('option', { name }).click();
        await page.waitForFunction((h) => document.querySelector('[data-preview-host]')?.getAttribute('data-preview-host') === h, host);
        expect(await background(page)).not.toBe(light);
        await screenshot(page, `teams-theme-live-${host}`);
      }
      expect(await page.evaluate(() => (window as unknown as { salkkuStillOpen?: boolean }).salkkuStillOpen)).toBe(true);
      expect(await page.getByRole('searchbox').first().inputValue()).toBe('arkisto');
    } finally {
      await page.close();
    }
  });

  it('opens SharePoint forms in a new tab without a Source= back to the Teams frame, and in place on a page', async () => {
    const id = String(must(site.data.projects[0], 'a demo project').id);
    const teams = await site.open('portfolio', { host: 'teams-light', 'sk-project': id });
    const page = await site.open('portfolio', { host: 'sharepoint', 'sk-project': id });
    try {
      const teamsEdit = teams.locator('[data-salkku-edit]');
      expect(await teamsEdit.getAttribute('target')).toBe('_blank');
      expect(await teamsEdit.getAttribute('rel')).toContain('noopener');
      expect(new URL(must(await teamsEdit.getAttribute('href') ?? undefined, 'an edit link')).searchParams.has('Source')).toBe(false);
      expect(await teamsEdit.textContent()).toContain('avautuu uudelle välilehdelle');
      expect(await teams.locator('[data-salkku-new]').getAttribute('target')).toBe('_blank');

      const pageEdit = page.locator('[data-salkku-edit]');
      expect(await pageEdit.getAttribute('target')).toBe('_top');
      expect(new URL(must(await pageEdit.getAttribute('href') ?? undefined, 'an edit link')).searchParams.get('Source')).toBe(page.url());
    } finally {
      await teams.close();
      await page.close();
    }
  });

  it('shares a project through Teams in a tab and copies a link that opens it on a page', async () => {
    const project = must(site.data.projects[1], 'a demo project');
    const teams = await site.open('impact', { host: 'teams-light', 'sk-project': String(project.id) });
    const context = await site.contextFor('visitor');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.portfolio.url).origin });
    const page = await site.open('portfolio', { host: 'sharepoint', 'sk-project': String(project.id) }, context);
    try {
      await teams.click(`[data-salkku-share="${project.id}"]`);
      await teams.waitForSelector('[data-salkku-share-outcome="shared"]');
      expect(await teams.evaluate(() => window.salkkuTeamsShares)).toEqual([{ subPageId: `project-${project.id}`, subPageLabel: project.title }]);

      await page.click(`[data-salkku-share="${project.id}"]`);
      await page.waitForSelector('[data-salkku-share-outcome="copied"]');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(new URL(copied).searchParams.get('sk-project')).toBe(String(project.id));
      const opened = await context.newPage();
      await opened.goto(copied);
      await waitForViews(opened);
      await opened.locator(`[data-salkku-detail="${project.id}"]`).waitFor();
      await opened.close();
    } finally {
      await teams.close();
      await context.close();
    }
  });

  it('refuses a web part property on another tenant\'s SharePoint with a plain message, loading nothing', async () => {
    const page = await site.open('portfolio', { host: 'sharepoint', siteUrl: 'https://contoso.sharepoint.com/sites/salkku' });
    try {
      const message = page.locator('[data-salkku-state="site-address"]');
      expect(await message.textContent()).toContain('https://contoso.sharepoint.com/sites/salkku');
      expect(await message.textContent()).toContain('organisaation omassa SharePointissa');
    } finally {
      await page.close();
    }
  });

  it.each(['teams-light', 'teams-dark', 'teams-contrast', 'narrow'])('is shown in %s with its detail panel', async (host) => {
    const page = await site.open('portfolio', { host, 'sk-project': String(must(site.data.projects[2], 'a demo project').id) });
    try {
      expect(await page.locator('[data-salkku-state^="error-"]').count()).toBe(0);
      await screenshot(page, `teams-host-${host}`);
    } finally {
      await page.close();
    }
  });
});

describe('Teams: a personal app where no tenant setting names the portfolio site', () => {
  const site = useBrowserPortfolio({ preview: { tenantSetting: false } });

  it('says how to name the portfolio site and offers no set-up in the root site, even to its owner', async () => {
    const page = await site.open('portfolio', { host: 'teams-personal' });
    try {
      const state = page.locator('[data-salkku-state="error-listMissing"]');
      await state.waitFor();
      expect(await state.textContent()).toContain(TENANT_SETTING_KEY);
      expect(await page.locator('[data-salkku-site]').getAttribute('data-salkku-site')).toBe(new URL(site.portfolio.url).origin);
      expect(await page.getByRole('button', { name: 'Luo hankesalkun listat' }).count()).toBe(0);
      await screenshot(page, 'teams-personal-not-configured');
    } finally {
      await page.close();
    }
  });

  it('finds the lists on a page of the portfolio site itself without the tenant setting', async () => {
    const page = await site.open('portfolio', { host: 'sharepoint' });
    try {
      expect(await page.locator('[data-salkku-state^="error-"]').count()).toBe(0);
      expect(await page.locator('[data-salkku-grid] [data-salkku-project]').count()).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });
});
