/**
 * Actual costs and "report due" in Chromium against the stand-in: an actual above a project's
 * estimate (written through the follow-up repository) shows in the Portfolio's Actual column with
 * the overrun flag (icon and text), in "needs attention" with the reason, and in the totals by
 * year and by service area; the report-due filter keeps the projects under way without a report
 * in the cadence window (the demo's report history included), in the Portfolio and the Timeline, and lives in the URL; axe finds
 * nothing in four hosts; a site without the follow-up lists shows the Portfolio as before.
 */
import type { Page } from 'playwright-core';
import { SITE_PATH } from '../../scripts/lib/localPortfolio';
import { localDay } from '../../src/data/contract/followUpFacts';
import { dueProjectIds, planYears } from '../../src/domain/followup/portfolioFacts';
import { latestReports } from '../../src/domain/followup/reports';
import type { ActualCost, StatusReport } from '../../src/domain/followup/model';
import { statusReport } from '../support/statusReport';
import type { Project } from '../../src/domain/model';
import { applyFilter, buildSearchIndex, EMPTY_FILTER } from '../../src/domain/portfolio/filter';
import { STATUS } from '../../src/domain/vocabulary';
import * as fi from '../../src/loc/fi-fi.js';
import { axeViolations, collectErrors, resultCount, screenshot, waitForViews } from './support/browser';
import { chipNames, chooseFilter, waitForCount } from './support/filters';
import { useBrowserPortfolio } from './support/useBrowserPortfolio';

const OVER = 1.5;
const UNDER = 0.5;

interface Seeded {
  over: Project;
  under: Project;
  reported: Project;
  year: number;
  /** Actual investment of the projects the Portfolio first shows, in the plan's years (or one of them): the demo's and ours. */
  actualIn: (year?: number) => number;
  /** Who owes a report today, from every report on the site (the demo's history and ours). */
  due: (projects: readonly Project[]) => Set<number>;
}

function report(project: Project, date: string): StatusReport {
  return statusReport(project.id ?? 0, date, { title: 'Käyttöönotto etenee', rag: project.rag, progress: project.progress, summary: 'Pilottikäyttäjät ottivat järjestelmän käyttöön.' });
}

/** Waits until the follow-up has been read and the Actual column is in the grid. */
async function followUpShown(page: Page): Promise<void> {
  await page.locator('[data-salkku-view="portfolio"][data-salkku-follow-up="ready"]').waitFor();
  await page.locator('[data-salkku-grid="portfolio"] [role="columnheader"][data-col="actual"]').waitFor();
}

async function openOnly(page: Page, project: Project): Promise<void> {
  await page.getByRole('searchbox').fill(project.number ?? project.title);
  await page.locator(`[data-salkku-project="${project.id ?? 0}"]`).waitFor();
}

describe('Actual costs and report due in the Portfolio', () => {
  let seeded: Seeded | undefined;
  const site = useBrowserPortfolio({
    prepare: async (portfolio, data) => {
      const today = localDay(new Date());
      const followUp = portfolio.repository.followUp;
      const newest = data.plans.reduce((a, b) => ((a.periodStart ?? '') > (b.periodStart ?? '') ? a : b));
      const year = Number((newest.periodStart ?? '2026').slice(0, 4));
      const range = planYears(data.plans, newest.id, today);
      const inRange = (a: ActualCost): boolean => a.year >= range.from && a.year <= range.to;
      // the demo has actual costs of its own: what each project has spent in the plan's years
      const before = await followUp.loadFollowUp({ since: today, fromYear: range.from });
      const spent = (p: Project): number => before.actuals.filter((a) => a.projectId === p.id && inRange(a)).reduce((sum, a) => sum + (a.investment ?? 0), 0);
      const candidates = data.projects.filter((p) => p.planIds.includes(newest.id ?? -1) && p.status === STATUS.inProgress && p.costs.investmentMax !== null && p.number !== null);
      const over = candidates[0];
      // one whose spend so far leaves room for half its upper bound more
      const under = candidates.find((p) => p !== over && spent(p) + Math.round((p.costs.investmentMax ?? 0) * UNDER) <= (p.costs.investmentMax ?? 0));
      const reported = candidates.find((p) => p !== over && p !== under);
      if (!over || !under || !reported) {
        throw new Error('The demo has too few projects under way with an estimate');
      }
      const actual = (project: Project, factor: number): Promise<unknown> =>
        followUp.saveActual({ id: null, etag: null, projectId: project.id ?? 0, year, investment: Math.round((project.costs.investmentMax ?? 0) * factor), recurring: null, note: 'Laskut ja työtunnit', reportId: null });
      await actual(over, OVER);
      await actual(under, UNDER);
      await followUp.saveReport(report(reported, today), await portfolio.repository.getProject(reported.id ?? 0));
      const all = await followUp.loadFollowUp({ since: '2000-01-01', fromYear: range.from });
      const latest = latestReports(all.reports);
      const shown = new Set(applyFilter(data.projects, EMPTY_FILTER, data.plans, buildSearchIndex(data.projects)).map((p) => p.id));
      const actualIn = (y?: number): number =>
        all.actuals.filter((a) => shown.has(a.projectId) && inRange(a) && (y === undefined || a.year === y)).reduce((sum, a) => sum + (a.investment ?? 0), 0);
      seeded = { over, under, reported, year, actualIn, due: (projects) => dueProjectIds(projects, latest, all.cadence, all.meetings, today) };
    }
  });
  const must = (): Seeded => {
    if (!seeded) {
      throw new Error('not seeded');
    }
    return seeded;
  };

  it('shows the actual beside the estimate and flags the one above the estimate’s upper bound', async () => {
    const { over, under } = must();
    const page = await site.open('portfolio');
    try {
      await followUpShown(page);
      await openOnly(page, over);
      const overCell = page.locator(`[data-salkku-project="${over.id ?? 0}"] [data-col="actual"]`);
      await overCell.locator('[data-salkku-overrun="investment"]').waitFor();
      expect(await overCell.innerText()).toContain(fi.ActOverrun);
      // icon and text, never colour alone
      expect(await overCell.locator('[data-icon-name="Warning"]').count()).toBe(1);
      await openOnly(page, under);
      const underCell = page.locator(`[data-salkku-project="${under.id ?? 0}"] [data-col="actual"]`);
      expect(await underCell.locator('[data-salkku-overrun]').count()).toBe(0);
      expect((await underCell.innerText()).trim()).not.toBe(fi.EmptyValue);
    } finally {
      await page.close();
    }
  });

  it('lists the overrunning project under "needs attention" with the reason', async () => {
    const { over } = must();
    const page = await site.open('portfolio');
    try {
      await followUpShown(page);
      const item = page.locator('[data-salkku-attention] li').filter({ hasText: over.title });
      await page.locator('[data-salkku-attention] summary').click();
      expect(await item.locator('[data-salkku-attention-warnings]').getAttribute('data-salkku-attention-warnings')).toContain('actualOverEstimate');
      const max = (over.costs.investmentMax ?? 0).toLocaleString('fi-FI');
      expect((await item.innerText()).replace(/\s/g, ' ')).toContain(max.replace(/\s/g, ' '));
      expect(Number(await page.getAttribute('[data-salkku-band-attention]', 'data-salkku-band-attention'))).toBeGreaterThanOrEqual(1);
    } finally {
      await page.close();
    }
  });

  it('totals the actuals of the projects shown, by year and by service area', async () => {
    const { over, year, actualIn } = must();
    const page = await site.open('portfolio');
    try {
      await followUpShown(page);
      const euros = (n: number): string => `${n.toLocaleString('fi-FI')}€`.replace(/\s/g, '');
      expect(actualIn(year)).toBeGreaterThan(0);
      const total = page.locator('[data-salkku-total="actualInvestment"]');
      expect((await total.getAttribute('data-salkku-shown'))?.replace(/\s/g, '')).toBe(euros(actualIn()));
      await page.getByRole('button', { name: fi.ChartShowTable }).click();
      const yearCell = page.locator(`[data-salkku-actual-year="${year}"]`);
      expect((await yearCell.innerText()).replace(/\s/g, '')).toBe(euros(actualIn(year)));
      const area = page.locator(`[data-salkku-actual-area="${over.serviceArea ?? ''}"]`);
      expect(Number(await area.locator('[data-salkku-overrunning]').getAttribute('data-salkku-overrunning'))).toBeGreaterThanOrEqual(1);
    } finally {
      await page.close();
    }
  });

  it('filters the projects that owe a report, in the Portfolio and the Timeline, and keeps the choice in the URL', async () => {
    const { reported, due: dueOf } = must();
    const page = await site.open('portfolio');
    try {
      await followUpShown(page);
      const projects = site.data.projects;
      const inPlan = applyFilter(projects, EMPTY_FILTER, site.data.plans, buildSearchIndex(projects));
      const due = dueOf(inPlan);
      expect(due.size).toBeGreaterThan(0);
      expect(due.has(reported.id ?? 0)).toBe(false);
      await chooseFilter(page, fi.ActFilterReportDue, fi.ActFilterReportDueYes);
      await waitForCount(page, due.size);
      expect(await chipNames(page)).toContain(`Poista suodatin: ${fi.ActFilterReportDue} ${fi.ActFilterReportDueYes}`);
      expect(new URL(page.url()).searchParams.get('sk-due')).toBe('yes');
      // every row shown carries the badge (icon and text)
      const rows = page.locator('[data-salkku-grid="portfolio"] [data-salkku-project]');
      const shown = await rows.count();
      expect(shown).toBeGreaterThan(0);
      expect(await rows.locator('[data-salkku-report-due]').count()).toBe(shown);
      expect(await page.locator(`[data-salkku-project="${reported.id ?? 0}"]`).count()).toBe(0);
      await screenshot(page, 'actuals-report-due-fi-1280');
      // the summary band's button says the same figure, is pressed, and clears the filter
      const band = page.locator('[data-salkku-band="reportDue"]');
      expect(Number(await band.getAttribute('data-salkku-band-count'))).toBe(due.size);
      expect(await band.getAttribute('aria-pressed')).toBe('true');
      expect(await band.textContent()).toBe(`${fi.ActReportDue} ${due.size}`);
      await band.click();
      await waitForCount(page, inPlan.length);
      expect(new URL(page.url()).searchParams.get('sk-due')).toBeNull();
      await band.click();
      await waitForCount(page, due.size);
    } finally {
      await page.close();
    }
    const timeline = await site.open('timeline', { 'sk-due': 'yes' });
    try {
      const projects = site.data.projects;
      const inPlan = applyFilter(projects, EMPTY_FILTER, site.data.plans, buildSearchIndex(projects));
      const due = dueOf(inPlan);
      await waitForCount(timeline, due.size);
      expect(await resultCount(timeline)).toBe(due.size);
    } finally {
      await timeline.close();
    }
  });

  it.each([
    ['sharepoint', 1280, 'fi'],
    ['sharepoint', 1280, 'en'],
    ['teams-dark', 1280, 'fi'],
    ['sharepoint', 320, 'fi']
  ])('has no axe violations with the actuals shown (%s, %i px, %s)', async (host, width, lang) => {
    const context = await site.contextFor('owner', { width, height: 900 });
    const page = await context.newPage();
    const errors = collectErrors(page);
    try {
      await page.goto(site.url({ view: 'portfolio', host, lang }));
      await waitForViews(page);
      await page.locator('[data-salkku-actuals-by-area]').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await screenshot(page, `actuals-${host}-${width}-${lang}`);
    } finally {
      await context.close();
    }
  });
});

describe('A site without the follow-up lists', () => {
  const site = useBrowserPortfolio({
    prepare: (portfolio) => {
      const web = portfolio.standIn.store.findWeb(SITE_PATH);
      if (web) {
        const gone = new Set(['SalkkuStatusReports', 'SalkkuActualCosts', 'SalkkuMeetings', 'SalkkuSettings']);
        web.lists = web.lists.filter((l) => !gone.has(l.UrlName));
      }
      portfolio.standIn.store.changed();
    }
  });

  it('shows the Portfolio as before: no Actual column, no report-due filter, no errors', async () => {
    const page = await site.open('portfolio');
    const errors = collectErrors(page);
    try {
      // the follow-up has been asked for and answered "not here"
      await page.locator('[data-salkku-view="portfolio"][data-salkku-follow-up="unavailable"]').waitFor();
      expect(await page.locator('[role="columnheader"][data-col="actual"]').count()).toBe(0);
      expect(await page.locator('[data-salkku-follow-up-failed]').count()).toBe(0);
      await page.locator('[data-salkku-filters-open]').first().click();
      await page.locator('[data-salkku-filters="choices"]').waitFor();
      expect(await page.locator('[data-salkku-filter="reportDue"]').count()).toBe(0);
      expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
